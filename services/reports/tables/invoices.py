"""Invoices: issued and voided on the day's ledger, every invoice of the month in the export."""

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
    void_mark,
)

KINDS = {
    "blue": QT_TRANSLATE_NOOP("Desk", "Blue"),
    "red": QT_TRANSLATE_NOOP("Desk", "Red-letter"),
}


def buyer_text(r: dict) -> str:
    """A company is named; a private buyer only by the first character of the name."""
    if r["buyer_kind"] == "company":
        return r["buyer_name"]
    return (r["buyer_name"] or "")[:1] + "**"


def _note(span: Span, r: dict) -> str:
    note = f"→ {r['original_no']}" if r["original_no"] else ""
    return (note + (" " + span.words(VOID) if r["voided_at"] else "")).strip()


INVOICE_NO = Column(QT_TRANSLATE_NOOP("Desk", "Invoice no."), field_of("invoice_no"), width=2)
KIND = Column(QT_TRANSLATE_NOOP("Desk", "Kind"), lambda s, r: s.coded(KINDS, r["kind"]))
BUYER = Column(QT_TRANSLATE_NOOP("Desk", "Buyer"), lambda s, r: buyer_text(r), width=2.5)
TOTAL = Column(QT_TRANSLATE_NOOP("Desk", "Total"), field_of("total_fen"), MONEY, 1.3)
REASON = Column(QT_TRANSLATE_NOOP("Desk", "Reason"), lambda s, r: mask_text(r["void_reason"]))


def _ledger_columns(time_field: str, note: Column) -> tuple[Column, ...]:
    time = Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of(time_field), TIME)
    return (INVOICE_NO, time, KIND, BUYER, TOTAL, note.at(2))


INVOICES = Table(
    "invoices",
    QT_TRANSLATE_NOOP("Desk", "Invoices issued (blue and red-letter)"),
    _ledger_columns("issued_at", Column(QT_TRANSLATE_NOOP("Desk", "Note"), _note)),
    lambda span: finance_db.invoices_between(span.db, span.start, span.end),
)

INVOICE_VOIDS = Table(
    "invoice_voids",
    QT_TRANSLATE_NOOP("Desk", "Invoices voided today"),
    _ledger_columns("voided_at", Column(QT_TRANSLATE_NOOP("Desk", "Note"), REASON.read)),
    lambda span: finance_db.invoice_voids_between(span.db, span.start, span.end),
)

MONTH_INVOICES = Table(
    "invoices",
    QT_TRANSLATE_NOOP("Desk", "Invoices"),
    (
        INVOICE_NO,
        Column(QT_TRANSLATE_NOOP("Desk", "Issued"), field_of("issued_at"), DATE_TIME),
        KIND,
        Column(QT_TRANSLATE_NOOP("Desk", "Original no."), lambda s, r: r["original_no"] or ""),
        Column(QT_TRANSLATE_NOOP("Desk", "Seller"), field_of("seller_name")),
        BUYER,
        Column(
            QT_TRANSLATE_NOOP("Desk", "Buyer tax ID"),
            lambda s, r: r["buyer_tax_id"] if r["buyer_kind"] == "company" else "",
        ),
        Column(QT_TRANSLATE_NOOP("Desk", "Net"), field_of("net_fen"), MONEY),
        Column(QT_TRANSLATE_NOOP("Desk", "Tax"), field_of("tax_fen"), MONEY),
        TOTAL,
        Column(QT_TRANSLATE_NOOP("Desk", "Void"), void_mark),
        REASON,
    ),
    lambda span: finance_db.invoices_between(span.db, span.start, span.end),
)
