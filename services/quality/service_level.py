"""The desk's service level for a day, week or month, for the whole site, one desk or one
clerk: counter ratings (the customer's own apart from those keyed by the clerk, skipped
apart), quality-check scores by section, the hotline's service level, complaint response and
resolution times with follow-up satisfaction, first-contact resolution, and the same figures
of the previous period for the trend. Every figure is a count over the records.

Hotline calls and complaint cases carry no desk: their figures are the site's, or the
clerk's who answered the call or took the case. Missed calls belong to nobody and count
only in the site's and a desk's view."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.admin.users as users_db
import db.quality.checks as checks_db
import db.quality.figures as figures_db
import db.quality.ratings as ratings_db
from services.admin import site
from services.core import validation
from services.core.clock import business_day, iso, parse_iso
from services.core.context import DEFAULT_DESK, AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import Perm, requires, signed_in
from services.quality.checks import SECTIONS
from services.quality.ratings import SATISFIED, SCORES
from services.quality.targets import Targets, quality_targets

MAIN_DESK = QT_TRANSLATE_NOOP("Desk", "Main desk")  # how the default desk ("main") is shown
PERIODS = ("day", "week", "month")
PERIOD_LABELS = {
    "day": QT_TRANSLATE_NOOP("Desk", "Day"),
    "week": QT_TRANSLATE_NOOP("Desk", "Week"),
    "month": QT_TRANSLATE_NOOP("Desk", "Month"),
}


def desk_text(desk: str, tr=lambda text: text) -> str:
    """A desk as a person reads it: the default one as "Main desk", others as named."""
    return tr(MAIN_DESK) if desk == DEFAULT_DESK else desk


def period_bounds(period: str, day: date) -> tuple[date, date]:
    """The day, week (Monday first) or calendar month holding `day`: [start, end)."""
    day = validation.day(day, QT_TRANSLATE_NOOP("Desk", "day"))
    if period == "day":
        return day, day + timedelta(days=1)
    if period == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=7)
    if period == "month":
        start = day.replace(day=1)
        return start, (start + timedelta(days=32)).replace(day=1)
    raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose a day, a week or a month."))


@dataclass
class Records:
    """The rows a period's figures are counted from (already filtered by desk and clerk)."""

    ratings: list[dict] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)  # one per check and section
    inquiries: list[dict] = field(default_factory=list)
    missed_calls: list[dict] = field(default_factory=list)
    complaints: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Level:
    """A period's figures."""

    start: date
    end: date
    customer: dict[int, int]  # the customer's own ratings: score -> count
    keyed: dict[int, int]  # ratings keyed in by the serving clerk: score -> count
    skipped: int
    reasons: dict[str, int]  # reasons given with a rating (either source)
    checks: int
    check_points: int
    check_max: int
    section_points: dict[str, tuple[int, int]]  # section -> (points given, points possible)
    hotline_answered: int
    hotline_timed: int
    hotline_in_time: int
    hotline_answer_avg: float | None  # seconds, over answered calls with a time
    hotline_longest: int | None  # seconds: the longest any caller waited, answered or not
    hotline_missed: int
    complaints: int
    response_avg_h: float | None
    resolution_avg_h: float | None
    answered_in_time: int
    answer_counted: int
    follow_ups: dict[int, int]  # follow-up satisfaction 1..5 -> calls
    contacts: int  # counter inquiries and complaints (not praise) taken
    first_contact: int  # ... of them settled at the first contact

    @property
    def rated(self) -> int:
        return sum(self.customer.values())

    @property
    def satisfied_share(self) -> float | None:
        n = sum(self.customer.values())
        return sum(self.customer[s] for s in SATISFIED) / n if n else None

    @property
    def keyed_satisfied_share(self) -> float | None:
        n = sum(self.keyed.values())
        return sum(self.keyed[s] for s in SATISFIED) / n if n else None

    @property
    def check_share(self) -> float | None:
        return self.check_points / self.check_max if self.check_max else None

    @property
    def hotline_level(self) -> float | None:
        n = self.hotline_timed + self.hotline_missed
        return self.hotline_in_time / n if n else None

    @property
    def in_time_share(self) -> float | None:
        return self.answered_in_time / self.answer_counted if self.answer_counted else None

    @property
    def follow_up_avg(self) -> float | None:
        n = sum(self.follow_ups.values())
        return sum(s * c for s, c in self.follow_ups.items()) / n if n else None

    @property
    def first_contact_share(self) -> float | None:
        return self.first_contact / self.contacts if self.contacts else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _hours(a: str, b: str | None) -> float | None:
    return None if b is None else (parse_iso(b) - parse_iso(a)).total_seconds() / 3600


