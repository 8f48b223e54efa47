"""The demo day of paid services runs through the services and leaves a consistent desk."""

from __future__ import annotations

import random
from datetime import date

from demo import sales as sales_demo
from services.invoices import invoices
from services.sales import sales
from services.shifts import shifts


def test_demo_days_make_sales_voids_invoices_and_reds(role_ctx, clock):
    sales_demo.ensure_demo_items(role_ctx["admin"])
    assert sales_demo.ensure_demo_items(role_ctx["admin"]) == []
    rng = random.Random(3)
    days = [date(2026, 2, 26), date(2026, 2, 27)] + [date(2026, 3, d) for d in range(2, 12)]
    summaries = [sales_demo.simulate_day(role_ctx, clock, rng, d) for d in days]
    assert all(s["refused"] == 0 for s in summaries)
    assert sum(s["sales"] for s in summaries) > 50 and sum(s["voids"] for s in summaries) > 0
    assert sum(s["red_letters"] for s in summaries) > 0
    assert shifts.current_shift(role_ctx["clerk"]) is None  # closed with no difference
    totals = sales.sales_totals(role_ctx["clerk"], days[0], days[-1])
    assert totals.count == sum(s["sales"] for s in summaries)
    march = invoices.invoice_totals(role_ctx["clerk"], date(2026, 3, 1), date(2026, 3, 31))
    assert any(r["kind"] == "red" for r in march.by_rate)
