"""Revealing a phone (supervisors, with a reason, audited without the phone) and erasing a
member on request (name and phone go, points and money records stay)."""

from __future__ import annotations

import json

import pytest

from db.core.connection import IntegrityError
from services.core import personal_data
from services.core.errors import DomainError, NotFound, PermissionDenied, ValidationError
from services.lending import items as lending_items
from services.lending import loans as lending
from services.members import members
from services.members import points as member_points
from services.members.rules import MemberRefused
from services.shifts import shifts
from tests.services.members.fixtures import receipt, resident_id, shop

PHONE = "13812345678"


@pytest.fixture
def member(role_ctx):
    ctx = role_ctx["clerk"]
    s = shop(role_ctx["admin"])
    enrolment = members.enrol_member(
        ctx, "张三", PHONE, "resident", resident_id(), receipt(s.id, "A-1", 50000)
    )
    return enrolment.member, s


def audit_rows(ctx, action):
    return [
        dict(r) for r in ctx.db.conn.execute("SELECT * FROM audit_log WHERE action = ?", (action,))
    ]


def test_supervisor_reveals_a_member_phone_and_the_reason_is_audited(role_ctx, member):
    ctx = role_ctx["supervisor"]
    assert personal_data.reveal_phone(ctx, "member", member[0].id, "会员来电核实身份") == PHONE
    rows = audit_rows(ctx, "personal.reveal_phone")
    assert len(rows) == 1 and rows[0]["entity"] == "member"
    text = json.dumps(rows[0], ensure_ascii=False)
    assert "会员来电核实身份" in text and PHONE not in text and "5678" not in text


def test_reveal_of_a_loan_phone_names_the_slip(role_ctx):
    admin = role_ctx["admin"]
    kind = lending_items.list_kinds(admin)[0]
    lending_items.add_items(admin, kind.id, 1)
    shifts.open_shift(admin, {10000: 1})
    code = lending_items.list_items(admin)[0]["code"]
    loan = lending.lend_item(role_ctx["clerk"], code, "139 0013 9000", "cash")
    sup = role_ctx["supervisor"]
    assert (
        personal_data.reveal_phone(sup, "loan", loan.id, "call back: item overdue") == "13900139000"
    )
    row = audit_rows(sup, "personal.reveal_phone")[0]
    assert loan.slip_no in row["after"] and "13900139000" not in row["after"]


@pytest.mark.parametrize("role", ["clerk", "shift_lead"])
def test_counter_staff_may_not_reveal(role_ctx, member, role):
    with pytest.raises(PermissionDenied):
        personal_data.reveal_phone(role_ctx[role], "member", member[0].id, "just curious")
    assert audit_rows(role_ctx["admin"], "personal.reveal_phone") == []


@pytest.mark.parametrize("reason", ["", "  ", "ok", None, "x" * 201])
def test_reveal_needs_a_real_reason(role_ctx, member, reason):
    with pytest.raises(ValidationError):
        personal_data.reveal_phone(role_ctx["supervisor"], "member", member[0].id, reason)


@pytest.mark.parametrize(
    "entity,entity_id",
    [("member", 999), ("shop", 1), ("member", -1), ("member", "1; DROP TABLE members")],
)
def test_reveal_of_unknown_records_is_refused(role_ctx, member, entity, entity_id):
    with pytest.raises(DomainError):
        personal_data.reveal_phone(role_ctx["supervisor"], entity, entity_id, "a good reason")


def test_erasure_removes_name_and_phone_and_keeps_points(role_ctx, member):
    m, s = member
    sup = role_ctx["supervisor"]
    before = members.get_member(sup, m.id)
    erased = personal_data.erase_member(sup, m.id, "会员书面申请注销")
    row = dict(sup.db.conn.execute("SELECT * FROM members WHERE id = ?", (m.id,)).fetchone())
    assert row["name"] == erased.pseudonym == f"已注销会员 #{m.id}"
    assert PHONE not in json.dumps(row) and row["id_last4"] == "" and row["erased_at"]
    after = members.get_member(sup, m.id)
    assert after.balance == before.balance and after.card_no == before.card_no
    assert after.phone_masked.strip("*") == ""
    assert members.find_members(sup, PHONE) == [] and members.find_members(sup, "张三") == []
    entries = sup.db.conn.execute(
        "SELECT count(*) FROM point_entries WHERE member_id = ?", (m.id,)
    ).fetchone()[0]
    assert entries == 1
    rows = audit_rows(sup, "member.erase")
    assert len(rows) == 1 and "会员书面申请注销" in rows[0]["after"]
    assert PHONE not in rows[0]["after"]


def test_erased_member_refuses_new_activity(role_ctx, member):
    m, s = member
    personal_data.erase_member(role_ctx["supervisor"], m.id, "member asked in writing")
    clerk = role_ctx["clerk"]
    with pytest.raises(MemberRefused):
        member_points.credit_receipt(clerk, m.card_no, receipt(s.id, "A-2", 30000))
    with pytest.raises(DomainError):
        personal_data.erase_member(role_ctx["supervisor"], m.id, "again, by mistake")
    with pytest.raises(DomainError):
        personal_data.reveal_phone(role_ctx["supervisor"], "member", m.id, "call the member")
    # the same person may enrol again with the same phone
    again = members.enrol_member(
        clerk, "张三", PHONE, "resident", resident_id(), receipt(s.id, "A-3", 50000)
    )
    assert again.member.id != m.id


def test_erased_member_row_is_fixed_by_trigger(role_ctx, member):
    m, _ = member
    sup = role_ctx["supervisor"]
    personal_data.erase_member(sup, m.id, "member asked in writing")
    with pytest.raises(IntegrityError):
        sup.db.conn.execute("UPDATE members SET name = '张三' WHERE id = ?", (m.id,))
    with pytest.raises(IntegrityError):
        sup.db.conn.execute(
            "INSERT INTO point_entries (member_id, at, kind, points, expires_on)"
            " VALUES (?, '2026-03-16', 'manual', 5, '2027-03-16')",
            (m.id,),
        )


def test_clerk_may_not_erase(role_ctx, member):
    with pytest.raises(PermissionDenied):
        personal_data.erase_member(role_ctx["clerk"], member[0].id, "member asked")
    with pytest.raises(NotFound):
        personal_data.erase_member(role_ctx["supervisor"], 4242, "member asked")
