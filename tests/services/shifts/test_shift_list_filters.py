"""This desk's shifts filtered in SQL: by status (open, closed, closed with a difference)
and the site's days opened, newest first, paged on by key."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.errors import ValidationError
from services.shifts import history, shifts


def test_shifts_by_status_and_day(role_ctx, clock):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    made = []
    for n in range(4):
        made.append(shifts.open_shift(clerk, {10000: 1}))
        counted = {10000: 1} if n != 1 else {10000: 1, 100: 1}  # one count over by ¥1
        shifts.close_shift(lead, counted, reason="found a coin" if n == 1 else "")
        clock.advance(days=2)
    still_open = shifts.open_shift(clerk, {10000: 1})

    def ids(**kw):
        return [s.id for s in history.list_shifts(clerk, limit=100, **kw)]

    newest_first = [still_open.id] + [s.id for s in reversed(made)]
    assert ids() == newest_first
    assert ids(status="open") == [still_open.id]
    assert ids(status="closed") == newest_first[1:]
    assert ids(status="difference") == [made[1].id]
    assert ids(opened_from=date(2026, 3, 18), opened_to=date(2026, 3, 20)) == [
        made[2].id,
        made[1].id,
    ]
    paged: list[int] = []
    while page := history.list_shifts(clerk, limit=2, before_id=paged[-1] if paged else None):
        paged.extend(s.id for s in page)
    assert paged == newest_first
    with pytest.raises(ValidationError):
        history.list_shifts(clerk, status="lost")
