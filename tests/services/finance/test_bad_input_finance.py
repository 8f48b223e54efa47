"""Bad input for the finance desk (daily ledger, hand-over, month export and locks), the
visitor search and personal data (the dashboard takes no input) (issue 10, point 5): arbitrary text, numbers
and dates either succeed or are refused with a DomainError that leaves the database
unchanged."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import strategies as st

from services.reports import daily_ledger
from services.finance import handover
from services.reports import month_export
from services.finance import month_lock
from services.core import personal_data
from services.visitors import search as visitor_search
from services.core.personal_data import PHONE_COLUMNS
from tests.services.core.test_bad_input import DAY, NUM, TEXT, check_entry_point, desk  # noqa: F401

SOME_DAY = st.one_of(DAY, st.just(date(2026, 3, 16)), st.dates(date(2025, 1, 1),
                                                                  date(2026, 12, 31)))
MONTH = st.one_of(TEXT, st.sampled_from(["2026-03", "2026-02", "2026-13", "0000-01", "2026-3",
                                          "9999-12"]))
ID = st.one_of(NUM, st.integers(1, 3))
ENTITY = st.one_of(TEXT, st.sampled_from(sorted(PHONE_COLUMNS)))
LANG = st.one_of(st.none(), st.sampled_from(["en", "zh_CN"]), st.text(max_size=8))


@pytest.fixture
def finance_desk(desk, tmp_path):
    """The shared desk (shop, loan, member, open shift) and a folder for exports."""
    return {**desk, "out": tmp_path}


ENTRY_POINTS = {
    "daily_ledger.daily_ledger": ("admin", lambda c, d, day, lang:
                                  daily_ledger.daily_ledger(c, day, lang), (SOME_DAY, LANG)),
    "handover.handover_of": ("admin", lambda c, d, day: handover.handover_of(c, day),
                             (SOME_DAY,)),
    "handover.hand_over": ("admin", lambda c, d, day: handover.hand_over(c, day), (SOME_DAY,)),
    "month_export.export_month": ("admin", lambda c, d, month: month_export.export_month(
        c, month, d["out"] / "month.xlsx"), (MONTH,)),
    "month_lock.lock_month": ("admin", lambda c, d, month: month_lock.lock_month(c, month),
                              (MONTH,)),
    "month_lock.unlock_month": ("admin", lambda c, d, month, reason:
                                month_lock.unlock_month(c, month, reason), (MONTH, TEXT)),
    "visitor_search.search_visitor": ("clerk", lambda c, d, text:
                                      visitor_search.search_visitor(c, text),
                                      (st.one_of(TEXT, st.just("13912345678"),
                                                 st.just("M2026-000001")),)),
    "personal_data.reveal_phone": ("supervisor", lambda c, d, entity, n, reason:
                                   personal_data.reveal_phone(c, entity, n, reason),
                                   (ENTITY, ID, TEXT)),
    "personal_data.erase_member": ("supervisor", lambda c, d, n, reason:
                                   personal_data.erase_member(c, n, reason), (ID, TEXT)),
}

NOT_YET_VALIDATED: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_YET_VALIDATED[n]))
    if n in NOT_YET_VALIDATED else n for n in sorted(ENTRY_POINTS)])
def test_bad_input_is_refused_cleanly(name, finance_desk):
    role, call, strategies = ENTRY_POINTS[name]
    check_entry_point(finance_desk[role], finance_desk, call, strategies)
