"""Invoices issued at the desk (代开发票, DOMAIN.md 4, desk rules 5.2.9).

Money rule: a line's unit price is what the buyer paid, tax included (as on the purchase
receipt). gross = quantity x unit price; tax = gross x rate / (100 + rate), rounded half-up
to the fen on each line (half away from zero for red lines, so a red mirrors its original);
net = gross - tax. Invoice totals are the sums of the lines.

Corrections: a void only in the site's calendar month of issue, by a shift lead with a
reason (the number stays used, the purchase receipts are freed to be invoiced right). After
that month a red-letter invoice refers to the original and credits quantities of its lines;
the last credit of a line takes exactly the tax left on it, so the red-letters of an
original never add up to more than it, in amount or in tax."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

import db.directory.shops as shops_db
import db.invoices.invoices as invoices_db
import db.sales.sales as sales_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, spans, validation
from services.core import numbering as numbers
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DeskText, DomainError, NotFound, ValidationError
from services.core.identifiers import canonical_id, is_valid_uscc
from services.core.money import format_fen, parse_yuan
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires
from services.finance import month_lock
from services.sales.sales import day_bounds, local_text

TAX_RATES = (0, 1, 3, 5, 6, 9, 13)
BUYER_KINDS = ("person", "company")
E_INVOICE_RE = re.compile(r"^\d{20}$")
SALE_RECEIPT_RE = re.compile(r"^R\d{4}-\d{6}$")
MAX_LINES = 20
MAX_SOURCES = 50


class InvoiceRefused(DomainError):
    pass


@dataclass(frozen=True)
class SourceReceipt:
    """A purchase receipt an invoice covers. A desk receipt's amount is its paid total, read
    from the sale; any other receipt (a tenant's) carries the amount entered from it."""

    receipt_no: str
    amount_fen: int | None = None


def parse_sources(text: str) -> list[SourceReceipt]:
    """Receipts as typed in one field: separated by commas, each a number optionally followed
    by its amount in yuan ("U-5521 398.00, R2026-000001"); the amount is refused, not
    dropped, when it is not one."""
    out = []
    for entry in re.split(r"[,，;；\n]", text or ""):
        parts = entry.split()
        if not parts:
            continue
        if (
            len(parts) > 1
            and any(ch.isdigit() for ch in parts[-1])
            and re.fullmatch(r"[¥￥]?[\d０-９,，.．]+", parts[-1])
        ):
            out.append(SourceReceipt(" ".join(parts[:-1]), parse_yuan(parts[-1])))
        else:
            out.append(SourceReceipt(" ".join(parts)))
    return out


@dataclass(frozen=True)
class LineInput:
    description: str
    quantity: int
    unit_price_fen: int
    tax_rate: int


@dataclass(frozen=True)
class InvoiceLine:
    id: int
    line_no: int
    description: str
    quantity: int
    unit_price_fen: int
    tax_rate: int
    gross_fen: int
    tax_fen: int
    net_fen: int


@dataclass(frozen=True)
class Invoice:
    id: int
    invoice_no: str
    kind: str  # 'blue' or 'red'
    original_no: str | None
    issued_at: str
    clerk: str
    seller_kind: str
    shop_id: int | None
    seller_name: str
    seller_tax_id: str
    buyer_kind: str
    buyer_name: str
    buyer_tax_id: str
    e_invoice_no: str | None
    net_fen: int
    tax_fen: int
    total_fen: int
    reason: str
    credited_fen: int  # sum of live red-letters (0 or negative)
    voided_at: str | None = None
    void_reason: str | None = None
    voided_by: str | None = None
    lines: tuple[InvoiceLine, ...] = ()
    sources: tuple[str, ...] = ()
    source_receipts: tuple[SourceReceipt, ...] = ()

    @property
    def is_void(self) -> bool:
        return self.voided_at is not None

    @property
    def remaining_fen(self) -> int:
        """What red-letters may still credit (blue invoices not voided)."""
        return 0 if self.is_void or self.kind == "red" else self.total_fen + self.credited_fen


def line_tax(gross_fen: int, rate: int) -> int:
    """Tax inside a tax-included amount, half-up to the fen (symmetric for negatives)."""
    num, den = abs(gross_fen) * rate, 100 + rate
    tax = (2 * num + den) // (2 * den)
    return -tax if gross_fen < 0 else tax


def _invoice(db, row: dict, full: bool = True) -> Invoice:
    lines = sources = source_receipts = ()
    if full:
        lines = tuple(
            InvoiceLine(
                r["id"],
                r["line_no"],
                r["description"],
                r["quantity"],
                r["unit_price_fen"],
                r["tax_rate"],
                r["gross_fen"],
                r["tax_fen"],
                r["net_fen"],
            )
            for r in invoices_db.lines_of(db, row["id"])
        )
        held = invoices_db.sources_of(db, row["id"])
        sources = tuple(r["receipt_no"] for r in held)
        source_receipts = tuple(SourceReceipt(r["receipt_no"], r["amount_fen"]) for r in held)
    return Invoice(
        row["id"],
        row["invoice_no"],
        row["kind"],
        row["original_no"],
        row["issued_at"],
        row["display_name"] or row["username"],
        row["seller_kind"],
        row["shop_id"],
        row["seller_name"],
        row["seller_tax_id"],
        row["buyer_kind"],
        row["buyer_name"],
        row["buyer_tax_id"],
        row["e_invoice_no"],
        row["net_fen"],
        row["tax_fen"],
        row["total_fen"],
        row["reason"],
        row["credited_fen"],
        row["voided_at"],
        row["void_reason"],
        row["voided_by"],
        lines,
        sources,
        source_receipts,
    )


def _month(ctx, stored: str) -> tuple[int, int]:
    moment = parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx)))
    return moment.year, moment.month


