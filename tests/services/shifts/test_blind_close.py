"""The blind close, end to end: nobody is given the expected cash of an open shift before its
drawer count is kept; the first count is kept and a recount is a second kept count, both on
the shift report; a recount never hides what the first count found."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from db.core.connection import DatabaseError
from services.dashboard import figures as dashboard
from services.lending import documents as lending_documents
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from tests.conftest import PASSWORD

FLOAT = {10000: 1, 1000: 2, 100: 3, 10: 7}  # ¥123.70


@pytest.fixture
def open_desk(role_ctx):
    """An open shift with a cash deposit and a WeChat deposit: expected cash ¥173.70."""
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 2)
    shift = shifts.open_shift(clerk, FLOAT)
    lending.lend_item(clerk, "U-001", "13800138000", "cash")
    lending.lend_item(clerk, "U-002", "13900139000", "wechat")
    assert shifts.cash_figures(clerk, shift).expected_fen == 17370
    return role_ctx, shift


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


# --- defect 1: nothing hands out the expected cash of an open shift -------------------------
def test_the_dashboard_shows_the_float_and_movements_never_the_expected_cash(open_desk):
    ctxs, shift = open_desk
    for role in ("clerk", "shift_lead"):
        board = dashboard.dashboard(ctxs[role])
        assert board.shift.float_fen == 12370 and board.shift.movement_count == 2
        assert not hasattr(board.shift, "expected_cash_fen")
        assert 17370 not in vars(board.shift).values() and 5000 not in vars(board.shift).values()
        assert board.deposits_held_fen == 10000  # a liability, shown as such


def test_the_report_of_an_open_uncounted_shift_is_blind(open_desk):
    ctxs, shift = open_desk
    for role in ("clerk", "shift_lead"):
        report = shifts.shift_report(ctxs[role], shift.id)
        assert report.blind and report.cash is None
        assert [(x["method"], x["n"], x["amount_fen"]) for x in report.lines] == [
            ("cash", 1, None),
            ("wechat", 1, 5000),
        ]
        assert "cash" not in report.by_method
    text = pdf_text(lending_documents.shift_report_pdf(ctxs["clerk"], shift.id))
    assert "173.70" not in text and "123.70" in text
    assert "50.00" in text  # the WeChat deposit: reconciled with the platform, not the drawer


def test_an_empty_count_is_a_kept_count_not_a_free_look(open_desk):
    ctxs, shift = open_desk
    lead = ctxs["shift_lead"]
    with pytest.raises(shifts.ShiftRefused, match="Count the cash"):
        shifts.close_check(lead)
    check = shifts.record_count(lead, {})  # "count" zero to read the figure
    assert (check.expected_fen, check.difference_fen) == (17370, -17370)
    counted_to_match = {10000: 1, 5000: 1, 1000: 2, 100: 3, 10: 7}
    check = shifts.record_count(lead, counted_to_match)
    assert check.difference_fen == 0 and check.recounted
    assert [(c.seq, c.counted_fen, c.difference_fen) for c in check.counts] == [
        (1, 0, -17370),
        (2, 17370, 0),
    ]
    # the recount matches, but the first count is not forgotten: a reason and a second
    # person's sign-off, as the first count's difference asks
    assert check.needs_reason and check.needs_signoff
    with pytest.raises(shifts.ShiftRefused, match="earlier count"):
        shifts.close_shift(lead, counted_to_match)
    with pytest.raises(shifts.ShiftRefused, match="sign-off"):
        shifts.close_shift(lead, counted_to_match, "counted before the safe drop")
    closed = shifts.close_shift(
        lead, counted_to_match, "counted before the safe drop", "supervisor1", PASSWORD
    )
    assert (closed.counted_fen, closed.difference_fen) == (17370, 0)
    report = shifts.shift_report(lead, shift.id)
    assert [c.counted_fen for c in report.counts] == [0, 17370]
    text = pdf_text(lending_documents.shift_report_pdf(lead, shift.id))
    assert "Count 1" in text and "Count 2" in text and "-¥173.70" in text


def test_the_first_count_is_kept_even_when_the_close_is_refused(open_desk):
    ctxs, shift = open_desk
    lead = ctxs["shift_lead"]
    short = {10000: 1}  # ¥73.70 short
    with pytest.raises(shifts.ShiftRefused, match="73.70"):
        shifts.close_shift(lead, short)  # the message names the difference: the count is kept
    [kept] = shifts.shift_counts(lead, shift.id)
    assert (kept.seq, kept.counted_fen, kept.expected_fen) == (1, 10000, 17370)
    assert shifts.close_check(lead).counts == [kept]
    # the same count again is not a new count; a different one is a recount
    with pytest.raises(shifts.ShiftRefused):
        shifts.close_shift(lead, short)
    assert len(shifts.shift_counts(lead, shift.id)) == 1
    with pytest.raises(shifts.ShiftRefused):
        shifts.close_shift(lead, {10000: 1, 5000: 1})
    assert [c.counted_fen for c in shifts.shift_counts(lead, shift.id)] == [10000, 15000]
    audit = lead.db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'shift.count'")
    assert audit.fetchone()[0] == 2


def test_money_moved_after_the_count_needs_a_new_count(open_desk):
    ctxs, shift = open_desk
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    exact = {10000: 1, 5000: 1, 1000: 2, 100: 3, 10: 7}
    assert shifts.record_count(lead, exact).difference_fen == 0
    loan = lending.outstanding(clerk)[0]
    lending.return_item(clerk, loan["id"])  # a refund after the count
    closed = shifts.close_shift(lead, {**exact, 5000: 0} if loan["method"] == "cash" else exact)
    assert closed.difference_fen == 0
    assert len(shifts.shift_counts(lead, shift.id)) == 2  # the close kept its own count


def test_counts_are_append_only_and_end_with_the_shift(open_desk):
    ctxs, shift = open_desk
    lead = ctxs["shift_lead"]
    exact = {10000: 1, 5000: 1, 1000: 2, 100: 3, 10: 7}
    shifts.close_shift(lead, exact)
    conn = lead.db.conn
    for sql in ("UPDATE shift_counts SET counted_fen = 0", "DELETE FROM shift_counts"):
        with pytest.raises(DatabaseError, match="append-only|retention purge|permission denied"):
            conn.execute(sql)
    with pytest.raises(DatabaseError, match="closed shift|permission denied"):
        conn.execute(
            "INSERT INTO shift_counts (shift_id, seq, counted_at, counted_by, counted_fen,"
            " counted_counts, expected_fen) VALUES (?, 9, 'x', 1, 0, '{}', 0)",
            (shift.id,),
        )
