"""Invoice documents, as PDF bytes without Qt: the invoice (A4 or A5) with seller, buyer,
lines, tax by line, totals and source receipts, marked VOID when voided and titled as a
red-letter invoice when it credits another; and the invoice register of a day or a month
with totals by tax rate. Words are source strings translated through `ctx.translate`."""

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
from services.invoices import invoices
from services.sales.sales import local_text

INVOICE_KIND = "invoice"
LAYOUTS = ("a4", "a5")
BUYER_KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("Desk", "Person"),
    "company": QT_TRANSLATE_NOOP("Desk", "Company"),
}


@requires(Perm.COUNTER)
def invoice_pdf(ctx: AppContext, invoice_no: str, copy_no: int = 0, layout: str = "a4") -> bytes:
    """The invoice as issued; a red-letter one names the invoice it credits."""
    tr = ctx.translate
    inv = invoices.get_invoice(ctx, invoice_no)
    profile = site.get_profile(ctx)
    doc = Document(
        layout if layout in LAYOUTS else "a4",
        copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}"))),
        void_mark=tr(QT_TRANSLATE_NOOP("Desk", "VOID")) if inv.is_void else None,
        footer=Footer(profile.name, "", tr(QT_TRANSLATE_NOOP("Desk", "Page {page} / {pages}"))),
    )
    doc.header(profile.name, *[x for x in (profile.address,) if x])
    title = (
        tr(QT_TRANSLATE_NOOP("Desk", "Red-letter invoice"))
        if inv.kind == "red"
        else tr(QT_TRANSLATE_NOOP("Desk", "Invoice"))
    )
    doc.title(title, inv.invoice_no)
    rows = [
        (tr(QT_TRANSLATE_NOOP("Desk", "Invoice no.")), inv.invoice_no),
        (
            tr(QT_TRANSLATE_NOOP("Desk", "Issued")),
            f"{local_text(ctx, inv.issued_at)}  {staff_name(ctx, inv.clerk)}",
        ),
    ]
    if inv.e_invoice_no:
        rows.append((tr(QT_TRANSLATE_NOOP("Desk", "E-invoice no.")), inv.e_invoice_no))
    if inv.original_no:
        rows.append((tr(QT_TRANSLATE_NOOP("Desk", "Credits invoice")), inv.original_no))
        rows.append((tr(QT_TRANSLATE_NOOP("Desk", "Reason")), inv.reason))
    rows += [
        (tr(QT_TRANSLATE_NOOP("Desk", "Seller")), inv.seller_name),
        (tr(QT_TRANSLATE_NOOP("Desk", "Seller tax ID")), inv.seller_tax_id or "—"),
        (
            tr(QT_TRANSLATE_NOOP("Desk", "Buyer")),
            f"{inv.buyer_name} ({tr(BUYER_KIND_LABELS[inv.buyer_kind])})",
        ),
    ]
    if inv.buyer_tax_id:
        rows.append((tr(QT_TRANSLATE_NOOP("Desk", "Buyer tax ID")), inv.buyer_tax_id))
    doc.fields(rows)
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Description")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Qty")), 1, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Unit price")), 1.6, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Net")), 1.6, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Tax rate")), 1, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Tax")), 1.4, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 1.7, money=True),
        ],
        [
            [
                x.description,
                str(x.quantity),
                x.unit_price_fen,
                x.net_fen,
                f"{x.tax_rate}%",
                x.tax_fen,
                x.gross_fen,
            ]
            for x in inv.lines
        ],
        total=[
            tr(QT_TRANSLATE_NOOP("Desk", "Total")),
            "",
            "",
            inv.net_fen,
            "",
            inv.tax_fen,
            inv.total_fen,
        ],
    )
    doc.total(tr(QT_TRANSLATE_NOOP("Desk", "Total incl. tax")), paper_fen(inv.total_fen))
    doc.qr(inv.invoice_no, size_mm=22, caption=inv.invoice_no)
    if inv.sources:
        doc.paragraph(
            tr(QT_TRANSLATE_NOOP("Desk", "Purchase receipts: {list}")).format(
                list=", ".join(inv.sources)
            ),
            small=True,
        )
    if inv.is_void:
        doc.fields(
            [
                (
                    tr(QT_TRANSLATE_NOOP("Desk", "Voided")),
                    f"{local_text(ctx, inv.voided_at)} {staff_name(ctx, inv.voided_by)}",
                ),
                (tr(QT_TRANSLATE_NOOP("Desk", "Reason")), inv.void_reason or ""),
            ]
        )
    doc.paragraph(
        tr(
            QT_TRANSLATE_NOOP(
                "Desk", "Prices include tax; the tax of each line is rounded half-up to the fen."
            )
        ),
        small=True,
    )
    doc.signatures(
        [tr(QT_TRANSLATE_NOOP("Desk", "Issued by")), tr(QT_TRANSLATE_NOOP("Desk", "Buyer"))]
    )
    return doc.build()


