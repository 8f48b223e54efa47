"""Documents of lending and shifts, as PDF bytes without Qt: the deposit slip (80 mm roll),
the shift report (Z-report) and QR labels for the items (an A4 sheet or one per label).

Every word is a source string marked here and translated through `ctx.translate` (the UI
passes Qt's translation in the "Desk" context), so the documents follow the UI language."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4 as A4_SIZE
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

import db.lending.lending as lending_db
from services.admin import site
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.money import money_kind_text
from services.core.permissions import Perm, requires
from services.documents import Column, Document, cjk_font, copy_mark_text
from services.documents.builder import PdfBytes
from services.documents.layout import LAYOUTS
from services.documents.qr import draw_qr
from services.documents.staff import staff_name
from services.documents.text import paper_fen
from services.lending import loans as lending
from services.shifts import desks, shifts

Tr = Callable[[str], str]


def _local(ctx: AppContext, stored: str | None) -> str:
    if not stored:
        return ""
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d %H:%M")


def item_name(row, lang: str) -> str:
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    return get("name_zh") if lang.startswith("zh") else get("name_en")


def _lang(ctx: AppContext, lang: str | None) -> str:
    return lang or site.get_profile(ctx).language


# --- deposit slip --------------------------------------------------------------------------
SLIP_WORDING_DEPOSIT = QT_TRANSLATE_NOOP(
    "Desk",
    "Hello, this {item} is lent against a deposit of {deposit}. When you bring the"
    " {item} back with this slip, the deposit is returned to you in full.",
)
SLIP_WORDING_FREE = QT_TRANSLATE_NOOP("Desk", "Hello, this {item} is lent free of charge.")
SLIP_WORDING_INSIDE = QT_TRANSLATE_NOOP(
    "Desk",
    "It is for use inside {site} only: before you leave, please return it to the service desk.",
)
SLIP_WORDING_KEEP = QT_TRANSLATE_NOOP(
    "Desk",
    "Please keep this slip. If it is lost, the desk finds the loan"
    " by your phone number. No ID card is ever taken as a pledge.",
)
SLIP_WORDING_GOODBYE = QT_TRANSLATE_NOOP("Desk", "Thank you, and have a pleasant day!")


@requires(Perm.COUNTER)
def deposit_slip_pdf(
    ctx: AppContext, loan_id: int, copy_no: int = 0, lang: str | None = None
) -> bytes:
    """The deposit slip: number, item, time, deposit, due back, QR of the slip number and
    the desk's wording."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    loan = lending.get_loan(ctx, loan_id)
    profile = site.get_profile(ctx)
    name = item_name(loan, lang)
    doc = Document(
        "receipt", copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}")))
    )
    # the deposit goes into the drawer when the slip is first printed, never on a reprint
    doc.opens_drawer = bool(loan.deposit_fen) and loan.method == "cash" and copy_no == 0
    doc.header(profile.name, *([profile.address] if profile.address else []))
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Deposit slip")), loan.slip_no)
    rows = [
        (tr(QT_TRANSLATE_NOOP("Desk", "Slip no.")), loan.slip_no),
        (tr(QT_TRANSLATE_NOOP("Desk", "Item")), f"{name} {loan.item_code}"),
        (tr(QT_TRANSLATE_NOOP("Desk", "Lent at")), _local(ctx, loan.lent_at)),
        (tr(QT_TRANSLATE_NOOP("Desk", "Due back")), _local(ctx, loan.due_at)),
        (
            tr(QT_TRANSLATE_NOOP("Desk", "Borrower")),
            " ".join(x for x in (loan.borrower_name, loan.phone_masked) if x),
        ),
    ]
    if loan.deposit_fen:
        rows.append(
            (tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), tr(shifts.METHOD_LABELS[loan.method]))
        )
    doc.fields(rows)
    doc.total(tr(QT_TRANSLATE_NOOP("Desk", "Deposit")), paper_fen(loan.deposit_fen))
    doc.qr(loan.slip_no, caption=loan.slip_no)
    params = {"item": name, "deposit": paper_fen(loan.deposit_fen), "site": profile.name}
    wording = [SLIP_WORDING_DEPOSIT if loan.deposit_fen else SLIP_WORDING_FREE]
    if loan.return_before_closing:
        wording.append(SLIP_WORDING_INSIDE)
    wording += [SLIP_WORDING_KEEP, SLIP_WORDING_GOODBYE]
    for text in wording:
        doc.paragraph(tr(text).format(**params), small=True)
    doc.signatures([tr(QT_TRANSLATE_NOOP("Desk", "Clerk"))])
    return doc.build()


