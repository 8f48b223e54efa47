"""Points: once per receipt, floor, returns, expiry by batch, oldest first, manual cap,
redemption with stock (issue 4, acceptance 2 and 5)."""

from __future__ import annotations

from datetime import date

import pytest

from db.core.connection import IntegrityError
from services.core.errors import PermissionDenied, ValidationError
from services.members import members
from services.members import points as member_points
from services.members import rewards as member_rewards
from services.members.rules import MemberRefused, MemberRules, update_rules
from tests.conftest import PASSWORD
from tests.services.members.fixtures import receipt, resident_id, shop


@pytest.fixture
def card(role_ctx):
    s = shop(role_ctx["admin"])
    made = members.enrol_member(
        role_ctx["clerk"],
        "王小明",
        "13800138000",
        "resident",
        resident_id(),
        receipt(s.id, "ENROL", 20000),
    )
    return {"card": made.member.card_no, "shop": s.id, "member": made.member.id}


def other_member(clerk, shop_id):
    return members.enrol_member(
        clerk, "李雷", "13900139000", "passport", "E12345678", receipt(shop_id, "ENROL2", 30000)
    ).member


def test_receipt_once_ever_floor_and_return(role_ctx, card):
    clerk = role_ctx["clerk"]
    r = receipt(card["shop"], "a-77", 12345)
    assert member_points.credit_receipt(clerk, card["card"], r).points == 12
    for target in (card["card"], other_member(clerk, card["shop"]).card_no):
        with pytest.raises(MemberRefused) as err:
            member_points.credit_receipt(clerk, target, receipt(card["shop"], "A-77", 999))
        assert "only once" in err.value.render()
    assert (
        member_points.credit_receipt(clerk, card["card"], receipt(card["shop"], "B1", 999)).points
        == 0
    )
    assert members.get_member(clerk, card["member"]).balance == 32
    back = member_points.return_receipt(clerk, card["shop"], "A-77", date(2026, 3, 16))
    assert back.points == -12 and back.balance == 20
    with pytest.raises(MemberRefused):
        member_points.return_receipt(clerk, card["shop"], "A-77", date(2026, 3, 16))


def test_receipt_outside_window_or_future_refused(role_ctx, card):
    clerk = role_ctx["clerk"]
    assert (
        member_points.credit_receipt(
            clerk, card["card"], receipt(card["shop"], "W7", 1000, date(2026, 3, 9))
        ).points
        == 1
    )
    with pytest.raises(MemberRefused):
        member_points.credit_receipt(
            clerk, card["card"], receipt(card["shop"], "W8", 1000, date(2026, 3, 8))
        )
    with pytest.raises(ValidationError):
        member_points.credit_receipt(
            clerk, card["card"], receipt(card["shop"], "F", 1000, date(2026, 3, 17))
        )


def test_batches_expire_on_their_day_and_redemption_takes_oldest_first(role_ctx, card, clock):
    clerk, admin = role_ctx["clerk"], role_ctx["admin"]
    clock.advance(days=10)  # 2026-03-26: a second batch, expiring a year later
    member_points.credit_receipt(
        clerk, card["card"], receipt(card["shop"], "S2", 5000, date(2026, 3, 26))
    )
    gift = member_rewards.add_reward(admin, "MUG", "马克杯", "Mug", 15, stock=2)
    made = member_points.redeem(clerk, card["card"], gift.id)
    assert made.balance == 10 and made.receipt_no.startswith("JF2026-")
    batches = member_points.points_statement(clerk, card["member"]).batches
    # the enrolment batch (the older) gave 15 of its 20
    assert [(b.expires_on, b.remaining) for b in batches] == [("2027-03-16", 5), ("2027-03-26", 5)]
    clock.advance(days=354, hours=13)  # 2027-03-15 23:00 local: still there
    assert members.get_member(clerk, card["member"]).balance == 10
    clock.advance(hours=1)  # 2027-03-16 00:00 local
    assert members.get_member(clerk, card["member"]).balance == 5
    assert member_points.expire_points(clerk) == 5
    assert member_points.expire_points(clerk) == 0
    kinds = [
        (x["kind"], x["points"])
        for x in member_points.points_statement(clerk, card["member"]).lines
    ]
    assert kinds[0] == ("expire", -5) and ("redeem", -15) in kinds


