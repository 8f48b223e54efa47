"""Shifts: the counted float, one open shift per desk, the blind close, the closed shift."""

from __future__ import annotations

from datetime import UTC

import pytest

from db.core.connection import DatabaseError, atomic
from services.core.errors import PermissionDenied, ValidationError
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import desks, shifts
from tests.conftest import PASSWORD

FLOAT = {10000: 2, 5000: 1, 1000: 3, 100: 4, 50: 2, 10: 5}  # ¥285.50


@pytest.fixture
def desk(role_ctx):
    admin = role_ctx["admin"]
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 3)
    return role_ctx


def test_float_is_counted_by_denomination(desk):
    assert shifts.count_total(FLOAT) == 28550
    with pytest.raises(ValidationError):
        shifts.count_total({300: 1})
    with pytest.raises(ValidationError):
        shifts.count_total({100: -1})
    shift = shifts.open_shift(desk["clerk"], FLOAT)
    assert shift.float_fen == 28550 and shift.is_open
    assert shifts.current_shift(desk["clerk"]).id == shift.id


def test_one_open_shift_per_desk(desk):
    shifts.open_shift(desk["clerk"], FLOAT)
    with pytest.raises(shifts.ShiftRefused):
        shifts.open_shift(desk["shift_lead"], FLOAT)
    with pytest.raises(ValidationError, match="no desk info-point"):
        shifts.open_shift(desk["shift_lead"], {}, desk="info-point")
    desks.add_desk(desk["admin"], "info-point", "问询处", "Information point")
    other = shifts.open_shift(desk["shift_lead"], {}, desk="ＩＮＦＯ-Point")  # full-width, capitals
    assert other.float_fen == 0 and other.desk == "info-point"


def test_post_movement_belongs_to_the_open_shift(desk):
    ctx = desk["clerk"]
    with pytest.raises(RuntimeError):
        shifts.post_movement(ctx, "service_income", "cash", 500, "R1")  # no transaction
    with pytest.raises(shifts.NoOpenShift):
        with atomic(ctx.db):
            shifts.post_movement(ctx, "service_income", "cash", 500, "R1")
    shift = shifts.open_shift(ctx, FLOAT)
    with atomic(ctx.db):
        shifts.post_movement(ctx, "service_income", "cash", 1500, "R2026-000001")
        shifts.post_movement(ctx, "service_income", "wechat", 800, "R2026-000002")
        shifts.post_movement(ctx, "service_void", "cash", -500, "R2026-000001")
    figures = shifts.cash_figures(ctx, shifts.current_shift(ctx))
    assert (figures.cash_in_fen, figures.cash_out_fen) == (1500, 500)
    assert figures.expected_fen == shift.float_fen + 1000


