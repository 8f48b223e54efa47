"""The service-level report as an A4 PDF without Qt: the period's figures beside the previous
period's and the targets (a miss says so in words and in red), charts of the ratings, the
figures against their targets and the quality-check sections, then the tables. Built on the
desk's document builder; labels are source strings translated through `ctx.translate`.

It names clerks (whose service it judges) and never a customer: ratings, checks and the
records it counts hold no customer's name, phone or ID."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

import db.admin.users as users_db
from services.admin import site
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm, requires
from services.documents import Column, Document, Footer, cjk_font
from services.documents.text import fit
from services.quality import service_level as sl
from services.quality.checks import SECTION_LABELS, SECTIONS
from services.quality.ratings import REASON_LABELS, SCORE_LABELS, SCORES

BAR = colors.Color(0.20, 0.42, 0.68)
PREVIOUS = colors.Color(0.70, 0.70, 0.70)
MISS = colors.Color(0.78, 0.16, 0.16)
TITLES = {
    "day": QT_TRANSLATE_NOOP("Desk", "Service level of the day"),
    "week": QT_TRANSLATE_NOOP("Desk", "Service level of the week"),
    "month": QT_TRANSLATE_NOOP("Desk", "Service level of the month"),
}


def _span(start: date, end: date) -> str:
    last = end - timedelta(days=1)
    return start.isoformat() if last == start else f"{start.isoformat()} – {last.isoformat()}"


def bars(title: str, rows: list[tuple], width: float, peak: float | None = None) -> Drawing:
    """Horizontal bars: rows of (label, value, colour[, target]); a target is a tick."""
    font = cjk_font()
    rows = rows or [("—", 0, BAR)]
    bar_h, gap, top = 4.5 * mm, 1.8 * mm, 7 * mm
    label_w = width * 0.36
    height = top + len(rows) * (bar_h + gap) + 2 * mm
    d = Drawing(width, height)
    d.add(String(0, height - 4 * mm, title, fontName=font, fontSize=9))
    peak = peak or max((r[1] or 0 for r in rows), default=0) or 1
    span = width - label_w - 22 * mm
    y = height - top
    for row in rows:
        text, value, colour = row[0], row[1] or 0, row[2]
        y -= bar_h + gap
        d.add(
            String(0, y + 1.2 * mm, fit(text, font, 8, label_w - 2 * mm), fontName=font, fontSize=8)
        )
        bar = max(span * value / peak, 0.5)
        d.add(Rect(label_w, y, bar, bar_h, fillColor=colour, strokeColor=None))
        shown = row[4] if len(row) > 4 else f"{value:g}"
        d.add(
            String(
                label_w + span * value / peak + 1.5 * mm,
                y + 1.2 * mm,
                shown,
                fontName=font,
                fontSize=8,
            )
        )
        if len(row) > 3 and row[3] is not None:
            x = label_w + span * row[3] / peak
            d.add(Line(x, y - 0.8 * mm, x, y + bar_h + 0.8 * mm, strokeColor=MISS, strokeWidth=1))
    d.add(Line(label_w, y - 1 * mm, label_w, height - top + 1 * mm, strokeWidth=0.5))
    return d


def _clerk_name(ctx: AppContext, clerk_id: int | None) -> str:
    row = users_db.by_id(ctx.db, clerk_id) if clerk_id is not None else None
    return (row["display_name"] or row["username"]) if row else ""


@requires(Perm.QUALITY_CHECK)
def service_level_pdf(
    ctx: AppContext, period: str, day: date, desk: str | None = None, clerk_id: int | None = None
) -> bytes:
    """The service level of the day, week or month: figures, trend, targets, charts."""
    tr = ctx.translate
    level = sl.service_level(ctx, period, day, desk, clerk_id)
    now, prev = level.now, level.previous
    profile = site.get_profile(ctx)
    span = _span(now.start, now.end)
    everyone = tr(QT_TRANSLATE_NOOP("Desk", "All"))
    doc = Document("a4", footer=Footer(profile.name, span))
    doc.header(profile.name).title(tr(TITLES[period]), span)
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Desk", "Previous period")), _span(prev.start, prev.end)),
            (
                tr(QT_TRANSLATE_NOOP("Desk", "Desk")),
                sl.desk_text(level.desk, tr) if level.desk else everyone,
            ),
            (tr(QT_TRANSLATE_NOOP("Desk", "Clerk")), _clerk_name(ctx, level.clerk_id) or everyone),
        ]
    )
    figures = sl.headline(level)
    missed = tr(QT_TRANSLATE_NOOP("Desk", "below target"))
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Figure")), 3.4),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "This period")), 1.2, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Previous")), 1.2, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Trend")), 1.0, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Target")), 2.6, "right"),
        ],
        [
            [
                tr(f.label),
                sl.value_text(f.kind, f.value),
                sl.value_text(f.kind, f.previous),
                sl.trend_text(f),
                sl.target_text(f) + (f" — {missed}" if f.misses else ""),
            ]
            for f in figures
        ],
    )
    misses = [tr(f.label) for f in figures if f.misses]
    doc.paragraph(
        tr(QT_TRANSLATE_NOOP("Desk", "Below target: {figures}")).format(figures="; ".join(misses))
        if misses
        else tr(QT_TRANSLATE_NOOP("Desk", "Every figure with a target meets it."))
    )
    width = 170 * mm
    doc.drawing(
        bars(
            tr(QT_TRANSLATE_NOOP("Desk", "Against the targets (this period, previous in grey)")),
            [
                row
                for f in figures
                if f.kind == "share" and f.target is not None
                for row in (
                    (
                        tr(f.label),
                        (f.value or 0) * 100,
                        MISS if f.misses else BAR,
                        f.target,
                        sl.value_text(f.kind, f.value),
                    ),
                    (
                        "",
                        (f.previous or 0) * 100,
                        PREVIOUS,
                        None,
                        sl.value_text(f.kind, f.previous),
                    ),
                )
            ],
            width,
            peak=100,
        )
    )
    doc.drawing(
        bars(
            tr(QT_TRANSLATE_NOOP("Desk", "Counter ratings")),
            [(tr(SCORE_LABELS[s]), now.customer[s], BAR) for s in SCORES]
            + [
                (
                    tr(QT_TRANSLATE_NOOP("Desk", "Keyed by the clerk")),
                    sum(now.keyed.values()),
                    PREVIOUS,
                ),
                (tr(QT_TRANSLATE_NOOP("Desk", "Skipped")), now.skipped, PREVIOUS),
            ],
            width,
        )
    )
    doc.drawing(
        bars(
            tr(QT_TRANSLATE_NOOP("Desk", "Quality-check score by section (%)")),
            [
                (tr(SECTION_LABELS[s]), 100 * p / m if m else 0, BAR, None, f"{p}/{m}")
                for s in SECTIONS
                for p, m in (now.section_points[s],)
            ],
            width,
            peak=100,
        )
    )
    _tables(doc, tr, now)
    doc.paragraph(
        tr(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Satisfied: 非常满意 or 满意 among the customers' own ratings; ratings keyed by"
                " the clerk and skipped ones are counted apart. Hotline calls answered within"
                " {seconds} s out of calls answered with a time and calls missed. Settled at the"
                " first contact: counter inquiries, and complaints resolved on the day they were"
                " taken. Hotline and complaint figures are the site's or the clerk's; they carry"
                " no desk.",
            )
        ).format(seconds=level.targets.hotline_seconds),
        small=True,
    )
    return doc.build()


def _tables(doc: Document, tr, now: sl.Level) -> None:
    item, count = tr(QT_TRANSLATE_NOOP("Desk", "Item")), tr(QT_TRANSLATE_NOOP("Desk", "Count"))
    doc.table(
        [
            Column(item, 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Customer's own")), 1, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Keyed by the clerk")), 1, "right"),
        ],
        [[tr(SCORE_LABELS[s]), str(now.customer[s]), str(now.keyed[s])] for s in SCORES]
        + [[tr(QT_TRANSLATE_NOOP("Desk", "Skipped")), str(now.skipped), ""]],
    )
    doc.table(
        [Column(tr(QT_TRANSLATE_NOOP("Desk", "Reason given")), 3), Column(count, 1, "right")],
        [[tr(REASON_LABELS[r]), str(n)] for r, n in now.reasons.items()] or [["—", "0"]],
    )
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Section")), 3),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Points given")), 1, "right"),
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Share of points")), 1, "right"),
        ],
        [
            [tr(SECTION_LABELS[s]), f"{p}/{m}", f"{p / m:.0%}" if m else "—"]
            for s in SECTIONS
            for p, m in (now.section_points[s],)
        ],
    )
    doc.table(
        [
            Column(tr(QT_TRANSLATE_NOOP("Desk", "Follow-up satisfaction")), 3),
            Column(count, 1, "right"),
        ],
        [[str(s), str(n)] for s, n in now.follow_ups.items()],
    )
