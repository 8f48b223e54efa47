"""The daily ledger: every module's records of the day, totals by payment method and kind
that match the money ledger, deposits held and items out at the end of the day, masking."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.care import custody, first_aid
from services.complaints import cases as complaints
from services.core.errors import PermissionDenied
from services.invoices import invoices
from services.invoices.invoices import LineInput, SourceReceipt
from services.lending import items as lending_items
from services.lending import loans as lending
from services.lost_found import items as lost_found
from services.members import members
from services.reports import daily_ledger
from services.sales import price_list, sales
from services.shifts import shifts
from tests.services.members.fixtures import receipt, resident_id, shop

DAY = date(2026, 3, 16)
_calls = itertools.count(1)
PHONES = ("13800138000", "13912345678", "13700001111")


def busy_day(ctxs, clock, phones=PHONES):
    """A day at the desk through the services: sales (one voided), loans out and back, an
    invoice, an enrolment, a complaint and a first-aid use. Returns the full ID number used."""
    admin, clerk, lead = ctxs["admin"], ctxs["clerk"], ctxs["shift_lead"]
    price_list.ensure_default_prices(admin)
    if not lending_items.list_items(admin):
        lending_items.add_items(admin, lending_items.list_kinds(admin)[0].id, 5)
    if shifts.current_shift(clerk) is None:
        shifts.open_shift(clerk, {10000: 2})
    items = {i.code: i for i in price_list.list_prices(clerk)}
    codes = list(items)
    sales.sell(clerk, [(items[codes[0]].id, 2)], "cash", tendered_fen=10000)
    sales.sell(clerk, [(items[codes[1]].id, 1)], "wechat")
    wrong = sales.sell(clerk, [(items[codes[0]].id, 1)], "card")
    clock.advance(minutes=30)
    sales.void_sale(lead, wrong.receipt_no, "wrong item")
    free = [i["code"] for i in lending_items.list_items(admin) if i["state"] == "in"]
    first = lending.lend_item(clerk, free[0], phones[0], "cash")
    lending.lend_item(clerk, free[1], phones[1], "alipay")
    clock.advance(minutes=30)
    lending.return_item(clerk, first.id)
    invoices.issue_invoice(
        clerk,
        buyer_kind="person",
        buyer_name="王女士",
        lines=[LineInput("Gift wrap", 1, 1000, 6)],
        sources=[SourceReceipt(f"P-{phones[0]}", 1000)],
    )
    id_number = resident_id()
    n = next(_calls)
    today = clock.now().astimezone(ZoneInfo("Asia/Shanghai")).date()
    members.enrol_member(
        clerk,
        "李雷",
        phones[2],
        "resident",
        id_number,
        receipt(shop(admin, unit=f"L1-{n:03d}").id, f"E{n}", 50000, today),
    )
    complaints.record_case(clerk, phones[1], f"call me on {phones[1]}", "service")
    med = first_aid.add_medicine(clerk, f"创可贴{n}", "external", "片")
    first_aid.restock(clerk, med.id, 10, "2027-01-01")
    first_aid.record_use(clerk, med.id, 1, phone=phones[0], description="cut finger")
    custody.take_in(clerk, "文件袋", "customer", "张先生", "李女士", left_phone=phones[0])
    lost_found.register_found_item(
        clerk,
        category="ordinary",
        description="黑色钱包",
        found_place="L1 电梯口",
        found_at=clock.now(),
        hidden_detail="夹层有照片",
    )
    # the lead counts the drawer: the day's cash totals show once a count is kept (blind close)
    drawer = shifts.cash_figures(lead, shifts.current_shift(lead)).expected_fen
    shifts.record_count(lead, {10: drawer // 10})
    return id_number


@pytest.fixture
def day(role_ctx, clock):
    return busy_day(role_ctx, clock)


def test_the_ledger_lists_every_module_and_its_totals(role_ctx, day):
    ledger = daily_ledger.daily_ledger(role_ctx["shift_lead"], DAY)
    by_key = {s.key: s for s in ledger.sections}
    assert len(by_key["receipts"].rows) == 3
    assert sum(1 for r in by_key["receipts"].rows if r[-1].startswith("VOID")) == 1
    assert len(by_key["receipt_voids"].rows) == 1
    assert len(by_key["loans_out"].rows) == 2 and len(by_key["loans_back"].rows) == 1
    assert len(by_key["invoices"].rows) == 1 and len(by_key["members"].rows) == 1
    assert len(by_key["complaints_opened"].rows) == 1 and len(by_key["first_aid"].rows) == 1
    assert len(by_key["custody"].rows) == 1 and len(by_key["found_in"].rows) == 1
    assert ledger.held_count == 1 and ledger.items_out[0]["phone_masked"] == "139****5678"
    movements = (
        role_ctx["admin"]
        .db.conn.execute("SELECT method, sum(amount_fen) FROM cash_movements GROUP BY method")
        .fetchall()
    )
    assert ledger.by_method == {m: fen for m, fen in movements}
    assert ledger.by_method["card"] == 0  # sold and voided the same day
    assert len(ledger.shifts) == 1 and ledger.shifts[0].closed_at == ""


def test_nothing_in_the_ledger_shows_a_full_phone_or_id(role_ctx, day):
    ledger = daily_ledger.daily_ledger(role_ctx["shift_lead"], DAY)
    text = repr(ledger)
    for phone in PHONES:
        assert phone not in text
    assert day not in text and day[:14] not in text


def test_another_day_is_empty_but_still_shows_what_is_held(role_ctx, day):
    ledger = daily_ledger.daily_ledger(role_ctx["shift_lead"], DAY + timedelta(days=1))
    assert all(not s.rows for s in ledger.sections)
    assert ledger.by_method == {} and ledger.held_count == 1


def test_clerks_do_not_print_the_ledger(role_ctx):
    with pytest.raises(PermissionDenied):
        daily_ledger.daily_ledger(role_ctx["clerk"], DAY)
