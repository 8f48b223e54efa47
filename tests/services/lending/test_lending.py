"""Lending with deposits: lend, return, damage and loss, refusals that change nothing."""

from __future__ import annotations

import pytest

from db.core.connection import DatabaseError, atomic
from services.core.errors import DomainError, NotFound, PermissionDenied, ValidationError
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from tests.conftest import PASSWORD

PHONE = "138 0013 8000"


@pytest.fixture
def desk(role_ctx):
    admin = role_ctx["admin"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 3)
    lending_items.add_items(admin, kinds["stroller"].id, 2)
    return role_ctx


def open_shift(ctx, hundreds=2):
    return shifts.open_shift(ctx, {10000: hundreds, 1000: 5})


def snapshot(db):
    """Everything a refused operation must leave as it was."""
    tables = (
        "loans",
        "loan_settlements",
        "cash_movements",
        "shifts",
        "lending_items",
        "audit_log",
        "document_counters",
    )
    return {
        t: [tuple(r) for r in db.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables
    }


def test_mall_kinds_are_seeded_once_and_nothing_is_umbrella_only(desk):
    kinds = {k.code: k for k in lending_items.list_kinds(desk["clerk"])}
    assert kinds["umbrella"].deposit_fen == 5000
    assert kinds["stroller"].deposit_fen == 0 and kinds["stroller"].return_before_closing
    lending_items.list_kinds(desk["clerk"])
    assert len(lending_items.list_kinds(desk["clerk"])) == len(kinds)


def test_clinic_seeds_wheelchairs(bare_ctx):
    from services.admin import site

    admin = site.initialise(
        bare_ctx, site.SiteProfile(kind="clinic", name="Clinic"), "admin", PASSWORD
    )
    ctx = bare_ctx.signed_in_as(admin)
    codes = [k.code for k in lending_items.list_kinds(ctx)]
    assert codes[:2] == ["wheelchair", "walking_frame"]


def test_lend_and_return_by_slip_refunds_the_deposit(desk):
    clerk = desk["clerk"]
    shift = open_shift(clerk)
    found = lending.scan(clerk, "u-001")
    assert found.action == "lend" and found.item["code"] == "U-001"
    loan = lending.lend_item(clerk, "U-001", PHONE, "cash", "Ms Li")
    assert loan.slip_no == "D2026-000001" and loan.deposit_fen == 5000
    assert loan.phone_masked == "138****8000"
    row = clerk.db.conn.execute("SELECT borrower_phone FROM loans").fetchone()
    assert row[0] == "13800138000"
    back = lending.scan(clerk, loan.slip_no)
    assert back.action == "return" and back.loan.id == loan.id
    settled = lending.return_item(clerk, loan.id)
    assert (settled.refund_fen, settled.forfeit_fen) == (5000, 0)
    moves = shifts.movements(clerk, shift.id)
    assert [(m["kind"], m["method"], m["amount_fen"]) for m in moves] == [
        ("deposit_in", "cash", 5000),
        ("deposit_refund", "cash", -5000),
    ]
    assert lending.scan(clerk, "U-001").action == "lend"


def test_scanning_the_item_finds_its_loan(desk):
    clerk = desk["clerk"]
    open_shift(clerk)
    loan = lending.lend_item(clerk, "U-002", PHONE, "wechat")
    found = lending.scan(clerk, "U-002")
    assert found.action == "return" and found.loan.slip_no == loan.slip_no
    lending.return_item(clerk, loan.id)
    refund = clerk.db.conn.execute(
        "SELECT method, amount_fen FROM cash_movements WHERE kind = 'deposit_refund'"
    ).fetchone()
    assert tuple(refund) == ("wechat", -5000)  # refunded the way it was paid


def test_lost_slip_found_by_phone_and_item(desk):
    clerk = desk["clerk"]
    open_shift(clerk)
    lending.lend_item(clerk, "U-001", PHONE, "cash")
    loan = lending.lend_item(clerk, "U-002", PHONE, "cash")
    assert len(lending.find_loan(clerk, "+86 13800138000")) == 2
    assert [x.id for x in lending.find_loan(clerk, PHONE, "u-002")] == [loan.id]
    assert lending.find_loan(clerk, "13900000000") == []


def test_refusals_change_nothing(desk):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    # no open shift: a deposit cannot be taken, and the message says how to open one
    before = snapshot(clerk.db)
    with pytest.raises(shifts.NoOpenShift) as err:
        lending.lend_item(clerk, "U-001", PHONE, "cash")
    assert "Open a shift" in err.value.render()
    assert snapshot(clerk.db) == before

    open_shift(clerk)
    loan = lending.lend_item(clerk, "U-001", PHONE, "cash")
    lending_items.retire_item(desk["admin"], "U-003", "handle broken")
    for code in ("U-001", "U-003"):  # out, retired
        before = snapshot(clerk.db)
        with pytest.raises(lending.LendingRefused):
            lending.lend_item(clerk, code, PHONE, "cash")
        assert snapshot(clerk.db) == before

    # a clerk may not forfeit; without a lead's sign-off nothing happens
    before = snapshot(clerk.db)
    with pytest.raises(PermissionDenied):
        lending.return_item(clerk, loan.id, "damaged", 2000, "rib broken")
    with pytest.raises(ValidationError):
        lending.return_item(clerk, loan.id, "damaged", 2000, "rib broken", "shift_lead1", "bad")
    # the wrong sign-off password alone is kept (toward the signer's lock, audited)
    after = snapshot(clerk.db)
    assert [r[4] for r in after.pop("audit_log")[len(before["audit_log"]) :]] == [
        "user.sign_off_failed"
    ]
    before.pop("audit_log")
    assert after == before

    lending.return_item(clerk, loan.id)
    before = snapshot(clerk.db)
    with pytest.raises(lending.LendingRefused, match="settled only once"):
        lending.return_item(lead, loan.id)
    with pytest.raises(lending.LendingRefused):
        lending.scan(clerk, loan.slip_no)
    assert snapshot(clerk.db) == before


def test_damaged_with_lead_sign_off_and_by_lead(desk):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    shift = open_shift(clerk)
    a = lending.lend_item(clerk, "U-001", PHONE, "cash")
    b = lending.lend_item(clerk, "U-002", PHONE, "alipay")
    s1 = lending.return_item(clerk, a.id, "damaged", 2000, "rib broken", "shift_lead1", PASSWORD)
    assert (s1.refund_fen, s1.forfeit_fen, s1.extra_charge_fen) == (3000, 2000, 0)
    with pytest.raises(ValidationError):
        lending.return_item(lead, b.id, "damaged", 2000, "")  # a reason is needed
    with pytest.raises(ValidationError):
        lending.return_item(lead, b.id, "damaged", 999999, "torn")  # above the cap
    s2 = lending.return_item(lead, b.id, "lost", 5000, "not brought back")
    assert (s2.refund_fen, s2.forfeit_fen) == (0, 5000)
    assert lending.scan(clerk, "U-003").action == "lend"
    with pytest.raises(lending.LendingRefused, match="retired"):
        lending.scan(clerk, "U-002")
    figures = shifts.cash_figures(clerk, shifts.current_shift(clerk))
    assert figures.expected_fen == shift.float_fen + 5000 - 3000  # alipay never in the drawer


def test_zero_deposit_item_needs_no_shift_and_lost_charges_replacement(desk):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    loan = lending.lend_item(clerk, "S-001", PHONE, "cash")
    assert loan.deposit_fen == 0 and loan.return_before_closing
    # due at closing time (22:00 Shanghai = 14:00 UTC) at the latest
    assert loan.due_at <= "2026-03-16T14:00:00+00:00"
    with pytest.raises(shifts.NoOpenShift):
        lending.return_item(lead, loan.id, "lost", 60000, "left the mall with it")
    open_shift(lead)
    settled = lending.return_item(
        lead, loan.id, "lost", 60000, "left the mall with it", extra_method="wechat"
    )
    assert (settled.refund_fen, settled.forfeit_fen, settled.extra_charge_fen) == (0, 0, 60000)


def test_invalid_input(desk):
    clerk = desk["clerk"]
    open_shift(clerk)
    with pytest.raises(ValidationError):
        lending.lend_item(clerk, "U-001", "12345", "cash")
    with pytest.raises(ValidationError):
        lending.lend_item(clerk, "U-001", PHONE, "bitcoin")
    with pytest.raises(NotFound):
        lending.scan(clerk, "X-999")
    with pytest.raises(NotFound):
        lending.scan(clerk, "D2026-000999")


def test_outstanding_200_loans_overdue_first_and_totals_match(desk, clock):
    admin, clerk = desk["admin"], desk["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 150)
    lending_items.add_items(admin, kinds["stroller"].id, 60)
    open_shift(clerk)
    codes = [i["code"] for i in lending_items.list_items(clerk) if i["state"] == "in"]
    for n, code in enumerate(codes[:200]):
        lending.lend_item(clerk, code, f"1390000{n:04d}", ("cash", "wechat")[n % 2])
        clock.advance(minutes=7)
    clock.advance(days=7)  # the first umbrellas are now overdue, strollers long overdue
    rows = []
    while page := lending.outstanding(clerk, offset=len(rows), limit=64):
        rows.extend(page)
    assert len(rows) == 200
    statuses = [r["status"] for r in rows]
    assert statuses == sorted(statuses, key=["overdue", "due_today", "later"].index)
    assert "overdue" in statuses and "later" not in statuses[: statuses.count("overdue")]
    assert all("****" in r["phone_masked"] for r in rows)
    totals = lending.held_totals(clerk)
    assert totals.count == 200
    assert totals.deposit_fen == sum(r["deposit_fen"] for r in rows)
    expected = clerk.db.conn.execute(
        "SELECT sum(deposit_fen) FROM loans WHERE id NOT IN (SELECT loan_id FROM loan_settlements)"
    ).fetchone()[0]
    assert totals.deposit_fen == expected


def test_ledgers_are_append_only_in_the_database(desk):
    clerk = desk["clerk"]
    open_shift(clerk)
    loan = lending.lend_item(clerk, "U-001", PHONE, "cash")
    lending.return_item(clerk, loan.id)
    conn = clerk.db.conn
    for sql in (
        "UPDATE loans SET deposit_fen = 0",
        "DELETE FROM loans",
        "UPDATE loan_settlements SET refund_fen = 0",
        "DELETE FROM loan_settlements",
        "UPDATE cash_movements SET amount_fen = 0",
        "DELETE FROM cash_movements",
        "DELETE FROM lending_items",
        "DELETE FROM lending_kinds",
    ):
        with pytest.raises(DatabaseError):
            conn.execute(sql)
    # a second settlement of the same loan, or one that does not balance, is refused
    with pytest.raises(DatabaseError):
        conn.execute(
            "INSERT INTO loan_settlements (loan_id, at, user_id, condition, refund_fen,"
            " forfeit_fen) VALUES (?, 'x', 1, 'good', 5000, 0)",
            (loan.id,),
        )
    loan2 = lending.lend_item(clerk, "U-002", PHONE, "cash")
    with pytest.raises(DatabaseError, match="add up|permission denied"):
        conn.execute(
            "INSERT INTO loan_settlements (loan_id, at, user_id, condition, refund_fen,"
            " forfeit_fen) VALUES (?, 'x', 1, 'good', 6000, 0)",
            (loan2.id,),
        )
    # an item out or retired cannot be lent again even bypassing the service
    with pytest.raises(DatabaseError, match="out or retired|permission denied"):
        with atomic(clerk.db):
            conn.execute(
                "INSERT INTO loans (slip_no, item_id, borrower_phone, deposit_fen,"
                " method, lent_at, due_at, lent_by) SELECT 'D-x', item_id, '1', 0,"
                " 'cash', 'x', 'x', 1 FROM loans WHERE id = ?",
                (loan2.id,),
            )
    lending_items.retire_item(desk["admin"], "U-003", "worn out")
    with pytest.raises(DatabaseError, match="stays retired|permission denied"):
        conn.execute("UPDATE lending_items SET retired_at = NULL WHERE code = 'U-003'")


def test_items_and_kinds_admin(desk):
    admin, clerk = desk["admin"], desk["clerk"]
    with pytest.raises(PermissionDenied):
        lending_items.add_kind(clerk, "powerbank", "P", "充电宝", "Power bank", 10000, 240)
    kind = lending_items.add_kind(admin, "powerbank", "P", "充电宝", "Power bank", 10000, 240)
    assert lending_items.add_items(admin, kind.id, 2) == ["P-001", "P-002"]
    with pytest.raises(ValidationError):
        lending_items.add_kind(admin, "powerbank", "Q", "x", "y", 0, 10)
    changed = lending_items.update_kind(admin, kind.id, deposit_fen=20000)
    assert changed.deposit_fen == 20000 and changed.code == "powerbank"
    with pytest.raises(ValidationError):
        lending_items.update_kind(admin, kind.id, loan_minutes=0)
    with pytest.raises(ValidationError):
        lending_items.retire_item(admin, "P-001", "")
    lending_items.retire_item(admin, "P-001", "broken")
    with pytest.raises(DomainError):
        lending_items.retire_item(admin, "P-001", "again")
    states = {i["code"]: i["state"] for i in lending_items.list_items(clerk, kind.id)}
    assert states == {"P-001": "retired", "P-002": "in"}
    lending_items.update_kind(admin, kind.id, active=False)
    with pytest.raises(lending.LendingRefused, match="not lent"):
        lending.scan(clerk, "P-002")


def test_demo_day_runs_through_the_services(role_ctx, clock):
    import random
    from datetime import date

    from demo import lending as lending_demo
    from services.core import audit

    codes = lending_demo.ensure_demo_items(role_ctx["admin"])
    assert len(codes) == 20 and lending_demo.ensure_demo_items(role_ctx["admin"]) == []
    rng = random.Random(3)
    days = [
        lending_demo.simulate_day(role_ctx, clock, rng, date(2026, 3, 16 + n)) for n in range(3)
    ]
    assert all(d["report_no"] and d["lent"] > 5 for d in days)
    assert sum(d["damaged"] + d["forfeited"] for d in days) > 0
    assert shifts.current_shift(role_ctx["clerk"]) is None
    held = lending.held_totals(role_ctx["clerk"])
    out = lending.outstanding(role_ctx["clerk"], limit=1000)
    assert held.deposit_fen == sum(r["deposit_fen"] for r in out)
    assert not any(r["return_before_closing"] for r in out)  # strollers all back
    assert audit.verify_chain(role_ctx["clerk"]).sound
