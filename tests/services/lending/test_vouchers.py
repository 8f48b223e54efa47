"""Refund and compensation vouchers: one per refund and per charge, numbered without gaps in
the return's own transaction, showing the figure the cash ledger moved, audited, found again
by number (to reprint) and by a scan."""

from __future__ import annotations

import json

import pytest

from services.core.errors import DomainError, NotFound, ValidationError
from services.lending import items as lending_items
from services.lending import loans as lending
from services.lending import vouchers
from services.shifts import shifts
from services.visitors import scan as scans
from services.visitors.search import search_visitor

PHONE = "13800138000"


@pytest.fixture
def desk(role_ctx):
    admin = role_ctx["admin"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 4)
    lending_items.add_items(admin, kinds["stroller"].id, 2)
    shifts.open_shift(role_ctx["clerk"], {10000: 2})
    return role_ctx


def counters(ctx) -> int:
    row = ctx.db.conn.execute(
        "SELECT coalesce(max(last_number), 0) FROM document_counters WHERE series = ?",
        (vouchers.SERIES,),
    ).fetchone()
    return row[0]


def movements(ctx, slip: str) -> dict[str, int]:
    rows = ctx.db.conn.execute(
        "SELECT kind, method, sum(amount_fen) FROM cash_movements WHERE ref = ?"
        " GROUP BY kind, method",
        (slip,),
    )
    return {f"{kind}/{method}": fen for kind, method, fen in rows}


def audited(ctx) -> list[dict]:
    return [
        json.loads(r[0])
        for r in ctx.db.conn.execute(
            "SELECT after FROM audit_log WHERE action = 'loan.voucher' ORDER BY id"
        )
    ]


def test_a_good_return_issues_a_refund_voucher_with_the_ledgers_figure(desk):
    clerk = desk["clerk"]
    loan = lending.lend_item(clerk, "U-001", PHONE, "wechat")
    settled = lending.return_item(clerk, loan.id)
    [voucher] = settled.vouchers
    assert voucher.voucher_no == "V2026-000001" and voucher.kind == "refund"
    assert (voucher.amount_fen, voucher.deposit_part_fen, voucher.method) == (5000, 5000, "wechat")
    assert voucher.slip_no == loan.slip_no and voucher.issued_by == clerk.user.username
    # the voucher shows what left the drawer (or the payment account)
    assert movements(clerk, loan.slip_no)["deposit_refund/wechat"] == -voucher.amount_fen
    [row] = audited(clerk)
    assert row["voucher_no"] == "V2026-000001" and row["amount_fen"] == 5000
    assert vouchers.vouchers_of(clerk, loan.id) == [voucher]
    assert vouchers.get_voucher(clerk, " v2026-000001 ") == voucher


def test_a_damaged_return_issues_a_refund_and_a_compensation_voucher(desk):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    loan = lending.lend_item(clerk, "U-002", PHONE, "cash")
    settled = lending.return_item(lead, loan.id, "damaged", 2000, "torn canopy")
    refund, charge = settled.vouchers
    assert (refund.kind, refund.amount_fen, refund.method) == ("refund", 3000, "cash")
    assert (charge.kind, charge.amount_fen, charge.deposit_part_fen) == ("charge", 2000, 2000)
    assert (refund.voucher_no, charge.voucher_no) == ("V2026-000001", "V2026-000002")
    assert charge.paid_now_fen == 0  # kept from the deposit: nothing crosses the counter
    moved = movements(clerk, loan.slip_no)
    assert moved["deposit_refund/cash"] == -refund.amount_fen
    assert moved["compensation/cash"] == charge.amount_fen
    assert [a["kind"] for a in audited(clerk)] == ["refund", "charge"]


def test_a_lost_item_above_its_deposit_charges_the_rest_by_the_method_chosen(desk):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    stroller = lending.lend_item(clerk, "S-001", PHONE, "cash")  # lent free
    assert stroller.deposit_fen == 0
    settled = lending.return_item(
        lead, stroller.id, "lost", 30000, "never came back", extra_method="alipay"
    )
    [charge] = settled.vouchers
    assert (charge.kind, charge.amount_fen, charge.deposit_part_fen) == ("charge", 30000, 0)
    assert charge.method == "alipay" and charge.paid_now_fen == 30000
    assert movements(clerk, stroller.slip_no) == {"compensation/alipay": 30000}


def test_a_free_loan_back_in_good_condition_has_no_voucher(desk):
    clerk = desk["clerk"]
    stroller = lending.lend_item(clerk, "S-002", PHONE, "cash")
    assert lending.return_item(clerk, stroller.id).vouchers == ()
    assert counters(clerk) == 0 and audited(clerk) == []