def test_redemption_refused_when_points_or_stock_short(role_ctx, card):
    clerk, admin = role_ctx["clerk"], role_ctx["admin"]
    update_rules(admin, MemberRules(points_lifetime_days=30))
    assert (
        member_points.credit_receipt(
            clerk, card["card"], receipt(card["shop"], "L30", 1000)
        ).expires_on
        == "2026-04-15"
    )
    member_points.return_receipt(clerk, card["shop"], "L30", date(2026, 3, 16))
    dear = member_rewards.add_reward(admin, "BAG", "购物袋", "Bag", 21, stock=5)
    with pytest.raises(MemberRefused) as err:
        member_points.redeem(clerk, card["card"], dear.id)
    assert "needs 21 points; the member has 20" in err.value.render()
    cheap = member_rewards.add_reward(admin, "PEN", "笔", "Pen", 1, stock=1)
    with pytest.raises(MemberRefused):
        member_points.redeem(clerk, card["card"], cheap.id, 2)
    member_points.redeem(clerk, card["card"], cheap.id)
    assert member_rewards.list_rewards(clerk)[0].stock == 0
    with pytest.raises(MemberRefused):
        member_points.redeem(clerk, card["card"], cheap.id)
    assert members.get_member(clerk, card["member"]).balance == 19


def test_return_after_redemption_takes_other_batches_or_refuses(role_ctx, card):
    clerk, admin = role_ctx["clerk"], role_ctx["admin"]
    gift = member_rewards.add_reward(admin, "CUP", "杯", "Cup", 20, stock=1)
    member_points.credit_receipt(clerk, card["card"], receipt(card["shop"], "R2", 5000))
    member_points.redeem(clerk, card["card"], gift.id)  # enrolment batch is used up
    with pytest.raises(MemberRefused):
        member_points.return_receipt(clerk, card["shop"], "ENROL", date(2026, 3, 16))


def test_manual_points_reason_cap_and_supervisor(role_ctx, card):
    clerk, sup = role_ctx["clerk"], role_ctx["supervisor"]
    with pytest.raises(ValidationError):
        member_points.add_manual_points(clerk, card["card"], 10, " ")
    member_points.add_manual_points(clerk, card["card"], 150, "receipt A-1 missed")
    with pytest.raises(MemberRefused) as err:
        member_points.add_manual_points(clerk, card["card"], 51, "receipt A-2 missed")
    assert "cap of 200" in err.value.render()
    with pytest.raises(PermissionDenied):
        member_points.add_manual_points(
            clerk, card["card"], 51, "A-2", "shift_lead1", PASSWORD
        )  # a lead may not sign off above the cap
    signed = member_points.add_manual_points(
        clerk, card["card"], 51, "A-2", "supervisor1", PASSWORD
    )
    assert signed.balance == 20 + 201
    assert member_points.add_manual_points(sup, card["card"], 500, "event bonus").points == 500
    line = member_points.points_statement(clerk, card["member"]).lines[1]
    assert line["approved_by_name"] == "supervisor1"


def test_points_ledgers_are_append_only_and_batches_never_overdrawn(role_ctx, card):
    conn = role_ctx["clerk"].db.conn
    for sql in (
        "UPDATE point_entries SET points = 999",
        "DELETE FROM point_entries",
        "DELETE FROM point_receipts",
        "UPDATE point_receipts SET amount_fen = 1",
        "INSERT INTO point_uses (entry_id, batch_id, points) VALUES (1, 1, 21)",
    ):
        with pytest.raises(IntegrityError):
            conn.execute(sql)