# --- shift report ----------------------------------------------------------------------------
@requires(Perm.COUNTER)
def shift_report_pdf(
    ctx: AppContext, shift_id: int, copy_no: int = 0, layout: str = "a4", lang: str | None = None
) -> bytes:
    """The numbered shift report (Z-report): float, movements by kind and payment method,
    expected, counted, difference and reason, deposits still held, items still out."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    report = shifts.shift_report(ctx, shift_id)
    shift = report.shift
    profile = site.get_profile(ctx)
    layout = layout if layout in LAYOUTS else "a4"  # as the invoice does: a known paper size
    doc = Document(
        layout, copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}")))
    )
    doc.header(profile.name, *([profile.address] if profile.address else []))
    subtitle = shift.report_no or tr(
        QT_TRANSLATE_NOOP("Desk", "Shift still open (X report, not numbered)")
    )
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Shift report")), subtitle)
    desk = desks.desk_name(ctx, shift.desk, lang)  # the register's name in the document's
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Desk")), desk),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Opened")),
                f"{_local(ctx, shift.opened_at)}  {staff_name(ctx, shift.opened_by)}",
            ),
            (
                # the moment the shift was closed, not the state 'closed'
                tr(QT_TRANSLATE_NOOP("DeskTime", "Closed")),
                f"{_local(ctx, shift.closed_at)}  {staff_name(ctx, shift.closed_by)}",
            ),
        ]
    )

    def label(kind: str) -> str:
        return money_kind_text(kind, tr)

    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Movement")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), 2),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Count")), 1, align="right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 2, money=True),
        ],
        [
            [
                label(x["kind"]),
                tr(shifts.METHOD_LABELS[x["method"]]),
                str(x["n"]),
                "—" if x["amount_fen"] is None else x["amount_fen"],  # cash, while blind
            ]
            for x in report.lines
        ],
    )
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Paid by")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Net")), 2, money=True),
        ],
        [[tr(shifts.METHOD_LABELS[m]), fen] for m, fen in sorted(report.by_method.items())],
    )
    cash = report.cash
    if cash is None:  # open and not counted yet: the blind count shows no cash figure
        rows = [
            (tr(QT_TRANSLATE_NOOP("Desk", "Cash float")), paper_fen(shift.float_fen)),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Expected cash")),
                tr(QT_TRANSLATE_NOOP("Desk", "shown after the drawer is counted")),
            ),
        ]
    else:
        rows = [
            (tr(QT_TRANSLATE_NOOP("Desk", "Cash float")), paper_fen(cash.float_fen)),
            (tr(QT_TRANSLATE_NOOP("Desk", "Cash in")), paper_fen(cash.cash_in_fen)),
            (tr(QT_TRANSLATE_NOOP("Desk", "Cash out")), paper_fen(cash.cash_out_fen)),
            (tr(QT_TRANSLATE_NOOP("Desk", "Expected cash")), paper_fen(cash.expected_fen)),
        ]
    if shift.counted_fen is not None:
        rows += [
            (tr(QT_TRANSLATE_NOOP("Desk", "Counted cash")), paper_fen(shift.counted_fen)),
            (tr(QT_TRANSLATE_NOOP("Desk", "Difference")), paper_fen(shift.difference_fen)),
            (tr(QT_TRANSLATE_NOOP("Desk", "Reason")), shift.reason or "—"),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Signed off by")),
                staff_name(ctx, shift.signed_off_by) or "—",
            ),
        ]
    doc.fields(rows)
    if report.counts:  # every count kept: the first count and each recount
        # each difference is against the expected cash when that count was entered
        doc.table(
            [
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Count")), 3),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Counted cash")), 2, money=True),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Difference")), 2, money=True),
            ],
            [
                [
                    tr(QT_TRANSLATE_NOOP("Desk", "Count {n}")).format(n=c.seq)
                    + f" {_local(ctx, c.counted_at)} {staff_name(ctx, c.counted_by)}",
                    c.counted_fen,
                    c.difference_fen,
                ]
                for c in report.counts
            ],
        )
    if shift.counted_counts:
        doc.table(
            [
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Note or coin")), 2, money=True),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Pieces")), 1, align="right"),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Amount")), 2, money=True),
            ],
            # notes and coins by value, largest first (not in the order of their text)
            [
                [int(k), str(v), int(k) * v]
                for k, v in sorted(shift.counted_counts.items(), key=lambda kv: -int(kv[0]))
            ],
        )
    doc.fields(
        [
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Deposits still held")),
                f"{report.deposits_held_count} / {paper_fen(report.deposits_held_fen)}",
            )
        ]
    )
    if report.items_out:
        doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "Items still out")))
        doc.table(
            [
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Slip no.")), 2),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Item")), 2),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Phone")), 2),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Due back")), 2),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Deposit")), 1.5, money=True),
            ],
            [
                [
                    x["slip_no"],
                    f"{item_name(x, lang)} {x['item_code']}",
                    x["phone_masked"],
                    _local(ctx, x["due_at"]),
                    x["deposit_fen"],
                ]
                for x in report.items_out
            ],
        )
    if shift.report_no:
        doc.qr(shift.report_no, caption=shift.report_no)
    doc.signatures(
        [tr(QT_TRANSLATE_NOOP("Desk", "Closed by")), tr(QT_TRANSLATE_NOOP("Desk", "Shift lead"))]
    )
    return doc.build()


# --- item labels -------------------------------------------------------------------------------
# 21 labels of 63.5 x 38.1 mm on an A4 sheet (the common 3 x 7 label stock), with side
# and top margins a printer can print to, and a gap between the columns
SHEET_COLUMNS, SHEET_ROWS = 3, 7
LABEL_W, LABEL_H = 63.5 * mm, 38.1 * mm
COLUMN_GAP = 2.5 * mm
SINGLE_W, SINGLE_H = 50 * mm, 30 * mm  # one label per page for a label printer


def _lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """The text in at most `most` lines of `width` points, broken at a space or between
    Chinese characters; what does not fit ends with '…'."""
    from services.documents.text import fit

    words, lines, line = re.findall(r"[\x21-\x7e]+|\s|[^\s\x21-\x7e]", text), [], ""
    for n, word in enumerate(words):
        if stringWidth((line + word).rstrip(), font, size) <= width:
            line += word
            continue
        if len(lines) == most - 1:
            return lines + [fit(line + "".join(words[n:]), font, size, width)]
        lines.append(line.rstrip())
        line = word.lstrip()
    return [x for x in lines + [line.rstrip()] if x]


def _draw_label(
    canvas: Canvas, x: float, y: float, w: float, h: float, code: str, name: str, site_name: str
) -> None:
    from services.documents.text import fit

    pad = 2 * mm
    edge = 1 * mm  # off the cutting line; the QR's own 4-module quiet zone lies inside
    side = h - 2 * edge
    draw_qr(canvas, code, x + edge, y + edge, side, level="M")
    # the text stays inside its own label, right of the QR's quiet zone
    text_x = x + edge + side
    room = x + w - pad - text_x
    font = cjk_font()
    canvas.setFont(font, 14)
    canvas.drawString(text_x, y + h - pad - 12, fit(code, font, 14, room))
    canvas.setFont(font, 9)
    for n, line in enumerate(_lines(name, font, 9, room, 3)):
        canvas.drawString(text_x, y + h - pad - 26 - n * 11, line)
    canvas.setFont(font, 6.5)
    canvas.drawString(text_x, y + pad, fit(site_name, font, 6.5, room))


@requires(Perm.COUNTER)
def item_labels_pdf(
    ctx: AppContext, codes: Sequence[str], sheet: bool = True, lang: str | None = None
) -> bytes:
    """QR labels of the items: a grid on A4 sheets, or one label per page."""
    lang = _lang(ctx, lang)
    by_code = {i["code"]: i for i in lending_db.items(ctx.db, limit=100_000)}
    items = [by_code[c] for c in codes or () if isinstance(c, str) and c in by_code]
    site_name = site.get_profile(ctx).name
    out = io.BytesIO()
    size = A4_SIZE if sheet else (SINGLE_W, SINGLE_H)
    canvas = Canvas(out, pagesize=size, initialFontName=cjk_font())
    canvas.setTitle("Item labels")
    if sheet:
        left = (A4_SIZE[0] - SHEET_COLUMNS * LABEL_W - (SHEET_COLUMNS - 1) * COLUMN_GAP) / 2
        bottom = (A4_SIZE[1] - SHEET_ROWS * LABEL_H) / 2
        per_page = SHEET_COLUMNS * SHEET_ROWS
        for n, item in enumerate(items):
            if n and n % per_page == 0:
                canvas.showPage()
            slot = n % per_page
            col, row = slot % SHEET_COLUMNS, slot // SHEET_COLUMNS
            x = left + col * (LABEL_W + COLUMN_GAP)
            y = bottom + (SHEET_ROWS - 1 - row) * LABEL_H
            canvas.setStrokeGray(0.8)
            canvas.rect(x, y, LABEL_W, LABEL_H, stroke=1, fill=0)  # cutting guide
            _draw_label(
                canvas, x, y, LABEL_W, LABEL_H, item["code"], item_name(item, lang), site_name
            )
    else:
        for n, item in enumerate(items):
            if n:
                canvas.showPage()
            _draw_label(
                canvas, 0, 0, SINGLE_W, SINGLE_H, item["code"], item_name(item, lang), site_name
            )
    if not items:
        canvas.drawString(20 * mm, 20 * mm, "")
    canvas.save()
    pdf = PdfBytes(out.getvalue())
    if not sheet:  # one label a page: what a label printer prints, also as ESC/POS
        pdf.labels = [_label_document(i["code"], item_name(i, lang), site_name) for i in items]
    return pdf


def _label_document(code: str, name: str, site_name: str) -> Document:
    """One item label as the document model, for an ESC/POS label printer."""
    doc = Document("receipt")
    doc.title(code)
    doc.paragraph(name, align="center")
    doc.qr(code)
    doc.paragraph(site_name, small=True, align="center")
    return doc
