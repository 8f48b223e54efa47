"""The inquiry tally: one keystroke records what a visitor asked (directions, a promotion,
the loyalty card, parking, a lost item, other) and how (at the counter or on the hotline).
Hotline calls keep how long the phone rang before it was answered (rule 5.2.4: within three
rings). Counts by hour and type show the busy hours to the shift lead, the dashboard and the
daily ledger. Rows are append-only; a slip of the finger is taken back by a cancelling row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import db.directory.inquiries as inquiries_db
import db.directory.shops as shops_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires

TYPES = ("directions", "promotion", "loyalty", "parking", "lost_item", "other")
TYPE_LABELS = {
    "directions": QT_TRANSLATE_NOOP("Desk", "Directions"),
    "promotion": QT_TRANSLATE_NOOP("Desk", "Promotion"),
    "loyalty": QT_TRANSLATE_NOOP("Desk", "Loyalty card"),
    "parking": QT_TRANSLATE_NOOP("Desk", "Parking"),
    "lost_item": QT_TRANSLATE_NOOP("Desk", "Lost item"),
    "other": QT_TRANSLATE_NOOP("Desk", "Other"),
}
CHANNELS = ("counter", "hotline")
CHANNEL_LABELS = {
    "counter": QT_TRANSLATE_NOOP("Desk", "Counter"),
    "hotline": QT_TRANSLATE_NOOP("Desk", "Hotline"),
}
THREE_RINGS_SECONDS = 15  # three rings of the usual 1 s on / 4 s off cadence
UNDO_MINUTES = 10  # a slip of the finger is noticed at once, not hours later


class InquiryRefused(DomainError):
    pass


@dataclass(frozen=True)
class Inquiry:
    id: int
    at: str
    day: str
    hour: int
    type: str
    channel: str
    answer_seconds: int | None
    shop_id: int | None
    shop_name: str
    user_id: int
    cancelled: bool = False


@dataclass(frozen=True)
class DayTally:
    """A day's inquiries: hour -> type -> count, totals, and the hotline's answer times."""

    day: str
    by_hour: dict[int, dict[str, int]]
    by_type: dict[str, int]
    total: int
    hotline_calls: int
    hotline_timed: int
    hotline_within_rule: int
    hotline_average_seconds: float | None
    hotline_longest_seconds: int | None
    top_shops: list[dict] = field(default_factory=list)

    @property
    def busiest_hour(self) -> int | None:
        if not self.total:
            return None
        return max(self.by_hour, key=lambda h: (sum(self.by_hour[h].values()), -h))


def _inquiry(row: dict) -> Inquiry:
    shop = " ".join(x for x in (row.get("shop_zh"), row.get("shop_en")) if x)
    return Inquiry(
        row["id"],
        row["at"],
        row["day"],
        row["hour"],
        row["type"],
        row["channel"],
        row["answer_seconds"],
        row["shop_id"],
        shop,
        row["user_id"],
        bool(row.get("cancelled")),
    )


def _local_now(ctx: AppContext):
    return ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx)))


@requires(Perm.COUNTER)
def record_inquiry(
    ctx: AppContext,
    kind: str,
    channel: str = "counter",
    answer_seconds: int | None = None,
    shop_id: int | None = None,
) -> Inquiry:
    """Count one question; a hotline call may carry how many seconds it rang."""
    if kind not in TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose what the visitor asked about."))
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose counter or hotline."))
    if answer_seconds is not None:
        if channel != "hotline":
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Only a hotline call has a time to answer.")
            )
        if (
            isinstance(answer_seconds, bool)
            or not isinstance(answer_seconds, int)
            or not 0 <= answer_seconds <= 600
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "The time to answer is between 0 and 600 seconds.")
            )
    if shop_id is not None:
        shop_id = validation.record_id(shop_id, QT_TRANSLATE_NOOP("Desk", "shop number"))
    here = _local_now(ctx)
    with atomic(ctx.db):
        if shop_id is not None and shops_db.by_id(ctx.db, shop_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No shop with number {id}."), id=shop_id)
        inquiry_id = inquiries_db.insert(
            ctx.db,
            at=iso(here),
            day=here.date().isoformat(),
            hour=here.hour,
            type=kind,
            channel=channel,
            answer_seconds=answer_seconds,
            shop_id=shop_id,
            user_id=ctx.user.id,
        )
        audit.record(
            ctx,
            "inquiry.record",
            "inquiry",
            inquiry_id,
            None,
            {
                "type": kind,
                "channel": channel,
                "answer_seconds": answer_seconds,
                "shop_id": shop_id,
            },
        )
        return _inquiry(inquiries_db.by_id(ctx.db, inquiry_id))


@requires(Perm.COUNTER)
def take_back_inquiry(ctx: AppContext, inquiry_id: int) -> Inquiry:
    """Undo a tally pressed by mistake: the clerk's own, within minutes; a cancelling row
    is added, nothing is deleted."""
    inquiry_id = validation.record_id(inquiry_id, QT_TRANSLATE_NOOP("Desk", "inquiry number"))
    with atomic(ctx.db):
        row = inquiries_db.by_id(ctx.db, inquiry_id)
        if row is None or row["cancels_id"] is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such inquiry."))
        if row["cancelled"]:
            raise InquiryRefused(QT_TRANSLATE_NOOP("Desk", "This inquiry was already taken back."))
        now = ctx.clock.now()
        if row["user_id"] != ctx.user.id or now - parse_iso(row["at"]) > timedelta(
            minutes=UNDO_MINUTES
        ):
            raise InquiryRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "Only your own inquiry of the last {n} minutes can be taken back."
                ),
                n=UNDO_MINUTES,
            )
        cancel_id = inquiries_db.insert(
            ctx.db,
            at=iso(now),
            day=row["day"],
            hour=row["hour"],
            type=row["type"],
            channel=row["channel"],
            answer_seconds=None,
            shop_id=row["shop_id"],
            user_id=ctx.user.id,
            cancels_id=inquiry_id,
        )
        audit.record(
            ctx, "inquiry.take_back", "inquiry", inquiry_id, None, {"cancel_row": cancel_id}
        )
        return _inquiry(inquiries_db.by_id(ctx.db, inquiry_id))


def _day_text(ctx: AppContext, day: date | str | None) -> str:
    if day is None:
        return _local_now(ctx).date().isoformat()
    if isinstance(day, str):  # an ISO day as the page keeps it; only compared in SQL
        return validation.text(day, QT_TRANSLATE_NOOP("Desk", "day"), 10)
    return validation.day(day, QT_TRANSLATE_NOOP("Desk", "day")).isoformat()


@requires(Perm.COUNTER)
def inquiry_counts_by_hour(
    ctx: AppContext, day: date | str | None = None
) -> dict[int, dict[str, int]]:
    """hour (site time) -> type -> count of the day's inquiries; every type present, hours
    with no inquiry left out."""
    counts: dict[int, dict[str, int]] = {}
    for hour, kind, n in inquiries_db.counts_by_hour(ctx.db, _day_text(ctx, day)):
        counts.setdefault(hour, dict.fromkeys(TYPES, 0))[kind] = n
    return counts


@requires(Perm.COUNTER)
def day_tally(ctx: AppContext, day: date | str | None = None) -> DayTally:
    """The day's counts by hour and type, the hotline's answer times and the most asked
    shops."""
    text = _day_text(ctx, day)
    by_hour = inquiry_counts_by_hour(ctx, text)
    by_type = {t: sum(h[t] for h in by_hour.values()) for t in TYPES}
    hot = inquiries_db.hotline_figures(ctx.db, text, THREE_RINGS_SECONDS)
    average = round(hot["average"], 1) if hot["average"] is not None else None
    return DayTally(
        text,
        by_hour,
        by_type,
        sum(by_type.values()),
        hot["calls"],
        hot["timed"],
        hot["within"] or 0,
        average,
        hot["longest"],
        inquiries_db.top_shops(ctx.db, text),
    )


@requires(Perm.COUNTER)
def recent_inquiries(
    ctx: AppContext,
    day: date | str | None = None,
    mine: bool = False,
    offset: int = 0,
    limit: int = 50,
) -> list[Inquiry]:
    """The day's counted inquiries, newest first (the clerk's own with mine=True)."""
    offset, limit = page_args(offset, limit, 500)
    rows = inquiries_db.recent(
        ctx.db, _day_text(ctx, day), ctx.user.id if mine else None, offset, limit
    )
    return [_inquiry(r) for r in rows]
