"""Complaint documents as PDF bytes without Qt: the case record the customer confirms and
keeps (A5), and the weekly or monthly summary with bar charts and tables (A4).

Labels are source strings translated through `ctx.translate`; the charts are reportlab
drawings in the same CJK font, so the summary reads the same in Chinese and English."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from services.admin import site
from services.complaints import cases as complaints
from services.complaints import summary as complaint_summary
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm, requires
from services.documents import Column, Document, Footer, Signature, cjk_font, copy_mark_text

Tr = Callable[[str], str]
BAR = colors.Color(0.20, 0.42, 0.68)


def _local(ctx: AppContext, stored: str | None) -> str:
    if not stored:
        return ""
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d %H:%M")


def label_of(tr: Tr, labels: dict, code) -> str:
    return tr(labels[code]) if code in labels else str(code)


def _shop(case: complaints.Case) -> str:
    return " ".join(x for x in (case.shop_zh or case.shop_en, case.area) if x)


# --- the case record ----------------------------------------------------------------------
@requires(Perm.COUNTER)
def case_record_pdf(ctx: AppContext, case_id: int, copy_no: int = 0) -> bytes:
    """What the desk wrote down, for the customer to read, confirm and keep."""
    tr = ctx.translate
    case = complaints.get_case(ctx, case_id)
    profile = site.get_profile(ctx)
    doc = Document(
        "a5",
        copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}"))),
        footer=Footer(profile.name, case.case_no),
    )
    doc.header(profile.name, *([profile.address] if profile.address else []))
    doc.title(tr(QT_TRANSLATE_NOOP("Desk", "Customer feedback record")), case.case_no)
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Case no.")), case.case_no),
            (tr(QT_TRANSLATE_NOOP("Desk", "Recorded at")), _local(ctx, case.opened_at)),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Kind")),
                f"{label_of(tr, complaints.KIND_LABELS, case.kind)} · "
                f"{label_of(tr, complaints.FORM_LABELS, case.form)}",
            ),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Channel")),
                label_of(tr, complaints.CHANNEL_LABELS, case.channel),
            ),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Customer")),
                " ".join(x for x in (case.name, case.phone_masked) if x),
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "Shop or area")), _shop(case) or "—"),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Category")),
                label_of(tr, complaints.CATEGORY_LABELS, case.category),
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "First response due")), _local(ctx, case.due_at)),
            (tr(QT_TRANSLATE_NOOP("Desk", "Recorded by")), case.opened_by_name),
        ]
    )
    doc.rule().paragraph(case.text).rule()
    doc.qr(case.case_no, size_mm=22, caption=case.case_no)
    doc.paragraph(
        tr(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Thank you for your support of our work. We will pass your"
                " comments to the management at once and call you back.",
            )
        ),
        small=True,
    )
    doc.signatures(
        [
            Signature(tr(QT_TRANSLATE_NOOP("Desk", "Desk clerk"))),
            Signature(tr(QT_TRANSLATE_NOOP("Desk", "Customer"))),
        ]
    )
    return doc.build()


# --- the summary ---------------------------------------------------------------------------
def bar_chart(
    title: str, items: list[tuple[str, int]], width: float, bar_h: float = 5 * mm
) -> Drawing:
    """Horizontal bars with their labels and counts, in the document's CJK font."""
    font = cjk_font()
    rows = items or [("—", 0)]
    label_w, top = width * 0.32, 7 * mm
    height = top + len(rows) * (bar_h + 1.5 * mm) + 2 * mm
    d = Drawing(width, height)
    d.add(String(0, height - 4 * mm, title, fontName=font, fontSize=9))
    peak = max((n for _, n in rows), default=0) or 1
    span = width - label_w - 14 * mm
    y = height - top
    for label, n in rows:
        y -= bar_h + 1.5 * mm
        d.add(String(0, y + 1.3 * mm, label[:18], fontName=font, fontSize=8))
        d.add(Rect(label_w, y, max(span * n / peak, 0.5), bar_h, fillColor=BAR, strokeColor=None))
        d.add(
            String(
                label_w + span * n / peak + 1.5 * mm,
                y + 1.3 * mm,
                str(n),
                fontName=font,
                fontSize=8,
            )
        )
    d.add(Line(label_w, y - 1 * mm, label_w, height - top + 1 * mm, strokeWidth=0.5))
    return d


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _charts(doc: Document, charts: list[Drawing]) -> None:
    for chart in charts:
        doc.drawing(chart)


