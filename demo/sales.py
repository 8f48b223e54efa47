"""Demo data for paid services and invoices: the default price list, and a believable day
at the desk through the services only: sales by every payment method, a void now and then,
invoices for shoppers and companies, a void of this month's mistake and a red-letter
invoice for a purchase returned after its month."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from demo.lending import OPENING_FLOAT, counts_for
from services.admin import site
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.errors import DomainError
from services.core.identifiers import uscc_check_char
from services.directory import shops
from services.invoices import invoices
from services.invoices.invoices import LineInput, SourceReceipt
from services.sales import price_list, sales
from services.shifts import shifts

BUYERS = ("王女士", "李先生", "Zhang Wei", "陈小姐", "刘先生")
COMPANIES = (
    ("上海海港贸易有限公司", "91310115MA1K4LXX3"),
    ("杭州云帆科技有限公司", "91330106MA2B7QWE1"),
)
GOODS = (
    ("Winter coat", 59900, 13),
    ("Running shoes", 45900, 13),
    ("Tea set", 26800, 13),
    ("Dinner voucher", 20000, 6),
    ("Books", 8800, 9),
)
VOID_REASONS = ("wrong service keyed", "customer changed mind", "charged twice")


def ensure_demo_items(admin: AppContext) -> list:
    """The default price list, once."""
    return price_list.ensure_default_prices(admin)


def _at(clock: FixedClock, day: date, tz: str, hour: int, minute: int) -> None:
    clock.at = datetime.combine(day, time(hour, minute), ZoneInfo(tz)).astimezone(ZoneInfo("UTC"))


def _sell_one(clerk: AppContext, rng: random.Random, items: list) -> sales.Sale:
    picks = rng.sample(items, rng.choice((1, 1, 1, 2)))
    lines = [(i.id, rng.randint(1, 12) if i.unit_en == "page" else 1) for i in picks]
    method = rng.choices(shifts.METHODS, (5, 4, 2, 1))[0]
    total = sales.quote(clerk, lines).total_fen
    tendered = None
    if method == "cash":
        tendered = next(n for n in (total, 1000, 2000, 5000, 10000, total) if n >= total)
    return sales.sell(clerk, lines, method, tendered)


def _company() -> tuple[str, str]:
    name, first = COMPANIES[0]
    return name, first + uscc_check_char(first)


def _issue_invoices(ctxs: dict, rng: random.Random, summary: dict, sold: list) -> None:
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    open_shops = shops.active_shops(clerk)
    for _ in range(rng.randint(1, 3)):
        good = rng.choice(GOODS)
        shop = rng.choice(open_shops) if open_shops and rng.random() < 0.7 else None
        company = rng.random() < 0.35
        name, code = _company() if company else (rng.choice(BUYERS), "")
        receipt = f"{rng.randrange(10**7):07d}"
        gross = (qty := rng.randint(1, 2)) * good[1]
        inv = invoices.issue_invoice(
            clerk,
            buyer_kind="company" if company else "person",
            buyer_name=name,
            buyer_tax_id=code,
            lines=[LineInput(good[0], qty, good[1], good[2])],
            shop_id=shop.id if shop else None,
            # the purchase receipt the mall or the tenant collected for, with its amount
            sources=[SourceReceipt(receipt, gross)],
        )
        summary["invoices"] += 1
        if rng.random() < 0.1:
            invoices.void_invoice(lead, inv.invoice_no, "wrong buyer name")
            summary["invoice_voids"] += 1
    standing = [s for s in sold if not s.is_void]
    if standing and rng.random() < 0.4:  # a service receipt invoiced at the desk
        s = rng.choice(standing)
        invoices.issue_invoice(
            clerk,
            buyer_kind="person",
            buyer_name=rng.choice(BUYERS),
            lines=[LineInput("Business services", 1, s.total_fen, 6)],
            sources=[s.receipt_no],
        )
        summary["invoices"] += 1


def _red_letter(ctxs: dict, rng: random.Random, day: date, summary: dict) -> None:
    """Now and then a purchase invoiced last month comes back: credit it in red."""
    lead = ctxs["shift_lead"]
    month_end = day.replace(day=1) - timedelta(days=1)
    found = invoices.list_invoices(lead, month_end.replace(day=1), month_end, limit=50)
    open_ones = [i for i in found if i.kind == "blue" and not i.is_void]
    if open_ones and rng.random() < 0.3:
        original = rng.choice(open_ones)
        if original.remaining_fen > 0:
            invoices.issue_red_letter(lead, original.invoice_no, "goods returned")
            summary["red_letters"] += 1


def simulate_day(ctxs: dict, clock: FixedClock, rng: random.Random, day: date) -> dict:
    """A day of paid services from 9:00 to 20:45; opens (and then closes, counting exactly)
    its own shift when none is open."""
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    tz = site.timezone(clerk)
    summary = {
        "day": day.isoformat(),
        "sales": 0,
        "voids": 0,
        "invoices": 0,
        "invoice_voids": 0,
        "red_letters": 0,
        "refused": 0,
    }
    _at(clock, day, tz, 9, 5)
    own_shift = shifts.current_shift(clerk) is None
    if own_shift:
        shifts.open_shift(clerk, OPENING_FLOAT)
    if not price_list.list_prices(clerk):
        ensure_demo_items(ctxs["admin"])
    items = price_list.list_prices(clerk)
    sold: list = []
    minute = 9 * 60 + 10
    while minute < 20 * 60 and items:
        minute += rng.randint(20, 70)
        _at(clock, day, tz, min(minute, 20 * 60) // 60, min(minute, 20 * 60) % 60)
        try:
            sold.append(_sell_one(clerk, rng, items))
            summary["sales"] += 1
            if rng.random() < 0.06:
                clock.advance(minutes=2)
                sales.void_sale(lead, sold[-1].receipt_no, rng.choice(VOID_REASONS))
                sold[-1] = sales.get_sale(clerk, sold[-1].receipt_no)
                summary["voids"] += 1
        except DomainError:
            summary["refused"] += 1
    _at(clock, day, tz, 20, 15)
    try:
        _issue_invoices(ctxs, rng, summary, sold)
        _red_letter(ctxs, rng, day, summary)
    except DomainError:
        summary["refused"] += 1
    _at(clock, day, tz, 20, 45)
    if own_shift:
        expected = shifts.cash_figures(lead, shifts.current_shift(lead)).expected_fen
        closed = shifts.close_shift(lead, counts_for(expected))  # prices are whole 10 fen
        summary["report_no"] = closed.report_no
    return summary
