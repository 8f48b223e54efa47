"""Helpers the members' pages share: labels in the UI language, the card and statement
previews."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from services.members import documents as member_documents
from services.members.ids import ID_TYPE_LABELS, ID_TYPES
from services.members.members import CARD_STATUS_LABELS
from ui.lending.common import doc_ctx, show_document
from ui.session import DeskSession, desk_tr


def id_type_combo() -> QComboBox:
    combo = QComboBox()
    for id_type in ID_TYPES:
        combo.addItem(desk_tr(ID_TYPE_LABELS[id_type]), id_type)
    return combo


def card_status_label(status: str) -> str:
    return desk_tr(CARD_STATUS_LABELS[status]) if status in CARD_STATUS_LABELS else status


def kind_label(kind: str) -> str:
    return desk_tr(member_documents.KIND_LABELS.get(kind, kind))


def show_card(parent: QWidget, session: DeskSession, card_no: str):
    ctx = doc_ctx(session)
    return show_document(parent, session,
                         lambda copy_no: member_documents.card_confirmation_pdf(ctx, card_no,
                                                                                copy_no),
                         "member_card", card_no, desk_tr("Member card"))
