"""Demo data for lending and shifts: numbered items, and a believable day at the desk run
entirely through the services (so every rule, number and audit row is real)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.admin import site
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.errors import DomainError
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts

DEMO_ITEM_COUNTS = (12, 5, 3)  # per kind, in the order of the kinds
OPENING_FLOAT = {10000: 2, 5000: 2, 2000: 5, 1000: 10, 500: 10, 100: 20, 50: 10, 10: 20}
NAMES = ("", "", "Li", "王女士", "Zhang", "陈先生", "", "Liu", "赵小姐", "")
DAMAGE = ("rib bent", "canopy torn", "wheel squeaks, brake loose", "handle cracked")


def ensure_demo_items(ctx_admin: AppContext) -> list[str]:
    """The site's default kinds and about 20 numbered items; adds only what is missing."""
    added: list[str] = []
    for kind, target in zip(lending_items.list_kinds(ctx_admin), DEMO_ITEM_COUNTS):
        have = len(lending_items.list_items(ctx_admin, kind.id))
        if have < target:
            added += lending_items.add_items(ctx_admin, kind.id, target - have)
    return added


def counts_for(fen: int) -> dict[int, int]:
    """Notes and coins making up `fen` (to the nearest 0.1 yuan below), largest first."""
    counts = {}
    for value in shifts.DENOMINATIONS:
        counts[value], fen = divmod(fen, value)
    return {v: n for v, n in counts.items() if n}


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def _at(clock: FixedClock, day: date, tz: str, hour: int, minute: int = 0) -> None:
    clock.at = datetime.combine(day, time(hour, minute), ZoneInfo(tz)).astimezone(ZoneInfo("UTC"))


def _lend_one(ctx, rng, summary) -> None:
    free = [
        i["code"]
        for i in lending_items.list_items(ctx, include_retired=False)
        if i["state"] == "in"
    ]
    if not free:
        return
    method = rng.choices(("cash", "wechat", "alipay", "card"), (5, 4, 2, 1))[0]
    lending.lend_item(ctx, rng.choice(free), _phone(rng), method, rng.choice(NAMES))
    summary["lent"] += 1


def _return_one(ctxs, rng, summary, loan: dict) -> None:
    roll = rng.random()
    if roll < 0.08:
        lead = ctxs["shift_lead"]
        comp = min(loan["deposit_fen"], rng.choice((1000, 2000, 3000))) or 0
        lending.return_item(lead, loan["id"], "damaged", comp, rng.choice(DAMAGE))
        summary["damaged"] += 1
    elif roll < 0.11 and loan["deposit_fen"]:
        lending.return_item(
            ctxs["shift_lead"],
            loan["id"],
            "lost",
            loan["deposit_fen"],
            "customer reports it lost; deposit kept",
        )
        summary["forfeited"] += 1
    else:
        lending.return_item(ctxs["clerk"], loan["id"])
        summary["returned"] += 1


def simulate_day(ctxs: dict, clock: FixedClock, rng: random.Random, day: date) -> dict:
    """Open the shift at 9:00, lend and take back through the day (some damaged, some
    forfeited, some umbrellas left out overnight), close the shift at 21:30."""
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    tz = site.timezone(clerk)
    summary = {
        "day": day.isoformat(),
        "lent": 0,
        "returned": 0,
        "damaged": 0,
        "forfeited": 0,
        "refused": 0,
    }
    _at(clock, day, tz, 9, 0)
    if shifts.current_shift(clerk) is None:
        shifts.open_shift(clerk, OPENING_FLOAT)
    # yesterday's umbrellas come back in the morning
    for loan in lending.outstanding(clerk, limit=1000):
        if rng.random() < 0.6:
            clock.advance(minutes=rng.randint(1, 6))
            _return_one(ctxs, rng, summary, loan)
    minute = 9 * 60 + 30
    while minute < 21 * 60:
        minute += rng.randint(8, 35)
        _at(clock, day, tz, min(minute, 21 * 60) // 60, min(minute, 21 * 60) % 60)
        try:
            out = lending.outstanding(clerk, limit=1000)
            if out and rng.random() < 0.45:
                _return_one(ctxs, rng, summary, rng.choice(out))
            else:
                _lend_one(clerk, rng, summary)
        except DomainError:
            summary["refused"] += 1
    # before closing: what must come back comes back; some umbrellas stay out overnight
    _at(clock, day, tz, 21, 15)
    for loan in lending.outstanding(clerk, limit=1000):
        if loan["return_before_closing"] or rng.random() < 0.3:
            clock.advance(minutes=1)
            _return_one(ctxs, rng, summary, loan)
    _at(clock, day, tz, 21, 30)
    shift = shifts.current_shift(lead)
    expected = shifts.cash_figures(lead, shift).expected_fen
    diff = rng.choice((0, 0, 0, 0, -50, 100, -200))
    counted = counts_for(expected + diff)
    real_diff = shifts.count_total(counted) - expected
    closed = shifts.close_shift(
        lead, counted, "miscounted change at the counter" if real_diff else ""
    )
    summary.update(
        report_no=closed.report_no,
        expected_fen=closed.expected_fen,
        difference_fen=closed.difference_fen,
        still_out=lending.held_totals(clerk).count,
    )
    clock.advance(minutes=5)
    return summary


def demo_days(ctxs: dict, start: date, days: int, seed: int = 7) -> list[dict]:
    """Several days in a row on a fixed clock (convenience for the demo command)."""
    rng = random.Random(seed)
    clock = ctxs["clerk"].clock if isinstance(ctxs["clerk"].clock, FixedClock) else None
    if clock is None:
        raise ValueError("the demo runs on a FixedClock shared by the contexts")
    ensure_demo_items(ctxs["admin"])
    return [simulate_day(ctxs, clock, rng, start + timedelta(days=n)) for n in range(days)]