@requires(Perm.COUNTER)
def invoice_register_pdf(ctx: AppContext, first: date, last: date) -> bytes:
    """Every invoice of the days first..last, voided and red ones included, with totals
    by tax rate (voided invoices left out of the totals)."""
    tr = ctx.translate
    profile = site.get_profile(ctx)
    first = validation.day(first, QT_TRANSLATE_NOOP("Desk", "first day"))
    last = validation.day(last, QT_TRANSLATE_NOOP("Desk", "last day"))
    period = first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
    doc = Document(
        "a4",
        footer=Footer(profile.name, period, tr(QT_TRANSLATE_NOOP("Desk", "Page {page} / {pages}"))),
    )
    doc.header(profile.name)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Invoice register")), period)
    rows = []
    count = invoices.count_invoices(ctx, first, last)
    for offset in range(0, count, 1000):
        for i in invoices.list_invoices(ctx, first, last, offset, 1000):
            state = (
                tr(QT_TRANSLATE_NOOP("Desk", "VOID"))
                if i.is_void
                else (
                    tr(QT_TRANSLATE_NOOP("Desk", "Red-letter of {no}")).format(no=i.original_no)
                    if i.kind == "red"
                    else ""
                )
            )
            rows.append(
                [
                    i.invoice_no,
                    local_text(ctx, i.issued_at),
                    i.seller_name,
                    i.buyer_name,
                    i.tax_fen,
                    i.total_fen,
                    state,
                ]
            )
    rows.reverse()
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Invoice no.")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Issued")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Seller")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Buyer")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Tax")), 1.3, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 1.5, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "State")), 2),
        ],
        rows,
    )
    totals = invoices.invoice_totals(ctx, first, last)
    kinds = {
        "blue": tr(QT_TRANSLATE_NOOP("Desk", "Issued")),
        "red": tr(QT_TRANSLATE_NOOP("Desk", "Red-letter")),
    }
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Tax rate")), 1, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Kind")), 1.5),
            Column(tr(QT_TRANSLATE_NOOP("DeskCount", "Invoices")), 1, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Net")), 2, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Tax")), 2, money=True),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 2, money=True),
        ],
        [
            [
                f"{r['tax_rate']}%",
                kinds[r["kind"]],
                str(r["n"]),
                r["net_fen"],
                r["tax_fen"],
                r["gross_fen"],
            ]
            for r in totals.by_rate
        ],
        total=[
            tr(QT_TRANSLATE_NOOP("Desk", "Total")),
            "",
            "",
            totals.total_fen - totals.tax_fen,
            totals.tax_fen,
            totals.total_fen,
        ],
    )
    doc.fields(
        [
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Voided")),
                f"{totals.voided_count} / {paper_fen(totals.voided_fen)}",
            )
        ]
    )
    doc.signatures(
        [tr(QT_TRANSLATE_NOOP("Desk", "Shift lead")), tr(QT_TRANSLATE_NOOP("Desk", "Finance"))]
    )
    return doc.build()
