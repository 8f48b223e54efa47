"""The daily ledger and the income hand-over voucher as A4 PDFs (no Qt): page-sized tables,
'page X / Y', site name and print time in the footer, masked phones, signature lines.
Labels are source strings translated through ctx.translate, so the documents follow the UI."""
from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from services.reports import daily_ledger
from services.finance import handover
from services.core import permissions
from services.shifts import shifts
from services.admin import site
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.documents import Column, Document, Footer, copy_mark_text
from services.core.errors import QT_TRANSLATE_NOOP
from services.reports.ledger_sections import Section
from services.core.money import format_fen
from services.core.permissions import Perm


def _footer(ctx: AppContext, printed: str) -> Footer:
    tr = ctx.translate
    return Footer(site.get_profile(ctx.db).name,
                  tr(QT_TRANSLATE_NOOP("Desk", "Printed {at}")).format(at=printed),
                  tr(QT_TRANSLATE_NOOP("Desk", "Page {page} / {pages}")))


def _printed(ctx: AppContext) -> str:
    return ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx.db))).strftime("%Y-%m-%d %H:%M")


def _local(ctx: AppContext, stored: str | None) -> str:
    if not stored:
        return ""
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx.db))).strftime("%m-%d %H:%M")


def _method(ctx: AppContext, method: str) -> str:
    return ctx.translate(shifts.METHOD_LABELS.get(method, method))


def _kind(ctx: AppContext, kind: str) -> str:
    return ctx.translate(shifts.MOVEMENT_LABELS[kind]) if kind in shifts.MOVEMENT_LABELS else kind


def _section(doc: Document, ctx: AppContext, section: Section) -> None:
    tr = ctx.translate
    doc.paragraph(f"{tr(section.title)} ({len(section.rows)})")
    if not section.rows:
        return
    columns = [Column(tr(c.title), c.weight, align="right" if c.kind == "int" else "left",
                      money=c.kind == "money") for c in section.columns]
    rows = [["" if v is None else (v if isinstance(v, int) and c.kind == "money" else str(v))
             for v, c in zip(row, section.columns)] for row in section.rows]
    doc.table(columns, rows)


def _money_tables(doc: Document, ctx: AppContext, by_method: dict, by_kind: list[dict]) -> None:
    tr = ctx.translate
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "Totals by payment method")))
    doc.table([Column(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), 3),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Net")), 2, money=True)],
              [[_method(ctx, m), by_method.get(m, 0)] for m in shifts.METHODS],
              total=[tr(QT_TRANSLATE_NOOP("Desk", "Total")), sum(by_method.values())])
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "Totals by kind")))
    doc.table([Column(tr(QT_TRANSLATE_NOOP("Desk", "Movement")), 3),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), 2),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Count")), 1, align="right"),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 2, money=True)],
              [[_kind(ctx, r["kind"]), _method(ctx, r["method"]), str(r["n"]), r["amount_fen"]]
               for r in by_kind])


def _shift_table(doc: Document, ctx: AppContext, lines) -> None:
    tr = ctx.translate
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "Shifts of the day")) + f" ({len(lines)})")
    if not lines:
        return
    doc.table([Column(tr(QT_TRANSLATE_NOOP("Desk", "Report no.")), 2),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Opened")), 1.6),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Closed")), 1.6),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Cash float")), 1.2, money=True),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Expected cash")), 1.2, money=True),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Counted cash")), 1.2, money=True),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Difference")), 1.3, money=True),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Reason")), 1.4)],
              [[s.report_no or tr(QT_TRANSLATE_NOOP("Desk", "open")),
                f"{_local(ctx, s.opened_at)} {s.opened_by}",
                f"{_local(ctx, s.closed_at)} {s.closed_by}", s.float_fen,
                "" if s.expected_fen is None else s.expected_fen,
                "" if s.counted_fen is None else s.counted_fen,
                "" if s.difference_fen is None else s.difference_fen, s.reason or ""]
               for s in lines])


