"""Receipts: the day's receipts and voids on the ledger, the month's receipts in the export."""

from __future__ import annotations

import db.finance.finance as finance_db
from services.core.errors import QT_TRANSLATE_NOOP
from services.reports.tables.base import (
    DATE_TIME,
    MONEY,
    TIME,
    VOID,
    Column,
    Span,
    Table,
    field_of,
    mask_text,
    staff_of,
    void_mark,
)

RECEIPT_NO = Column(QT_TRANSLATE_NOOP("Desk", "Receipt no."), field_of("receipt_no"), width=2)
SOLD = Column(QT_TRANSLATE_NOOP("Desk", "Sold"), field_of("sold_at"), DATE_TIME, 1.4)
SERVICES = Column(QT_TRANSLATE_NOOP("Desk", "Services"), field_of("lines"), width=3)
PAID_BY = Column(
    QT_TRANSLATE_NOOP("Desk", "Paid by"), lambda s, r: s.method(r["method"]), width=1.3
)
AMOUNT = Column(QT_TRANSLATE_NOOP("Desk", "Amount"), field_of("total_fen"), MONEY, 1.3)
DESK = Column(QT_TRANSLATE_NOOP("Desk", "Desk"), lambda s, r: s.desk_name(r["desk"]))
CLERK = Column(QT_TRANSLATE_NOOP("Desk", "Clerk"), staff_of("username"), width=1.2)


def _receipts(span: Span) -> list[dict]:
    return finance_db.receipts_between(span.db, span.start, span.end, span.lang, span.desk)


def _voided_when(span: Span, r: dict) -> str:
    return f"{span.words(VOID)} {span.moment(r['voided_at'])}" if r["voided_at"] else ""


RECEIPTS = Table(
    "receipts",
    QT_TRANSLATE_NOOP("Desk", "Receipts"),
    (
        RECEIPT_NO,
        Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of("sold_at"), TIME),
        SERVICES,
        PAID_BY,
        AMOUNT,
        CLERK,
        DESK.at(1.2),  # which drawer took it, on the whole site's ledger
        Column(QT_TRANSLATE_NOOP("Desk", "Void"), _voided_when, width=1.6),
    ),
    _receipts,
)

RECEIPT_VOIDS = Table(
    "receipt_voids",
    QT_TRANSLATE_NOOP("Desk", "Receipts voided today"),
    (
        RECEIPT_NO,
        SOLD,
        Column(QT_TRANSLATE_NOOP("Desk", "Voided"), field_of("at"), TIME, 0.9),
        PAID_BY,
        AMOUNT.at(1.1),
        Column(QT_TRANSLATE_NOOP("Desk", "Reason"), lambda s, r: mask_text(r["reason"]), width=2.2),
        Column(QT_TRANSLATE_NOOP("Desk", "By"), staff_of("username"), width=1.5),
    ),
    lambda span: finance_db.voids_between(span.db, span.start, span.end, span.desk),
)

MONTH_RECEIPTS = Table(
    "receipts",
    QT_TRANSLATE_NOOP("Desk", "Receipts"),
    (
        RECEIPT_NO,
        SOLD,
        CLERK,
        PAID_BY,
        SERVICES,
        AMOUNT,
        Column(QT_TRANSLATE_NOOP("Desk", "Void"), void_mark),
        Column(QT_TRANSLATE_NOOP("Desk", "Voided"), field_of("voided_at"), DATE_TIME),
        Column(QT_TRANSLATE_NOOP("Desk", "Reason"), lambda s, r: mask_text(r["void_reason"])),
        DESK,  # last: the columns finance already reads keep their places
    ),
    _receipts,
)