def count_level(
    records: Records, start: date, end: date, hotline_seconds: int, now: datetime, tz: str
) -> Level:
    """The figures of a set of records (pure: a test recounts them its own way)."""
    rated = [r for r in records.ratings if r["source"] != "skipped"]
    reasons = Counter(x for r in rated for x in r["reasons"].split(",") if x)
    sections = {s: [0, 0] for s in SECTIONS}
    for row in records.sections:
        sections[row["section"]][0] += row["points"]
        sections[row["section"]][1] += row["max_points"]
    hotline = [q for q in records.inquiries if q["channel"] == "hotline"]
    timed = [q["answer_seconds"] for q in hotline if q["answer_seconds"] is not None]
    waits = timed + [m["rang_seconds"] for m in records.missed_calls]
    cases = records.complaints
    first = [h for c in cases if (h := _hours(c["opened_at"], c["first_response_at"])) is not None]
    resolved = [h for c in cases if (h := _hours(c["opened_at"], c["resolved_at"])) is not None]
    answered = [c for c in cases if c["first_response_at"] is not None]
    late_open = [c for c in cases if c["first_response_at"] is None and c["due_at"] < iso(now)]
    follow = Counter(c["satisfaction"] for c in cases if c["satisfaction"] is not None)
    counter_inquiries = sum(1 for q in records.inquiries if q["channel"] == "counter")
    taken = [c for c in cases if c["kind"] != "praise"]
    same_day = sum(
        1
        for c in taken
        if c["resolved_at"] is not None
        and business_day(parse_iso(c["resolved_at"]), tz)
        == business_day(parse_iso(c["opened_at"]), tz)
    )

    def by_score(source: str) -> dict[int, int]:
        counts = Counter(r["score"] for r in records.ratings if r["source"] == source)
        return {s: counts.get(s, 0) for s in SCORES}

    return Level(
        start,
        end,
        by_score("customer"),
        by_score("keyed"),
        sum(1 for r in records.ratings if r["source"] == "skipped"),
        dict(reasons.most_common()),
        len({row["check_id"] for row in records.sections}),
        sum(p for p, _m in sections.values()),
        sum(m for _p, m in sections.values()),
        {s: (p, m) for s, (p, m) in sections.items()},
        len(hotline),
        len(timed),
        sum(1 for s in timed if s <= hotline_seconds),
        _mean(timed),
        max(waits) if waits else None,
        len(records.missed_calls),
        len(cases),
        _mean(first),
        _mean(resolved),
        sum(1 for c in answered if c["first_response_at"] <= c["due_at"]),
        len(answered) + len(late_open),
        {s: follow.get(s, 0) for s in range(1, 6)},
        counter_inquiries + len(taken),
        counter_inquiries + same_day,
    )


def _records(ctx: AppContext, start: date, end: date, desk: str | None, clerk_id: int | None):
    zone = ZoneInfo(site.timezone(ctx))
    lo, hi = start.isoformat(), end.isoformat()

    def ours(row: dict, clerk_key: str, by_desk: bool = True) -> bool:
        return (clerk_id is None or row[clerk_key] == clerk_id) and (
            desk is None or not by_desk or row["desk"] == desk
        )

    return Records(
        [r for r in ratings_db.ratings_between(ctx.db, lo, hi) if ours(r, "clerk_id")],
        [r for r in checks_db.section_scores_between(ctx.db, lo, hi) if ours(r, "clerk_id")],
        [
            q
            for q in figures_db.inquiries_between(ctx.db, lo, hi)
            if clerk_id is None or q["user_id"] == clerk_id
        ],
        [m for m in ratings_db.missed_calls_between(ctx.db, lo, hi) if clerk_id is None],
        [
            c
            for c in figures_db.complaints_between(
                ctx.db,
                iso(datetime.combine(start, time(0), zone)),
                iso(datetime.combine(end, time(0), zone)),
            )
            if clerk_id is None or c["opened_by"] == clerk_id
        ],
    )


@dataclass(frozen=True)
class ServiceLevel:
    period: str
    desk: str | None
    clerk_id: int | None
    targets: Targets
    now: Level
    previous: Level


