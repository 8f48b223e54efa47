"""The monthly and weekly summaries equal what the cases say (issue 7, acceptance 3)."""

from __future__ import annotations

import random
import statistics
from datetime import date

import pytest

from services.complaints import cases as complaints
from services.complaints import summary
from services.core.clock import parse_iso
from services.core.errors import ValidationError
from services.directory import shops
from tests.services.complaints.fixtures import SH, record, set_local, walk


def _hours(a, b):
    return (parse_iso(b) - parse_iso(a)).total_seconds() / 3600


def _fill_month(role_ctx, clock):
    rng = random.Random(7)
    shop = shops.add_shop(role_ctx["admin"], "星巴克", "Starbucks", unit="L1-01")
    made = []
    for i in range(30):
        day = 1 + i % 28
        set_local(clock, 2026, 3, day, 10 + rng.randrange(10))
        case = record(
            role_ctx["clerk"],
            phone=f"1380013{i:04d}",
            category=rng.choice(["service", "parking", "goods"]),
            channel=rng.choice(["counter", "phone"]),
            shop_id=shop.id if i % 3 == 0 else None,
            area="" if i % 3 else "",
            kind="praise" if i % 10 == 9 else "complaint",
        )
        clock.advance(hours=rng.randrange(1, 40))
        made.append(
            walk(
                case.id,
                role_ctx,
                to=rng.choice(["forwarded", "in_progress", "resolved", "followed_up", "closed"]),
            )
        )
    set_local(clock, 2026, 2, 27, 12)
    record(role_ctx["clerk"])  # the month before: not counted
    set_local(clock, 2026, 4, 2, 12)
    return made


def test_month_summary_equals_a_direct_recount(role_ctx, clock):
    _fill_month(role_ctx, clock)
    s = summary.summarise(role_ctx["clerk"], "month", date(2026, 3, 15))
    cases = [
        c
        for c in complaints.list_cases(role_ctx["clerk"], limit=1000)
        if parse_iso(c.opened_at).astimezone(SH).month == 3
    ]
    assert s.total == len(cases) == 30
    assert (s.start, s.end) == (date(2026, 3, 1), date(2026, 4, 1))
    for field, key in (
        ("by_category", "category"),
        ("by_channel", "channel"),
        ("by_status", "status"),
        ("by_kind", "kind"),
    ):
        expect = {}
        for c in cases:
            expect[getattr(c, key)] = expect.get(getattr(c, key), 0) + 1
        assert getattr(s, field) == expect
    assert s.by_shop == {"星巴克": 10, "—": 20}
    first = sorted(_hours(c.opened_at, c.first_response_at) for c in cases if c.first_response_at)
    assert s.first_response_avg_h == pytest.approx(statistics.mean(first))
    assert s.first_response_p90_h == first[-(-len(first) * 9 // 10) - 1]
    done = sorted(_hours(c.opened_at, c.resolved_at) for c in cases if c.resolved_at)
    assert s.resolution_avg_h == pytest.approx(statistics.mean(done))
    assert s.resolution_p90_h == summary.percentile(done, 0.9)
    answered = [c for c in cases if c.first_response_at]
    late = [c for c in cases if not c.first_response_at and c.overdue(clock.now())]
    assert s.answer_counted == len(answered) + len(late)
    assert s.answered_in_time == sum(c.answered_in_time() for c in answered)
    scores = [c.satisfaction for c in cases if c.satisfaction]
    assert s.satisfaction == {k: scores.count(k) for k in range(1, 6)}
    assert s.satisfaction_avg == pytest.approx(statistics.mean(scores))


def test_week_bounds_and_empty_week(role_ctx):
    assert summary.period_bounds("week", date(2026, 3, 19)) == (
        date(2026, 3, 16),
        date(2026, 3, 23),
    )
    assert summary.period_bounds("month", date(2026, 12, 31)) == (
        date(2026, 12, 1),
        date(2027, 1, 1),
    )
    s = summary.summarise(role_ctx["clerk"], "week", date(2026, 3, 19))
    assert s.total == 0 and s.first_response_avg_h is None and s.in_time_share is None
    with pytest.raises(ValidationError):
        summary.period_bounds("year", date(2026, 1, 1))


def test_week_uses_local_midnight(role_ctx, clock):
    set_local(clock, 2026, 3, 23, 0, 30)  # Monday 00:30 local = Sunday 16:30 UTC
    record(role_ctx["clerk"])
    assert summary.summarise(role_ctx["clerk"], "week", date(2026, 3, 23)).total == 1
    assert summary.summarise(role_ctx["clerk"], "week", date(2026, 3, 22)).total == 0


def test_percentile_nearest_rank():
    assert summary.percentile([], 0.9) is None
    assert summary.percentile([5.0], 0.9) == 5.0
    assert summary.percentile(list(range(1, 11)), 0.9) == 9
    assert summary.percentile(list(range(1, 12)), 0.9) == 10
