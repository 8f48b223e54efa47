"""Month locks: the export locks its month; changes dated in a locked month are refused with
a message naming the lock (centrally in the audit trail and for records of earlier months);
only an admin unlocks, with a reason, audited. Lock events are append-only."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from db.core.connection import IntegrityError
from services.admin import users
from services.core.context import AppContext
from services.core.errors import PermissionDenied, ValidationError
from services.directory import shops
from services.finance import month_lock
from services.finance.month_lock import MonthLocked
from services.invoices import invoices
from services.reports import month_export
from services.sales import sales
from services.shifts import shifts
from tests.services.reports.test_daily_ledger import busy_day

SH = ZoneInfo("Asia/Shanghai")


def at(clock, y, m, d, hh=10):
    clock.at = datetime(y, m, d, hh, tzinfo=SH).astimezone(ZoneInfo("UTC"))


def audit_rows(ctx, action):
    return ctx.db.conn.execute("SELECT * FROM audit_log WHERE action = ?", (action,)).fetchall()


@pytest.fixture
def march_done(role_ctx, clock, tmp_path):
    """A March day of work; on 1 April the supervisor exports March, which locks it."""
    busy_day(role_ctx, clock)
    at(clock, 2026, 4, 1, 9)
    month_export.export_month(role_ctx["supervisor"], "2026-03", tmp_path / "march.xlsx")
    return role_ctx


def test_the_export_locks_its_month(march_done):
    state = month_lock.lock_state(march_done["admin"], "2026-03")
    assert state.locked and state.by == "supervisor1" and state.by_name == "Supervisor"
    assert [r["entity_id"] for r in audit_rows(march_done["admin"], "month.lock")] == ["2026-03"]
    assert len(audit_rows(march_done["admin"], "month.export")) == 1


def test_voiding_a_receipt_of_a_locked_month_names_the_lock(march_done):
    lead = march_done["shift_lead"]
    receipt_no = lead.db.conn.execute(
        "SELECT receipt_no FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_voids v"
        " WHERE v.sale_id = s.id) LIMIT 1"
    ).fetchone()[0]
    before = lead.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(MonthLocked) as refused:
        sales.void_sale(lead, receipt_no, "customer changed their mind")
    text = refused.value.render()
    # the person as people know them (their display name), not their login
    assert "2026-03" in text and "Supervisor" in text and "2026-04-01 09:00" in text
    assert "supervisor1" not in text
    assert lead.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_voiding_an_invoice_of_a_locked_month_is_refused(march_done):
    lead = march_done["shift_lead"]
    no = lead.db.conn.execute("SELECT invoice_no FROM invoices LIMIT 1").fetchone()[0]
    with pytest.raises(MonthLocked):
        invoices.void_invoice(lead, no, "wrong buyer")


def test_closing_a_shift_opened_in_a_locked_month_is_refused(march_done):
    lead = march_done["shift_lead"]
    expected = shifts.cash_figures(lead, shifts.current_shift(lead)).expected_fen
    with pytest.raises(MonthLocked):
        shifts.close_shift(lead, {10: expected // 10})


def test_any_change_now_in_a_locked_month_is_refused_centrally(march_done, clock):
    at(clock, 2026, 3, 31, 20)  # a clock set back into March
    with pytest.raises(MonthLocked):
        shops.add_shop(march_done["admin"], "奈雪", "Nayuki", unit="L1-099")
    # signing in is access, not a change to the month's books
    assert users.sign_in(march_done["admin"], "clerk1", "counter-pass-1")


def test_only_an_admin_unlocks_with_a_reason_and_it_is_audited(march_done):
    with pytest.raises(PermissionDenied):
        month_lock.unlock_month(march_done["supervisor"], "2026-03", "fix")
    with pytest.raises(ValidationError):
        month_lock.unlock_month(march_done["admin"], "2026-03", "  ")
    state = month_lock.unlock_month(march_done["admin"], "2026-03", "receipt R-1 entered twice")
    assert not state.locked and state.reason == "receipt R-1 entered twice"
    row = audit_rows(march_done["admin"], "month.unlock")[0]
    assert "receipt R-1 entered twice" in row["after"]
    lead = march_done["shift_lead"]
    no = lead.db.conn.execute(
        "SELECT receipt_no FROM sales s WHERE NOT EXISTS"
        " (SELECT 1 FROM sale_voids v WHERE v.sale_id = s.id)"
    ).fetchone()[0]
    sales.void_sale(lead, no, "entered twice")
    with pytest.raises(ValidationError):
        month_lock.unlock_month(march_done["admin"], "2026-03", "again")


def test_lock_events_are_append_only(march_done):
    conn = march_done["admin"].db.conn
    with pytest.raises(IntegrityError):
        conn.execute("UPDATE month_locks SET action = 'unlock'")
    with pytest.raises(IntegrityError):
        conn.execute("DELETE FROM month_locks")


def test_the_current_month_cannot_be_exported_yet(role_ctx, tmp_path):
    with pytest.raises(ValidationError):
        month_export.export_month(role_ctx["supervisor"], "2026-03", tmp_path / "x.xlsx")
    with pytest.raises(ValidationError):
        month_lock.parse_month("2026-13")


def test_months_follow_the_site_time_zone(role_ctx):
    db = role_ctx["admin"].db
    # 31 March 17:00 UTC is already 1 April in Shanghai
    assert month_lock.month_of(AppContext(db), "2026-03-31T17:00:00+00:00") == "2026-04"
    assert month_lock.month_of(AppContext(db), date(2026, 3, 31)) == "2026-03"
    assert month_lock.month_bounds(AppContext(db), "2026-12") == (
        "2026-11-30T16:00:00+00:00",
        "2026-12-31T16:00:00+00:00",
    )


def test_locked_months_are_listed(march_done):
    assert [(s.month, s.locked) for s in month_lock.month_locks(march_done["shift_lead"])] == [
        ("2026-03", True)
    ]
