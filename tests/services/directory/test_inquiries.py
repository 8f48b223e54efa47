"""The inquiry tally: counts by hour and type equal what was recorded; taking back; hotline."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from db.core.connection import DatabaseError
from services.core.errors import DomainError, ValidationError
from services.directory import inquiries, shops


def at_local(clock, hour, minute=0):
    # Shanghai is UTC+8; the fixture's day is 2026-03-16
    clock.at = datetime(2026, 3, 16, hour - 8, minute, tzinfo=UTC)


def test_counts_by_hour_and_type_equal_the_recorded_inquiries(role_ctx, clock):
    clerk = role_ctx["clerk"]
    rng = random.Random(3)
    expected: dict[int, dict[str, int]] = {}
    for _ in range(120):
        hour = rng.randint(10, 21)
        at_local(clock, hour, rng.randint(0, 59))
        kind = rng.choice(inquiries.TYPES)
        channel = rng.choice(inquiries.CHANNELS)
        inquiries.record_inquiry(
            clerk, kind, channel, rng.randint(2, 30) if channel == "hotline" else None
        )
        expected.setdefault(hour, dict.fromkeys(inquiries.TYPES, 0))[kind] += 1
    counts = inquiries.inquiry_counts_by_hour(clerk, "2026-03-16")
    assert counts == expected
    tally = inquiries.day_tally(clerk, "2026-03-16")
    assert tally.total == 120 == sum(tally.by_type.values())
    assert tally.busiest_hour == max(expected, key=lambda h: (sum(expected[h].values()), -h))
    assert inquiries.inquiry_counts_by_hour(clerk, "2026-03-17") == {}


def test_local_hour_and_day_at_midnight_utc(role_ctx, clock):
    clock.at = datetime(2026, 3, 16, 15, 30, tzinfo=UTC)  # 23:30 local
    q = inquiries.record_inquiry(role_ctx["clerk"], "parking")
    assert (q.day, q.hour) == ("2026-03-16", 23)


def test_hotline_answer_times(role_ctx, clock):
    clerk = role_ctx["clerk"]
    for seconds in (5, 12, 15, 25):
        inquiries.record_inquiry(clerk, "promotion", "hotline", seconds)
    inquiries.record_inquiry(clerk, "promotion", "hotline")
    inquiries.record_inquiry(clerk, "directions")
    tally = inquiries.day_tally(clerk)
    assert (tally.hotline_calls, tally.hotline_timed, tally.hotline_within_rule) == (5, 4, 3)
    assert tally.hotline_average_seconds == 14.2 and tally.hotline_longest_seconds == 25
    with pytest.raises(ValidationError):
        inquiries.record_inquiry(clerk, "directions", "counter", 5)
    with pytest.raises(ValidationError):
        inquiries.record_inquiry(clerk, "weather")


def test_directions_remember_the_shop_asked_for(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    shop = shops.add_shop(admin, "星巴克", "Starbucks", "L1-001", "L1")
    for _ in range(3):
        inquiries.record_inquiry(clerk, "directions", shop_id=shop.id)
    top = inquiries.day_tally(clerk).top_shops
    assert top[0]["name_zh"] == "星巴克" and top[0]["asked"] == 3
    assert inquiries.recent_inquiries(clerk)[0].shop_name == "星巴克 Starbucks"


def test_taking_back_a_slip_of_the_finger(role_ctx, clock):
    clerk, other = role_ctx["clerk"], role_ctx["shift_lead"]
    q = inquiries.record_inquiry(clerk, "loyalty")
    keep = inquiries.record_inquiry(clerk, "parking")
    with pytest.raises(DomainError):
        inquiries.take_back_inquiry(other, q.id)  # not theirs
    assert inquiries.take_back_inquiry(clerk, q.id).cancelled
    with pytest.raises(DomainError):
        inquiries.take_back_inquiry(clerk, q.id)
    assert inquiries.day_tally(clerk).total == 1
    assert [r.id for r in inquiries.recent_inquiries(clerk)] == [keep.id]
    clock.advance(minutes=inquiries.UNDO_MINUTES + 1)
    with pytest.raises(DomainError):
        inquiries.take_back_inquiry(clerk, keep.id)


def test_inquiries_are_append_only(role_ctx):
    clerk = role_ctx["clerk"]
    q = inquiries.record_inquiry(clerk, "other")
    conn = clerk.db.conn
    with pytest.raises(DatabaseError, match="append-only|permission denied"):
        conn.execute("UPDATE inquiries SET type = 'parking' WHERE id = ?", (q.id,))
    with pytest.raises(
        DatabaseError, match="only removed by the retention purge|permission denied"
    ):
        conn.execute("DELETE FROM inquiries WHERE id = ?", (q.id,))
    with pytest.raises(DatabaseError, match="taken back|permission denied"):
        conn.execute(
            "INSERT INTO inquiries (at, day, hour, type, channel, user_id, cancels_id)"
            " VALUES ('x', '2026-03-16', 10, 'other', 'counter', ?, 999)",
            (clerk.user.id,),
        )
