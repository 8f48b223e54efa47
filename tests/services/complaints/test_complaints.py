"""Complaint cases: recording, the fixed flow, follow-up rules, history (DOMAIN.md 6)."""

from __future__ import annotations

from datetime import datetime

import pytest

from db.core.connection import IntegrityError
from services.admin import business_hours, site
from services.complaints import cases as complaints
from services.core.clock import parse_iso
from services.core.errors import PermissionDenied, ValidationError
from tests.services.complaints.fixtures import SH, record, set_local, walk


def test_friday_five_pm_case_is_due_on_the_next_business_day_after_a_holiday(role_ctx, clock):
    site.put_setting(role_ctx["admin"], business_hours.OPENING_SETTING, "10:00-22:00")
    site.put_setting(role_ctx["admin"], business_hours.HOLIDAYS_SETTING, ["2026-03-21"])
    set_local(clock, 2026, 3, 20, 17)  # a Friday
    case = record(role_ctx["clerk"])
    # Fri 5 h + (Sat holiday) + Sun 12 h + Mon 7 h = 24 business hours
    assert parse_iso(case.due_at).astimezone(SH) == datetime(2026, 3, 23, 17, tzinfo=SH)
    assert case.case_no.startswith("C2026-")
    assert case.status == "new"


def test_case_is_recorded_with_masked_phone_and_audit(role_ctx):
    case = record(
        role_ctx["clerk"],
        phone="138 0013 8000",
        name="王女士",
        area="B1 停车场",
        channel="phone",
        kind="suggestion",
    )
    assert case.phone_masked == "138****8000"
    assert (case.kind, case.channel, case.area) == ("suggestion", "phone", "B1 停车场")
    row = (
        role_ctx["clerk"]
        .db.conn.execute("SELECT * FROM audit_log WHERE action = 'complaint.record'")
        .fetchone()
    )
    assert "13800138000" not in row["after"]


