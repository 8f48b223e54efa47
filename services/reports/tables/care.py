"""First aid given and items held for visitors, on the day's ledger."""

from __future__ import annotations

import db.finance.finance as finance_db
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.identifiers import mask_phone
from services.reports.tables.base import COUNT, DATE_TIME, TIME, Column, Table, field_of, mask_text

QUANTITY = QT_TRANSLATE_NOOP("Desk", "Quantity")

FIRST_AID = Table(
    "first_aid",
    QT_TRANSLATE_NOOP("Desk", "First-aid uses"),
    (
        Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of("at"), TIME),
        Column(QT_TRANSLATE_NOOP("Desk", "Medicine"), field_of("name"), width=2),
        Column(QUANTITY, lambda s, r: -r["change"], COUNT),  # a use is stored as a negative change
        Column(
            QT_TRANSLATE_NOOP("Desk", "For whom"), lambda s, r: mask_text(r["for_whom"]), width=2
        ),
        Column(QT_TRANSLATE_NOOP("Desk", "Note"), lambda s, r: mask_text(r["note"]), width=2),
    ),
    lambda span: finance_db.first_aid_uses_between(span.db, span.start, span.end),
)


def _left_phone(span, r: dict) -> str:
    return mask_phone(r["left_phone"]) if r["left_phone"] else ""


CUSTODY = Table(
    "custody",
    QT_TRANSLATE_NOOP("Desk", "Held items taken in or handed out"),
    (
        Column(
            QT_TRANSLATE_NOOP("Desk", "Item"), lambda s, r: mask_text(r["description"]), width=3
        ),
        Column(QUANTITY, field_of("quantity"), COUNT),
        Column(
            QT_TRANSLATE_NOOP("Desk", "Held for"), lambda s, r: mask_text(r["held_for"]), width=2
        ),
        Column(QT_TRANSLATE_NOOP("Desk", "Phone"), _left_phone, width=1.5),
        Column(QT_TRANSLATE_NOOP("Desk", "Taken in"), field_of("received_at"), DATE_TIME),
        Column(QT_TRANSLATE_NOOP("Desk", "Handed out"), field_of("picked_up_at"), DATE_TIME),
    ),
    lambda span: finance_db.custody_between(span.db, span.start, span.end),
)
