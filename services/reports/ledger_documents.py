"""The daily ledger and the income hand-over voucher as A4 PDFs (no Qt): page-sized tables,
'page X / Y', site name and print time in the footer, masked phones, signature lines.
Labels are source strings translated through ctx.translate, so the documents follow the UI."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from services.admin import site
from services.core import audit
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm, requires
from services.documents import Column, Document, Footer, copy_mark_text
from services.documents.staff import staff_name
from services.documents.text import paper_fen
from services.finance import handover
from services.reports import daily_ledger
from services.reports.tables.base import COUNT, MONEY, Section
from services.reports.tables.sales import DESK
from services.shifts import desks, shifts

DESK_HEADING = DESK.heading  # the desk of each receipt or shift (the Z-reports' too)


def _footer(ctx: AppContext, printed: str) -> Footer:
    tr = ctx.translate
    return Footer(
        site.get_profile(ctx).name,
        tr(QT_TRANSLATE_NOOP("Desk", "Printed {at}")).format(at=printed),
        tr(QT_TRANSLATE_NOOP("Desk", "Page {page} / {pages}")),
    )


def _anchor(doc: Document, ctx: AppContext) -> None:
    """The audit trail's head as printed (a code to compare and its QR): `frontdesk check
    --anchor CODE` later proves the file still holds the trail this paper saw."""
    found = audit.anchor(ctx)
    if found is None:
        return
    label = ctx.translate(QT_TRANSLATE_NOOP("Desk", "Audit anchor"))
    doc.fields([(label, found.code)])
    doc.qr(found.qr_text, size_mm=18, caption=found.code)


def _printed(ctx: AppContext) -> str:
    return ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d %H:%M")


def _local(ctx: AppContext, stored: str | None, form: str = "%m-%d %H:%M") -> str:
    if not stored:
        return ""
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime(form)


def _method(ctx: AppContext, method: str) -> str:
    return ctx.translate(shifts.METHOD_LABELS.get(method, method))


def _table(
    doc: Document,
    ctx: AppContext,
    section: Section,
    total: list | None = None,
    one_desk: bool = False,
) -> None:
    """A section's rows under its columns: counts right-aligned, money columns in ¥. On one
    desk's ledger the desk column is left out: the heading names the desk of every row."""
    shown = [
        n for n, c in enumerate(section.columns) if not (one_desk and c.heading == DESK_HEADING)
    ]
    columns = [
        Column(
            ctx.translate(c.heading),
            c.width,
            align="right" if c.kind == COUNT else "left",
            money=c.kind == MONEY,
        )
        for c in (section.columns[n] for n in shown)
    ]
    kinds = [section.columns[n].kind for n in shown]
    rows = [
        [
            "" if v is None else (v if isinstance(v, int) and kind == MONEY else str(v))
            for v, kind in zip((row[n] for n in shown), kinds)
        ]
        for row in section.rows
    ]
    doc.table(columns, rows, total=total)


def _section(doc: Document, ctx: AppContext, section: Section, one_desk: bool = False) -> None:
    """A section's title with its number of rows, and its table when it has any."""
    doc.paragraph(f"{ctx.translate(section.title)} ({len(section.rows)})")
    if section.rows:
        _table(doc, ctx, section, one_desk=one_desk)


def _totals(doc: Document, ctx: AppContext, ledger: daily_ledger.DailyLedger) -> None:
    by_method, by_kind = ledger.totals
    doc.paragraph(ctx.translate(by_method.title))
    _table(
        doc,
        ctx,
        by_method,
        total=[ctx.translate(QT_TRANSLATE_NOOP("Desk", "Total")), ledger.net_fen],
    )
    doc.paragraph(ctx.translate(by_kind.title))
    _table(doc, ctx, by_kind)


WHOLE_SITE = QT_TRANSLATE_NOOP("Desk", "Whole site (every desk)")


def _desk_field(ctx: AppContext, name: str) -> tuple[str, str]:
    """Whose figures a ledger or voucher holds: one desk's, or the whole site's."""
    tr = ctx.translate
    return tr(QT_TRANSLATE_NOOP("Desk", "Desk")), name or tr(WHOLE_SITE)


@requires(Perm.DAILY_LEDGER)
def daily_ledger_pdf(
    ctx: AppContext, day: date, copy_no: int = 0, lang: str | None = None, desk: str | None = None
) -> bytes:
    """The day's ledger on A4, of one desk or of the whole site (desk None): every section,
    totals, what is held and out, the shifts and the clerk's and shift lead's signatures."""
    tr = ctx.translate
    ledger = daily_ledger.daily_ledger(ctx, day, lang, desk)
    doc = Document(
        "a4",
        footer=_footer(ctx, ledger.printed_at),
        copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}"))),
    )
    doc.header(ledger.site_name)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Daily ledger")), day.isoformat())
    doc.fields([_desk_field(ctx, ledger.desk_name)])
    _totals(doc, ctx, ledger)
    one_desk = ledger.desk is not None
    for section in ledger.sections:
        _section(doc, ctx, section, one_desk)
    doc.paragraph(tr(ledger.out_section.title))
    doc.fields(
        [
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Deposits still held")),
                f"{ledger.held_count} / {paper_fen(ledger.held_fen)}",
            )
        ]
    )
    if ledger.out_section.rows:
        _table(doc, ctx, ledger.out_section)
    _section(doc, ctx, ledger.shift_section, one_desk)
    _anchor(doc, ctx)
    doc.signatures(
        [tr(QT_TRANSLATE_NOOP("Desk", "Clerk")), tr(QT_TRANSLATE_NOOP("Desk", "Shift lead"))]
    )
    return doc.build()


@requires(Perm.HANDOVER)
def handover_pdf(
    ctx: AppContext, voucher: handover.Handover, copy_no: int = 0, lang: str | None = None
) -> bytes:
    """The numbered hand-over voucher from its stored figures, with two signature lines; the
    desk named in `lang`, the language its labels are printed in (the site's by default)."""
    tr, f = ctx.translate, voucher.figures
    doc = Document(
        "a4",
        footer=_footer(ctx, _printed(ctx)),
        copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}"))),
    )
    doc.header(site.get_profile(ctx).name)
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Income hand-over to finance")), voucher.handover_no)
    span = f"{f['receipt_first']} – {f['receipt_last']}" if f["receipt_count"] else "—"
    doc.fields(
        [
            _desk_field(
                ctx,
                desks.desk_name(ctx, voucher.desk, lang or site.get_profile(ctx).language)
                if voucher.desk
                else "",
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "Business day")), voucher.day.isoformat()),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Handed over")),
                # with its year: a voucher is read long after the day it was made
                f"{_local(ctx, voucher.at, '%Y-%m-%d %H:%M')}  {staff_name(ctx, voucher.by)}",
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "Receipt numbers")), span),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Receipts")),
                f"{f['receipt_count']} / {paper_fen(f['receipt_fen'])}",
            ),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Voided")),
                f"{f['void_count']} / {paper_fen(f['void_fen'])}",
            ),
        ]
    )
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Count")), 1, align="right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Net")), 2, money=True),
        ],
        [
            [
                _method(ctx, m),
                str(f["by_method"].get(m, {}).get("n", 0)),
                f["by_method"].get(m, {}).get("fen", 0),
            ]
            for m in shifts.METHODS
        ],
        total=[tr(QT_TRANSLATE_NOOP("Desk", "Total")), "", f["net_fen"]],
    )
    doc.fields(
        [
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Cash counted at the shift closes")),
                paper_fen(f["cash_counted_fen"]),
            ),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "of which cash float kept at the desk")),
                paper_fen(f["float_fen"]),
            ),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Deposits still held")),
                f"{f['held_count']} / {paper_fen(f['held_fen'])}",
            ),
        ]
    )
    if f["shifts"]:
        doc.table(
            [
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Report no.")), 2),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Expected cash")), 1.5, money=True),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Counted cash")), 1.5, money=True),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Difference")), 1.5, money=True),
            ],
            [
                [
                    s["report_no"],
                    s["expected_fen"] or 0,
                    s["counted_fen"] or 0,
                    s["difference_fen"] or 0,
                ]
                for s in f["shifts"]
            ],
        )
    _anchor(doc, ctx)
    doc.signatures(
        [
            tr(QT_TRANSLATE_NOOP("Desk", "Handed over by")),
            tr(QT_TRANSLATE_NOOP("Desk", "Received by")),
        ]
    )
    return doc.build()
