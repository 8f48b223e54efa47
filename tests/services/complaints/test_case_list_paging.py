"""The complaints list pages on by key: the pages read below the last case shown give the
rows of one long page, under every filter."""

from __future__ import annotations

from datetime import date

from services.complaints import cases as complaints


def test_paging_on_by_key_gives_the_rows_of_one_long_page(role_ctx, clock):
    clerk = role_ctx["clerk"]
    for n in range(7):
        complaints.record_case(clerk, f"1380013800{n}", f"Too cold {n}", "facilities")
        clock.advance(hours=20)
    for filters in ({}, {"status": "open"}, {"opened_from": date(2026, 3, 17)}):
        whole = [c.id for c in complaints.list_cases(clerk, limit=100, **filters)]
        paged: list[int] = []
        while page := complaints.list_cases(
            clerk, limit=3, before_id=paged[-1] if paged else None, **filters
        ):
            paged.extend(c.id for c in page)
        assert paged == whole and whole == sorted(whole, reverse=True)
    assert len(complaints.list_cases(clerk, limit=100, opened_from=date(2026, 3, 17))) == 6
