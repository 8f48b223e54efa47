"""The demo day runs through the services only and leaves the clock by 21:00."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from demo import lost_found as lost_found_demo
from services.lost_found import items as lost_found


def test_a_fortnight_of_demo_days(role_ctx, clock):
    lost_found_demo.ensure_demo_items(role_ctx["admin"])
    lost_found_demo.ensure_demo_items(role_ctx["admin"])  # only once
    rng, tz = random.Random(3), ZoneInfo("Asia/Shanghai")
    totals: dict = {}
    for n in range(14):
        day = date(2026, 3, 1) + timedelta(days=n)
        clock.at = datetime.combine(day, time(9), tz)
        summary = lost_found_demo.simulate_day(role_ctx, clock, rng, day)
        assert clock.now().astimezone(tz).time() <= time(21)
        for key, value in summary.items():
            if key != "day":
                totals[key] = totals.get(key, 0) + value
    assert totals["found"] >= 60 and totals["reports"] and totals["claimed"]
    assert totals["police"] and totals["disposed"]
    clerk = role_ctx["clerk"]
    statuses = {i.status for i in lost_found.search_found(clerk, limit=500)}
    assert statuses == {"held", "claimed", "police", "disposed"}
