"""Bad input at the visitor search: anything typed or scanned finds a visitor or no one."""

from __future__ import annotations

from hypothesis import strategies as st

from services.visitors import scan as visitor_scan
from services.visitors import search as visitor_search
from tests.services.bad_input.kinds import QUERY, fine
from tests.services.bad_input.runner import check_entry_point, entry, over

ENTRY_POINTS = {
    "visitor_search.search_visitor": entry(
        "clerk",
        lambda c, d, text: visitor_search.search_visitor(c, text),
        st.one_of(QUERY, fine(st.sampled_from(["13912345678", "M2026-000001"]))),
    ),
    "visitor_search.find_visitors": entry(
        "clerk",
        lambda c, d, text: visitor_search.find_visitors(c, text),
        st.one_of(QUERY, fine(st.sampled_from(["5678", "周晓", "Li"]))),
    ),
    "visitor_search.search_chosen": entry(
        "clerk",
        lambda c, d, token: visitor_search.search_chosen(c, token),
        st.one_of(QUERY, fine(st.sampled_from(["member:1", "loan:1"]))),
    ),
    "visitor_scan.resolve_scan": entry(
        "clerk",
        lambda c, d, code: visitor_scan.resolve_scan(c, code),
        st.one_of(QUERY, fine(st.sampled_from(["U-001", "D2026-000001", "M2026-000001"]))),
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
