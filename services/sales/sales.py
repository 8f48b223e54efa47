"""Paid business services (DOMAIN.md 5, desk rules 5.2.15): the clerk quotes the price before
the service, then sells it for cash (change given), WeChat Pay, Alipay or card. The receipt
number is taken in the sale's own transaction (gapless) and the money goes into the open
shift. A wrong sale is voided by a shift lead with a reason: the receipt stays, marked VOID,
its number is never reused and it no longer counts in any total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.invoices.invoices as invoices_db
import db.sales.sales as sales_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, spans, validation
from services.core import numbering as numbers
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.identifiers import canonical_id
from services.core.money import MoneyKind, format_fen
from services.core.paging_args import page_args
from services.core.permissions import Perm, internal, requires
from services.finance import month_lock
from services.shifts import shifts
from services.shifts.shifts import METHODS

MAX_LINES = 30
MAX_QUANTITY = 9999
VOID_OTHER_SHIFT_NOTE = QT_TRANSLATE_NOOP(
    "Desk", "The sale's shift is closed, so the refund of {amount} is booked in today's open shift."
)


class SaleRefused(DomainError):
    pass


@dataclass(frozen=True)
class SaleLine:
    item_id: int
    code: str
    name_zh: str
    name_en: str
    quantity: int
    unit_price_fen: int
    amount_fen: int

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class Quote:
    """What the clerk tells the customer before doing the service."""

    lines: tuple[SaleLine, ...]
    total_fen: int


@dataclass(frozen=True)
class Sale:
    id: int
    receipt_no: str
    sold_at: str
    clerk: str
    method: str
    total_fen: int
    tendered_fen: int
    change_fen: int
    shift_id: int
    lines: tuple[SaleLine, ...] = ()
    voided_at: str | None = None
    void_reason: str | None = None
    voided_by: str | None = None
    void_shift_id: int | None = None

    @property
    def is_void(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class VoidResult:
    sale: Sale
    note: str = ""  # untranslated source text when the refund went into another shift
    note_params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SalesTotals:
    count: int
    voided_count: int
    gross_fen: int  # every receipt of the period
    voided_fen: int
    by_method: dict  # method -> fen of the receipts still standing

    @property
    def net_fen(self) -> int:
        return self.gross_fen - self.voided_fen


def _sale(db, row: dict, with_lines: bool = True) -> Sale:
    lines = (
        tuple(
            SaleLine(
                r["item_id"],
                "",
                r["name_zh"],
                r["name_en"],
                r["quantity"],
                r["unit_price_fen"],
                r["amount_fen"],
            )
            for r in sales_db.lines_of(db, row["id"])
        )
        if with_lines
        else ()
    )
    return Sale(
        row["id"],
        row["receipt_no"],
        row["sold_at"],
        row["display_name"] or row["username"],
        row["method"],
        row["total_fen"],
        row["tendered_fen"],
        row["change_fen"],
        row["shift_id"],
        lines,
        row["voided_at"],
        row["void_reason"],
        row["voided_by"],
        row["void_shift_id"],
    )


RECEIPT_STATUS_LABELS = {
    "valid": QT_TRANSLATE_NOOP("Desk", "Standing"),
    "voided": QT_TRANSLATE_NOOP("Desk", "Voided"),
}


@internal
def day_bounds(ctx, first: date, last: date) -> tuple[str, str]:
    """[start, end) in stored UTC form of the site's calendar days first..last."""
    first = validation.day(first, QT_TRANSLATE_NOOP("Desk", "first day"))
    last = validation.day(last, QT_TRANSLATE_NOOP("Desk", "last day"))
    tz = ZoneInfo(site.timezone(ctx))
    start = datetime.combine(first, time(0), tz)
    end = datetime.combine(last + timedelta(days=1), time(0), tz)
    return iso(start), iso(end)


@internal
def local_text(ctx, stored: str | None) -> str:
    if not stored:
        return ""
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d %H:%M")