# --- validation ------------------------------------------------------------------------------
def _check_lines(lines: Sequence[LineInput]) -> list[LineInput]:
    if not lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "An invoice needs at least one line."),
            field=DeskText("invoice lines"),
        )
    if len(lines) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "An invoice holds at most {n} lines."),
            n=MAX_LINES,
            field=DeskText("invoice lines"),
        )
    clean = []
    for line in lines:
        text = validation.text(line.description, QT_TRANSLATE_NOOP("Desk", "line description"), 60)
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Each line needs a description."),
                field=DeskText("invoice lines"),
            )
        if (
            isinstance(line.quantity, bool)
            or isinstance(line.unit_price_fen, bool)
            or isinstance(line.tax_rate, bool)
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "A quantity is a whole number from 1 to 99999."),
                field=DeskText("invoice lines"),
            )
        if not isinstance(line.quantity, int) or not 1 <= line.quantity <= 99999:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "A quantity is a whole number from 1 to 99999."),
                field=DeskText("invoice lines"),
            )
        if not isinstance(line.unit_price_fen, int) or not 1 <= line.unit_price_fen <= 10**9:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "A unit price is more than ¥0.00."),
                field=DeskText("invoice lines"),
            )
        if line.tax_rate not in TAX_RATES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk", "The tax rate {rate}% is not one of 0, 1, 3, 5, 6, 9, 13%."
                ),
                rate=line.tax_rate,
                field=DeskText("invoice lines"),
            )
        clean.append(LineInput(text, line.quantity, line.unit_price_fen, line.tax_rate))
    return clean


def _check_buyer(kind: str, name: str, tax_id: str) -> tuple[str, str]:
    if kind not in BUYER_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The buyer is a person or a company."))
    name = validation.text(name, QT_TRANSLATE_NOOP("Desk", "buyer's name"), 100)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter the buyer's name."), field=DeskText("buyer's name")
        )
    tax_id = canonical_id(tax_id, QT_TRANSLATE_NOOP("Desk", "buyer's taxpayer ID")).replace(" ", "")
    if kind == "company":
        if not is_valid_uscc(tax_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    '"{code}" is not a valid unified social credit code: it has 18'
                    " characters and its last one is a check character.",
                ),
                code=tax_id,
                field=DeskText("buyer's taxpayer ID"),
            )
    else:
        tax_id = ""
    return name, tax_id