def daily_ledger_pdf(ctx: AppContext, day: date, copy_no: int = 0, lang: str | None = None
                     ) -> bytes:
    """The day's ledger on A4: every section, totals, what is held and out, the shifts and
    the clerk's and shift lead's signatures."""
    permissions.require(ctx, Perm.DAILY_LEDGER)
    tr = ctx.translate
    ledger = daily_ledger.daily_ledger(ctx, day, lang)
    doc = Document("a4", footer=_footer(ctx, ledger.printed_at),
                   copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}"))))
    doc.header(ledger.site_name)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Daily ledger")), day.isoformat())
    _money_tables(doc, ctx, ledger.by_method, ledger.by_kind)
    for section in ledger.sections:
        _section(doc, ctx, section)
    doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "At the end of the day")))
    doc.fields([(tr(QT_TRANSLATE_NOOP("Desk", "Deposits still held")),
                 f"{ledger.held_count} / {format_fen(ledger.held_fen)}")])
    if ledger.items_out:
        doc.table([Column(tr(QT_TRANSLATE_NOOP("Desk", "Slip no.")), 2),
                   Column(tr(QT_TRANSLATE_NOOP("Desk", "Item")), 2),
                   Column(tr(QT_TRANSLATE_NOOP("Desk", "Phone")), 1.6),
                   Column(tr(QT_TRANSLATE_NOOP("Desk", "Lent at")), 1.4),
                   Column(tr(QT_TRANSLATE_NOOP("Desk", "Due back")), 1.4),
                   Column(tr(QT_TRANSLATE_NOOP("Desk", "Deposit")), 1.2, money=True)],
                  [[r["slip_no"], r["item"], r["phone_masked"], _local(ctx, r["lent_at"]),
                    _local(ctx, r["due_at"]), r["deposit_fen"]] for r in ledger.items_out])
    _shift_table(doc, ctx, ledger.shifts)
    doc.signatures([tr(QT_TRANSLATE_NOOP("Desk", "Clerk")),
                    tr(QT_TRANSLATE_NOOP("Desk", "Shift lead"))])
    return doc.build()


def handover_pdf(ctx: AppContext, voucher: handover.Handover, copy_no: int = 0) -> bytes:
    """The numbered hand-over voucher from its stored figures, with two signature lines."""
    permissions.require(ctx, Perm.HANDOVER)
    tr, f = ctx.translate, voucher.figures
    doc = Document("a4", footer=_footer(ctx, _printed(ctx)),
                   copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}"))))
    doc.header(site.get_profile(ctx.db).name)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Income hand-over to finance")), voucher.handover_no)
    span = (f"{f['receipt_first']} – {f['receipt_last']}" if f["receipt_count"] else "—")
    doc.fields([
        (tr(QT_TRANSLATE_NOOP("Desk", "Business day")), voucher.day.isoformat()),
        (tr(QT_TRANSLATE_NOOP("Desk", "Handed over")),
         f"{_local(ctx, voucher.at)}  {voucher.by}"),
        (tr(QT_TRANSLATE_NOOP("Desk", "Receipt numbers")), span),
        (tr(QT_TRANSLATE_NOOP("Desk", "Receipts")),
         f"{f['receipt_count']} / {format_fen(f['receipt_fen'])}"),
        (tr(QT_TRANSLATE_NOOP("Desk", "Voided")),
         f"{f['void_count']} / {format_fen(f['void_fen'])}"),
    ])
    doc.table([Column(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), 3),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Count")), 1, align="right"),
               Column(tr(QT_TRANSLATE_NOOP("Desk", "Net")), 2, money=True)],
              [[_method(ctx, m), str(f["by_method"].get(m, {}).get("n", 0)),
                f["by_method"].get(m, {}).get("fen", 0)] for m in shifts.METHODS],
              total=[tr(QT_TRANSLATE_NOOP("Desk", "Total")), "", f["net_fen"]])
    doc.fields([
        (tr(QT_TRANSLATE_NOOP("Desk", "Cash counted at the shift closes")),
         format_fen(f["cash_counted_fen"])),
        (tr(QT_TRANSLATE_NOOP("Desk", "of which cash float kept at the desk")),
         format_fen(f["float_fen"])),
        (tr(QT_TRANSLATE_NOOP("Desk", "Deposits still held")),
         f"{f['held_count']} / {format_fen(f['held_fen'])}"),
    ])
    if f["shifts"]:
        doc.table([Column(tr(QT_TRANSLATE_NOOP("Desk", "Report no.")), 2),
                   Column(tr(QT_TRANSLATE_NOOP("Desk", "Expected cash")), 1.5, money=True),
                   Column(tr(QT_TRANSLATE_NOOP("Desk", "Counted cash")), 1.5, money=True),
                   Column(tr(QT_TRANSLATE_NOOP("Desk", "Difference")), 1.5, money=True)],
                  [[s["report_no"], s["expected_fen"] or 0, s["counted_fen"] or 0,
                    s["difference_fen"] or 0] for s in f["shifts"]])
    doc.signatures([tr(QT_TRANSLATE_NOOP("Desk", "Handed over by")),
                    tr(QT_TRANSLATE_NOOP("Desk", "Received by"))])
    return doc.build()
