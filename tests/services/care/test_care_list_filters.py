"""The care lists filtered in SQL: custody by status and the day taken in, broadcasts by
source and day, the first-aid ledger by kind of entry and day; each paged on by key with
the same rows as one long page, and a code not on the list refused."""

from __future__ import annotations

from datetime import date

import pytest

from services.care import custody, first_aid, paging
from services.core.errors import ValidationError

FIRST, LATER = date(2026, 3, 16), date(2026, 3, 26)


def paged(fetch) -> list[int]:
    ids: list[int] = []
    while page := fetch(ids[-1] if ids else None):
        ids.extend(r.id for r in page)
    return ids


def test_custody_by_status_and_day(role_ctx, clock):
    clerk = role_ctx["clerk"]
    early = [custody.take_in(clerk, f"包裹{n}", "customer", "Ms Li", "Courier") for n in range(3)]
    clock.advance(days=10)
    late = [custody.take_in(clerk, f"图纸{n}", "department", "Eng", "Wang") for n in range(2)]
    custody.hand_out(clerk, early[0].id, "Ms Li")
    ids = lambda **kw: [i.id for i in custody.list_items(clerk, limit=100, **kw)]  # noqa: E731
    assert ids(status="picked_up") == [early[0].id]
    assert ids(status="held") == ids(held_only=True) == [i.id for i in reversed(early[1:] + late)]
    assert ids(received_from=LATER) == [i.id for i in reversed(late)]
    assert ids(received_to=FIRST, status="held") == [early[2].id, early[1].id]
    assert paged(lambda last: custody.list_items(clerk, limit=2, before_id=last)) == ids()
    with pytest.raises(ValidationError):
        custody.list_items(clerk, status="lost")


def test_broadcasts_by_source_and_day(role_ctx, clock):
    clerk = role_ctx["clerk"]
    early = [paging.page(clerk, "person", f"寻人{n}", f"Paging {n}", "Mum") for n in range(3)]
    clock.advance(days=10)
    late = paging.page(clerk, "notice", "闭店通知", "Closing", "Manager")
    ids = lambda **kw: [p.id for p in paging.list_pages(clerk, limit=100, **kw)]  # noqa: E731
    assert ids(day_from=LATER) == [late.id]
    assert ids(day_to=FIRST) == [p.id for p in reversed(early)]
    assert ids(source="paging") == ids()
    assert ids(source="lost_found") == []
    assert paged(lambda last: paging.list_pages(clerk, limit=2, before_id=last)) == ids()
    with pytest.raises(ValidationError, match="ends before it starts"):
        paging.list_pages(clerk, day_from=LATER, day_to=FIRST)


def test_first_aid_ledger_by_kind_and_day(role_ctx, clock):
    clerk = role_ctx["clerk"]
    med = first_aid.add_medicine(clerk, "纱布 gauze", "external", "pcs")
    first_aid.restock(clerk, med.id, 5, "2027-06-30")
    clock.advance(days=10)
    for _ in range(3):
        first_aid.record_use(clerk, med.id, 1, description="graze")
    kinds = lambda **kw: [m.kind for m in first_aid.list_moves(clerk, limit=100, **kw)]  # noqa: E731
    assert kinds(kind="use") == ["use"] * 3
    assert kinds(day_to=FIRST) == ["restock"]
    assert kinds(day_from=LATER, kind="restock") == []
    assert paged(lambda last: first_aid.list_moves(clerk, limit=2, before_id=last)) == [
        m.id for m in first_aid.list_moves(clerk, limit=100)
    ]
    with pytest.raises(ValidationError):
        first_aid.list_moves(clerk, kind="stolen")