def test_blind_close_with_difference_needs_reason_and_signoff(desk):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    shift = shifts.open_shift(clerk, FLOAT)
    loan = lending.lend_item(clerk, "U-001", "13800138000", "cash")
    with pytest.raises(PermissionDenied):
        shifts.close_shift(clerk, FLOAT)  # a clerk does not close
    counted = {**FLOAT, 5000: 2}  # float + ¥50 deposit: exact
    check = shifts.record_count(lead, counted)
    assert (check.expected_fen, check.difference_fen, check.needs_reason) == (33550, 0, False)

    short = {**counted, 10: 0}  # ¥0.50 short
    before = lead.db.conn.execute("SELECT * FROM shifts").fetchall()
    with pytest.raises(shifts.ShiftRefused, match="reason"):
        shifts.close_shift(lead, short)
    assert lead.db.conn.execute("SELECT * FROM shifts").fetchall() == before
    very_short = {**counted, 5000: 0}  # ¥100 short: above the ¥10 threshold
    check = shifts.record_count(lead, very_short)
    assert check.needs_signoff and check.difference_fen == -10000
    with pytest.raises(shifts.ShiftRefused, match="sign-off"):
        shifts.close_shift(lead, very_short, "counting error?")
    with pytest.raises(PermissionDenied):  # a clerk cannot sign off
        shifts.close_shift(lead, very_short, "counting error?", "clerk1", PASSWORD)
    with pytest.raises(ValidationError):
        shifts.close_shift(lead, very_short, "counting error?", "supervisor1", "wrong")
    closed = shifts.close_shift(lead, very_short, "note missing", "supervisor1", PASSWORD)
    assert closed.report_no == "Z2026-000001" and closed.difference_fen == -10000
    assert closed.signed_off_by == "supervisor1"
    assert shifts.current_shift(lead) is None

    # a closed shift never changes, even past the service
    conn = lead.db.conn
    with pytest.raises(DatabaseError, match="closed shift|permission denied"):
        conn.execute("UPDATE shifts SET reason = 'x' WHERE id = ?", (shift.id,))
    with pytest.raises(DatabaseError, match="closed shift|permission denied"):
        conn.execute(
            "INSERT INTO cash_movements (shift_id, at, kind, method, amount_fen)"
            " VALUES (?, 'x', 'deposit_in', 'cash', 1)",
            (shift.id,),
        )
    with pytest.raises(DatabaseError):
        conn.execute("DELETE FROM shifts")
    with pytest.raises(shifts.NoOpenShift):
        lending.return_item(clerk, loan.id)

    report = shifts.shift_report(clerk, shift.id)
    assert report.deposits_held_fen == 5000 and len(report.items_out) == 1
    assert report.items_out[0]["phone_masked"] == "138****8000"
    assert report.by_method == {"cash": 5000}


def test_open_shift_figures_cannot_be_changed(desk):
    shift = shifts.open_shift(desk["clerk"], FLOAT)
    with pytest.raises(DatabaseError, match="opening|permission denied"):
        desk["clerk"].db.conn.execute("UPDATE shifts SET float_fen = 0 WHERE id = ?", (shift.id,))


def test_close_warns_of_items_that_must_come_back(desk):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    stroller = next(k for k in lending_items.list_kinds(clerk) if k.code == "stroller")
    lending_items.add_items(desk["admin"], stroller.id, 1)
    shifts.open_shift(clerk, FLOAT)
    lending.lend_item(clerk, "S-001", "13800138000", "cash")
    check = shifts.record_count(lead, FLOAT)
    assert [x["item_code"] for x in check.must_return_out] == ["S-001"]
    assert check.must_return_out[0]["phone_masked"] == "138****8000"


def test_foundation_database_migrates_to_lending(tmp_path):
    """A database of schema 1 (foundation only, with users) gains the lending tables."""
    from datetime import datetime

    from db.core import migrations
    from db.core.connection import connect
    from services.admin import site
    from services.admin.passwords import hash_password
    from services.core.clock import FixedClock
    from services.core.context import AppContext
    from services.core.database import open_database

    path = tmp_path / "old.db"
    migrations.migrate(path, migrations.MIGRATIONS[:1])
    old = connect(path)  # what the first version wrote at its first run
    bare = AppContext(old, None, FixedClock(datetime(2026, 3, 16, 2, tzinfo=UTC)))
    old.conn.execute("""INSERT INTO settings (key, value) VALUES ('site.name', '"Old Mall"')""")
    old.conn.execute(
        "INSERT INTO users (username, role, password_hash, created_at)"
        " VALUES ('admin', 'admin', ?, '2026-03-16T02:00:00+00:00')",
        (hash_password(PASSWORD),),
    )
    old.close()
    db = open_database(path)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert {"loans", "loan_settlements", "shifts", "cash_movements"} <= set(db.table_names())
    admin = AppContext(db, None, bare.clock)
    assert site.get_profile(AppContext(db)).name == "Old Mall"
    assert shifts.current_shift(admin) is None
    db.close()
    assert list(tmp_path.glob("old.db.v1-*.bak"))
