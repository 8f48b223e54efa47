"""The income hand-over voucher: numbered once a day, figures from the money ledger, stored
with the voucher, refused in a locked month."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.core.errors import PermissionDenied
from services.finance import handover, month_lock
from services.finance.handover import HandoverRefused
from services.reports import daily_ledger
from services.shifts import shifts
from tests.services.reports.test_daily_ledger import DAY, busy_day


@pytest.fixture
def closed_day(role_ctx, clock):
    busy_day(role_ctx, clock)
    lead = role_ctx["shift_lead"]
    expected = shifts.cash_figures(lead, shifts.current_shift(lead)).expected_fen
    clock.advance(hours=8)
    shifts.close_shift(lead, {10: expected // 10}, reason="" if expected % 10 == 0 else "coins")
    return role_ctx


def test_the_voucher_states_the_days_figures(closed_day):
    lead = closed_day["shift_lead"]
    voucher = handover.hand_over(lead, DAY)
    assert voucher.handover_no == "H2026-000001" and voucher.by == "shift_lead1"
    f = voucher.figures
    assert (f["receipt_first"], f["receipt_last"], f["receipt_count"]) == (
        "R2026-000001",
        "R2026-000003",
        3,
    )
    assert f["void_count"] == 1
    ledger = daily_ledger.daily_ledger(lead, DAY)
    assert {m: x["fen"] for m, x in f["by_method"].items()} == ledger.by_method
    assert f["cash_counted_fen"] == ledger.shifts[0].counted_fen and f["held_count"] == 1
    assert handover.handover_of(lead, DAY) == voucher


def test_one_voucher_a_day(closed_day):
    lead = closed_day["shift_lead"]
    handover.hand_over(lead, DAY)
    with pytest.raises(HandoverRefused) as refused:
        handover.hand_over(lead, DAY)
    assert "H2026-000001" in refused.value.render()
    with pytest.raises(HandoverRefused):
        handover.hand_over(lead, DAY + timedelta(days=1))


def test_clerks_do_not_hand_over(closed_day):
    with pytest.raises(PermissionDenied):
        handover.hand_over(closed_day["clerk"], DAY)


def test_a_locked_month_takes_no_voucher(closed_day, clock):
    clock.advance(days=20)
    month_lock.lock_month(closed_day["supervisor"], "2026-03")
    with pytest.raises(month_lock.MonthLocked):
        handover.hand_over(closed_day["shift_lead"], DAY)