# --- quote and sell ------------------------------------------------------------------------
def _price_lines(ctx: AppContext, items: Sequence[tuple[int, int]]) -> tuple[SaleLine, ...]:
    if not items:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Pick at least one service."))
    if len(items) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A receipt holds at most {n} lines."), n=MAX_LINES
        )
    if not all(isinstance(x, (tuple, list)) and len(x) == 2 for x in items):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Pick at least one service."))
    lines = []
    for item_id, quantity in items:
        if (
            not isinstance(quantity, int)
            or isinstance(quantity, bool)
            or not 1 <= quantity <= MAX_QUANTITY
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "A quantity is a whole number from 1 to {max}."),
                max=MAX_QUANTITY,
            )
        item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "service number"))
        row = sales_db.price_item(ctx.db, item_id)
        if row is None or not row["active"]:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such service on the price list."))
        price = row["price_fen"] or 0
        lines.append(
            SaleLine(
                row["id"],
                row["code"],
                row["name_zh"],
                row["name_en"],
                quantity,
                price,
                price * quantity,
            )
        )
    return tuple(lines)


@requires(Perm.COUNTER)
def quote(ctx: AppContext, items: Sequence[tuple[int, int]]) -> Quote:
    """Today's price of the services asked for (service id, quantity), before doing them."""
    lines = _price_lines(ctx, items)
    return Quote(lines, sum(x.amount_fen for x in lines))


def _settle_payment(method: str, total: int, tendered_fen: int | None) -> tuple[int, int]:
    if method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose how the customer pays."))
    if tendered_fen is not None:  # checked even where not needed: a wrong one is a slip
        validation.fen(tendered_fen, QT_TRANSLATE_NOOP("Desk", "amount given"))
    if method != "cash" or tendered_fen is None:
        return total, 0
    if tendered_fen < total:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The customer gave {given}, less than the total {total}."),
            given=format_fen(tendered_fen),
            total=format_fen(total),
        )
    return tendered_fen, tendered_fen - total


@requires(Perm.COUNTER)
def sell(
    ctx: AppContext, items: Sequence[tuple[int, int]], method: str, tendered_fen: int | None = None
) -> Sale:
    """Sell the services at today's prices: a gapless receipt number, the lines with their
    prices, and the money booked into the open shift, all in one transaction."""
    with atomic(ctx.db):
        lines = _price_lines(ctx, items)
        total = sum(x.amount_fen for x in lines)
        if total <= 0:
            raise SaleRefused(QT_TRANSLATE_NOOP("Desk", "There is nothing to charge for."))
        tendered, change = _settle_payment(method, total, tendered_fen)
        shift = shifts.require_open_shift(ctx)
        receipt_no = numbers.take_number(ctx, "receipt")
        sale_id = sales_db.insert_sale(
            ctx.db,
            receipt_no=receipt_no,
            sold_at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            shift_id=shift.id,
            method=method,
            total_fen=total,
            tendered_fen=tendered,
            change_fen=change,
        )
        for n, line in enumerate(lines, 1):
            sales_db.insert_line(
                ctx.db,
                sale_id=sale_id,
                line_no=n,
                item_id=line.item_id,
                name_zh=line.name_zh,
                name_en=line.name_en,
                quantity=line.quantity,
                unit_price_fen=line.unit_price_fen,
                amount_fen=line.amount_fen,
            )
        shifts.post_movement(ctx, MoneyKind.SERVICE_INCOME, method, total, receipt_no)
        audit.record(
            ctx,
            "sale.sell",
            "sale",
            receipt_no,
            None,
            {
                "total_fen": total,
                "method": method,
                "change_fen": change,
                "lines": [[x.code, x.quantity, x.unit_price_fen] for x in lines],
            },
        )
        return _sale(ctx.db, sales_db.sale_by_receipt(ctx.db, receipt_no))


# --- void ----------------------------------------------------------------------------------
def _receipt_no(text) -> str:
    return canonical_id(text, QT_TRANSLATE_NOOP("Desk", "receipt number"))


