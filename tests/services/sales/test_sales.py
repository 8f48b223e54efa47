"""Paid services: quote, sale with change into the open shift, voids, reprints, registers."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.errors import NotFound, ValidationError
from services.documents import printing
from services.sales import price_list, sales
from services.shifts import shifts
from services.shifts.shifts import NoOpenShift

DAY = date(2026, 3, 16)


@pytest.fixture
def desk(role_ctx):
    price_list.ensure_default_prices(role_ctx["admin"])
    shifts.open_shift(role_ctx["clerk"], {10000: 1})
    return {i.code: i for i in price_list.list_prices(role_ctx["clerk"])}


def test_three_copies_and_a_gift_wrap_in_cash(role_ctx, desk):
    clerk = role_ctx["clerk"]
    items = [(desk["COPY-A4"].id, 3), (desk["WRAP-S"].id, 1)]
    shift = shifts.current_shift(clerk)
    before = shifts.cash_figures(clerk, shift).expected_fen
    assert sales.quote(clerk, items).total_fen == 3 * 50 + 500
    sale = sales.sell(clerk, items, "cash", tendered_fen=1000)
    assert (sale.total_fen, sale.tendered_fen, sale.change_fen) == (650, 1000, 350)
    assert sale.receipt_no == "R2026-000001"
    assert [(x.quantity, x.amount_fen) for x in sale.lines] == [(3, 150), (1, 500)]
    assert shifts.cash_figures(clerk, shift).expected_fen == before + 650


def test_non_cash_sales_give_no_change_and_keep_the_drawer(role_ctx, desk):
    clerk = role_ctx["clerk"]
    shift = shifts.current_shift(clerk)
    before = shifts.cash_figures(clerk, shift).expected_fen
    sale = sales.sell(clerk, [(desk["FAX-OUT"].id, 2)], "wechat", tendered_fen=5000)
    assert (sale.tendered_fen, sale.change_fen) == (600, 0)
    assert shifts.cash_figures(clerk, shift).expected_fen == before


def test_refusals_leave_no_number_behind(role_ctx, desk):
    clerk = role_ctx["clerk"]
    with pytest.raises(ValidationError):
        sales.sell(clerk, [(desk["TYPE"].id, 1)], "cash", tendered_fen=500)
    with pytest.raises(ValidationError):
        sales.sell(clerk, [(desk["TYPE"].id, 0)], "cash")
    with pytest.raises(ValidationError):
        sales.sell(clerk, [], "cash")
    with pytest.raises(ValidationError):
        sales.sell(clerk, [(desk["TYPE"].id, 1)], "bitcoin")
    with pytest.raises(NotFound):
        sales.sell(clerk, [(9999, 1)], "cash")
    assert sales.sell(clerk, [(desk["TYPE"].id, 1)], "card").receipt_no == "R2026-000001"


def test_no_open_shift_no_sale(role_ctx):
    price_list.ensure_default_prices(role_ctx["admin"])
    clerk = role_ctx["clerk"]
    item = price_list.list_prices(clerk)[0]
    with pytest.raises(NoOpenShift):
        sales.sell(clerk, [(item.id, 1)], "wechat")


def test_price_change_applies_from_then_on(role_ctx, desk):
    clerk, admin = role_ctx["clerk"], role_ctx["admin"]
    old = sales.sell(clerk, [(desk["COPY-A4"].id, 2)], "cash")
    price_list.change_price(admin, desk["COPY-A4"].id, 80)
    new = sales.sell(clerk, [(desk["COPY-A4"].id, 2)], "cash")
    assert sales.get_sale(clerk, old.receipt_no).lines[0].unit_price_fen == 50
    assert new.lines[0].unit_price_fen == 80
    assert [h.price_fen for h in price_list.price_history(clerk, desk["COPY-A4"].id)] == [80, 50]


def test_void_by_shift_lead_reverses_and_leaves_totals(role_ctx, desk):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    keep = sales.sell(clerk, [(desk["WRAP-M"].id, 1)], "cash")
    wrong = sales.sell(clerk, [(desk["WRAP-L"].id, 1)], "alipay")
    shift = shifts.current_shift(clerk)
    result = sales.void_sale(lead, wrong.receipt_no, "wrong size chosen")
    assert result.sale.is_void and result.note == ""
    moves = [m for m in shifts.movements(lead, shift.id) if m["ref"] == wrong.receipt_no]
    assert sorted(m["amount_fen"] for m in moves) == [-2000, 2000]
    totals = sales.sales_totals(clerk, DAY, DAY)
    assert (totals.count, totals.voided_count, totals.net_fen) == (2, 1, keep.total_fen)
    assert totals.by_method == {"alipay": 0, "cash": 1000}
    with pytest.raises(sales.SaleRefused):
        sales.void_sale(lead, wrong.receipt_no, "again")
    with pytest.raises(ValidationError):
        sales.void_sale(lead, keep.receipt_no, "  ")


def test_void_after_shift_closed_goes_into_todays_shift(role_ctx, desk):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    sale = sales.sell(clerk, [(desk["WRAP-M"].id, 1)], "cash")
    figures = shifts.cash_figures(lead, shifts.current_shift(lead))
    shifts.close_shift(lead, {1000: figures.expected_fen // 1000})
    with pytest.raises(NoOpenShift):
        sales.void_sale(lead, sale.receipt_no, "customer changed mind")
    new_shift = shifts.open_shift(lead, {10000: 1})
    result = sales.void_sale(lead, sale.receipt_no, "customer changed mind")
    assert result.note == sales.VOID_OTHER_SHIFT_NOTE
    assert result.note_params == {"amount": "¥10.00"}
    assert result.sale.void_shift_id == new_shift.id
    assert shifts.cash_figures(lead, new_shift).expected_fen == 10000 - 1000


def test_reprints_are_copies_and_change_no_totals(role_ctx, desk):
    clerk = role_ctx["clerk"]
    sale = sales.sell(clerk, [(desk["SCAN"].id, 4)], "cash")
    before = sales.sales_totals(clerk, DAY, DAY)
    printing.record_print(clerk, "receipt", sale.receipt_no, "printer")
    assert printing.next_copy_number(clerk, "receipt", sale.receipt_no) == 1
    printing.record_print(clerk, "receipt", sale.receipt_no, "printer")
    assert printing.next_copy_number(clerk, "receipt", sale.receipt_no) == 2
    assert sales.sales_totals(clerk, DAY, DAY) == before


def test_ledgers_are_append_only(role_ctx, desk):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    sale = sales.sell(clerk, [(desk["SCAN"].id, 1)], "cash")
    sales.void_sale(lead, sale.receipt_no, "test")
    conn = clerk.db.conn
    for sql in (
        "UPDATE sales SET total_fen = 1",
        "DELETE FROM sales",
        "UPDATE sale_lines SET quantity = 9",
        "DELETE FROM sale_lines",
        "DELETE FROM sale_voids",
        "UPDATE prices SET price_fen = 1",
        "DELETE FROM prices",
        "DELETE FROM price_items",
        "UPDATE price_items SET code = 'X'",
    ):
        with pytest.raises(Exception, match="append-only|never|retention purge|permission denied"):
            conn.execute(sql)


def test_receipt_lists_page_and_count(role_ctx, desk):
    clerk = role_ctx["clerk"]
    for n in range(5):
        sales.sell(clerk, [(desk["SCAN"].id, n + 1)], "cash")
    assert sales.count_receipts(clerk, DAY, DAY) == 5
    page = sales.list_receipts(clerk, DAY, DAY, offset=1, limit=2)
    assert [s.receipt_no for s in page] == ["R2026-000004", "R2026-000003"]
    assert sales.list_receipts(clerk, date(2026, 3, 17), date(2026, 3, 17)) == []
    income = sales.income_by_service(clerk, DAY, DAY)
    assert income[0]["quantity"] == 15 and income[0]["amount_fen"] == 1500


def test_price_list_admin(role_ctx):
    admin = role_ctx["admin"]
    item = price_list.add_price_item(admin, "bind", "装订", "Binding", 300, "本", "copy")
    assert item.code == "BIND" and item.price_fen == 300
    with pytest.raises(ValidationError):
        price_list.add_price_item(admin, "bind", "装订", "Binding", 300)
    with pytest.raises(ValidationError):
        price_list.add_price_item(admin, "X", "", "Binding", 300)
    with pytest.raises(ValidationError):
        price_list.change_price(admin, item.id, -5)
    off = price_list.update_price_item(admin, item.id, active=False, name_en="Book binding")
    assert not off.active and off.name_en == "Book binding"
    assert item.id not in [i.id for i in price_list.list_prices(admin)]
    assert item.id in [i.id for i in price_list.list_prices(admin, include_inactive=True)]
