"""The printable floor guide: one A4 page (or more) per floor with every open shop by unit —
names in both languages, category, hours, phone — and the floor's facilities, so the desk
can hand a visitor the page or pin it next to the counter. Labels go through ctx.translate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from services.admin import site
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm, requires
from services.directory import guide as directory
from services.directory.floors import floor_list
from services.documents import Column, Document, Footer


def _printed(ctx: AppContext) -> str:
    now: datetime = ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx)))
    return now.strftime("%Y-%m-%d %H:%M")


def _facility_label(ctx: AppContext, entry: directory.DirectoryEntry) -> str:
    kind = directory.FACILITY_KINDS.get(entry.category)
    return ctx.translate(kind[0]) if kind else entry.category


@requires(Perm.COUNTER)
def floor_guide_pdf(ctx: AppContext, floors: Sequence[str] | None = None) -> bytes:
    """The guide of the given floors (all floors when None), a new page for each floor."""
    tr = ctx.translate
    floors = list(floors) if floors else directory.directory_floors(ctx)
    profile = site.get_profile(ctx)
    footer = Footer(
        profile.name,
        tr(QT_TRANSLATE_NOOP("Desk", "Printed {at}")).format(at=_printed(ctx)),
        tr(QT_TRANSLATE_NOOP("Desk", "Page {page} / {pages}")),
    )
    doc = Document("a4", footer=footer, pdf_title=tr(QT_TRANSLATE_NOOP("Desk", "Floor guide")))
    shop_columns = [
        Column(tr(QT_TRANSLATE_NOOP("Desk", "Unit")), 0.8),
        Column(tr(QT_TRANSLATE_NOOP("Desk", "Shop")), 2.4),
        Column(tr(QT_TRANSLATE_NOOP("Desk", "Category")), 0.8),
        Column(tr(QT_TRANSLATE_NOOP("Desk", "Hours")), 1.1),
        Column(tr(QT_TRANSLATE_NOOP("Desk", "Phone")), 1.2),
    ]
    facility_columns = [
        Column(tr(QT_TRANSLATE_NOOP("Desk", "Facility")), 1.4),
        Column(tr(QT_TRANSLATE_NOOP("Desk", "Where")), 2.2),
        Column(tr(QT_TRANSLATE_NOOP("Desk", "Hours")), 1.1),
    ]
    named = {f.code: f.full_label for f in floor_list(ctx)}
    for number, floor in enumerate(floors):
        if number:
            doc.page_break()
        entries = directory.floor_entries(ctx, floor)
        shops = [e for e in entries if e.kind == "shop"]
        points = [e for e in entries if e.kind == "facility"]
        doc.header(profile.name)
        doc.title(
            tr(QT_TRANSLATE_NOOP("Desk", "Floor guide {floor}")).format(
                floor=named.get(floor, floor)
            ),
            tr(QT_TRANSLATE_NOOP("Desk", "{n} shops")).format(n=len(shops)),
        )
        doc.table(shop_columns, [[e.unit, _names(e), e.category, e.hours, e.phone] for e in shops])
        if points:
            doc.paragraph(tr(QT_TRANSLATE_NOOP("Desk", "Service points on this floor")))
            doc.table(
                facility_columns,
                [[_facility_label(ctx, e), _names(e, e.unit), e.hours] for e in points],
            )
        doc.paragraph(
            tr(QT_TRANSLATE_NOOP("Desk", "Ask at the service desk for anything you cannot find.")),
            small=True,
        )
    return doc.build()


def _names(entry: directory.DirectoryEntry, extra: str = "") -> str:
    parts = [entry.name_zh]
    if entry.name_en and entry.name_en != entry.name_zh:
        parts.append(entry.name_en)
    if extra:
        parts.append(f"· {extra}")
    return " ".join(parts)
