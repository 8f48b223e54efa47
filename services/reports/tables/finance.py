"""The desk's money: totals by payment method and by kind on the day's ledger; the month's
summary and income in the export. Both come from the money ledger (cash_movements)."""

from __future__ import annotations

from collections.abc import Iterator

import db.finance.finance as finance_db
from services.admin import site
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.money import MoneyKind
from services.core.permissions import internal
from services.reports.tables import invoices
from services.reports.tables.base import COUNT, MONEY, Column, Span, Table, field_of
from services.shifts import shifts


@internal
def money_totals(
    ctx: AppContext, start: str, end: str, desk: str | None = None
) -> tuple[dict[str, int], list[dict]]:
    """Net money by payment method and by kind over [start, end), of one desk or of the
    whole site (desk None): the figures the ledger, the hand-over voucher and the monthly
    export all share. Refused while they would add up to the expected cash of a shift not
    yet counted (blind close)."""
    shifts.refuse_blind_cash(ctx, start, end, desk)
    by_kind = finance_db.totals_by_kind_and_method(ctx.db, start, end, desk)
    by_method: dict[str, int] = {}
    for row in by_kind:
        by_method[row["method"]] = by_method.get(row["method"], 0) + row["amount_fen"]
    return by_method, by_kind


def totals(span: Span) -> tuple[dict[str, int], list[dict]]:
    """The span's money totals, read once for all its tables."""
    if "money" not in span.memo:
        span.memo["money"] = money_totals(span.ctx, span.start, span.end, span.desk)
    return span.memo["money"]


PAID_BY = Column(QT_TRANSLATE_NOOP("Desk", "Paid by"), lambda s, r: s.method(r["method"]), width=2)
COUNT_OF = Column(QT_TRANSLATE_NOOP("Desk", "Count"), field_of("n"), COUNT)
AMOUNT = Column(QT_TRANSLATE_NOOP("Desk", "Amount"), field_of("amount_fen"), MONEY, 2)

BY_METHOD = Table(
    "by_method",
    QT_TRANSLATE_NOOP("Desk", "Totals by payment method"),
    (
        Column(QT_TRANSLATE_NOOP("Desk", "Paid by"), lambda s, method: s.method(method), width=3),
        Column(
            QT_TRANSLATE_NOOP("Desk", "Net"),
            lambda s, method: totals(s)[0].get(method, 0),
            MONEY,
            2,
        ),
    ),
    lambda span: shifts.METHODS,
)

BY_KIND = Table(
    "by_kind",
    QT_TRANSLATE_NOOP("Desk", "Totals by kind"),
    (
        Column(
            QT_TRANSLATE_NOOP("Desk", "Movement"), lambda s, r: s.money_kind(r["kind"]), width=3
        ),
        PAID_BY,
        COUNT_OF,
        AMOUNT,
    ),
    lambda span: totals(span)[1],
)


def _income_lines(span: Span) -> Iterator[dict]:
    """Each kind of money by payment method, then the services sold by payment method."""
    for r in totals(span)[1]:
        yield {**r, "line": span.money_kind(r["kind"])}
    sold = span.money_kind(MoneyKind.SERVICE_INCOME)
    for r in finance_db.income_by_service_and_method(span.db, span.start, span.end, span.desk):
        yield {
            "line": f"{sold}: {span.name(r)}",
            "method": r["method"],
            "n": r["quantity"],
            "amount_fen": r["amount_fen"],
        }


INCOME = Table(
    "income",
    QT_TRANSLATE_NOOP("Desk", "Income"),
    (
        Column(QT_TRANSLATE_NOOP("Desk", "Income line"), field_of("line")),
        PAID_BY,
        COUNT_OF,
        AMOUNT,
    ),
    _income_lines,
)


def _money_lines(span: Span) -> Iterator[list]:
    by_method, by_kind = totals(span)
    for method in shifts.METHODS:
        yield [
            span.words(QT_TRANSLATE_NOOP("Desk", "Net income by payment method")),
            span.method(method),
            sum(r["n"] for r in by_kind if r["method"] == method),
            by_method.get(method, 0),
        ]
    yield [
        span.words(QT_TRANSLATE_NOOP("Desk", "Net income, all payment methods")),
        None,
        sum(r["n"] for r in by_kind),
        sum(by_method.values()),
    ]
    for r in by_kind:
        yield [span.money_kind(r["kind"]), span.method(r["method"]), r["n"], r["amount_fen"]]


def _document_lines(span: Span) -> Iterator[list]:
    tr, db, start, end = span.words, span.db, span.start, span.end
    receipts = finance_db.receipt_totals(db, start, end)
    yield [tr(QT_TRANSLATE_NOOP("Desk", "Receipts")), None, receipts["n"], receipts["fen"]]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "of which voided")),
        None,
        receipts["voided_n"],
        receipts["voided_fen"],
    ]
    issued = finance_db.invoices_between(db, start, end)
    for kind in invoices.KINDS:
        rows = [r for r in issued if r["kind"] == kind and not r["voided_at"]]
        yield [
            tr(QT_TRANSLATE_NOOP("Desk", "Invoices")),
            span.coded(invoices.KINDS, kind),
            len(rows),
            sum(r["total_fen"] for r in rows),
        ]
    voided = [r for r in issued if r["voided_at"]]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Invoices voided")),
        None,
        len(voided),
        sum(r["total_fen"] for r in voided),
    ]
    held = finance_db.loans_out_at(db, end)
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Deposits held at month end")),
        None,
        len(held),
        sum(r["deposit_fen"] for r in held),
    ]
    shift_rows = finance_db.shifts_between(db, start, end)
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Shift differences")),
        None,
        sum(1 for r in shift_rows if r["difference_fen"]),
        sum(r["difference_fen"] or 0 for r in shift_rows),
    ]
    points = finance_db.points_balances_at(db, end)
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Points held by members at month end")),
        None,
        sum(r["points"] for r in points),
        None,
    ]


def _summary_lines(span: Span) -> Iterator[list]:
    ctx, tr = span.ctx, span.words
    yield [tr(QT_TRANSLATE_NOOP("Desk", "Month")), span.label, None, None]
    yield [tr(QT_TRANSLATE_NOOP("Desk", "Site")), site.get_profile(ctx).name, None, None]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Exported")),
        span.moment(ctx.clock.now().isoformat()),
        None,
        None,
    ]
    yield [tr(QT_TRANSLATE_NOOP("Desk", "Exported by")), ctx.user.username, None, None]
    yield from _money_lines(span)
    yield from _document_lines(span)


def _place(i: int):
    return lambda span, line: line[i]


SUMMARY = Table(
    "summary",
    QT_TRANSLATE_NOOP("Desk", "Summary"),
    (
        Column(QT_TRANSLATE_NOOP("Desk", "Item"), _place(0)),
        Column(QT_TRANSLATE_NOOP("Desk", "Payment method or kind"), _place(1)),
        Column(QT_TRANSLATE_NOOP("Desk", "Count"), _place(2), COUNT),
        Column(QT_TRANSLATE_NOOP("Desk", "Amount"), _place(3), MONEY),
    ),
    _summary_lines,
)