def _source_inputs(sources) -> list[SourceReceipt]:
    """The receipts as handed in (numbers or SourceReceipt), in canonical form, each once."""
    clean: dict[str, SourceReceipt] = {}
    for given in sources or ():
        given = given if isinstance(given, SourceReceipt) else SourceReceipt(given)
        number = canonical_id(
            given.receipt_no, QT_TRANSLATE_NOOP("Desk", "purchase receipt number"), 40
        )
        amount = given.amount_fen
        if amount is not None:
            amount = validation.fen(
                amount, QT_TRANSLATE_NOOP("Desk", "amount of the purchase receipt"), 1
            )
        if number and number not in clean:
            clean[number] = SourceReceipt(number, amount)
    if not clean:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Enter the purchase receipt(s) the invoice is for; an invoice matches the"
                " money its receipts record.",
            )
        )
    if len(clean) > MAX_SOURCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "An invoice covers at most {n} receipts."), n=MAX_SOURCES
        )
    return list(clean.values())


def _check_sources(
    ctx: AppContext, shop_id: int | None, sources, total_fen: int
) -> list[SourceReceipt]:
    """Each receipt invoiced once; a desk receipt standing and worth its paid total, any
    other receipt with its amount entered; the invoice's total within what they record."""
    checked = []
    for given in _source_inputs(sources):
        receipt = given.receipt_no
        held = invoices_db.source_holder(ctx.db, shop_id, receipt)
        if held is not None:
            raise InvoiceRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Receipt {receipt} is already invoiced on {invoice} ({at}); a purchase"
                    " receipt is invoiced once.",
                ),
                receipt=receipt,
                invoice=held["invoice_no"],
                at=local_text(ctx, held["issued_at"]),
            )
        if shop_id is None and SALE_RECEIPT_RE.match(receipt):
            sale = sales_db.sale_by_receipt(ctx.db, receipt)
            if sale is None or sale["voided_at"] is not None:
                raise InvoiceRefused(
                    QT_TRANSLATE_NOOP(
                        "Desk", "Receipt {receipt} is not a standing receipt of this desk."
                    ),
                    receipt=receipt,
                )
            if given.amount_fen is not None and given.amount_fen != sale["total_fen"]:
                raise InvoiceRefused(
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "Desk receipt {receipt} was paid {paid}, not {typed}; the desk's"
                        " record is what the invoice is checked against.",
                    ),
                    receipt=receipt,
                    paid=format_fen(sale["total_fen"]),
                    typed=format_fen(given.amount_fen),
                )
            checked.append(SourceReceipt(receipt, sale["total_fen"]))
        elif given.amount_fen is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk", "Enter the amount of purchase receipt {receipt} as printed on it."
                ),
                receipt=receipt,
            )
        else:
            checked.append(given)
    recorded = sum(x.amount_fen for x in checked)
    if total_fen > recorded:
        raise InvoiceRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The invoice comes to {total} but its receipts ({receipts}) record only"
                " {recorded}; an invoice never exceeds the money it is for.",
            ),
            total=format_fen(total_fen),
            receipts=", ".join(x.receipt_no for x in checked),
            recorded=format_fen(recorded),
        )
    return checked


def _seller(ctx: AppContext, shop_id: int | None) -> tuple[str, str, str]:
    if shop_id is None:
        profile = site.get_profile(ctx)
        return "mall", profile.name, profile.tax_id
    shop_id = validation.record_id(shop_id, QT_TRANSLATE_NOOP("Desk", "shop number"))
    shop = shops_db.by_id(ctx.db, shop_id)
    if shop is None or not shop["active"]:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No open shop with that id."))
    return "shop", shop["name_zh"], shop["tax_id"] or ""


def _check_e_invoice(ctx: AppContext, e_invoice_no: str) -> str | None:
    text = canonical_id(e_invoice_no, QT_TRANSLATE_NOOP("Desk", "e-invoice number"), 40)
    if not text:
        return None
    if not E_INVOICE_RE.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "An e-invoice number has exactly 20 digits."),
            field=DeskText("e-invoice number"),
        )
    other = invoices_db.invoice_by_e_no(ctx.db, text)
    if other is not None:
        raise InvoiceRefused(
            QT_TRANSLATE_NOOP("Desk", "E-invoice number {no} is already on invoice {invoice}."),
            no=text,
            invoice=other["invoice_no"],
        )
    return text


