"""Documents of paid services, as PDF bytes without Qt: the 80 mm receipt (with a QR code of
its number, COPY n on a reprint and VOID on a voided one) and the A4 receipts register of a
day or a month. Words are source strings translated through `ctx.translate`."""

from __future__ import annotations

from datetime import date

from services.admin import site
from services.core import validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm, requires
from services.documents import Column, Document, Footer, copy_mark_text
from services.documents.staff import staff_name
from services.documents.text import paper_fen
from services.sales import sales
from services.shifts import shifts

RECEIPT_KIND = "receipt"  # the document kind in the print log


def _lang(ctx: AppContext, lang: str | None) -> str:
    return lang or site.get_profile(ctx).language


def _header(doc: Document, ctx: AppContext) -> None:
    profile = site.get_profile(ctx)
    lines = [x for x in (profile.address, profile.tax_id) if x]
    doc.header(profile.name, *lines)


@requires(Perm.COUNTER)
def receipt_pdf(
    ctx: AppContext, receipt_no: str, copy_no: int = 0, lang: str | None = None
) -> bytes:
    """The receipt: number, time, clerk, lines, total, payment and change, QR of the number;
    COPY n from the second output on, VOID once the sale is voided."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    sale = sales.get_sale(ctx, receipt_no)
    doc = Document(
        "receipt",
        copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}"))),
        void_mark=tr(QT_TRANSLATE_NOOP("Desk", "VOID")) if sale.is_void else None,
    )
    # cash goes into the drawer when the receipt is first printed, never on a reprint
    doc.opens_drawer = sale.method == "cash" and not sale.is_void and copy_no == 0
    _header(doc, ctx)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Receipt")), sale.receipt_no)
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Receipt no.")), sale.receipt_no),
            (tr(QT_TRANSLATE_NOOP("Desk", "Time")), sales.local_text(ctx, sale.sold_at)),
            (tr(QT_TRANSLATE_NOOP("Desk", "Clerk")), staff_name(ctx, sale.clerk)),
        ]
    )
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Service")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Qty")), 1, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Price")), 1.6, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 1.8, money=True),
        ],
        [[x.name(lang), str(x.quantity), x.unit_price_fen, x.amount_fen] for x in sale.lines],
    )
    doc.total(tr(QT_TRANSLATE_NOOP("Desk", "Total")), paper_fen(sale.total_fen))
    rows = [(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), tr(shifts.METHOD_LABELS[sale.method]))]
    if sale.method == "cash":
        rows += [
            (tr(QT_TRANSLATE_NOOP("Desk", "Received")), paper_fen(sale.tendered_fen)),
            (tr(QT_TRANSLATE_NOOP("Desk", "Change")), paper_fen(sale.change_fen)),
        ]
    if sale.is_void:
        rows += [
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Voided")),
                f"{sales.local_text(ctx, sale.voided_at)} {staff_name(ctx, sale.voided_by)}",
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "Reason")), sale.void_reason or ""),
        ]
    doc.fields(rows)
    doc.qr(sale.receipt_no, caption=sale.receipt_no)
    if not sale.is_void:  # a voided receipt is no longer a ground for an invoice
        doc.paragraph(
            tr(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Thank you for using the service desk. Please keep this"
                    " receipt; an invoice can be issued against it.",
                )
            ),
            small=True,
        )
    return doc.build()


@requires(Perm.COUNTER)
def sales_register_pdf(ctx: AppContext, first: date, last: date, lang: str | None = None) -> bytes:
    """Every receipt of the days first..last, voided ones marked, with totals by payment
    method and income by service (voided receipts left out of the totals)."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    profile = site.get_profile(ctx)
    first = validation.day(first, QT_TRANSLATE_NOOP("Desk", "first day"))
    last = validation.day(last, QT_TRANSLATE_NOOP("Desk", "last day"))
    period = first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
    doc = Document(
        "a4",
        footer=Footer(profile.name, period, tr(QT_TRANSLATE_NOOP("Desk", "Page {page} / {pages}"))),
    )
    _header(doc, ctx)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Receipts register")), period)
    count = sales.count_receipts(ctx, first, last)
    rows = []
    for offset in range(0, count, 1000):
        for s in sales.list_receipts(ctx, first, last, offset, 1000):
            rows.append(
                [
                    s.receipt_no,
                    sales.local_text(ctx, s.sold_at),
                    s.clerk,
                    tr(shifts.METHOD_LABELS[s.method]),
                    s.total_fen,
                    tr(QT_TRANSLATE_NOOP("Desk", "VOID")) + f" {s.void_reason}"
                    if s.is_void
                    else "",
                ]
            )
    rows.reverse()  # oldest first on paper
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Receipt no.")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Time")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Clerk")), 1.5),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), 1.5),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 1.5, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Void")), 2.5),
        ],
        rows,
    )
    totals = sales.sales_totals(ctx, first, last)
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Net")), 2, money=True),
        ],
        [[tr(shifts.METHOD_LABELS[m]), fen] for m, fen in sorted(totals.by_method.items())],
        total=[tr(QT_TRANSLATE_NOOP("Desk", "Total")), totals.net_fen],
    )
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Service")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Qty")), 1, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 2, money=True),
        ],
        [
            [
                r["name_zh"] if lang.startswith("zh") else r["name_en"],
                str(r["quantity"]),
                r["amount_fen"],
            ]
            for r in sales.income_by_service(ctx, first, last)
        ],
    )
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Receipts")), str(totals.count)),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Voided")),
                f"{totals.voided_count} / {paper_fen(totals.voided_fen)}",
            ),
        ]
    )
    doc.signatures(
        [tr(QT_TRANSLATE_NOOP("Desk", "Shift lead")), tr(QT_TRANSLATE_NOOP("Desk", "Finance"))]
    )
    return doc.build()