def _level(ctx, start, end, desk, clerk_id, targets) -> Level:
    return count_level(
        _records(ctx, start, end, desk, clerk_id),
        start,
        end,
        targets.hotline_seconds,
        ctx.clock.now(),
        site.timezone(ctx),
    )


def _filters(ctx: AppContext, desk, clerk_id) -> tuple[str | None, int | None]:
    if desk is not None:
        desk = validation.text(desk, QT_TRANSLATE_NOOP("Desk", "desk"), 40) or None
    if clerk_id is not None:
        clerk_id = validation.record_id(clerk_id, QT_TRANSLATE_NOOP("Desk", "clerk"))
    return desk, clerk_id


@requires(Perm.QUALITY_CHECK)
def service_level(
    ctx: AppContext,
    period: str,
    day: date,
    desk: str | None = None,
    clerk_id: int | None = None,
) -> ServiceLevel:
    """The figures of the day, week or month holding `day`, and of the one before it."""
    start, end = period_bounds(period, day)
    prev_start, prev_end = period_bounds(period, start - timedelta(days=1))
    desk, clerk_id = _filters(ctx, desk, clerk_id)
    targets = quality_targets(ctx)
    return ServiceLevel(
        period,
        desk,
        clerk_id,
        targets,
        _level(ctx, start, end, desk, clerk_id, targets),
        _level(ctx, prev_start, prev_end, desk, clerk_id, targets),
    )


@dataclass(frozen=True)
class Today:
    """The dashboard's line: today's counter ratings and hotline, against the targets."""

    rated: int
    keyed: int
    skipped: int
    satisfied_share: float | None
    hotline_level: float | None
    hotline_missed: int
    targets: Targets

    @property
    def satisfied_misses(self) -> bool:
        return misses(self.satisfied_share, self.targets.satisfied_percent)

    @property
    def hotline_misses(self) -> bool:
        return misses(self.hotline_level, self.targets.hotline_percent)


def misses(share: float | None, percent: int, at_most: bool = False) -> bool:
    """Whether a figure misses its target (no figure misses nothing)."""
    if share is None:
        return False
    if at_most:
        return share > percent
    return share * 100 < percent - 1e-9


@requires(Perm.COUNTER)
def today_service(ctx: AppContext) -> Today:
    """Today's site-wide counter ratings and hotline service level."""
    day = business_day(ctx.clock.now(), site.timezone(ctx))
    targets = quality_targets(ctx)
    level = _level(ctx, day, day + timedelta(days=1), None, None, targets)
    return Today(
        level.rated,
        sum(level.keyed.values()),
        level.skipped,
        level.satisfied_share,
        level.hotline_level,
        level.hotline_missed,
        targets,
    )


@requires(Perm.QUALITY_CHECK)
def desks_seen(ctx: AppContext) -> list[str]:
    """The desks with ratings, checks or shifts, for the page's choice."""
    return ratings_db.desks(ctx.db)


@signed_in
def today(ctx: AppContext) -> date:
    return business_day(ctx.clock.now(), site.timezone(ctx))


@dataclass(frozen=True)
class Figure:
    """One line of the page and the PDF: this period, the previous one, the target."""

    key: str
    label: str  # source text, context "Desk"
    kind: str  # share, seconds, hours, count, score
    value: float | None
    previous: float | None
    target: float | None = None  # percent for a share, else in the figure's unit
    at_most: bool = False  # the target is a ceiling (hours), not a floor

    @property
    def misses(self) -> bool:
        if self.target is None or self.value is None:
            return False
        if self.kind == "share":
            return misses(self.value, int(self.target))
        return self.value > self.target if self.at_most else self.value < self.target