# --- issue ---------------------------------------------------------------------------------
def _write(ctx: AppContext, header: dict, lines: list[tuple[LineInput, int, int | None]]) -> int:
    """Number the invoice and write it with its lines; returns its id. `lines` carry their
    tax (already fixed by the caller) and, for a red-letter, the original line."""
    invoice_no = numbers.take_number(ctx, "invoice")
    gross = sum(x.quantity * x.unit_price_fen for x, _, _ in lines)
    tax = sum(t for _, t, _ in lines)
    invoice_id = invoices_db.insert_invoice(
        ctx.db,
        invoice_no=invoice_no,
        issued_at=iso(ctx.clock.now()),
        user_id=ctx.user.id,
        net_fen=gross - tax,
        tax_fen=tax,
        total_fen=gross,
        **header,
    )
    for n, (line, line_tax_fen, original_line) in enumerate(lines, 1):
        g = line.quantity * line.unit_price_fen
        invoices_db.insert_line(
            ctx.db,
            invoice_id=invoice_id,
            line_no=n,
            description=line.description,
            quantity=line.quantity,
            unit_price_fen=line.unit_price_fen,
            tax_rate=line.tax_rate,
            gross_fen=g,
            tax_fen=line_tax_fen,
            net_fen=g - line_tax_fen,
            original_line_id=original_line,
        )
    return invoice_id


@requires(Perm.COUNTER)
def issue_invoice(
    ctx: AppContext,
    *,
    buyer_kind: str,
    buyer_name: str,
    lines: Sequence[LineInput],
    buyer_tax_id: str = "",
    shop_id: int | None = None,
    sources: Sequence[str] = (),
    e_invoice_no: str = "",
) -> Invoice:
    """Issue an invoice for the mall (shop_id None) or a tenant shop; each purchase receipt
    it covers is invoiced once; gapless number per year."""
    name, tax_id = _check_buyer(buyer_kind, buyer_name, buyer_tax_id)
    clean = _check_lines(lines)
    with atomic(ctx.db):
        seller_kind, seller_name, seller_tax_id = _seller(ctx, shop_id)
        total = sum(x.quantity * x.unit_price_fen for x in clean)
        receipts = _check_sources(ctx, shop_id, sources, total)
        e_no = _check_e_invoice(ctx, e_invoice_no)
        invoice_id = _write(
            ctx,
            {
                "kind": "blue",
                "seller_kind": seller_kind,
                "shop_id": shop_id,
                "seller_name": seller_name,
                "seller_tax_id": seller_tax_id,
                "buyer_kind": buyer_kind,
                "buyer_name": name,
                "buyer_tax_id": tax_id,
                "e_invoice_no": e_no,
            },
            [(x, line_tax(x.quantity * x.unit_price_fen, x.tax_rate), None) for x in clean],
        )
        for receipt in receipts:
            invoices_db.insert_source(
                ctx.db,
                invoice_id=invoice_id,
                shop_id=shop_id,
                receipt_no=receipt.receipt_no,
                amount_fen=receipt.amount_fen,
            )
        row = invoices_db.invoice_by_no(ctx.db, _number_of(ctx.db, invoice_id))
        audit.record(
            ctx,
            "invoice.issue",
            "invoice",
            row["invoice_no"],
            None,
            {
                "buyer_kind": buyer_kind,
                "seller": seller_name,
                "total_fen": row["total_fen"],
                "tax_fen": row["tax_fen"],
                "sources": {x.receipt_no: x.amount_fen for x in receipts},
                "e_invoice_no": e_no,
            },
        )
        return _invoice(ctx.db, row)


def _number_of(db, invoice_id: int) -> str:
    return db.conn.execute(
        "SELECT invoice_no FROM invoices WHERE id = ?", (invoice_id,)
    ).fetchone()[0]


