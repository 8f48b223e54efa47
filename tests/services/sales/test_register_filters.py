"""The receipts and invoice registers filtered in SQL: by status (standing, voided;
red-letter for invoices) within the period's days, paged on by key with the same rows as
one long page."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.errors import ValidationError
from services.invoices import invoices
from services.invoices.invoices import LineInput, SourceReceipt
from services.sales import price_list, sales
from services.shifts import shifts

DAY = date(2026, 3, 16)


def test_receipts_by_status_paged_by_key(role_ctx):
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    price_list.ensure_default_prices(admin)
    shifts.open_shift(clerk, {10000: 1})
    item = price_list.list_prices(clerk)[0]
    made = [sales.sell(clerk, [(item.id, 1)], "wechat") for _ in range(5)]
    for sale in made[1::2]:
        sales.void_sale(lead, sale.receipt_no, "wrong service")

    def numbers(**kw):
        return [s.receipt_no for s in sales.list_receipts(clerk, DAY, DAY, limit=100, **kw)]

    assert numbers() == [s.receipt_no for s in reversed(made)]
    assert numbers(status="voided") == [made[3].receipt_no, made[1].receipt_no]
    assert numbers(status="valid") == [made[4].receipt_no, made[2].receipt_no, made[0].receipt_no]
    paged: list = []
    while page := sales.list_receipts(
        clerk, DAY, DAY, limit=2, before_id=paged[-1].id if paged else None
    ):
        paged.extend(page)
    assert [s.receipt_no for s in paged] == numbers()
    with pytest.raises(ValidationError):
        sales.list_receipts(clerk, DAY, DAY, status="refunded")
    with pytest.raises(ValidationError, match="ends before it starts"):
        sales.list_receipts(clerk, DAY, date(2026, 3, 15))


def test_invoices_by_status_paged_by_key(role_ctx, clock):
    lead = role_ctx["shift_lead"]
    made = [
        invoices.issue_invoice(
            lead,
            buyer_kind="person",
            buyer_name=f"顾客{n}",
            lines=[LineInput("Coat", 1, 50000, 13)],
            sources=[SourceReceipt(f"P-{n}", 50000)],
        )
        for n in range(4)
    ]
    invoices.void_invoice(lead, made[1].invoice_no, "wrong buyer")
    clock.advance(days=18)  # 3 April: a March invoice is credited by a red-letter one
    red = invoices.issue_red_letter(lead, made[2].invoice_no, "returned")
    april = date(2026, 4, 3)
    assert [i.invoice_no for i in invoices.list_invoices(lead, april, april, status="red")] == [
        red.invoice_no
    ]

    def numbers(**kw):
        return [i.invoice_no for i in invoices.list_invoices(lead, DAY, DAY, limit=100, **kw)]

    assert numbers(status="voided") == [made[1].invoice_no]
    assert numbers(status="red") == []
    assert numbers(status="valid") == [made[3].invoice_no, made[2].invoice_no, made[0].invoice_no]
    paged: list = []
    while page := invoices.list_invoices(
        lead, DAY, DAY, limit=2, before_id=paged[-1].id if paged else None
    ):
        paged.extend(page)
    assert [i.invoice_no for i in paged] == numbers()
