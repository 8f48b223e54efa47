"""Bad input at the finance desk: the day's hand-over and the month's lock."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import strategies as st

from services.finance import handover, handover_list, month_lock
from tests.services.bad_input.kinds import (
    DAY,
    FINE,
    GARBAGE,
    ID,
    QUERY,
    TEXT,
    WORDS,
    fine,
    judged,
    optional,
)
from tests.services.bad_input.runner import check_entry_point, entry, over


def _month_verdict(text) -> str:
    found = isinstance(text, str) and re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    ok = found and 2000 <= int(found[1]) <= 2100 and 1 <= int(found[2]) <= 12
    return FINE if ok else GARBAGE


MONTH = judged(
    _month_verdict,
    st.none(),
    WORDS,
    st.sampled_from(["2026-03", "2026-02", "2026-13", "0000-01", "2026-3", "9999-12"]),
)
"""A month as YYYY-MM in the desk's years."""
SOME_DAY = st.one_of(DAY, fine(st.dates(date(2025, 1, 1), date(2026, 12, 31))))

ENTRY_POINTS = {
    "handover_list.list_handovers": entry(
        "supervisor",
        lambda c, d, desk, first, last, before: handover_list.list_handovers(
            c, desk=desk, day_from=first, day_to=last, before_id=before
        ),
        optional(QUERY),
        optional(DAY),
        optional(DAY),
        optional(ID),
    ),
    "handover.handover_of": entry(
        "admin", lambda c, d, day: handover.handover_of(c, day), SOME_DAY
    ),
    "handover.hand_over": entry("admin", lambda c, d, day: handover.hand_over(c, day), SOME_DAY),
    "handover.hand_over(desk)": entry(
        "admin",
        lambda c, d, day, desk: handover.hand_over(c, day, desk),
        SOME_DAY,
        optional(TEXT),
    ),
    "handover.handovers_of_day": entry(
        "admin", lambda c, d, day: handover.handovers_of_day(c, day), SOME_DAY
    ),
    "month_lock.lock_month": entry(
        "admin", lambda c, d, month: month_lock.lock_month(c, month), MONTH
    ),
    "month_lock.unlock_month": entry(
        "admin", lambda c, d, month, reason: month_lock.unlock_month(c, month, reason), MONTH, TEXT
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
