"""Helpers the members' pages share: labels in the UI language and the card's preview."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from services.members.ids import ID_TYPE_LABELS, ID_TYPES
from services.members.members import CARD_STATUS_LABELS
from ui.common.desk_page import DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import label
from ui.common.lazy import lazy_module
from ui.session import desk_tr

member_documents = lazy_module("services.members.documents")  # reportlab on first print


def id_type_combo() -> QComboBox:
    combo = QComboBox()
    for id_type in ID_TYPES:
        combo.addItem(desk_tr(ID_TYPE_LABELS[id_type]), id_type)
    return combo


def card_status_label(status: str) -> str:
    return label(CARD_STATUS_LABELS, status)


def kind_label(kind: str) -> str:
    return label(member_documents.KIND_LABELS, kind)


def open_card(page: DeskPage, card_no: str):
    """The card confirmation to print for the member, previewed over `page`."""
    ctx = doc_ctx(page.session)
    return page.open_document(
        lambda copy_no: member_documents.card_confirmation_pdf(ctx, card_no, copy_no),
        "member_card",
        card_no,
        desk_tr("Member card"),
    )
