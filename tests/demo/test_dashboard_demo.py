"""A demo site for the dashboard and visitor-search tests: the standard demo, plus the days
of the modules the standard demo does not run yet, and one visitor known to every module."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from demo import site as demo
from services.complaints import cases as complaints
from services.core.clock import FixedClock
from services.core.context import AppContext, User
from services.directory import shops
from services.lending import items as lending_items
from services.lending import loans as lending
from services.members import members
from services.members.rules import ShoppingReceipt
from services.shifts import shifts

TODAY = date(2026, 3, 16)
VISITOR_PHONE = "13912345678"
TZ = ZoneInfo("Asia/Shanghai")


def _ctxs(db, clock) -> dict:
    ctxs = {}
    for row in db.conn.execute("SELECT * FROM users ORDER BY id"):
        ctxs.setdefault(
            row["role"],
            AppContext(
                db, User(row["id"], row["username"], row["display_name"], row["role"]), clock
            ),
        )
    return ctxs


def _extra_modules():
    from demo import care as care_demo
    from demo import lost_found as lost_found_demo
    from demo import sales as sales_demo

    running = {m.__name__ for m in demo._modules()}
    return [m for m in (sales_demo, lost_found_demo, care_demo) if m.__name__ not in running]


def build_site(db, days: int = 5, seed: int = 11) -> dict:
    """Demo database up to the day before TODAY, then TODAY 11:00 with a known visitor: a
    member with an umbrella out and a complaint case open. Returns the role contexts and
    what the visitor has."""
    demo.build_demo(AppContext(db), days=days, seed=seed, today=TODAY)
    clock = FixedClock(datetime.combine(TODAY, time(9), TZ))
    ctxs = _ctxs(db, clock)
    rng = random.Random(seed)
    extra = _extra_modules()
    for module in extra:
        module.ensure_demo_items(ctxs["admin"])
    for offset in range(days, 0, -1):
        day = TODAY - timedelta(days=offset)
        for module in extra:
            clock.at = datetime.combine(day, time(9), TZ).astimezone(clock.at.tzinfo)
            module.simulate_day(ctxs, clock, rng, day)
    clock.at = datetime.combine(TODAY, time(11), TZ).astimezone(clock.at.tzinfo)
    return {"ctxs": ctxs, "clock": clock, **_visitor(ctxs)}


def _visitor(ctxs: dict) -> dict:
    clerk = ctxs["clerk"]
    if shifts.current_shift(clerk) is None:
        shifts.open_shift(clerk, {10000: 2})
    shop = shops.active_shops(clerk)[0]
    enrolment = members.enrol_member(
        clerk,
        "周晓雯",
        VISITOR_PHONE,
        "passport",
        "E12345678",
        ShoppingReceipt(shop.id, "88001234", TODAY, 50000),
    )
    free = [i["code"] for i in lending_items.list_items(ctxs["admin"]) if i["state"] == "in"]
    loan = lending.lend_item(clerk, free[0], VISITOR_PHONE, "cash")
    case = complaints.record_case(clerk, VISITOR_PHONE, "洗手间没有纸", "cleanliness")
    return {"member": enrolment.member, "loan": loan, "case": case}


def test_visitor_site_builds(db):
    site = build_site(db, days=2)
    assert site["loan"].slip_no.startswith("D")
    assert site["member"].phone_masked == "139****5678"
