"""Invoice documents, as PDF bytes without Qt: the invoice (A4 or A5) with seller, buyer,
lines, tax by line, totals and source receipts, marked VOID when voided and titled as a
red-letter invoice when it credits another; and the invoice register of a day or a month
with totals by tax rate. Words are source strings translated through `ctx.translate`."""
from __future__ import annotations

from datetime import date

from services import invoices, permissions, site
from services.context import AppContext
from services.documents import Column, Document, Footer, copy_mark_text
from services.errors import QT_TRANSLATE_NOOP as N
from services.money import format_fen
from services.permissions import Perm
from services.sales import local_text

INVOICE_KIND = "invoice"
LAYOUTS = ("a4", "a5")
BUYER_KIND_LABELS = {"person": N("Desk", "Person"), "company": N("Desk", "Company")}


def invoice_pdf(ctx: AppContext, invoice_no: str, copy_no: int = 0, layout: str = "a4") -> bytes:
    """The invoice as issued; a red-letter one names the invoice it credits."""
    permissions.require(ctx, Perm.COUNTER)
    tr = ctx.translate
    inv = invoices.get_invoice(ctx, invoice_no)
    profile = site.get_profile(ctx.db)
    doc = Document(layout if layout in LAYOUTS else "a4",
                   copy_mark=copy_mark_text(copy_no, tr(N("Desk", "COPY {n}"))),
                   void_mark=tr(N("Desk", "VOID")) if inv.is_void else None,
                   footer=Footer(profile.name, "", tr(N("Desk", "Page {page} / {pages}"))))
    doc.header(profile.name, *[x for x in (profile.address,) if x])
    title = tr(N("Desk", "Red-letter invoice")) if inv.kind == "red" else tr(N("Desk", "Invoice"))
    doc.title(title, inv.invoice_no)
    rows = [(tr(N("Desk", "Invoice no.")), inv.invoice_no),
            (tr(N("Desk", "Issued")), f"{local_text(ctx.db, inv.issued_at)}  {inv.clerk}")]
    if inv.e_invoice_no:
        rows.append((tr(N("Desk", "E-invoice no.")), inv.e_invoice_no))
    if inv.original_no:
        rows.append((tr(N("Desk", "Credits invoice")), inv.original_no))
        rows.append((tr(N("Desk", "Reason")), inv.reason))
    rows += [(tr(N("Desk", "Seller")), inv.seller_name),
             (tr(N("Desk", "Seller tax ID")), inv.seller_tax_id or "—"),
             (tr(N("Desk", "Buyer")), f"{inv.buyer_name} ({tr(BUYER_KIND_LABELS[inv.buyer_kind])})")]
    if inv.buyer_tax_id:
        rows.append((tr(N("Desk", "Buyer tax ID")), inv.buyer_tax_id))
    doc.fields(rows)
    doc.table([Column(tr(N("Desk", "Description")), 3), Column(tr(N("Desk", "Qty")), 1, "right"),
               Column(tr(N("Desk", "Unit price")), 1.6, money=True),
               Column(tr(N("Desk", "Net")), 1.6, money=True),
               Column(tr(N("Desk", "Tax rate")), 1, "right"),
               Column(tr(N("Desk", "Tax")), 1.4, money=True),
               Column(tr(N("Desk", "Amount")), 1.7, money=True)],
              [[x.description, str(x.quantity), x.unit_price_fen, x.net_fen, f"{x.tax_rate}%",
                x.tax_fen, x.gross_fen] for x in inv.lines],
              total=[tr(N("Desk", "Total")), "", "", inv.net_fen, "", inv.tax_fen, inv.total_fen])
    doc.total(tr(N("Desk", "Total incl. tax")), format_fen(inv.total_fen))
    if inv.sources:
        doc.paragraph(tr(N("Desk", "Purchase receipts: {list}")).format(
            list=", ".join(inv.sources)), small=True)
    if inv.is_void:
        doc.fields([(tr(N("Desk", "Voided")),
                     f"{local_text(ctx.db, inv.voided_at)} {inv.voided_by or ''}"),
                    (tr(N("Desk", "Reason")), inv.void_reason or "")])
    doc.paragraph(tr(N("Desk", "Prices include tax; the tax of each line is rounded half-up"
                             " to the fen.")), small=True)
    doc.signatures([tr(N("Desk", "Issued by")), tr(N("Desk", "Buyer"))])
    return doc.build()


def invoice_register_pdf(ctx: AppContext, first: date, last: date) -> bytes:
    """Every invoice of the days first..last, voided and red ones included, with totals
    by tax rate (voided invoices left out of the totals)."""
    permissions.require(ctx, Perm.COUNTER)
    tr = ctx.translate
    profile = site.get_profile(ctx.db)
    period = first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
    doc = Document("a4", footer=Footer(profile.name, period,
                                       tr(N("Desk", "Page {page} / {pages}"))))
    doc.header(profile.name)
    doc.title(tr(N("Desk", "Invoice register")), period)
    rows = []
    count = invoices.count_invoices(ctx, first, last)
    for offset in range(0, count, 1000):
        for i in invoices.list_invoices(ctx, first, last, offset, 1000):
            state = tr(N("Desk", "VOID")) if i.is_void else (
                tr(N("Desk", "Red-letter of {no}")).format(no=i.original_no)
                if i.kind == "red" else "")
            rows.append([i.invoice_no, local_text(ctx.db, i.issued_at), i.seller_name,
                         i.buyer_name, i.tax_fen, i.total_fen, state])
    rows.reverse()
    doc.table([Column(tr(N("Desk", "Invoice no.")), 2), Column(tr(N("Desk", "Issued")), 2),
               Column(tr(N("Desk", "Seller")), 2), Column(tr(N("Desk", "Buyer")), 2),
               Column(tr(N("Desk", "Tax")), 1.3, money=True),
               Column(tr(N("Desk", "Amount")), 1.5, money=True),
               Column(tr(N("Desk", "State")), 2)], rows)
    totals = invoices.invoice_totals(ctx, first, last)
    kinds = {"blue": tr(N("Desk", "Issued")), "red": tr(N("Desk", "Red-letter"))}
    doc.table([Column(tr(N("Desk", "Tax rate")), 1, "right"), Column(tr(N("Desk", "Kind")), 1.5),
               Column(tr(N("Desk", "Invoices")), 1, "right"),
               Column(tr(N("Desk", "Net")), 2, money=True),
               Column(tr(N("Desk", "Tax")), 2, money=True),
               Column(tr(N("Desk", "Amount")), 2, money=True)],
              [[f"{r['tax_rate']}%", kinds[r["kind"]], str(r["n"]), r["net_fen"], r["tax_fen"],
                r["gross_fen"]] for r in totals.by_rate],
              total=[tr(N("Desk", "Total")), "", "", totals.total_fen - totals.tax_fen,
                     totals.tax_fen, totals.total_fen])
    doc.fields([(tr(N("Desk", "Voided")),
                 f"{totals.voided_count} / {format_fen(totals.voided_fen)}")])
    doc.signatures([tr(N("Desk", "Shift lead")), tr(N("Desk", "Finance"))])
    return doc.build()
