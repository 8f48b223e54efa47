"""Business hours: when a case's first response is due (DOMAIN.md 6, 24 business hours).

Only the site's opening hours count: a complaint taken at 21:00 with the desk closing at
22:00 has used one hour of its time by the next morning. Holidays (dates in the site's time
zone) and weekdays the site is shut do not count at all. The rules come from settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.admin import site
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import internal

OPENING_SETTING = "complaints.opening_hours"  # "10:00-22:00"
HOLIDAYS_SETTING = "complaints.holidays"  # ["2026-10-01", ...]
CLOSED_DAYS_SETTING = "complaints.closed_weekdays"  # [6] = Sundays (Monday is 0)
RESPONSE_SETTING = "complaints.response_hours"
DEFAULT_OPENING = "10:00-22:00"
DEFAULT_RESPONSE_HOURS = 24
MAX_DAYS = 800  # a calendar with no open day at all would loop forever


@dataclass(frozen=True)
class OpeningHours:
    opens: time
    closes: time
    holidays: frozenset[date] = field(default_factory=frozenset)
    closed_weekdays: frozenset[int] = field(default_factory=frozenset)

    def is_open_day(self, day: date) -> bool:
        return day not in self.holidays and day.weekday() not in self.closed_weekdays

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """The day's open span as naive local times, or None when shut."""
        if not self.is_open_day(day):
            return None
        return datetime.combine(day, self.opens), datetime.combine(day, self.closes)


def parse_opening(text: str) -> tuple[time, time]:
    """'10:00-22:00' -> (10:00, 22:00); refuses spans that close before they open."""
    try:
        start, end = (time.fromisoformat(p.strip()) for p in (text or "").split("-"))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Opening hours are written like 10:00-22:00.")
        ) from None
    if end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Opening hours must close after they open.")
        )
    return start, end


@internal
def opening_hours(ctx) -> OpeningHours:
    """The site's opening hours and holidays from settings."""
    opens, closes = parse_opening(site.get_setting(ctx, OPENING_SETTING, DEFAULT_OPENING))
    holidays = frozenset(date.fromisoformat(d) for d in site.get_setting(ctx, HOLIDAYS_SETTING, []))
    closed = frozenset(int(d) for d in site.get_setting(ctx, CLOSED_DAYS_SETTING, []))
    return OpeningHours(opens, closes, holidays, closed)


@internal
def response_hours(ctx) -> float:
    return float(site.get_setting(ctx, RESPONSE_SETTING, DEFAULT_RESPONSE_HOURS))


def add_business_hours(
    start: datetime, hours: float, rules: OpeningHours, tz_name: str
) -> datetime:
    """The moment `hours` of opening time after `start` (aware; the answer is in UTC)."""
    zone = ZoneInfo(tz_name)
    cursor = start.astimezone(zone).replace(tzinfo=None)
    left = timedelta(hours=hours)
    for _ in range(MAX_DAYS):
        span = rules.window(cursor.date())
        if span is not None:
            opens, closes = span
            cursor = max(cursor, opens)
            if cursor < closes:
                if cursor + left <= closes:
                    return (cursor + left).replace(tzinfo=zone).astimezone(ZoneInfo("UTC"))
                left -= closes - cursor
        cursor = datetime.combine(cursor.date() + timedelta(days=1), time(0))
    raise ValueError("no opening hours in the calendar")


def business_hours_between(
    start: datetime, end: datetime, rules: OpeningHours, tz_name: str
) -> float:
    """Opening hours that passed from `start` to `end` (0 when end is before start)."""
    zone = ZoneInfo(tz_name)
    a = start.astimezone(zone).replace(tzinfo=None)
    b = end.astimezone(zone).replace(tzinfo=None)
    total = timedelta(0)
    day = a.date()
    while day <= b.date():
        span = rules.window(day)
        if span is not None:
            lo, hi = max(span[0], a), min(span[1], b)
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total.total_seconds() / 3600
