"""The customer-care demo: cases in every state, kit uses, pages and custody."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from demo import care as care_demo
from services.care import custody, first_aid, paging
from services.complaints import cases as complaints
from services.directory import shops


def test_a_week_of_care_reaches_every_state(role_ctx, clock):
    admin = role_ctx["admin"]
    shops.add_shop(admin, "星巴克", "Starbucks", unit="L1-01")
    care_demo.ensure_demo_items(admin)
    care_demo.ensure_demo_items(admin)  # a second run adds nothing
    assert len(first_aid.list_medicines(admin)) == len(care_demo.KIT)
    tz = ZoneInfo("Asia/Shanghai")
    rng = random.Random(3)
    for n in range(9):
        day = date(2026, 3, 9) + timedelta(days=n)
        clock.at = datetime.combine(day, time(9), tz)
        care_demo.simulate_day(role_ctx, clock, rng, day)
        assert clock.now() <= datetime.combine(day, time(21), tz)
    states = {c.status for c in complaints.list_cases(admin, limit=500)}
    assert states == set(complaints.FLOW)
    assert any(m.kind == "use" for m in first_aid.list_moves(admin))
    assert paging.list_pages(admin)
    assert custody.list_items(admin)