@pytest.mark.parametrize(
    "kw, field",
    [
        (dict(phone="12"), "phone"),
        (dict(text="  "), "text"),
        (dict(category="nope"), "cat"),
        (dict(kind="rant"), "kind"),
        (dict(channel="fax"), "channel"),
        (dict(form="sung"), "form"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(role_ctx, kw, field):
    with pytest.raises(ValidationError):
        record(role_ctx["clerk"], **kw)
    assert (
        role_ctx["clerk"].db.conn.execute("SELECT count(*) FROM complaint_cases").fetchone()[0] == 0
    )


def test_full_flow_records_each_step_with_who_and_note(role_ctx, clock):
    case = record(role_ctx["clerk"])
    clock.advance(hours=1)
    done = walk(case.id, role_ctx)
    assert done.status == "closed"
    steps = complaints.case_steps(role_ctx["clerk"], case.id)
    assert [s.status_to for s in steps] == list(complaints.FLOW[1:])
    assert [s.note for s in steps][:2] == ["转运营", "已致电顾客"]
    assert steps[0].user_name == "Supervisor"
    assert done.first_response_at is not None and done.resolved_at and done.closed_at
    assert done.satisfaction == 4 and done.reached is True
    assert done.answered_in_time() is True


def test_steps_outside_the_flow_are_refused_with_a_clear_message(role_ctx):
    case = record(role_ctx["clerk"])
    with pytest.raises(complaints.FlowRefused) as err:
        complaints.resolve_case(role_ctx["clerk"], case.id, "done")
    text = err.value.render()
    assert "New" in text and "Resolved" in text and "Forwarded" in text
    walk(case.id, role_ctx, to="resolved")
    with pytest.raises(complaints.FlowRefused):
        complaints.start_case(role_ctx["clerk"], case.id, "again")
    with pytest.raises(complaints.FlowRefused):
        complaints.close_case(role_ctx["supervisor"], case.id)  # follow-up first
    assert complaints.get_case(role_ctx["clerk"], case.id).status == "resolved"


def test_forward_and_close_need_a_supervisor(role_ctx):
    case = record(role_ctx["clerk"])
    for role in ("clerk", "shift_lead"):
        with pytest.raises(PermissionDenied):
            complaints.forward_case(role_ctx[role], case.id, "operations")


def test_the_handler_may_not_record_the_satisfaction_score(role_ctx):
    case = record(role_ctx["clerk"])
    walk(case.id, role_ctx, to="resolved")  # the clerk took it in hand and resolved it
    with pytest.raises(complaints.FlowRefused) as err:
        complaints.record_follow_up(role_ctx["clerk"], case.id, True, 5, "很好")
    assert "You handled case" in err.value.render()
    assert complaints.get_case(role_ctx["clerk"], case.id).satisfaction is None
    ok = complaints.record_follow_up(role_ctx["shift_lead"], case.id, True, 5, "很好")
    assert ok.satisfaction == 5


def test_follow_up_score_rules(role_ctx):
    case = record(role_ctx["clerk"])
    walk(case.id, role_ctx, to="resolved")
    lead = role_ctx["shift_lead"]
    for reached, score in ((True, None), (True, 6), (True, 0), (False, 3)):
        with pytest.raises(ValidationError):
            complaints.record_follow_up(lead, case.id, reached, score)
    done = complaints.record_follow_up(lead, case.id, False, None, "电话无人接")
    assert done.reached is False and done.satisfaction is None


def test_the_database_refuses_a_skipped_step_even_without_the_service(role_ctx):
    case = record(role_ctx["clerk"])
    conn = role_ctx["clerk"].db.conn
    with pytest.raises(IntegrityError, match="outside the complaint flow|permission denied"):
        conn.execute("UPDATE complaint_cases SET status = 'closed' WHERE id = ?", (case.id,))
    with pytest.raises(IntegrityError, match="outside the complaint flow|permission denied"):
        conn.execute(
            "INSERT INTO complaint_steps (case_id, status_from, status_to, at)"
            " VALUES (?, 'new', 'resolved', 'x')",
            (case.id,),
        )
    with pytest.raises(IntegrityError, match="fixed|permission denied"):
        conn.execute("INSERT INTO complaint_transitions VALUES ('new', 'closed')")
    with pytest.raises(IntegrityError, match="never deleted|permission denied"):
        conn.execute("DELETE FROM complaint_cases")
    with pytest.raises(IntegrityError, match="does not change|permission denied"):
        conn.execute("UPDATE complaint_cases SET text = 'nothing happened'")
    walk(case.id, role_ctx, to="forwarded")
    with pytest.raises(IntegrityError, match="append-only|permission denied"):
        conn.execute("UPDATE complaint_steps SET note = 'rewritten'")
    with pytest.raises(IntegrityError, match="append-only|permission denied"):
        conn.execute("DELETE FROM complaint_steps")


def test_customer_history_finds_every_case_of_a_phone(role_ctx):
    clerk = role_ctx["clerk"]
    a = record(clerk, phone="13900139000")
    record(clerk, phone="13800138000")
    b = record(clerk, phone="+86 139-0013-9000", kind="praise", text="服务好")
    assert [c.id for c in complaints.customer_history(clerk, "13900139000")] == [b.id, a.id]


def test_overdue_and_due_soon_are_counted(role_ctx, clock):
    clerk = role_ctx["clerk"]
    set_local(clock, 2026, 3, 16, 10)
    old = record(clerk)  # due 03-17 22:00 (12 h + 12 h)
    set_local(clock, 2026, 3, 17, 8)
    record(clerk)  # counted from 10:00: due 03-18 22:00
    set_local(clock, 2026, 3, 17, 21)
    assert complaints.due_counts(clerk) == complaints.DueCounts(0, 1)
    set_local(clock, 2026, 3, 18, 19)
    assert complaints.due_counts(clerk) == complaints.DueCounts(1, 1)
    assert complaints.get_case(clerk, old.id).overdue(clock.now())
    assert [c.id for c in complaints.list_cases(clerk, status="unanswered")][-1] == old.id
    walk(old.id, role_ctx, to="in_progress")
    assert complaints.due_counts(clerk) == complaints.DueCounts(0, 1)
    assert complaints.get_case(clerk, old.id).answered_in_time() is False


def test_scan_is_kept_and_find_by_number(role_ctx):
    clerk = role_ctx["clerk"]
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    case = record(clerk, form="written", channel="comment_book", scan=png)
    assert case.has_scan
    assert complaints.case_scan(clerk, case.id) == png
    assert complaints.find_case(clerk, case.case_no.lower()).id == case.id
    assert complaints.count_cases(clerk, text="态度") == 1
