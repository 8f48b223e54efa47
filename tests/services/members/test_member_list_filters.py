"""The members list filtered in SQL: by the current card's status and the site's days of
enrolment, within a name's start, newest first and paged on by key."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.errors import ValidationError
from services.members import members
from tests.services.members.fixtures import receipt, resident_id, shop


def test_members_by_card_status_day_and_name(role_ctx, clock):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    s = shop(admin)
    made = []
    for n, name in enumerate(["王一", "王二", "李三", "王四", "李五"]):
        day = clock.now().date()
        made.append(
            members.enrol_member(
                clerk,
                name,
                f"1380013800{n}",
                "resident",
                resident_id(),
                receipt(s.id, f"E{n}", 20000, day),
            ).member
        )
        clock.advance(days=3)
    members.report_card_lost(clerk, made[1].card_no)

    def ids(text="", **kw):
        return [m.id for m in members.list_members(clerk, text, limit=100, **kw)]

    newest_first = [m.id for m in reversed(made)]
    assert ids() == newest_first
    assert ids(card_status="lost") == [made[1].id]
    assert ids(card_status="active") == [i for i in newest_first if i != made[1].id]
    assert ids("王") == [made[3].id, made[1].id, made[0].id]
    assert ids(enrolled_from=date(2026, 3, 19), enrolled_to=date(2026, 3, 22)) == [
        made[2].id,
        made[1].id,
    ]
    assert ids("李", enrolled_to=date(2026, 3, 16)) == []
    paged: list[int] = []
    while page := members.list_members(clerk, limit=2, before_id=paged[-1] if paged else None):
        paged.extend(m.id for m in page)
    assert paged == newest_first
    with pytest.raises(ValidationError):
        members.list_members(clerk, card_status="gold")
    assert all("****" in m.phone_masked for m in members.list_members(clerk))
