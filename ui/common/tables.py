"""The desk's read-only lists: a table view set up the one way every page wants it, and the
services' dataclasses as rows of a PagedTableModel."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

_PLAIN = (str, int, float, bool, type(None))


def as_row(item) -> dict:
    """A dataclass as a row; the item itself rides along under "_item". A record of plain
    values is read field by field (dataclasses.asdict deep-copies every value: a list page
    of 200 rows spent tens of milliseconds there); one holding records or lists goes
    through asdict as before."""
    row = {field.name: getattr(item, field.name) for field in dataclasses.fields(item)}
    if not all(type(value) in _PLAIN for value in row.values()):
        row = dataclasses.asdict(item)
    row["_item"] = item
    return row


def table_view(model, widths=(), fit_contents: bool = False) -> QTableView:
    """One row selected at a time, nothing edited in place, the last column stretched.
    `widths` sets the first columns' widths; `fit_contents` sizes every column to the rows
    in view instead (cheap on long lists: only those rows are measured)."""
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
    if fit_contents:
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setResizeContentsPrecision(0)
    else:
        header.setSectionResizeMode(QHeaderView.Interactive)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view
