"""The members' demo day runs through the services and leaves the shift balanced."""

from __future__ import annotations

import random
from datetime import date

from demo import members as members_demo
from services.directory import shops
from services.shifts import shifts


def test_two_demo_days(role_ctx, clock):
    admin = role_ctx["admin"]
    for n, (zh, en) in enumerate((("星巴克", "Starbucks"), ("优衣库", "UNIQLO"))):
        shops.add_shop(admin, zh, en, unit=f"L1-{n}")
    members_demo.ensure_demo_items(admin)
    members_demo.ensure_demo_items(admin)
    rng, ids = random.Random(3), {}
    days = [
        members_demo.simulate_day(role_ctx, clock, rng, date(2026, 3, d), ids) for d in (16, 17)
    ]
    assert sum(d["enrolled"] for d in days) >= 5
    assert sum(d["credited"] for d in days) >= 10
    assert shifts.current_shift(admin) is None
    last = shifts.recent_shifts(admin)[0]
    assert last.difference_fen == 0
    print(days)