@requires(Perm.VOID)
def void_sale(ctx: AppContext, receipt_no: str, reason: str) -> VoidResult:
    """A shift lead voids a wrong receipt with a reason; the money goes back out the way it
    came in, booked in the open shift (today's, if the sale's shift is already closed)."""
    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say why the receipt is voided."))
    with atomic(ctx.db):
        row = sales_db.sale_by_receipt(ctx.db, _receipt_no(receipt_no))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No receipt {no}."), no=receipt_no)
        month_lock.ensure_open(ctx, row["sold_at"])  # the receipt's own month
        if row["voided_at"] is not None:
            raise SaleRefused(
                QT_TRANSLATE_NOOP("Desk", "Receipt {no} was already voided on {at}."),
                no=row["receipt_no"],
                at=local_text(ctx, row["voided_at"]),
            )
        invoiced = invoices_db.source_holder(ctx.db, None, row["receipt_no"])
        if invoiced is not None:  # the cash would leave the drawer while the invoice stands
            raise SaleRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Receipt {no} is on invoice {invoice}, which still stands: void the"
                    " invoice (or issue a red-letter invoice for it) first, then the receipt.",
                ),
                no=row["receipt_no"],
                invoice=invoiced["invoice_no"],
            )
        shift = shifts.require_open_shift(ctx)
        sales_db.insert_void(
            ctx.db,
            sale_id=row["id"],
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            reason=reason,
            shift_id=shift.id,
        )
        shifts.post_movement(
            ctx, MoneyKind.SERVICE_VOID, row["method"], -row["total_fen"], row["receipt_no"]
        )
        other = shift.id != row["shift_id"]
        audit.record(
            ctx,
            "sale.void",
            "sale",
            row["receipt_no"],
            {"total_fen": row["total_fen"]},
            {"reason": reason, "refund_shift_id": shift.id, "other_shift": other},
        )
        sale = _sale(ctx.db, sales_db.sale_by_receipt(ctx.db, row["receipt_no"]))
    if other:
        return VoidResult(sale, VOID_OTHER_SHIFT_NOTE, {"amount": format_fen(sale.total_fen)})
    return VoidResult(sale)


# --- look-ups and registers ----------------------------------------------------------------
@requires(Perm.COUNTER)
def get_sale(ctx: AppContext, receipt_no: str) -> Sale:
    row = sales_db.sale_by_receipt(ctx.db, _receipt_no(receipt_no))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No receipt {no}."), no=receipt_no)
    return _sale(ctx.db, row)


@requires(Perm.COUNTER)
def list_receipts(
    ctx: AppContext,
    first: date,
    last: date,
    offset: int = 0,
    limit: int = 200,
    *,
    status: str | None = None,
    before_id: int | None = None,
) -> list[Sale]:
    """Receipts of the site's days first..last, voided ones included, newest first; only
    those standing ('valid') or only the voided ones when `status` says so; `before_id`
    (the last row shown) pages on by key."""
    start, end = day_bounds(ctx, first, last)
    if end <= start:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The span ends before it starts."))
    offset, limit = page_args(offset, limit)
    status = spans.choice(status, RECEIPT_STATUS_LABELS, QT_TRANSLATE_NOOP("Desk", "status"))
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    rows = sales_db.sales_between(
        ctx.db,
        start,
        end,
        offset,
        limit,
        voided=None if status is None else status == "voided",
        before_id=before_id,
    )
    return [_sale(ctx.db, r, with_lines=False) for r in rows]


@requires(Perm.COUNTER)
def count_receipts(ctx: AppContext, first: date, last: date) -> int:
    return sales_db.count_between(ctx.db, *day_bounds(ctx, first, last))


@requires(Perm.COUNTER)
def sales_totals(ctx: AppContext, first: date, last: date) -> SalesTotals:
    """Totals of the days first..last by payment method; voided receipts are counted apart
    and left out of every total."""
    rows = sales_db.totals_between(ctx.db, *day_bounds(ctx, first, last))
    return SalesTotals(
        sum(r["n"] for r in rows),
        sum(r["voided_n"] for r in rows),
        sum(r["total_fen"] for r in rows),
        sum(r["voided_fen"] for r in rows),
        {r["method"]: r["total_fen"] - r["voided_fen"] for r in rows},
    )


@requires(Perm.COUNTER)
def income_by_service(ctx: AppContext, first: date, last: date) -> list[dict]:
    """Quantity and income per service over receipts not voided."""
    return sales_db.income_by_item(ctx.db, *day_bounds(ctx, first, last))
