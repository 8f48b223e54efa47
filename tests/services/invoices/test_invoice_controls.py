"""Invoices match the money (issue 16, defect 5): a desk receipt on a standing invoice cannot
be voided; an invoice's total never exceeds what its source receipts record (a desk
receipt's paid amount, a tenant receipt's amount entered with it and kept)."""

from __future__ import annotations

import pytest

from services.core.errors import ValidationError
from services.directory import shops
from services.invoices import invoices
from services.invoices.invoices import InvoiceRefused, LineInput, SourceReceipt
from services.sales import price_list, sales
from services.sales.sales import SaleRefused
from services.shifts import shifts


@pytest.fixture
def desk(role_ctx):
    price_list.ensure_default_prices(role_ctx["admin"])
    shifts.open_shift(role_ctx["clerk"], {10000: 1})
    return {i.code: i for i in price_list.list_prices(role_ctx["clerk"])}


@pytest.fixture
def shop(role_ctx):
    return shops.add_shop(role_ctx["admin"], "优衣库", "UNIQLO", unit="L2-010")


def _count(ctx, table):
    return ctx.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_an_invoiced_desk_receipt_cannot_be_voided_until_the_invoice_is(role_ctx, desk):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    sale = sales.sell(clerk, [(desk["WRAP-L"].id, 1)], "cash")
    inv = invoices.issue_invoice(
        clerk,
        buyer_kind="person",
        buyer_name="王女士",
        lines=[LineInput("Gift wrap", 1, sale.total_fen, 6)],
        sources=[sale.receipt_no],
    )
    with pytest.raises(SaleRefused, match=inv.invoice_no):
        sales.void_sale(lead, sale.receipt_no, "customer changed their mind")
    assert not sales.get_sale(clerk, sale.receipt_no).is_void
    invoices.void_invoice(lead, inv.invoice_no, "customer returned the goods")
    assert sales.void_sale(lead, sale.receipt_no, "customer returned the goods").sale.is_void


def test_a_desk_receipt_backs_no_more_than_it_was_paid(role_ctx, desk):
    clerk = role_ctx["clerk"]
    sale = sales.sell(clerk, [(desk["WRAP-S"].id, 1)], "cash")  # ¥5
    before = _count(clerk, "invoices")
    with pytest.raises(InvoiceRefused, match=sale.receipt_no):
        invoices.issue_invoice(
            clerk,
            buyer_kind="person",
            buyer_name="王女士",
            lines=[LineInput("Coat", 1, 1_000_000, 13)],
            sources=[sale.receipt_no],
        )
    # an amount typed with a desk receipt does not replace what the desk recorded
    with pytest.raises(InvoiceRefused):
        invoices.issue_invoice(
            clerk,
            buyer_kind="person",
            buyer_name="王女士",
            lines=[LineInput("Coat", 1, 1_000_000, 13)],
            sources=[SourceReceipt(sale.receipt_no, 1_000_000)],
        )
    assert _count(clerk, "invoices") == before
    ok = invoices.issue_invoice(
        clerk,
        buyer_kind="person",
        buyer_name="王女士",
        lines=[LineInput("Gift wrap", 1, sale.total_fen, 6)],
        sources=[sale.receipt_no],
    )
    assert ok.total_fen == sale.total_fen


def test_a_tenant_receipt_carries_its_amount_and_backs_no_more(role_ctx, shop):
    clerk = role_ctx["clerk"]
    args = {"buyer_kind": "person", "buyer_name": "王女士", "shop_id": shop.id}
    with pytest.raises(ValidationError, match="amount"):
        invoices.issue_invoice(
            clerk, lines=[LineInput("Coat", 1, 500, 13)], sources=["SH-001"], **args
        )
    with pytest.raises(InvoiceRefused):
        invoices.issue_invoice(
            clerk,
            lines=[LineInput("Coat", 1, 1_000_000, 13)],
            sources=[SourceReceipt("SH-001", 500)],
            **args,
        )
    inv = invoices.issue_invoice(
        clerk,
        lines=[LineInput("Coat", 1, 80_000, 13)],
        sources=[SourceReceipt("SH-001", 50_000), SourceReceipt("SH-002", 30_000)],
        **args,
    )
    assert inv.total_fen == 80_000
    assert [(s.receipt_no, s.amount_fen) for s in inv.source_receipts] == [
        ("SH-001", 50_000),
        ("SH-002", 30_000),
    ]


def test_an_invoice_needs_a_source_receipt(role_ctx):
    with pytest.raises(ValidationError, match="receipt"):
        invoices.issue_invoice(
            role_ctx["clerk"],
            buyer_kind="person",
            buyer_name="王女士",
            lines=[LineInput("Coat", 1, 500, 13)],
        )
