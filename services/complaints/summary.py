"""Weekly and monthly complaint summaries (DOMAIN.md 6): the cases opened in the period,
counted by category, shop, channel, kind and status; hours to first response and to
resolution (average and 90th percentile, wall-clock); the share answered within the due
time; and the satisfaction scores of the follow-up calls."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.complaints.cases as complaints_db
from services.admin import site
from services.core import validation
from services.core.clock import business_day, iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import Perm, requires, signed_in

PERIODS = ("week", "month")
NO_SHOP = "—"


@dataclass(frozen=True)
class Summary:
    period: str
    start: date  # first day, site time
    end: date  # the day after the last
    total: int
    by_kind: dict[str, int]
    by_category: dict[str, int]
    by_shop: dict[str, int]
    by_channel: dict[str, int]
    by_status: dict[str, int]
    first_response_avg_h: float | None
    first_response_p90_h: float | None
    resolution_avg_h: float | None
    resolution_p90_h: float | None
    answered_in_time: int
    answer_counted: int  # answered, or unanswered and already overdue
    satisfaction: dict[int, int]  # score 1..5 -> calls

    @property
    def in_time_share(self) -> float | None:
        return self.answered_in_time / self.answer_counted if self.answer_counted else None

    @property
    def satisfaction_avg(self) -> float | None:
        n = sum(self.satisfaction.values())
        return sum(s * c for s, c in self.satisfaction.items()) / n if n else None


def period_bounds(period: str, day: date) -> tuple[date, date]:
    """The week (Monday first) or calendar month holding `day`: [start, end)."""
    day = validation.day(day, QT_TRANSLATE_NOOP("Desk", "day"))
    if period == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=7)
    if period == "month":
        start = day.replace(day=1)
        return start, (start + timedelta(days=32)).replace(day=1)
    raise ValidationError(QT_TRANSLATE_NOOP("Desk", "A summary covers a week or a month."))


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least `share` of values at or
    below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _hours(a: str, b: str | None) -> float | None:
    return None if b is None else (parse_iso(b) - parse_iso(a)).total_seconds() / 3600


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def shop_label(row: dict) -> str:
    return row["shop_zh"] or row["shop_en"] or row["area"] or NO_SHOP


def summarise_rows(rows: list[dict], period: str, start: date, end: date, now: datetime) -> Summary:
    """The figures of a set of case rows (pure, so a test can recompute them)."""
    first = [h for r in rows if (h := _hours(r["opened_at"], r["first_response_at"])) is not None]
    resolved = [h for r in rows if (h := _hours(r["opened_at"], r["resolved_at"])) is not None]
    answered = [r for r in rows if r["first_response_at"] is not None]
    late_open = [r for r in rows if r["first_response_at"] is None and r["due_at"] < iso(now)]
    scores = Counter(r["satisfaction"] for r in rows if r["satisfaction"] is not None)
    return Summary(
        period,
        start,
        end,
        len(rows),
        dict(Counter(r["kind"] for r in rows).most_common()),
        dict(Counter(r["category"] for r in rows).most_common()),
        dict(Counter(shop_label(r) for r in rows).most_common()),
        dict(Counter(r["channel"] for r in rows).most_common()),
        dict(Counter(r["status"] for r in rows).most_common()),
        _mean(first),
        percentile(first, 0.9),
        _mean(resolved),
        percentile(resolved, 0.9),
        sum(1 for r in answered if r["first_response_at"] <= r["due_at"]),
        len(answered) + len(late_open),
        {s: scores.get(s, 0) for s in range(1, 6)},
    )


@requires(Perm.COUNTER)
def summarise(ctx: AppContext, period: str, day: date) -> Summary:
    """The summary of the week or month holding `day`, for cases opened in it."""
    start, end = period_bounds(period, day)
    zone = ZoneInfo(site.timezone(ctx))
    lo = iso(datetime.combine(start, time(0), zone))
    hi = iso(datetime.combine(end, time(0), zone))
    return summarise_rows(
        complaints_db.opened_between(ctx.db, lo, hi), period, start, end, ctx.clock.now()
    )


@signed_in
def today(ctx: AppContext) -> date:
    return business_day(ctx.clock.now(), site.timezone(ctx))