@requires(Perm.ASSIGN_COMPLAINT)
def summary_pdf(ctx: AppContext, period: str, day) -> bytes:
    """The week's or month's summary: charts, counts, response times, satisfaction."""
    tr = ctx.translate
    s = complaint_summary.summarise(ctx, period, day)
    profile = site.get_profile(ctx)
    last = s.end.fromordinal(s.end.toordinal() - 1)
    span = f"{s.start.isoformat()} – {last.isoformat()}"
    heading = tr(
        QT_TRANSLATE_NOOP("Desk", "Weekly complaint summary")
        if period == "week"
        else QT_TRANSLATE_NOOP("Desk", "Monthly complaint summary")
    )
    doc = Document("a4", footer=Footer(profile.name, span))
    doc.header(profile.name).title(heading, span)
    share = "—" if s.in_time_share is None else f"{s.in_time_share:.0%}"
    avg = "—" if s.satisfaction_avg is None else f"{s.satisfaction_avg:.2f}"
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Cases opened")), str(s.total)),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "First response, average / 90th percentile (hours)")),
                f"{_hours(s.first_response_avg_h)} / {_hours(s.first_response_p90_h)}",
            ),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Resolution, average / 90th percentile (hours)")),
                f"{_hours(s.resolution_avg_h)} / {_hours(s.resolution_p90_h)}",
            ),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Answered in time")),
                f"{share} ({s.answered_in_time}/{s.answer_counted})",
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "Average satisfaction")), avg),
        ]
    )
    width = 170 * mm
    sections = [
        (QT_TRANSLATE_NOOP("Desk", "By category"), complaints.CATEGORY_LABELS, s.by_category),
        (QT_TRANSLATE_NOOP("Desk", "By status"), complaints.STATUS_LABELS, s.by_status),
        (QT_TRANSLATE_NOOP("Desk", "By channel"), complaints.CHANNEL_LABELS, s.by_channel),
        (QT_TRANSLATE_NOOP("Desk", "By shop or area"), {}, dict(list(s.by_shop.items())[:10])),
    ]
    scores = [
        (tr(QT_TRANSLATE_NOOP("Desk", "Score {n}")).format(n=k), v)
        for k, v in s.satisfaction.items()
    ]
    _charts(
        doc,
        [
            bar_chart(tr(title), [(label_of(tr, labels, k), v) for k, v in data.items()], width)
            for title, labels, data in sections[:2]
        ]
        + [bar_chart(tr(QT_TRANSLATE_NOOP("Desk", "Satisfaction")), scores, width)],
    )
    doc.page_break()
    for title, labels, data in sections:
        doc.paragraph(tr(title))
        doc.table(
            [
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Item")), 3),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Cases")), 1, "right"),
                Column(tr(QT_TRANSLATE_NOOP("Desk", "Share")), 1, "right"),
            ],
            [
                [label_of(tr, labels, k), str(v), f"{v / s.total:.0%}" if s.total else "—"]
                for k, v in data.items()
            ]
            or [["—", "0", "—"]],
        )
    doc.paragraph(
        tr(QT_TRANSLATE_NOOP("Desk", "Kinds: {kinds}")).format(
            kinds=", ".join(
                f"{label_of(tr, complaints.KIND_LABELS, k)} {v}" for k, v in s.by_kind.items()
            )
            or "—"
        ),
        small=True,
    )
    return doc.build()