def _row(ctx: AppContext, invoice_no: str) -> dict:
    row = invoices_db.invoice_by_no(
        ctx.db, canonical_id(invoice_no, QT_TRANSLATE_NOOP("Desk", "invoice number"))
    )
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No invoice {no}."), no=invoice_no)
    return row


# --- corrections ---------------------------------------------------------------------------
@requires(Perm.VOID)
def void_invoice(ctx: AppContext, invoice_no: str, reason: str) -> Invoice:
    """Void in the month of issue only (site calendar), by a shift lead, with a reason; the
    number stays used and its purchase receipts may be invoiced again."""
    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say why the invoice is voided."))
    with atomic(ctx.db):
        row = _row(ctx, invoice_no)
        month_lock.ensure_open(ctx, row["issued_at"])  # the invoice's own month
        if row["voided_at"] is not None:
            raise InvoiceRefused(
                QT_TRANSLATE_NOOP("Desk", "Invoice {no} was already voided on {at}."),
                no=row["invoice_no"],
                at=local_text(ctx, row["voided_at"]),
            )
        if _month(ctx, row["issued_at"]) != _month(ctx, iso(ctx.clock.now())):
            raise InvoiceRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Invoice {no} was issued in an earlier month ({at}) and can no longer"
                    " be voided; issue a red-letter invoice for it instead.",
                ),
                no=row["invoice_no"],
                at=local_text(ctx, row["issued_at"]),
            )
        if row["credited_fen"]:
            raise InvoiceRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "Invoice {no} has red-letter invoices; void those first."
                ),
                no=row["invoice_no"],
            )
        invoices_db.insert_void(
            ctx.db,
            invoice_id=row["id"],
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            reason=reason,
        )
        invoices_db.release_sources(ctx.db, row["id"])
        audit.record(
            ctx,
            "invoice.void",
            "invoice",
            row["invoice_no"],
            {"total_fen": row["total_fen"]},
            {"reason": reason},
        )
        return _invoice(ctx.db, invoices_db.invoice_by_no(ctx.db, row["invoice_no"]))


def _red_lines(
    ctx: AppContext, original: dict, quantities: dict[int, int] | None
) -> list[tuple[LineInput, int, int]]:
    """Red lines crediting `quantities` {line_no: quantity} of the original's lines (all
    that is left when None), never more than is left on any line."""
    credited = invoices_db.credited_lines(ctx.db, original["id"])
    out = []
    for line in invoices_db.lines_of(ctx.db, original["id"]):
        done = credited.get(line["id"], {"quantity": 0, "tax_fen": 0})
        left = line["quantity"] - done["quantity"]
        want = left if quantities is None else quantities.get(line["line_no"], 0)
        if isinstance(want, bool) or not isinstance(want, int) or want < 0 or want > left:
            raise InvoiceRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Line {line} of invoice {no} has {left} left to credit; a red-letter"
                    " invoice never exceeds the original.",
                ),
                line=line["line_no"],
                no=original["invoice_no"],
                left=left,
            )
        if want == 0:
            continue
        gross = -want * line["unit_price_fen"]
        tax_left = line["tax_fen"] - done["tax_fen"]
        # rounding each part on its own could credit more tax than the line carried
        tax = -tax_left if want == left else -min(-line_tax(gross, line["tax_rate"]), tax_left)
        out.append(
            (
                LineInput(line["description"], -want, line["unit_price_fen"], line["tax_rate"]),
                tax,
                line["id"],
            )
        )
    if not out:
        raise InvoiceRefused(
            QT_TRANSLATE_NOOP("Desk", "Nothing is left to credit on invoice {no}."),
            no=original["invoice_no"],
        )
    return out


