"""Schema 14's guards: ledger rows go only under the purge's grant and only before its
cut-off; a stored phone changes only to its own mask, under the grant."""

from __future__ import annotations

import pytest

from db.core.connection import IntegrityError
from services.complaints import cases as complaints
from services.lending import items as lending_items
from services.lending import loans
from services.shifts import shifts


@pytest.fixture
def loan(role_ctx):
    clerk = role_ctx["clerk"]
    kind = lending_items.list_kinds(role_ctx["admin"])[0]
    code = lending_items.add_items(role_ctx["admin"], kind.id, 1)[0]
    shifts.open_shift(clerk, {10000: 2})
    return loans.lend_item(clerk, code, "13800138000", "cash")


def test_ledger_rows_go_only_under_a_grant_and_before_its_cut_off(role_ctx, loan):
    conn = role_ctx["admin"].db.conn
    with pytest.raises(IntegrityError, match="retention purge|permission denied"):
        conn.execute("DELETE FROM loans")
    conn.execute(
        "INSERT INTO retention_grants (tbl, before_at)"
        " VALUES ('loans', '2000-01-01T00:00:00+00:00'), ('shifts', '2100-01-01T00:00:00+00:00')"
    )
    with pytest.raises(IntegrityError, match="retention purge|permission denied"):
        conn.execute("DELETE FROM loans")  # the loan is after the grant's cut-off
    with pytest.raises(IntegrityError, match="retention purge|permission denied"):
        conn.execute("DELETE FROM cash_movements")  # no grant names cash movements
    conn.execute("DELETE FROM retention_grants")
    assert conn.execute("SELECT count(*) FROM loans").fetchone()[0] == 1


def test_a_phone_is_only_ever_replaced_by_its_mask(role_ctx, loan):
    conn = role_ctx["admin"].db.conn
    complaints.record_case(role_ctx["clerk"], "13800138000", "Too cold", "facilities")
    with pytest.raises(IntegrityError):
        conn.execute("UPDATE loans SET borrower_phone = '138****8000'")  # no grant
    conn.execute(
        "INSERT INTO retention_grants (tbl, before_at) VALUES ('loans.borrower_phone', 'x'),"
        " ('complaint_cases.phone', 'x')"
    )
    with pytest.raises(IntegrityError):
        conn.execute("UPDATE loans SET borrower_phone = '13900000000'")
    with pytest.raises(IntegrityError):
        conn.execute("UPDATE loans SET borrower_phone = '138****8000', deposit_fen = 1")
    with pytest.raises(IntegrityError):
        conn.execute("UPDATE complaint_cases SET phone = '139****8000'")
    conn.execute("UPDATE loans SET borrower_phone = '138****8000'")
    conn.execute("UPDATE complaint_cases SET phone = '138****8000'")
    conn.execute("DELETE FROM retention_grants")
    assert conn.execute("SELECT borrower_phone FROM loans").fetchone()[0] == "138****8000"
