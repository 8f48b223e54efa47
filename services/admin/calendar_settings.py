"""The site calendar on the settings page: opening hours, the weekdays the site is shut,
holidays (a year's list can be imported from a CSV file) and the complaint response time.
A change moves the deadlines of the cases still waiting for a first response (DOMAIN.md 6);
the page shows how many before it is saved."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass, field
from datetime import date

import db.admin.calendar as calendar_db
import db.admin.settings as settings_db
from db.core.connection import atomic
from services.admin import business_hours as hours
from services.admin import site
from services.core import audit, validation
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import Perm, requires

MAX_HOLIDAYS = 400
MAX_RESPONSE_HOURS = 240


@dataclass(frozen=True)
class SiteCalendar:
    opening: str = hours.DEFAULT_OPENING  # "10:00-22:00"
    closed_weekdays: tuple[int, ...] = ()  # Monday is 0
    holidays: tuple[str, ...] = ()  # ISO dates
    response_hours: int = hours.DEFAULT_RESPONSE_HOURS


@dataclass(frozen=True)
class CalendarEffect:
    moved: int  # open cases whose deadline moves
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # case, before, after


@requires(Perm.MANAGE_SETTINGS)
def get_calendar(ctx: AppContext) -> SiteCalendar:
    get = site.get_setting
    return SiteCalendar(
        opening=get(ctx, hours.OPENING_SETTING, hours.DEFAULT_OPENING),
        closed_weekdays=tuple(sorted(int(d) for d in get(ctx, hours.CLOSED_DAYS_SETTING, []))),
        holidays=tuple(sorted(get(ctx, hours.HOLIDAYS_SETTING, []))),
        response_hours=int(get(ctx, hours.RESPONSE_SETTING, hours.DEFAULT_RESPONSE_HOURS)),
    )


def _valid(new: SiteCalendar) -> tuple[SiteCalendar, hours.OpeningHours]:
    opening = validation.text(new.opening, QT_TRANSLATE_NOOP("Desk", "opening hours"), 20)
    opens, closes = hours.parse_opening(opening)
    closed = sorted(
        {
            validation.whole_number(d, QT_TRANSLATE_NOOP("Desk", "weekday"), 0, 6)
            for d in new.closed_weekdays
        }
    )
    if len(closed) == 7:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The site must be open on at least one weekday.")
        )
    days = set()
    for text in new.holidays:
        days.add(_holiday(text))
    if len(days) > MAX_HOLIDAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "At most {n} holidays can be kept."), n=MAX_HOLIDAYS
        )
    response = validation.whole_number(
        new.response_hours, QT_TRANSLATE_NOOP("Desk", "response time"), 1, MAX_RESPONSE_HOURS
    )
    clean = SiteCalendar(
        f"{opens:%H:%M}-{closes:%H:%M}",
        tuple(closed),
        tuple(sorted(d.isoformat() for d in days)),
        response,
    )
    rules = hours.OpeningHours(opens, closes, frozenset(days), frozenset(closed))
    return clean, rules


def _holiday(text) -> date:
    value = validation.text(str(text), QT_TRANSLATE_NOOP("Desk", "holiday"), 20)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A holiday is a date like 2026-10-01, not {text}."),
            text=value,
        ) from None
    validation.day(day, QT_TRANSLATE_NOOP("Desk", "holiday"))
    return day


def _new_deadlines(ctx, rules: hours.OpeningHours, response: int) -> list[tuple[dict, str]]:
    tz = site.timezone(ctx)
    moved = []
    for case in calendar_db.unanswered_cases(ctx.db):
        due = iso(hours.add_business_hours(parse_iso(case["opened_at"]), response, rules, tz))
        if due != case["due_at"]:
            moved.append((case, due))
    return moved


@requires(Perm.MANAGE_SETTINGS)
def preview_calendar(ctx: AppContext, new: SiteCalendar) -> CalendarEffect:
    """What saving `new` would do: the open cases whose deadline moves (a few shown)."""
    clean, rules = _valid(new)
    moved = _new_deadlines(ctx, rules, clean.response_hours)
    return CalendarEffect(len(moved), [(c["case_no"], c["due_at"], due) for c, due in moved[:5]])


@requires(Perm.MANAGE_SETTINGS)
def update_calendar(ctx: AppContext, new: SiteCalendar) -> CalendarEffect:
    """Admins set the calendar; the deadlines of cases not yet answered follow it; audited."""
    clean, rules = _valid(new)
    with atomic(ctx.db):
        before = get_calendar(ctx)
        if before == clean:
            return CalendarEffect(0)
        settings_db.put(ctx.db, hours.OPENING_SETTING, clean.opening)
        settings_db.put(ctx.db, hours.CLOSED_DAYS_SETTING, list(clean.closed_weekdays))
        settings_db.put(ctx.db, hours.HOLIDAYS_SETTING, list(clean.holidays))
        settings_db.put(ctx.db, hours.RESPONSE_SETTING, clean.response_hours)
        moved = _new_deadlines(ctx, rules, clean.response_hours)
        for case, due in moved:
            calendar_db.move_deadline(ctx.db, case["id"], due)
        audit.record(
            ctx,
            "settings.calendar",
            "setting",
            "calendar",
            _shown(before),
            {**_shown(clean), "deadlines_moved": [c["case_no"] for c, _ in moved]},
        )
    return CalendarEffect(len(moved), [(c["case_no"], c["due_at"], d) for c, d in moved[:5]])


def _shown(cal: SiteCalendar) -> dict:
    out = asdict(cal)
    out["closed_weekdays"] = list(cal.closed_weekdays)
    out["holidays"] = list(cal.holidays)
    return out


@requires(Perm.MANAGE_SETTINGS)
def read_holiday_csv(ctx: AppContext, data: bytes, year: int) -> list[str]:
    """A year's holiday list from a CSV file (UTF-8 or GBK, a date in the first column, a
    header row allowed, other columns such as the holiday's name ignored); every date must
    lie in `year`. Answers the dates; nothing is stored until the calendar is saved."""
    year = validation.whole_number(year, QT_TRANSLATE_NOOP("Desk", "year"), 2000, 2100)
    for encoding in ("utf-8-sig", "gbk"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The file is not a CSV text file (UTF-8 or GBK).")
        )
    days: list[str] = []
    for n, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cell = (row[0] if row else "").strip().replace("/", "-")
        if not cell or (n == 1 and not cell[:1].isdigit()):
            continue
        try:
            day = date.fromisoformat(cell if len(cell) == 10 else _padded(cell))
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Line {line}: {text} is not a date like {year}-10-01."),
                line=n,
                text=cell[:40],
                year=year,
            ) from None
        if day.year != year:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Line {line}: {day} is not in {year}."),
                line=n,
                day=day.isoformat(),
                year=year,
            )
        days.append(day.isoformat())
    if not days:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The file holds no dates."))
    return sorted(set(days))


def _padded(cell: str) -> str:
    parts = cell.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(cell)
    return f"{int(parts[0]):04d}-{int(parts[1]):02d}-{int(parts[2]):02d}"
