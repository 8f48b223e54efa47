"""Items out filtered in SQL: by status (overdue, due today, due later, as the list shows
them) and by the site's days lent, paged on by key with the same rows as one long page."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.errors import ValidationError
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts


@pytest.fixture
def out(role_ctx, clock):
    """Umbrellas lent on 16 March (overdue by 26 March), strollers lent on 26 March."""
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    umbrellas = lending_items.add_items(admin, kinds["umbrella"].id, 5)
    strollers = lending_items.add_items(admin, kinds["stroller"].id, 4)
    shifts.open_shift(clerk, {10000: 1})
    for n, code in enumerate(umbrellas):
        lending.lend_item(clerk, code, f"1390000{n:04d}", "wechat")
        clock.advance(minutes=7)
    clock.advance(days=10)
    for n, code in enumerate(strollers):
        lending.lend_item(clerk, code, f"1391000{n:04d}", "wechat")
        clock.advance(minutes=3)
    return clerk


def test_each_status_holds_the_loans_the_list_marks_so(out):
    every = lending.outstanding(out, limit=1000)
    assert len(every) == 9
    for status in lending.OUT_STATUS_LABELS:
        chosen = lending.outstanding(out, limit=1000, status=status)
        assert [r["id"] for r in chosen] == [r["id"] for r in every if r["status"] == status]
    assert {r["status"] for r in every} >= {"overdue", "due_today"}
    with pytest.raises(ValidationError, match="status"):
        lending.outstanding(out, status="lost")


def test_the_days_lent_narrow_the_list(out):
    first = lending.outstanding(
        out, limit=1000, lent_from=date(2026, 3, 16), lent_to=date(2026, 3, 16)
    )
    assert len(first) == 5 and all(r["item_code"].startswith("U") for r in first)
    later = lending.outstanding(out, limit=1000, lent_from=date(2026, 3, 17))
    assert len(later) == 4 and not any(r["item_code"].startswith("U") for r in later)
    assert lending.outstanding(out, limit=1000, lent_to=date(2026, 3, 15)) == []
    with pytest.raises(ValidationError, match="ends before it starts"):
        lending.outstanding(out, lent_from=date(2026, 3, 18), lent_to=date(2026, 3, 16))


def test_paging_on_by_key_gives_the_rows_of_one_long_page(out):
    whole = [r["id"] for r in lending.outstanding(out, limit=1000)]
    paged: list[int] = []
    while page := lending.outstanding(out, limit=2, after_id=paged[-1] if paged else None):
        paged.extend(r["id"] for r in page)
    assert paged == whole