@requires(Perm.VOID)
def issue_red_letter(
    ctx: AppContext, original_no: str, reason: str, quantities: dict[int, int] | None = None
) -> Invoice:
    """After the month of issue, a shift lead credits an invoice (all of what is left, or
    quantities of its lines) with a red-letter invoice that refers to it."""
    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say why the invoice is credited."))
    with atomic(ctx.db):
        original = _row(ctx, original_no)
        if original["kind"] == "red" or original["voided_at"] is not None:
            raise InvoiceRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Invoice {no} is voided or is itself a red-letter; it cannot be credited.",
                ),
                no=original["invoice_no"],
            )
        if _month(ctx, original["issued_at"]) == _month(ctx, iso(ctx.clock.now())):
            raise InvoiceRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Invoice {no} was issued this month: void it instead of issuing a"
                    " red-letter invoice.",
                ),
                no=original["invoice_no"],
            )
        lines = _red_lines(ctx, original, quantities)
        keep = (
            "seller_kind",
            "shop_id",
            "seller_name",
            "seller_tax_id",
            "buyer_kind",
            "buyer_name",
            "buyer_tax_id",
        )
        invoice_id = _write(
            ctx,
            {
                "kind": "red",
                "original_id": original["id"],
                "reason": reason,
                **{k: original[k] for k in keep},
            },
            lines,
        )
        row = invoices_db.invoice_by_no(ctx.db, _number_of(ctx.db, invoice_id))
        audit.record(
            ctx,
            "invoice.red_letter",
            "invoice",
            row["invoice_no"],
            None,
            {"original": original["invoice_no"], "total_fen": row["total_fen"], "reason": reason},
        )
        return _invoice(ctx.db, row)


# --- look-ups and the register ---------------------------------------------------------------
@requires(Perm.COUNTER)
def get_invoice(ctx: AppContext, invoice_no: str) -> Invoice:
    return _invoice(ctx.db, _row(ctx, invoice_no))


@requires(Perm.COUNTER)
def red_letters_of(ctx: AppContext, invoice_no: str) -> list[Invoice]:
    row = _row(ctx, invoice_no)
    return [_invoice(ctx.db, r) for r in invoices_db.reds_of(ctx.db, row["id"])]


REGISTER_STATUS_LABELS = {
    "valid": QT_TRANSLATE_NOOP("Desk", "Standing"),
    "red": QT_TRANSLATE_NOOP("Desk", "Red-letter"),
    "voided": QT_TRANSLATE_NOOP("Desk", "Voided"),
}


@requires(Perm.COUNTER)
def list_invoices(
    ctx: AppContext,
    first: date,
    last: date,
    offset: int = 0,
    limit: int = 200,
    *,
    status: str | None = None,
    before_id: int | None = None,
) -> list[Invoice]:
    """The register: every invoice of the days first..last, voided and red ones included;
    only standing blue, red-letter or voided ones when `status` says so; `before_id` (the
    last row shown) pages on by key."""
    start, end = day_bounds(ctx, first, last)
    if end <= start:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The span ends before it starts."))
    offset, limit = page_args(offset, limit)
    status = spans.choice(status, REGISTER_STATUS_LABELS, QT_TRANSLATE_NOOP("Desk", "status"))
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    rows = invoices_db.invoices_between(
        ctx.db, start, end, offset, limit, status=status, before_id=before_id
    )
    return [_invoice(ctx.db, r, full=False) for r in rows]


@requires(Perm.COUNTER)
def count_invoices(ctx: AppContext, first: date, last: date) -> int:
    return invoices_db.count_between(ctx.db, *day_bounds(ctx, first, last))


@dataclass(frozen=True)
class InvoiceTotals:
    by_rate: list  # dicts: kind, tax_rate, n, net_fen, tax_fen, gross_fen
    voided_count: int
    voided_fen: int

    @property
    def total_fen(self) -> int:
        """Net of the period: blue minus red, voided invoices left out."""
        return sum(r["gross_fen"] for r in self.by_rate)

    @property
    def tax_fen(self) -> int:
        return sum(r["tax_fen"] for r in self.by_rate)


@requires(Perm.COUNTER)
def invoice_totals(ctx: AppContext, first: date, last: date) -> InvoiceTotals:
    """Totals of the register by tax rate (blue and red apart); voided invoices counted
    apart and left out."""
    bounds = day_bounds(ctx, first, last)
    voided = invoices_db.voided_between(ctx.db, *bounds)
    return InvoiceTotals(
        invoices_db.totals_by_rate(ctx.db, *bounds), voided["n"], voided["total_fen"]
    )
