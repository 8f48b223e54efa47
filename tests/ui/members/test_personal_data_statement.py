"""A supervisor prints a member's own data for them from the member page; a clerk has no
such button."""

from __future__ import annotations

from services.members import members
from tests.services.members.fixtures import receipt, resident_id, shop
from ui.members.members_page import MembersPage


def test_the_supervisor_prints_the_members_data(role_ctx, open_page, errors):
    s = shop(role_ctx["admin"])
    made = members.enrol_member(
        role_ctx["clerk"],
        "王小明",
        "13800138000",
        "resident",
        resident_id(),
        receipt(s.id, "E", 20000),
    )
    clerk_page = open_page(MembersPage, role_ctx["clerk"])
    assert not clerk_page.buttons["data"].isVisible()
    page = open_page(MembersPage, role_ctx["supervisor"])
    assert page.buttons["data"].isVisible()
    page.show_member(members.get_member(role_ctx["supervisor"], made.member.id))
    page.on_personal_data()
    assert page.preview is not None and not errors
    page.preview.close()
    audited = (
        role_ctx["admin"]
        .db.conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'document.member_data_statement'"
        )
        .fetchone()[0]
    )
    assert audited == 1
