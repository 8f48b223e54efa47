"""The desks the bad-input tables call into: each a site with the records its entry points
look up, so drawn ids and numbers sometimes find a real one."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.care import custody, first_aid
from services.complaints import cases as complaints
from services.directory import guide, shops
from services.invoices import invoices
from services.invoices.invoices import LineInput
from services.lending import items as lending_items
from services.lending import loans as lending
from services.lost_found import items as lost_found
from services.members import members
from services.members import rewards as member_rewards
from services.sales import price_list, sales
from services.shifts import shifts
from tests.services.members.fixtures import receipt, resident_id


@pytest.fixture
def desk(role_ctx, tmp_path):
    """A shop, a facility, items, an open shift, a loan out, a member with a card, a
    reward."""
    admin = role_ctx["admin"]
    shop = shops.add_shop(admin, "优衣库", "UNIQLO", unit="L2-001")
    guide.add_facility(admin, "toilet", "L1", "东侧")
    kind = lending_items.list_kinds(admin)[0]
    lending_items.add_items(admin, kind.id, 3)
    shifts.open_shift(admin, {10000: 1})
    code = lending_items.list_items(admin)[0]["code"]
    loan = lending.lend_item(role_ctx["clerk"], code, "13800138000", "cash")
    member = members.enrol_member(
        admin, "张三", "13912345678", "resident", resident_id(), receipt(shop.id, "A-1", 50000)
    ).member
    reward = member_rewards.add_reward(admin, "CUP", "杯子", "Cup", 100, stock=5)
    return {
        "shop": shop.id,
        "kind": kind.id,
        "loan": loan.id,
        "card": member.card_no,
        "member": member.id,
        "reward": reward.id,
        "out": tmp_path,
        **role_ctx,
    }


@pytest.fixture
def care_desk(role_ctx):
    """A complaint case, a medicine with stock, a held item and a shop."""
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    shops.add_shop(admin, "优衣库", "UNIQLO", unit="L2-010")
    case = complaints.record_case(clerk, "13800138000", "收银员态度差", "service")
    medicine = first_aid.add_medicine(clerk, "创可贴", "external", "片")
    first_aid.restock(clerk, medicine.id, 20, "2027-06-30")
    held = custody.take_in(clerk, "样品一箱", "supplier", "招商部 李经理", "顺丰快递员")
    return {
        "case": case.id,
        "case_no": case.case_no,
        "medicine": medicine.id,
        "held": held.id,
        **role_ctx,
    }


@pytest.fixture
def lost_desk(role_ctx):
    """A found umbrella and a report of a lost umbrella."""
    clerk = role_ctx["clerk"]
    now = clerk.clock.now()
    item = lost_found.register_found_item(
        clerk,
        category="ordinary",
        description="黑色雨伞 umbrella",
        found_place="L1 东门",
        found_at=now - timedelta(hours=1),
        hidden_detail="伞柄刻字 W",
    )
    report = lost_found.register_lost_report(
        clerk,
        description="黑色雨伞",
        phone="13800138000",
        lost_from=now - timedelta(hours=3),
        lost_to=now - timedelta(hours=2),
        lost_place="L1",
    )
    return {"item": item.id, "tag": item.tag_no, "report": report.id, **role_ctx}


@pytest.fixture
def counter(role_ctx):
    """A price list, an open shift, a sold receipt and an issued invoice."""
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    items = price_list.ensure_default_prices(admin)
    shop = shops.add_shop(admin, "优衣库", "UNIQLO", unit="L2-010")
    shifts.open_shift(clerk, {10000: 1})
    sale = sales.sell(clerk, [(items[0].id, 1)], "cash", tendered_fen=10000)
    invoiced = sales.sell(clerk, [(items[0].id, 1)], "cash", tendered_fen=10000)
    invoice = invoices.issue_invoice(
        clerk,
        buyer_kind="person",
        buyer_name="王女士",
        lines=[LineInput("Gift wrap", 1, invoiced.total_fen, 6)],
        sources=[invoiced.receipt_no],
    )
    return {
        "item": items[0].id,
        "receipt": sale.receipt_no,
        "invoice": invoice.invoice_no,
        "shop": shop.id,
        **role_ctx,
    }
