"""The hand-over vouchers listed in SQL: by desk and business day, newest first, paged on
by key, for those who hand income over."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from services.core.errors import PermissionDenied, ValidationError
from services.finance import handover, handover_list
from services.shifts import desks

FIRST = date(2026, 3, 16)


def test_vouchers_by_desk_and_day(role_ctx, clock):
    supervisor = role_ctx["supervisor"]
    desks.add_desk(role_ctx["admin"], "north", "北门服务台", "North desk")
    made = []
    for n in range(4):
        made.append(handover.hand_over(supervisor, FIRST + timedelta(days=n)))
        clock.advance(days=1)
    north = handover.hand_over(supervisor, FIRST, "north")

    def numbers(**kw):
        return [h.handover_no for h in handover_list.list_handovers(supervisor, **kw)]

    newest_first = [north.handover_no] + [h.handover_no for h in reversed(made)]
    assert numbers() == newest_first
    assert numbers(desk="north") == [north.handover_no]
    assert numbers(day_from=FIRST, day_to=FIRST) == [north.handover_no, made[0].handover_no]
    assert numbers(day_from=FIRST + timedelta(days=2), desk=made[0].desk) == [
        made[3].handover_no,
        made[2].handover_no,
    ]
    paged: list = []
    while page := handover_list.list_handovers(
        supervisor, limit=2, before_id=paged[-1].id if paged else None
    ):
        paged.extend(page)
    assert [h.handover_no for h in paged] == newest_first
    assert paged[-1].voucher == handover.handover_of(supervisor, FIRST)
    with pytest.raises(ValidationError, match="ends before it starts"):
        handover_list.list_handovers(supervisor, day_from=FIRST, day_to=FIRST - timedelta(days=1))
    with pytest.raises(PermissionDenied):
        handover_list.list_handovers(role_ctx["clerk"])
