"""Demo data for service quality: each day the customers rate most counter services of the
day (sales, counter inquiries, complaints taken, loans still out at night), a clerk keys in
some spoken ratings and some customers walk away unrated; the supervisor scores a few
services of each clerk on the scoring sheet; missed hotline calls are noted. The desk's
second counter ("east") takes a share of the ratings and checks."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.admin import site, users
from services.complaints import cases as complaints
from services.core.clock import FixedClock, parse_iso
from services.core.context import User
from services.directory import inquiries
from services.lending import loans as lending
from services.quality import checks, ratings
from services.sales import sales

# how the customers of a well-run desk answer: mostly satisfied, a few not
SCORE_WEIGHTS = {4: 55, 3: 30, 2: 10, 1: 5}
REASONS_BY_SCORE = {
    4: ("attitude", "speed", "answer"),
    3: ("attitude", "speed", "answer", "environment"),
    2: ("waiting", "procedure", "speed"),
    1: ("waiting", "attitude", "answer", "procedure"),
}


def ensure_demo_items(admin) -> dict:
    """Nothing to set up: the default scoring sheet and targets come with the schema."""
    return {"sheet_version": checks.current_sheet(admin).version}


def _staff(ctxs: dict) -> dict[int, object]:
    """user id -> a context of each active clerk and shift lead (they serve the counter)."""
    admin = ctxs["admin"]
    found = {}
    for row in users.list_users(admin):
        if row["active"] and row["role"] in ("clerk", "shift_lead"):
            user = User(row["id"], row["username"], row["display_name"], row["role"])
            found[row["id"]] = admin.signed_in_as(user)
    return found


def _at(clock: FixedClock, moment: datetime) -> None:
    clock.at = moment.astimezone(clock.at.tzinfo)


def _rate(ctx, rng: random.Random, service: str, reference: str, summary: dict) -> None:
    if ratings.rating_of(ctx, service, reference) is not None:
        return
    roll = rng.random()
    if roll < 0.12:
        ratings.skip_rating(ctx, service, reference)
        summary["skipped"] += 1
        return
    score = rng.choices(list(SCORE_WEIGHTS), weights=list(SCORE_WEIGHTS.values()))[0]
    reasons = rng.sample(REASONS_BY_SCORE[score], k=rng.randint(0, 2))
    if roll < 0.27:
        ratings.key_spoken_rating(ctx, service, reference, score, reasons)
        summary["keyed"] += 1
    else:
        ratings.rate_service(ctx, service, reference, score, reasons)
        summary["rated"] += 1


def simulate_day(ctxs: dict, clock: FixedClock, rng: random.Random, day: date) -> dict:
    """Ratings of the day's counter services, a few quality checks and missed calls; leaves
    the clock at 21:40."""
    tz = ZoneInfo(site.timezone(ctxs["admin"]))
    staff = _staff(ctxs)
    clerk = ctxs["clerk"]
    summary = {"day": day.isoformat(), "rated": 0, "keyed": 0, "skipped": 0, "checks": 0}
    _at(clock, datetime.combine(day, time(21, 0), tz))
    served = []  # (moment, clerk context, service, reference)
    for q in inquiries.recent_inquiries(clerk, day, limit=500):
        if q.channel == "counter" and rng.random() < 0.5:
            served.append((parse_iso(q.at), staff.get(q.user_id, clerk), "inquiry", f"Q{q.id}"))
    for sale in sales.list_receipts(clerk, day, day):
        if sale.voided_at is None:
            served.append((parse_iso(sale.sold_at), clerk, "sale", sale.receipt_no))
    for case in complaints.list_cases(clerk, limit=60):
        opened = parse_iso(case.opened_at)
        if opened.astimezone(tz).date() == day and case.channel == "counter":
            served.append((opened, clerk, "complaint", case.case_no))
    for loan in lending.outstanding(clerk):
        lent = parse_iso(loan["lent_at"])
        if lent.astimezone(tz).date() == day:
            served.append((lent, clerk, "lend", loan["slip_no"]))
    for moment, ctx, service, reference in sorted(served, key=lambda s: s[0]):
        _at(clock, moment + timedelta(minutes=1))
        desk = "east" if rng.random() < 0.25 else "main"
        _rate(dataclasses.replace(ctx, desk=desk), rng, service, reference, summary)
    _checks(ctxs, clock, rng, day, tz, staff, served, summary)
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        _at(clock, datetime.combine(day, time(rng.randint(10, 20), rng.randint(0, 59)), tz))
        ratings.record_missed_call(clerk, rng.randint(18, 75))
    _at(clock, datetime.combine(day, time(21, 40), tz))
    return summary


def _checks(ctxs, clock, rng, day, tz, staff, served, summary) -> None:
    """The supervisor scores one or two services a day, most items full marks."""
    sup = ctxs["supervisor"]
    sheet = checks.current_sheet(sup)
    for _ in range(rng.choice((1, 1, 2))):
        if served and rng.random() < 0.7:
            moment, ctx, service, reference = rng.choice(served)
            channel = "counter"
        else:
            moment = datetime.combine(day, time(rng.randint(10, 20), rng.randint(0, 59)), tz)
            ctx, service, reference = rng.choice(list(staff.values())), "inquiry", ""
            channel = "hotline"
        _at(clock, moment + timedelta(minutes=5))
        points = {
            item.id: item.points
            if rng.random() < 0.8
            else rng.randint(item.points // 2, item.points)
            for item in sheet.items
        }
        comment = rng.choice(
            ("", "开场问候规范，解答清楚", "结束语可再完整些", "请注意等候时的致歉")
        )
        desk = "east" if rng.random() < 0.25 else "main"
        checks.record_check(
            dataclasses.replace(sup, desk=desk),
            ctx.user.id,
            channel,
            points,
            service,
            reference,
            comment,
        )
        summary["checks"] += 1
