"""Bad input at the reports: the daily ledger and the month's export."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from services.reports import daily_ledger, month_export
from tests.services.bad_input.kinds import DAY, TEXT, fine, optional
from tests.services.bad_input.runner import check_entry_point, entry, over
from tests.services.bad_input.test_finance import MONTH

SOME_DAY = st.one_of(DAY, fine(st.dates(date(2025, 1, 1), date(2026, 12, 31))))
LANG = fine(st.none(), st.sampled_from(["en", "zh_CN"]), st.text(max_size=8))
"""The ledger's language: one it has, or the site's own for any other."""

ENTRY_POINTS = {
    "daily_ledger.daily_ledger": entry(
        "admin", lambda c, d, day, lang: daily_ledger.daily_ledger(c, day, lang), SOME_DAY, LANG
    ),
    "daily_ledger.daily_ledger(desk)": entry(
        "admin",
        lambda c, d, day, desk: daily_ledger.daily_ledger(c, day, None, desk),
        SOME_DAY,
        optional(TEXT),
    ),
    "month_export.export_month": entry(
        "admin", lambda c, d, month: month_export.export_month(c, month, d["out"] / "m.xlsx"), MONTH
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
