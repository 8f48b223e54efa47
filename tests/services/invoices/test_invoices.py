"""Invoices: buyer checks, one invoice per purchase receipt, month-of-issue voids, red-letter
credits that never exceed the original, the register."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from services.core.errors import PermissionDenied, ValidationError
from services.directory import shops
from services.invoices import invoices
from services.invoices.invoices import InvoiceRefused, LineInput, SourceReceipt


def valid_uscc() -> str:
    from services.core.identifiers import uscc_check_char

    first = "91310115MA1K4LXX3"
    return first + uscc_check_char(first)


LINES = [LineInput("Coat", 1, 113000, 13), LineInput("Gift wrap", 2, 1000, 6)]


@pytest.fixture
def shop(role_ctx):
    return shops.add_shop(role_ctx["admin"], "优衣库", "UNIQLO", unit="L2-010", tax_id=valid_uscc())


_receipts = itertools.count(1)
PLENTY = 10**10  # a purchase receipt's amount that covers any invoice of these tests


def issue(ctx, **kw):
    """An invoice for a purchase receipt of its own (a number with its amount, as entered
    from a tenant's receipt) unless the test names the receipts."""
    args = {"buyer_kind": "person", "buyer_name": "王女士", "lines": LINES}
    args.update(kw)
    sources = args.get("sources") or [f"P-{next(_receipts)}"]
    args["sources"] = [
        s if isinstance(s, SourceReceipt) or s.startswith("R2026") else SourceReceipt(s, PLENTY)
        for s in sources
    ]
    return invoices.issue_invoice(ctx, **args)


def test_line_tax_is_half_up_per_line():
    assert invoices.line_tax(113000, 13) == 13000
    assert invoices.line_tax(106, 6) == 6
    assert invoices.line_tax(53, 6) == 3  # 3.0
    assert invoices.line_tax(9, 6) == 1  # 0.509 -> 1
    assert invoices.line_tax(8, 6) == 0  # 0.45 -> 0
    assert invoices.line_tax(-9, 6) == -1
    assert invoices.line_tax(1000, 0) == 0


def test_issue_for_a_company_of_a_shop(role_ctx, shop):
    clerk = role_ctx["clerk"]
    inv = issue(
        clerk,
        buyer_kind="company",
        buyer_name="上海某某贸易有限公司",
        buyer_tax_id=valid_uscc().lower(),
        shop_id=shop.id,
        sources=["A-001", "A-002"],
        e_invoice_no="12345678901234567890",
    )
    assert inv.invoice_no == "FP2026-000001"
    assert (inv.total_fen, inv.tax_fen, inv.net_fen) == (115000, 13000 + 113, 115000 - 13113)
    assert inv.seller_name == "优衣库" and inv.buyer_tax_id == valid_uscc()
    assert inv.sources == ("A-001", "A-002")
    assert sum(x.gross_fen for x in inv.lines) == inv.total_fen


def test_mall_is_the_seller_by_default(role_ctx):
    inv = issue(role_ctx["clerk"])
    assert inv.seller_kind == "mall" and inv.seller_name == "Harbour City Mall"
    assert inv.buyer_tax_id == ""


def test_bad_credit_code_is_refused(role_ctx):
    bad = valid_uscc()[:-1] + ("0" if valid_uscc()[-1] != "0" else "1")
    for code in (bad, "", "123"):
        with pytest.raises(ValidationError, match="unified social credit code"):
            issue(role_ctx["clerk"], buyer_kind="company", buyer_name="某公司", buyer_tax_id=code)
    assert role_ctx["clerk"].db.conn.execute("SELECT count(*) FROM invoices").fetchone()[0] == 0


@pytest.mark.parametrize(
    "line",
    [
        LineInput("", 1, 100, 6),
        LineInput("x", 0, 100, 6),
        LineInput("x", 1, 0, 6),
        LineInput("x", 1, 100, 7),
    ],
)
def test_bad_lines_refused(role_ctx, line):
    with pytest.raises(ValidationError):
        issue(role_ctx["clerk"], lines=[line])


def test_a_purchase_receipt_is_invoiced_once(role_ctx, shop):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    first = issue(clerk, shop_id=shop.id, sources=["A-100"])
    with pytest.raises(InvoiceRefused, match="already invoiced"):
        issue(clerk, shop_id=shop.id, sources=["a-100 "])
    issue(clerk, sources=["A-100"])  # the same number at the mall's own desk is another receipt
    invoices.void_invoice(lead, first.invoice_no, "wrong buyer name")
    again = issue(clerk, shop_id=shop.id, sources=["A-100"], buyer_name="王先生")
    assert again.sources == ("A-100",)


def test_e_invoice_number_is_20_digits_and_unique(role_ctx):
    with pytest.raises(ValidationError):
        issue(role_ctx["clerk"], e_invoice_no="1234")
    issue(role_ctx["clerk"], e_invoice_no="0" * 20)
    with pytest.raises(InvoiceRefused):
        issue(role_ctx["clerk"], e_invoice_no="0" * 20)


def test_void_only_in_the_month_by_a_lead(role_ctx, clock):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    inv = issue(clerk)
    with pytest.raises(PermissionDenied):
        invoices.void_invoice(clerk, inv.invoice_no, "typo")
    with pytest.raises(ValidationError):
        invoices.void_invoice(lead, inv.invoice_no, "")
    # 23:59 on 31 March in Shanghai is still the month of issue
    clock.at = datetime(2026, 3, 31, 15, 59, tzinfo=UTC)
    late = issue(clerk)
    clock.at = datetime(2026, 3, 31, 16, 1, tzinfo=UTC)  # 1 April 00:01 local
    with pytest.raises(InvoiceRefused, match="red-letter"):
        invoices.void_invoice(lead, late.invoice_no, "typo")
    clock.at = datetime(2026, 3, 20, 2, 0, tzinfo=UTC)
    done = invoices.void_invoice(lead, inv.invoice_no, "typo")
    assert done.is_void and done.remaining_fen == 0
    with pytest.raises(InvoiceRefused):
        invoices.void_invoice(lead, inv.invoice_no, "again")


def test_red_letter_after_month_end_never_exceeds_original(role_ctx, clock):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    inv = issue(clerk, lines=[LineInput("Coat", 3, 1000, 13), LineInput("Box", 1, 500, 6)])
    with pytest.raises(InvoiceRefused, match="void it instead"):
        invoices.issue_red_letter(lead, inv.invoice_no, "returned")
    clock.at = datetime(2026, 4, 2, 2, 0, tzinfo=UTC)
    with pytest.raises(PermissionDenied):
        invoices.issue_red_letter(clerk, inv.invoice_no, "returned")
    red1 = invoices.issue_red_letter(lead, inv.invoice_no, "one coat returned", {1: 1})
    assert red1.kind == "red" and red1.original_no == inv.invoice_no
    assert red1.total_fen == -1000 and red1.tax_fen == -invoices.line_tax(1000, 13)
    with pytest.raises(InvoiceRefused, match="never exceeds"):
        invoices.issue_red_letter(lead, inv.invoice_no, "too many", {1: 3})
    red2 = invoices.issue_red_letter(lead, inv.invoice_no, "the rest returned")
    assert red1.total_fen + red2.total_fen == -inv.total_fen
    assert red1.tax_fen + red2.tax_fen == -inv.tax_fen
    assert invoices.get_invoice(clerk, inv.invoice_no).remaining_fen == 0
    with pytest.raises(InvoiceRefused, match="Nothing is left"):
        invoices.issue_red_letter(lead, inv.invoice_no, "again")
    with pytest.raises(InvoiceRefused):
        invoices.issue_red_letter(lead, red2.invoice_no, "credit a credit")
    # a red-letter in its own month can be voided, which frees its amount again
    invoices.void_invoice(lead, red2.invoice_no, "issued by mistake")
    assert invoices.get_invoice(clerk, inv.invoice_no).remaining_fen == inv.total_fen - 1000
    assert [r.invoice_no for r in invoices.red_letters_of(clerk, inv.invoice_no)] == [
        red1.invoice_no,
        red2.invoice_no,
    ]


def test_trigger_refuses_a_red_beyond_the_original(role_ctx):
    clerk = role_ctx["clerk"]
    inv = issue(clerk, lines=[LineInput("Coat", 1, 1000, 0)])
    with pytest.raises(Exception, match="never exceed|permission denied"):
        clerk.db.conn.execute(
            "INSERT INTO invoices (invoice_no, kind, original_id, issued_at, user_id,"
            " seller_kind, seller_name, buyer_kind, buyer_name, net_fen, tax_fen, total_fen)"
            " VALUES ('X', 'red', ?, '2026-04-01', ?, 'mall', 'M', 'person', 'P', -1001, 0,"
            " -1001)",
            (inv.id, clerk.user.id),
        )


def test_invoice_tables_are_append_only(role_ctx):
    clerk = role_ctx["clerk"]
    issue(clerk, sources=["Z-1"])
    conn = clerk.db.conn
    for sql in (
        "UPDATE invoices SET total_fen = 1",
        "DELETE FROM invoices",
        "UPDATE invoice_lines SET quantity = 9",
        "DELETE FROM invoice_lines",
        "DELETE FROM invoice_sources",
        "UPDATE invoice_sources SET receipt_no = 'Q'",
    ):
        with pytest.raises(
            Exception, match="append-only|never|released|retention purge|permission denied"
        ):
            conn.execute(sql)


def test_register_by_day_and_month_with_totals_by_rate(role_ctx, clock):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    a = issue(clerk)
    b = issue(clerk, lines=[LineInput("Cup", 1, 10600, 6)])
    invoices.void_invoice(lead, b.invoice_no, "duplicate")
    clock.at = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    red = invoices.issue_red_letter(lead, a.invoice_no, "coat returned", {1: 1})
    march = invoices.invoice_totals(clerk, date(2026, 3, 1), date(2026, 3, 31))
    assert march.total_fen == a.total_fen and march.voided_count == 1
    assert {r["tax_rate"]: r["tax_fen"] for r in march.by_rate} == {13: 13000, 6: 113}
    april = invoices.invoice_totals(clerk, date(2026, 4, 1), date(2026, 4, 30))
    assert april.total_fen == red.total_fen == -113000
    assert invoices.count_invoices(clerk, date(2026, 3, 1), date(2026, 4, 30)) == 3
    day = invoices.list_invoices(clerk, date(2026, 3, 16), date(2026, 3, 16))
    assert [i.invoice_no for i in day] == [b.invoice_no, a.invoice_no] and day[0].is_void


def test_a_desk_receipt_must_stand_to_be_invoiced(role_ctx):
    with pytest.raises(InvoiceRefused, match="not a standing receipt"):
        issue(role_ctx["clerk"], sources=["R2026-000099"])


def test_partial_credits_never_credit_more_tax_than_the_line(role_ctx, clock):
    lead = role_ctx["shift_lead"]
    inv = issue(role_ctx["clerk"], lines=[LineInput("Pen", 4, 9, 6)])  # 4 x 0.509 -> tax 2
    assert inv.tax_fen == 2
    clock.at = datetime(2026, 4, 2, 2, 0, tzinfo=UTC)
    reds = [invoices.issue_red_letter(lead, inv.invoice_no, "one back", {1: 1}) for _ in range(4)]
    assert [r.tax_fen for r in reds] == [-1, -1, 0, 0]
    assert sum(r.total_fen for r in reds) == -inv.total_fen