def test_a_refused_return_takes_no_number_and_the_series_stays_gapless(desk, monkeypatch):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    loan = lending.lend_item(clerk, "U-001", PHONE, "cash")
    with pytest.raises(ValidationError):  # above the replacement price
        lending.return_item(lead, loan.id, "damaged", 999999, "torn")
    assert counters(clerk) == 0

    # refused after the numbers were taken: the whole return rolls back, numbers too
    real = lending.audit.record

    def refuse_the_return(ctx, action, *args, **kwargs):
        if action == "loan.return":
            raise DomainError("the desk refused at the last step")
        return real(ctx, action, *args, **kwargs)

    monkeypatch.setattr(lending.audit, "record", refuse_the_return)
    with pytest.raises(DomainError):
        lending.return_item(lead, loan.id, "damaged", 1000, "torn")
    monkeypatch.undo()
    assert counters(clerk) == 0 and audited(clerk) == []
    assert clerk.db.conn.execute("SELECT count(*) FROM loan_vouchers").fetchone()[0] == 0

    refund, charge = lending.return_item(lead, loan.id, "damaged", 1000, "torn").vouchers
    assert (refund.voucher_no, charge.voucher_no) == ("V2026-000001", "V2026-000002")
    with pytest.raises(lending.LendingRefused):  # settled once: no second voucher
        lending.return_item(clerk, loan.id)
    other = lending.lend_item(clerk, "U-003", PHONE, "cash")
    [next_one] = lending.return_item(clerk, other.id).vouchers
    assert next_one.voucher_no == "V2026-000003"


def test_vouchers_are_append_only(desk):
    clerk = desk["clerk"]
    loan = lending.lend_item(clerk, "U-001", PHONE, "cash")
    lending.return_item(clerk, loan.id)
    conn = clerk.db.conn
    for sql in ("UPDATE loan_vouchers SET amount_fen = 1", "DELETE FROM loan_vouchers"):
        with pytest.raises(Exception, match="append-only|retention purge|permission denied"):
            conn.execute(sql)
    settlement = conn.execute("SELECT id FROM loan_settlements").fetchone()[0]
    with pytest.raises(
        Exception, match="figure|permission denied"
    ):  # a voucher never shows another figure
        conn.execute(
            "INSERT INTO loan_vouchers (voucher_no, loan_id, settlement_id, kind, amount_fen,"
            " deposit_part_fen, method, issued_at, issued_by)"
            " VALUES ('V2026-000099', ?, ?, 'charge', 100, 0, 'cash', 'x', ?)",
            (loan.id, settlement, clerk.user.id),
        )


def test_a_voucher_or_a_settled_slip_finds_the_loan_to_reprint(desk):
    clerk, lead = desk["clerk"], desk["shift_lead"]
    loan = lending.lend_item(clerk, "U-001", PHONE, "cash")
    assert vouchers.find_settled(clerk, loan.slip_no) is None  # still out
    assert vouchers.find_settled(clerk, "U-001") is None  # an item: a lend or a return
    refund, charge = lending.return_item(lead, loan.id, "damaged", 500, "bent rib").vouchers
    by_voucher = vouchers.find_settled(clerk, "v2026-000002")
    assert by_voucher.loan.id == loan.id and by_voucher.voucher_no == charge.voucher_no
    assert by_voucher.vouchers == (refund, charge)
    by_slip = vouchers.find_settled(clerk, loan.slip_no)
    assert by_slip.voucher_no == "" and by_slip.vouchers == (refund, charge)
    with pytest.raises(NotFound):
        vouchers.find_settled(clerk, "V2026-000077")
    with pytest.raises(NotFound):
        vouchers.get_voucher(clerk, "V2026-000077")


def test_a_scanned_voucher_routes_to_its_loan(desk):
    clerk = desk["clerk"]
    loan = lending.lend_item(clerk, "U-001", PHONE, "cash")
    [voucher] = lending.return_item(clerk, loan.id).vouchers
    assert scans.looks_like_code(voucher.voucher_no)
    target = scans.resolve_scan(clerk, voucher.voucher_no.lower())
    assert (target.series, target.number) == ("lending_voucher", voucher.voucher_no)
    assert target.record_id == loan.id and target.action == "reprint"
    found = search_visitor(clerk, voucher.voucher_no)
    assert found.document.kind == "loan" and found.document.id == loan.id
    assert found.document.number == loan.slip_no and found.phone_masked == "138****8000"