def headline(sl: ServiceLevel) -> list[Figure]:
    """The page's and the PDF's figures, in order, with their targets."""
    t, a, b = sl.targets, sl.now, sl.previous
    return [
        Figure(
            "satisfied",
            QT_TRANSLATE_NOOP("Desk", "Customers satisfied (their own ratings)"),
            "share",
            a.satisfied_share,
            b.satisfied_share,
            t.satisfied_percent,
        ),
        Figure(
            "rated", QT_TRANSLATE_NOOP("Desk", "Rated by the customer"), "count", a.rated, b.rated
        ),
        Figure(
            "keyed_satisfied",
            QT_TRANSLATE_NOOP("Desk", "Satisfied, ratings keyed by the clerk"),
            "share",
            a.keyed_satisfied_share,
            b.keyed_satisfied_share,
        ),
        Figure(
            "keyed",
            QT_TRANSLATE_NOOP("Desk", "Keyed by the clerk"),
            "count",
            sum(a.keyed.values()),
            sum(b.keyed.values()),
        ),
        Figure("skipped", QT_TRANSLATE_NOOP("Desk", "Skipped"), "count", a.skipped, b.skipped),
        Figure(
            "check_share",
            QT_TRANSLATE_NOOP("Desk", "Quality-check score"),
            "share",
            a.check_share,
            b.check_share,
            t.check_percent,
        ),
        Figure("checks", QT_TRANSLATE_NOOP("Desk", "Quality checks"), "count", a.checks, b.checks),
        Figure(
            "hotline_level",
            QT_TRANSLATE_NOOP("Desk", "Hotline calls answered in time"),
            "share",
            a.hotline_level,
            b.hotline_level,
            t.hotline_percent,
        ),
        Figure(
            "hotline_avg",
            QT_TRANSLATE_NOOP("Desk", "Average time to answer"),
            "seconds",
            a.hotline_answer_avg,
            b.hotline_answer_avg,
        ),
        Figure(
            "hotline_longest",
            QT_TRANSLATE_NOOP("Desk", "Longest wait"),
            "seconds",
            a.hotline_longest,
            b.hotline_longest,
        ),
        Figure(
            "hotline_calls",
            QT_TRANSLATE_NOOP("Desk", "Hotline calls answered"),
            "count",
            a.hotline_answered,
            b.hotline_answered,
        ),
        Figure(
            "hotline_missed",
            QT_TRANSLATE_NOOP("Desk", "Calls missed (caller hung up)"),
            "count",
            a.hotline_missed,
            b.hotline_missed,
        ),
        Figure(
            "response",
            QT_TRANSLATE_NOOP("Desk", "Complaint first response, average"),
            "hours",
            a.response_avg_h,
            b.response_avg_h,
            t.response_hours,
            at_most=True,
        ),
        Figure(
            "resolution",
            QT_TRANSLATE_NOOP("Desk", "Complaint resolution, average"),
            "hours",
            a.resolution_avg_h,
            b.resolution_avg_h,
        ),
        Figure(
            "in_time",
            QT_TRANSLATE_NOOP("Desk", "Complaints answered in time"),
            "share",
            a.in_time_share,
            b.in_time_share,
        ),
        Figure(
            "follow_up",
            QT_TRANSLATE_NOOP("Desk", "Follow-up satisfaction (1–5)"),
            "score",
            a.follow_up_avg,
            b.follow_up_avg,
            t.follow_up_score,
        ),
        Figure(
            "first_contact",
            QT_TRANSLATE_NOOP("Desk", "Settled at the first contact"),
            "share",
            a.first_contact_share,
            b.first_contact_share,
            t.first_contact_percent,
        ),
    ]


def value_text(kind: str, value: float | None) -> str:
    """A figure as shown: 96 %, 12.5 s, 3.2 h, 4.25, 17."""
    if value is None:
        return "—"
    if kind == "share":
        return f"{value:.0%}"
    if kind == "seconds":
        return f"{value:.1f} s" if isinstance(value, float) else f"{value} s"
    if kind == "hours":
        return f"{value:.1f} h"
    if kind == "score":
        return f"{value:.2f}"
    return str(int(value))


def target_text(figure: Figure) -> str:
    if figure.target is None:
        return ""
    if figure.kind == "share":
        return f"≥ {int(figure.target)} %"
    sign = "≤" if figure.at_most else "≥"
    unit = {"hours": " h", "seconds": " s"}.get(figure.kind, "")
    return f"{sign} {figure.target:g}{unit}"


def trend_text(figure: Figure) -> str:
    """The change against the previous period (points for a share)."""
    if figure.value is None or figure.previous is None:
        return ""
    delta = figure.value - figure.previous
    if figure.kind == "share":
        return f"{round(delta * 100):+d} pt"
    if figure.kind == "count":
        return f"{int(delta):+d}"
    return f"{round(delta, 1) + 0.0:+.1f}"


@requires(Perm.QUALITY_CHECK)
def staff_seen(ctx: AppContext) -> list[tuple[int, str]]:
    """Every person who serves at the counter (id, name), for the page's choice of clerk."""
    return [
        (u["id"], u["display_name"] or u["username"])
        for u in users_db.all_users(ctx.db)
        if u["role"] != "admin"
    ]
