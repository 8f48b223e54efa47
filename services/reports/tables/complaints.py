"""Complaint cases opened and closed, on the day's ledger."""

from __future__ import annotations

import db.finance.finance as finance_db
from services.complaints import cases
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.identifiers import mask_phone
from services.reports.tables.base import TIME, Column, Table, field_of

KINDS = {
    "complaint": QT_TRANSLATE_NOOP("Desk", "Complaint"),
    "suggestion": QT_TRANSLATE_NOOP("Desk", "Suggestion"),
    "praise": QT_TRANSLATE_NOOP("Desk", "Praise"),
}

CASE_NO = Column(QT_TRANSLATE_NOOP("Desk", "Case no."), field_of("case_no"), width=1.6)
KIND = Column(QT_TRANSLATE_NOOP("Desk", "Kind"), lambda s, r: s.coded(KINDS, r["kind"]))
CATEGORY = Column(
    QT_TRANSLATE_NOOP("Desk", "Category"),
    lambda s, r: s.coded(cases.CATEGORY_LABELS, r["category"]),
    width=1.5,
)
PHONE = Column(QT_TRANSLATE_NOOP("Desk", "Phone"), lambda s, r: mask_phone(r["phone"]), width=1.5)


def _time(stored_field: str) -> Column:
    return Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of(stored_field), TIME)


OPENED = Table(
    "complaints_opened",
    QT_TRANSLATE_NOOP("Desk", "Complaint cases opened"),
    (
        CASE_NO,
        _time("opened_at"),
        KIND,
        CATEGORY,
        PHONE,
        Column(
            QT_TRANSLATE_NOOP("Desk", "Status"),
            lambda s, r: s.coded(cases.STATUS_LABELS, r["status"]),
        ),
    ),
    lambda span: finance_db.complaints_opened_between(span.db, span.start, span.end),
)

CLOSED = Table(
    "complaints_closed",
    QT_TRANSLATE_NOOP("Desk", "Complaint cases closed"),
    (
        CASE_NO,
        _time("closed_at"),
        KIND,
        CATEGORY,
        PHONE,
        Column(QT_TRANSLATE_NOOP("Desk", "Satisfaction"), lambda s, r: r["satisfaction"] or ""),
    ),
    lambda span: finance_db.complaints_closed_between(span.db, span.start, span.end),
)
