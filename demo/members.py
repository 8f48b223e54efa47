"""Demo data for the loyalty desk: a gift catalogue, and a day of enrolments, receipts
credited, a return, manual back-entry, redemptions and a lost card reissued, all through
the services (so every rule, number and audit row is real)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from demo.lending import OPENING_FLOAT, counts_for
from services.admin import site
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.errors import DomainError
from services.directory import shops
from services.members import members
from services.members import points as member_points
from services.members import rewards as member_rewards
from services.members.ids import resident_check_char
from services.members.rules import ShoppingReceipt
from services.shifts import shifts

GIFTS = [  # code, 中文, English, points, stock
    ("PARK-2H", "停车券 2 小时", "Parking voucher 2 h", 20, 200),
    ("COFFEE", "咖啡兑换券", "Coffee voucher", 30, 120),
    ("BAG", "环保购物袋", "Tote bag", 50, 60),
    ("UMB", "折叠伞", "Folding umbrella", 150, 20),
    ("CASH-50", "50 元购物券", "¥50 shopping voucher", 500, 40),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "洋",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "小红",
    "建华",
    "晓东",
    "雨萱",
    "子涵",
    "浩然",
)
LATIN = ("Amy Chen", "David Li", "Grace Wong", "Tom Zhang", "Lucy Liu")
_DEMO_IDS: dict[int, dict] = {}
AREAS = ("310115", "310104", "320102", "330106", "110105", "440305")


def ensure_demo_items(ctx_admin: AppContext) -> None:
    """The gift catalogue with its stock; adds only what is missing."""
    have = {r.code for r in member_rewards.list_rewards(ctx_admin, active_only=False)}
    for code, zh, en, points, stock in GIFTS:
        if code not in have:
            member_rewards.add_reward(ctx_admin, code, zh, en, points, stock)


def demo_resident_id(rng: random.Random) -> str:
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 45))
    first17 = f"{rng.choice(AREAS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return first17 + resident_check_char(first17)


def _id_document(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.85:
        return "resident", demo_resident_id(rng)
    if roll < 0.93:
        return "hk_macao", f"{rng.choice('HM')}{rng.randrange(10**8):08d}"
    if roll < 0.97:
        return "taiwan", f"{rng.randrange(10**8):08d}"
    return "passport", f"E{rng.randrange(10**8):08d}"


def _at(clock: FixedClock, day: date, tz: str, minute_of_day: int) -> None:
    minute_of_day = min(minute_of_day, 20 * 60 + 50)
    clock.at = datetime.combine(
        day, time(minute_of_day // 60, minute_of_day % 60), ZoneInfo(tz)
    ).astimezone(ZoneInfo("UTC"))


def _receipt(rng: random.Random, shop_list, day: date, low: int, high: int) -> ShoppingReceipt:
    shop = rng.choice(shop_list)
    back = rng.choice((0, 0, 0, 1, 2))
    return ShoppingReceipt(
        shop.id,
        f"{rng.randrange(10**8):08d}",
        day - timedelta(days=back),
        rng.randrange(low, high, 10),
    )


def _enrol(ctx, rng, shop_list, day, summary, ids: dict) -> None:
    name = rng.choice(LATIN) if rng.random() < 0.08 else rng.choice(SURNAMES) + rng.choice(GIVEN)
    phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
    id_type, number = _id_document(rng)
    made = members.enrol_member(
        ctx, name, phone, id_type, number, _receipt(rng, shop_list, day, 20000, 120000)
    )
    # the demo remembers who holds which document so that a reissue can show it again;
    # like the customer's own card, this stays outside the database
    ids[made.member.id] = (id_type, number)
    summary["enrolled"] += 1


def _some_member(ctx, rng) -> members.Member | None:
    found = members.find_members(ctx, rng.choice(SURNAMES), limit=50)
    found = [m for m in found if m.card_status == "active"]
    return rng.choice(found) if found else None


def simulate_day(
    ctxs: dict, clock: FixedClock, rng: random.Random, day: date, ids: dict | None = None
) -> dict:
    """Sweep expired points at opening, then through the day: enrolments, receipts,
    a return, back-entries, redemptions and now and then a lost card reissued."""
    clerk, lead, sup = ctxs["clerk"], ctxs["shift_lead"], ctxs["supervisor"]
    if ids is None:  # the same demo run keeps its customers' documents from day to day
        ids = _DEMO_IDS.setdefault(id(clerk.db.conn), {})
    tz = site.timezone(clerk)
    summary = dict(
        day=day.isoformat(),
        enrolled=0,
        credited=0,
        returned=0,
        manual=0,
        redeemed=0,
        reissued=0,
        refused=0,
    )
    _at(clock, day, tz, 9 * 60 + 5)
    opened_here = shifts.current_shift(clerk) is None
    if opened_here:
        shifts.open_shift(clerk, OPENING_FLOAT)
    summary["expired"] = member_points.expire_points(clerk)
    shop_list = shops.active_shops(clerk)
    rewards = member_rewards.list_rewards(clerk)
    minute, credited = 9 * 60 + 10, []
    while minute < 20 * 60 + 30:
        minute += rng.randint(6, 25)
        _at(clock, day, tz, minute)
        roll = rng.random()
        try:
            member = _some_member(clerk, rng)
            if roll < 0.15 or (member is None and roll < 0.5):
                _enrol(clerk, rng, shop_list, day, summary, ids)
            elif member is None:
                continue
            elif roll < 0.7:
                receipt = _receipt(rng, shop_list, day, 1500, 200000)
                member_points.credit_receipt(clerk, member.card_no, receipt)
                summary["credited"] += 1
                credited.append(receipt)
            elif roll < 0.72 and credited:
                receipt = credited.pop(rng.randrange(len(credited)))
                member_points.return_receipt(
                    clerk,
                    receipt.shop_id,
                    receipt.receipt_no,
                    receipt.receipt_date,
                    "顾客退货 goods returned",
                )
                summary["returned"] += 1
            elif roll < 0.75:
                who = sup if rng.random() < 0.3 else clerk
                member_points.add_manual_points(
                    who,
                    member.card_no,
                    rng.choice((20, 50, 300)),
                    "小票遗漏补录 receipt missed at the till",
                )
                summary["manual"] += 1
            elif roll < 0.93 and rewards:
                gift = rng.choice(
                    [r for r in rewards if r.points_cost <= member.balance] or rewards
                )
                member_points.redeem(clerk, member.card_no, gift.id)
                summary["redeemed"] += 1
            elif member.id in ids:
                members.report_card_lost(clerk, member.card_no)
                id_type, number = ids[member.id]
                members.reissue_card(
                    clerk, member.card_no, id_type, number, rng.choice(("cash", "cash", "wechat"))
                )
                summary["reissued"] += 1
        except DomainError:
            summary["refused"] += 1
    if opened_here:
        _at(clock, day, tz, 20 * 60 + 45)
        shift = shifts.current_shift(lead)
        expected = shifts.cash_figures(lead, shift).expected_fen
        shifts.close_shift(lead, counts_for(expected))
    _at(clock, day, tz, 20 * 60 + 50)
    return summary
