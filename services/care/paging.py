"""Paging broadcasts (寻人寻物广播, desk rules 5.2.13) on top of the shared broadcast log
(services.broadcasts, which lost-and-found also writes to): the desk pages for a person or
an item, or reads a notice, says where to meet and how often it is repeated; the text comes
from a template in Chinese and English that the clerk completes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import db.care.paging as paging_db
from db.core.connection import atomic
from services.care import broadcasts
from services.core import spans, validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires

KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("Desk", "Paging a person"),
    "item": QT_TRANSLATE_NOOP("Desk", "Looking for an item"),
    "notice": QT_TRANSLATE_NOOP("Desk", "Notice"),
}
SOURCE_LABELS = {
    "paging": QT_TRANSLATE_NOOP("Desk", "Paging desk"),
    "lost_found": QT_TRANSLATE_NOOP("Desk", "Lost and found"),
}
# The announcer reads both; {who}, {what} and {where} are filled in at the counter.
TEMPLATES = {
    "person": (
        "{who}，听到广播后请到{where}，有人在等您。",
        "Attention please: {who}, please come to {where}, someone is waiting for you.",
    ),
    "item": (
        "哪位顾客捡到{what}，请交到{where}，谢谢。",
        "Dear customers, if you have found {what}, please bring it to {where}. Thank you.",
    ),
    "notice": ("{what}", "{what}"),
}


@dataclass(frozen=True)
class Page:
    id: int
    at: str
    kind: str
    text_zh: str
    text_en: str
    source: str
    requested_by: str
    repeats: int
    interval_minutes: int
    meet_at: str
    user_name: str


def fill_template(kind: str, who: str = "", what: str = "", where: str = "") -> tuple[str, str]:
    """The two texts of a template, completed."""
    if kind not in TEMPLATES:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Unknown kind of announcement."))
    zh, en = TEMPLATES[kind]
    values = {
        "who": validation.text(who, QT_TRANSLATE_NOOP("Desk", "who"), 80),
        "what": validation.text(what, QT_TRANSLATE_NOOP("Desk", "what"), 200),
        "where": validation.text(where, QT_TRANSLATE_NOOP("Desk", "where"), 80),
    }
    return zh.format(**values), en.format(**values)


@requires(Perm.COUNTER)
def page(
    ctx: AppContext,
    kind: str,
    text_zh: str,
    text_en: str,
    requested_by: str,
    *,
    meet_at: str = "",
    repeats: int = 2,
    interval_minutes: int = 0,
) -> Page:
    """An announcement made: what, at whose request, where to meet, how often read."""
    if kind not in KIND_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Unknown kind of announcement."))
    if not (requested_by or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say who asked for the announcement."))
    if (
        isinstance(interval_minutes, bool)
        or not isinstance(interval_minutes, int)
        or not 0 <= interval_minutes <= 120
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Repeat every 0 to 120 minutes."))
    with atomic(ctx.db):
        made = broadcasts.record_broadcast(ctx, text_zh, text_en, "paging", requested_by, repeats)
        paging_db.insert_details(
            ctx.db,
            broadcast_id=made.id,
            kind=kind,
            meet_at=validation.text(meet_at, QT_TRANSLATE_NOOP("Desk", "meeting place"), 60),
            interval_minutes=interval_minutes,
        )
    return next(p for p in list_pages(ctx, 0, 5) if p.id == made.id)


@requires(Perm.COUNTER)
def list_pages(
    ctx: AppContext,
    offset: int = 0,
    limit: int = 200,
    *,
    source: str | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    before_id: int | None = None,
) -> list[Page]:
    """Every broadcast from the desk, newest first, lost-and-found ones included; from one
    source (the paging desk, lost and found) and made between two of the site's days (both
    included) when given; `before_id` (the last row shown) pages on by key."""
    offset, limit = page_args(offset, limit)
    source = spans.choice(source, SOURCE_LABELS, QT_TRANSLATE_NOOP("Desk", "source"))
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    start, end = spans.utc_span(ctx, day_from, day_to)
    found = paging_db.pages(
        ctx.db,
        source=source,
        at_from=start,
        at_to=end,
        before_id=before_id,
        offset=offset,
        limit=limit,
    )
    return [
        Page(
            r["id"],
            r["at"],
            r["kind"],
            r["text_zh"],
            r["text_en"],
            r["source"],
            r["requested_by"],
            r["repeats"],
            r["interval_minutes"],
            r["meet_at"],
            r["user_name"],
        )
        for r in found
    ]
