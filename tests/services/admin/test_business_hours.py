"""Business hours for the complaint response time (DOMAIN.md 6)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.admin import business_hours as bh
from services.core.errors import ValidationError

SH = ZoneInfo("Asia/Shanghai")
DAILY = bh.OpeningHours(time(10), time(22))


def at(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def test_friday_five_pm_is_due_sunday_five_pm_when_open_daily():
    # Fri 17-22 = 5 h, Sat 12 h, Sun 10-17 = 7 h
    due = bh.add_business_hours(at(2026, 3, 20, 17), 24, DAILY, "Asia/Shanghai")
    assert due == at(2026, 3, 22, 17)


def test_a_holiday_does_not_count():
    rules = bh.OpeningHours(time(10), time(22), frozenset({date(2026, 3, 21)}))
    due = bh.add_business_hours(at(2026, 3, 20, 17), 24, rules, "Asia/Shanghai")
    assert due == at(2026, 3, 23, 17)


def test_before_opening_starts_at_opening_and_after_closing_next_morning():
    assert bh.add_business_hours(at(2026, 3, 16, 7), 2, DAILY, "Asia/Shanghai") == at(
        2026, 3, 16, 12
    )
    assert bh.add_business_hours(at(2026, 3, 16, 23), 1, DAILY, "Asia/Shanghai") == at(
        2026, 3, 17, 11
    )


def test_exactly_at_closing_time_stays_that_day():
    assert bh.add_business_hours(at(2026, 3, 16, 20), 2, DAILY, "Asia/Shanghai") == at(
        2026, 3, 16, 22
    )


def test_closed_weekdays_are_skipped():
    rules = bh.OpeningHours(time(9), time(17), closed_weekdays=frozenset({5, 6}))
    assert bh.add_business_hours(at(2026, 3, 20, 16), 2, rules, "Asia/Shanghai") == at(
        2026, 3, 23, 10
    )


def test_a_calendar_without_open_days_is_an_error():
    rules = bh.OpeningHours(time(9), time(17), closed_weekdays=frozenset(range(7)))
    with pytest.raises(ValueError):
        bh.add_business_hours(at(2026, 3, 20, 16), 2, rules, "Asia/Shanghai")


@pytest.mark.parametrize("text", ["", "10:00", "22:00-10:00", "ten-22:00"])
def test_bad_opening_hours_are_refused(text):
    with pytest.raises(ValidationError):
        bh.parse_opening(text)


def test_rules_come_from_settings(admin_ctx):
    from services.admin import site

    site.put_setting(admin_ctx, bh.OPENING_SETTING, "09:30-21:30")
    site.put_setting(admin_ctx, bh.HOLIDAYS_SETTING, ["2026-10-01"])
    rules = bh.opening_hours(admin_ctx)
    assert (rules.opens, rules.closes) == (time(9, 30), time(21, 30))
    assert not rules.is_open_day(date(2026, 10, 1))


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 1, 1)),
    hours=st.floats(min_value=0.25, max_value=100),
    holidays=st.sets(st.dates(date(2026, 1, 1), date(2027, 2, 1)), max_size=20),
)
def test_the_hours_between_start_and_due_are_the_hours_asked(start, hours, holidays):
    rules = bh.OpeningHours(time(10), time(22), frozenset(holidays))
    begin = start.replace(tzinfo=SH)
    due = bh.add_business_hours(begin, hours, rules, "Asia/Shanghai")
    assert bh.business_hours_between(begin, due, rules, "Asia/Shanghai") == pytest.approx(
        hours, abs=1e-6
    )
    local = due.astimezone(SH)
    assert time(10) < local.time() <= time(22) or local.time() == time(22)
    assert local.date() not in holidays
    assert due.tzinfo is not None and due.utcoffset() == timedelta(0)
    assert due.astimezone(UTC) > begin.astimezone(UTC)
