"""Helpers the customer-care pages share: labels of stored codes, a plain table view, and
row models for the services' dataclasses."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ui.lending.common import doc_ctx, local_text, show_document
from ui.session import desk_tr

__all__ = ["doc_ctx", "local_text", "show_document", "label", "table_view", "as_row"]


def label(labels: dict, code) -> str:
    """The translated name of a stored code; codes the admin added show as typed."""
    return desk_tr(labels[code]) if code in labels else ("" if code is None else str(code))


def as_row(item) -> dict:
    row = dataclasses.asdict(item)
    row["_item"] = item
    return row


def table_view(model, widths=()) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.Interactive)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt key goes to the first field of its row (QFormLayout only
    sets a buddy when the row is a single widget)."""
    caption = QLabel(text)
    caption.setBuddy(widget)
    return caption
