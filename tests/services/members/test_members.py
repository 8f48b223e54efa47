"""Enrolment, finding members, lost card and reissue (issue 4, acceptance 1, 3 and 4)."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from db.core.connection import IntegrityError
from services.core.errors import NotFound, ValidationError
from services.members import members
from services.members import points as member_points
from services.members.rules import MemberRefused
from services.shifts import shifts
from tests.services.members.fixtures import receipt, resident_id, shop


@pytest.fixture
def setup(role_ctx):
    return {"shop": shop(role_ctx["admin"]), "clerk": role_ctx["clerk"]}


def enrol(clerk, shop_id, n=1, amount=20000, id_number=None, phone=None, name="王小明"):
    return members.enrol_member(
        clerk,
        name,
        phone or f"1380013{n:04d}",
        "resident",
        id_number or resident_id(),
        receipt(shop_id, f"E{n}", amount),
    )


def test_enrol_at_threshold_same_day(setup):
    made = enrol(setup["clerk"], setup["shop"].id)
    assert made.member.card_no.startswith("M2026-")
    assert made.credit.points == 20 and made.member.balance == 20
    assert made.member.phone_masked == "138****0001"
    assert made.member.id_masked.startswith("**************")


def test_enrol_below_threshold_or_outside_window_refused(setup):
    clerk, shop_id = setup["clerk"], setup["shop"].id
    with pytest.raises(MemberRefused) as err:
        enrol(clerk, shop_id, amount=19999)
    assert "below" in err.value.render()
    old = receipt(shop_id, "OLD", 50000, date(2026, 3, 8))  # window 7 days
    with pytest.raises(MemberRefused) as err:
        members.enrol_member(clerk, "李雷", "13900000001", "resident", resident_id(), old)
    assert "older than 7 days" in err.value.render()
    assert clerk.db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert clerk.db.conn.execute("SELECT count(*) FROM member_cards").fetchone()[0] == 0


def test_same_id_or_phone_enrolled_once(setup):
    clerk, shop_id = setup["clerk"], setup["shop"].id
    number = resident_id()
    enrol(clerk, shop_id, 1, id_number=number)
    with pytest.raises(MemberRefused):
        enrol(clerk, shop_id, 2, id_number=number)
    with pytest.raises(MemberRefused):
        enrol(clerk, shop_id, 3, phone="13800130001")


def test_bad_input_refused(setup):
    clerk, shop_id = setup["clerk"], setup["shop"].id
    with pytest.raises(ValidationError):
        members.enrol_member(
            clerk, "", "13800000000", "resident", resident_id(), receipt(shop_id, "X", 20000)
        )
    with pytest.raises(ValidationError):
        members.enrol_member(
            clerk, "A", "12345", "resident", resident_id(), receipt(shop_id, "X", 20000)
        )


@pytest.mark.sqlite_only(reason="reads the SQLite file's bytes")
def test_no_full_id_number_in_database_file_or_logs(setup, db_path, caplog):
    caplog.set_level(logging.DEBUG)
    clerk, shop_id = setup["clerk"], setup["shop"].id
    numbers = [resident_id(seq=f"{n:03d}") for n in range(1, 6)]
    for n, number in enumerate(numbers, 1):
        enrol(clerk, shop_id, n, id_number=number)
    with pytest.raises(MemberRefused):
        members.reissue_card(
            clerk, enrol(clerk, shop_id, 9).member.card_no, "resident", numbers[0]
        )  # someone else's ID
    clerk.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blobs = [db_path.read_bytes()] + [p.read_bytes() for p in db_path.parent.glob("desk.db*")]
    logs = caplog.text
    for number in numbers:
        for blob in blobs:
            assert number.encode() not in blob
        assert number not in logs


def test_find_by_phone_card_and_name(setup):
    clerk, shop_id = setup["clerk"], setup["shop"].id
    a = enrol(clerk, shop_id, 1, name="王小明").member
    enrol(clerk, shop_id, 2, name="王芳")
    enrol(clerk, shop_id, 3, name="Li Lei")
    assert [m.id for m in members.find_members(clerk, "138 0013 0001")] == [a.id]
    assert [m.id for m in members.find_members(clerk, "+86 13800130001")] == [a.id]
    assert [m.id for m in members.find_members(clerk, a.card_no.lower())] == [a.id]
    assert {m.name for m in members.find_members(clerk, "王")} == {"王小明", "王芳"}
    assert [m.name for m in members.find_members(clerk, "王小")] == ["王小明"]
    assert [m.name for m in members.find_members(clerk, "lil")] == ["Li Lei"]
    assert len(members.find_members(clerk, "王", offset=1, limit=1)) == 1
    assert members.find_members(clerk, "13800139999") == []


def test_lost_card_then_reissue(setup, role_ctx):
    clerk, shop_id = setup["clerk"], setup["shop"].id
    number = resident_id()
    old = enrol(clerk, shop_id, 1, id_number=number).member
    lost = members.report_card_lost(clerk, old.card_no)
    assert lost.card_status == "lost"
    with pytest.raises(MemberRefused):
        member_points.credit_receipt(clerk, old.card_no, receipt(shop_id, "A1", 5000))
    with pytest.raises(MemberRefused):
        members.report_card_lost(clerk, old.card_no)
    shifts.open_shift(clerk, {10000: 1})
    with pytest.raises(MemberRefused) as err:
        members.reissue_card(clerk, old.card_no, "resident", resident_id())
    assert "does not match" in err.value.render()
    with pytest.raises(MemberRefused):
        members.reissue_card(clerk, old.card_no, "passport", "E12345678")
    done = members.reissue_card(clerk, old.card_no, "resident", number.lower())
    assert done.new_card_no != old.card_no and done.member.balance == 20
    assert done.fee_fen == 1000 and done.fee_receipt_no.startswith("RF2026-")
    moves = shifts.movements(clerk, shifts.current_shift(clerk).id)
    assert [(m["kind"], m["amount_fen"], m["ref"]) for m in moves] == [
        ("card_fee", 1000, done.fee_receipt_no)
    ]
    for refused in (
        lambda: member_points.credit_receipt(clerk, old.card_no, receipt(shop_id, "A2", 5000)),
        lambda: members.reissue_card(clerk, old.card_no, "resident", number),
    ):
        with pytest.raises(MemberRefused) as err:
            refused()
        assert done.new_card_no in err.value.render()
    assert (
        member_points.credit_receipt(clerk, done.new_card_no, receipt(shop_id, "A3", 5000)).balance
        == 25
    )
    assert [m.id for m in members.find_members(clerk, old.card_no)] == [old.id]
    cards = members.member_cards(clerk, old.id)
    assert [c["status"] for c in cards] == ["replaced", "active"]


def test_reissue_fee_needs_an_open_shift(setup):
    clerk, shop_id = setup["clerk"], setup["shop"].id
    number = resident_id()
    old = enrol(clerk, shop_id, 1, id_number=number).member
    members.report_card_lost(clerk, old.card_no)
    with pytest.raises(shifts.NoOpenShift):
        members.reissue_card(clerk, old.card_no, "resident", number)
    assert members.get_member(clerk, old.id).card_status == "lost"


def test_unknown_card(setup):
    with pytest.raises(NotFound):
        members.report_card_lost(setup["clerk"], "M2026-999999")


def test_card_triggers(setup):
    clerk, shop_id = setup["clerk"], setup["shop"].id
    old = enrol(clerk, shop_id, 1).member
    members.report_card_lost(clerk, old.card_no)
    conn = clerk.db.conn

    for sql in (
        "UPDATE member_cards SET status = 'active'",
        "UPDATE member_cards SET card_no = 'M2026-000099'",
        "DELETE FROM member_cards",
        "DELETE FROM members",
    ):
        with pytest.raises(IntegrityError):
            conn.execute(sql)
