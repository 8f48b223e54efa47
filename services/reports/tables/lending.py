"""Loans and their deposits: lent and back on the day's ledger with what is still out at its
end, and every deposit the month touched in the export."""

from __future__ import annotations

from dataclasses import replace

import db.finance.finance as finance_db
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.identifiers import mask_phone
from services.reports.tables.base import DATE_TIME, MONEY, TIME, Column, Span, Table, field_of

CONDITIONS = {
    "good": QT_TRANSLATE_NOOP("Desk", "Good"),
    "damaged": QT_TRANSLATE_NOOP("Desk", "Damaged"),
    "lost": QT_TRANSLATE_NOOP("Desk", "Lost"),
}
HELD = QT_TRANSLATE_NOOP("Desk", "Held")

SLIP_NO = Column(QT_TRANSLATE_NOOP("Desk", "Slip no."), field_of("slip_no"), width=1.9)
ITEM = Column(
    QT_TRANSLATE_NOOP("Desk", "Item"), lambda s, r: f"{s.name(r)} {r['item_code']}", width=1.7
)
PHONE = Column(
    QT_TRANSLATE_NOOP("Desk", "Phone"), lambda s, r: mask_phone(r["borrower_phone"]), width=1.7
)
PAID_BY = Column(
    QT_TRANSLATE_NOOP("Desk", "Paid by"), lambda s, r: s.method(r["method"]), width=1.2
)
DEPOSIT = Column(QT_TRANSLATE_NOOP("Desk", "Deposit"), field_of("deposit_fen"), MONEY, 1.1)
REFUNDED = Column(QT_TRANSLATE_NOOP("Desk", "Refunded"), field_of("refund_fen"), MONEY, 1.2)
FORFEITED = Column(QT_TRANSLATE_NOOP("Desk", "Forfeited"), field_of("forfeit_fen"), MONEY, 1.2)


def _loan_columns(time_field: str) -> tuple[Column, ...]:
    time = Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of(time_field), TIME, 0.8)
    return (SLIP_NO, time, ITEM, PHONE, PAID_BY, DEPOSIT)


LOANS_OUT = Table(
    "loans_out",
    QT_TRANSLATE_NOOP("Desk", "Loans out (deposits taken)"),
    _loan_columns("lent_at"),
    lambda span: finance_db.loans_lent_between(span.db, span.start, span.end, span.desk),
)

LOANS_BACK = Table(
    "loans_back",
    QT_TRANSLATE_NOOP("Desk", "Loans back (deposits refunded or forfeited)"),
    _loan_columns("settled_at")
    + (
        Column(
            QT_TRANSLATE_NOOP("Desk", "Condition"),
            lambda s, r: s.coded(CONDITIONS, r["condition"]),
            width=1.2,
        ),
        REFUNDED,
        FORFEITED,
    ),
    lambda span: finance_db.loans_settled_between(span.db, span.start, span.end, span.desk),
)


def items_out(span: Span) -> list[dict]:
    """Loans still out when the span ends (deposits held), phones masked."""
    return [
        {
            "slip_no": r["slip_no"],
            "item": ITEM.read(span, r),
            "phone_masked": PHONE.read(span, r),
            "lent_at": r["lent_at"],
            "due_at": r["due_at"],
            "deposit_fen": r["deposit_fen"],
        }
        for r in finance_db.loans_out_at(span.db, span.end)
    ]


ITEMS_OUT = Table(
    "items_out",
    QT_TRANSLATE_NOOP("Desk", "At the end of the day"),
    (
        SLIP_NO.at(2),
        replace(ITEM, read=field_of("item"), width=2),
        replace(PHONE, read=field_of("phone_masked"), width=1.6),
        Column(QT_TRANSLATE_NOOP("Desk", "Lent at"), field_of("lent_at"), DATE_TIME, 1.4),
        Column(QT_TRANSLATE_NOOP("Desk", "Due back"), field_of("due_at"), DATE_TIME, 1.4),
        DEPOSIT.at(1.2),
    ),
    items_out,
)


def _settled(span: Span, r: dict) -> str | None:
    """When the loan was settled, if that was within the span."""
    return r["settled_at"] if r["settled_at"] and r["settled_at"] < span.end else None


def _if_settled(column: Column) -> Column:
    """Refunds and forfeits are blank for a deposit still held at the span's end."""
    return replace(column, read=lambda s, r: column.read(s, r) if _settled(s, r) else None)


def _state(span: Span, r: dict) -> str:
    return span.words(HELD) if _settled(span, r) is None else span.coded(CONDITIONS, r["condition"])


DEPOSITS = Table(
    "deposits",
    QT_TRANSLATE_NOOP("Desk", "Deposits"),
    (
        SLIP_NO,
        Column(QT_TRANSLATE_NOOP("Desk", "Lent"), field_of("lent_at"), DATE_TIME),
        ITEM,
        PHONE,
        PAID_BY,
        DEPOSIT,
        Column(QT_TRANSLATE_NOOP("Desk", "Settled"), _settled, DATE_TIME),
        _if_settled(REFUNDED),
        _if_settled(FORFEITED),
        Column(QT_TRANSLATE_NOOP("Desk", "At month end"), _state),
        # last: the columns finance already reads keep their places
        Column(QT_TRANSLATE_NOOP("Desk", "Lent at desk"), lambda s, r: s.desk_name(r["desk"])),
    ),
    lambda span: finance_db.loans_touching(span.db, span.start, span.end),
)
