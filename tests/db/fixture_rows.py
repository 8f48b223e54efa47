"""What a site did with Front Desk, told one schema version at a time: the rows each version
added to the tables it introduced (version 1: site, users, shops; 2: lending and shifts;
3: members and points). A fixture of version N holds the story of versions 1..N.

Later versions' stories are in fixture_rows_later.py. The names and numbers the upgrade test
looks for are the constants at the top.
"""

from __future__ import annotations

import json

from tests.db.fixture_desk import PASSWORD, Desk, id_hash, key_fingerprint, password_hash

SITE = {
    "kind": "mall",
    "name": "海港城购物中心",
    "address": "海港路1号",
    "tax_id": "91350100M000100Y43",
    "timezone": "Asia/Shanghai",
    "language": "zh_CN",
    "currency": "CNY",
}
USERS = (
    ("admin", "admin", "站点管理员"),
    ("super", "supervisor", "王主管"),
    ("lead", "shift_lead", "李值班长"),
    ("clerk", "clerk", "陈小姐"),
)
SHOPS = (
    dict(
        name_zh="星巴克",
        name_en="Starbucks",
        unit="L1-01",
        floor="L1",
        category="咖啡",
        phone="021-55550101",
        tax_id="",
    ),
    dict(
        name_zh="优衣库",
        name_en="Uniqlo",
        unit="L2-05",
        floor="L2",
        category="服装",
        phone="021-55550205",
        tax_id="91310115MA1H70002A",
    ),
    dict(
        name_zh="老凤祥",
        name_en="Lao Feng Xiang",
        unit="L1-08",
        floor="L1",
        category="珠宝",
        phone="021-55550108",
        tax_id="",
    ),
)
OPEN_SLIP = "D2026-000003"  # the umbrella still out, lent in the open shift
OPEN_SLIP_PHONE = "13900139000"
MEMBER_PHONE, MEMBER_ID_NUMBER = "13700137000", "11010519491231002X"
ERASED_PHONE = "13600136000"  # 李四, erased on request from version 8 on
UMBRELLA_DEPOSIT = 5000


# --- version 1: the site is set up, its people and its shops ---------------------------------
def site_and_shops(desk: Desk) -> None:
    desk.day(1)
    for key, value in SITE.items():
        desk.setting(f"site.{key}", value)
    desk.audit("site.initialise", "site", 1, None, SITE)
    for username, role, name in USERS:
        user_id = desk.add(
            "users",
            username=username,
            display_name=name,
            role=role,
            password_hash=password_hash(PASSWORD, username),
            created_at=desk.at,
        )
        desk.user_ids[username] = user_id
        desk.audit(
            "user.add",
            "user",
            user_id,
            None,
            {"username": username, "display_name": name, "role": role, "active": 1},
        )
        if username == "admin":
            desk.sign_in("admin")
    for shop in SHOPS:
        desk.tick()
        shop_id = desk.add("shops", **shop, created_at=desk.at, updated_at=desk.at)
        desk.audit("shop.add", "shop", shop_id, None, {**shop, "active": True})
    desk.tick()
    desk.db.conn.execute("UPDATE shops SET active = 0, updated_at = ? WHERE id = 3", (desk.at,))
    desk.audit("shop.update", "shop", 3, {"active": True}, {"active": False})


# --- version 2: lending with deposits, shifts and the cash ledger ----------------------------
KINDS = (
    dict(
        code="umbrella",
        prefix="U",
        name_zh="爱心雨伞",
        name_en="Umbrella",
        deposit_fen=UMBRELLA_DEPOSIT,
        loan_minutes=7 * 24 * 60,
        return_before_closing=0,
        replacement_fen=5000,
    ),
    dict(
        code="stroller",
        prefix="S",
        name_zh="爱心童车",
        name_en="Stroller",
        deposit_fen=0,
        loan_minutes=360,
        return_before_closing=1,
        replacement_fen=60000,
    ),
    dict(
        code="wheelchair",
        prefix="W",
        name_zh="轮椅",
        name_en="Wheelchair",
        deposit_fen=0,
        loan_minutes=360,
        return_before_closing=1,
        replacement_fen=80000,
    ),
)
ITEMS = (("U-001", 1), ("U-002", 1), ("S-001", 2), ("W-001", 3))


def open_shift(desk: Desk, counts: dict) -> int:
    float_fen = sum(int(k) * v for k, v in counts.items())
    desk.tick()
    shift_id = desk.add(
        "shifts",
        desk="main",
        opened_at=desk.at,
        opened_by=desk.uid(),
        float_fen=float_fen,
        float_counts=_json(counts),
    )
    desk.audit(
        "shift.open",
        "shift",
        shift_id,
        None,
        {"desk": "main", "float_fen": float_fen, "float_counts": counts},
    )
    return shift_id


def lend(
    desk: Desk,
    shift_id: int,
    item_id: int,
    phone: str,
    method: str,
    deposit: int,
    due_minutes: int,
    name: str = "",
) -> int:
    desk.tick()
    slip = desk.number("deposit_slip")
    loan_id = desk.add(
        "loans",
        slip_no=slip,
        item_id=item_id,
        borrower_phone=phone,
        borrower_name=name,
        deposit_fen=deposit,
        method=method,
        lent_at=desk.at,
        due_at=desk.later(minutes=due_minutes),
        lent_by=desk.uid(),
        shift_id=shift_id,
    )
    if deposit:
        desk.movement(shift_id, "deposit_in", method, deposit, slip)
    desk.audit(
        "loan.lend",
        "loan",
        loan_id,
        None,
        {
            "slip_no": slip,
            "item_id": item_id,
            "phone": phone[:3] + "****" + phone[-4:],
            "deposit_fen": deposit,
            "method": method,
        },
    )
    return loan_id


def settle(
    desk: Desk,
    shift_id: int,
    loan_id: int,
    condition: str = "good",
    forfeit: int = 0,
    reason: str = "",
    approver: str | None = None,
) -> None:
    desk.tick()
    slip, deposit, method = desk.db.conn.execute(
        "SELECT slip_no, deposit_fen, method FROM loans WHERE id = ?", (loan_id,)
    ).fetchone()
    desk.add(
        "loan_settlements",
        loan_id=loan_id,
        at=desk.at,
        user_id=desk.uid(),
        condition=condition,
        refund_fen=deposit - forfeit,
        forfeit_fen=forfeit,
        reason=reason,
        approved_by=desk.uid(approver) if approver else None,
        shift_id=shift_id,
    )
    if deposit - forfeit:
        desk.movement(shift_id, "deposit_refund", method, forfeit - deposit, slip)
    if forfeit:
        desk.movement(shift_id, "deposit_forfeit", method, -forfeit, slip)
        desk.movement(shift_id, "compensation", method, forfeit, slip)
    desk.audit(
        "loan.return",
        "loan",
        loan_id,
        {"deposit_fen": deposit},
        {
            "slip_no": slip,
            "condition": condition,
            "refund_fen": deposit - forfeit,
            "forfeit_fen": forfeit,
            "extra_charge_fen": 0,
            "reason": reason,
            "approved_by": approver,
        },
    )


def close_shift(desk: Desk, shift_id: int, counts: dict) -> None:
    (float_fen,) = desk.db.conn.execute(
        "SELECT float_fen FROM shifts WHERE id = ?", (shift_id,)
    ).fetchone()
    (cash,) = desk.db.conn.execute(
        "SELECT coalesce(sum(amount_fen), 0) FROM cash_movements WHERE shift_id = ?"
        " AND method = 'cash'",
        (shift_id,),
    ).fetchone()
    counted = sum(int(k) * v for k, v in counts.items())
    desk.tick()
    report_no = desk.number("shift_report")
    desk.update(
        "shifts",
        shift_id,
        closed_at=desk.at,
        closed_by=desk.uid(),
        counted_fen=counted,
        counted_counts=_json(counts),
        expected_fen=float_fen + cash,
        difference_fen=counted - float_fen - cash,
        reason="",
        report_no=report_no,
    )
    desk.audit(
        "shift.close",
        "shift",
        shift_id,
        {"expected_fen": float_fen + cash},
        {
            "counted_fen": counted,
            "counted_counts": counts,
            "difference_fen": counted - float_fen - cash,
            "reason": "",
            "signed_off_by": None,
            "report_no": report_no,
        },
    )


def lending_and_shifts(desk: Desk) -> None:
    desk.day(2)
    desk.sign_in("admin")
    for kind in KINDS:
        kind_id = desk.add("lending_kinds", **kind, created_at=desk.at, updated_at=desk.at)
        desk.audit("lending_kind.seed", "lending_kind", kind_id, None, kind)
    for code, kind_id in ITEMS:
        item_id = desk.add("lending_items", kind_id=kind_id, code=code, created_at=desk.at)
        desk.audit("lending_item.add", "lending_item", item_id, None, {"code": code})
    desk.sign_in("clerk")
    first = open_shift(desk, {"10000": 5})
    good = lend(desk, first, 1, "13800138000", "cash", UMBRELLA_DEPOSIT, 7 * 24 * 60)
    desk.add(
        "document_prints",
        document_kind="deposit_slip",
        document_no="D2026-000001",
        copy_no=0,
        output="print",
        user_id=desk.uid(),
        printed_at=desk.at,
    )
    desk.audit("document.print", "deposit_slip", "D2026-000001", None, {"copy_no": 0})
    damaged = lend(desk, first, 2, "13800138001", "wechat", UMBRELLA_DEPOSIT, 7 * 24 * 60)
    settle(desk, first, good)
    settle(desk, first, damaged, "damaged", 2000, "伞骨折断", approver="lead")
    desk.sign_in("lead")
    desk.tick()
    desk.update(
        "lending_items", 4, retired_at=desk.at, retired_reason="broken", retired_by=desk.uid()
    )
    desk.audit("lending_item.retire", "lending_item", 4, None, {"reason": "broken"})
    close_shift(desk, first, {"10000": 5})
    desk.sign_in("clerk")
    second = open_shift(desk, {"5000": 4, "1000": 10})
    lend(desk, second, 1, OPEN_SLIP_PHONE, "cash", UMBRELLA_DEPOSIT, 7 * 24 * 60, "王女士")
    stroller = lend(desk, second, 3, "13800138002", "cash", 0, 360)
    settle(desk, second, stroller)


# --- version 3: loyalty members, points, gifts ---------------------------------------------
def enrol(
    desk: Desk,
    name: str,
    phone: str,
    id_type: str,
    number: str,
    shop_id: int,
    receipt_no: str,
    amount_fen: int,
) -> tuple[int, int]:
    desk.tick()
    member_id = desk.add(
        "members",
        name=name,
        name_key=name,
        phone=phone,
        id_type=id_type,
        id_last4=number[-4:],
        id_hash=id_hash(id_type, number),
        enrolled_at=desk.at,
        enrolled_by=desk.uid(),
    )
    card_no = desk.number("member_card")
    card_id = desk.add(
        "member_cards",
        card_no=card_no,
        member_id=member_id,
        issued_at=desk.at,
        issued_by=desk.uid(),
    )
    desk.audit(
        "member.enrol",
        "member",
        member_id,
        None,
        {
            "card": card_no,
            "name": name[:1] + "*" * (len(name) - 1),
            "id_type": id_type,
            "id_last4": number[-4:],
        },
    )
    day = desk.now.date()
    receipt_id = desk.add(
        "point_receipts",
        shop_id=shop_id,
        receipt_no=receipt_no,
        receipt_date=day.isoformat(),
        amount_fen=amount_fen,
        member_id=member_id,
        card_id=card_id,
        at=desk.at,
        user_id=desk.uid(),
    )
    points = amount_fen // 1000
    desk.add(
        "point_entries",
        member_id=member_id,
        card_id=card_id,
        at=desk.at,
        user_id=desk.uid(),
        kind="receipt",
        points=points,
        expires_on=day.replace(year=day.year + 1).isoformat(),
        receipt_id=receipt_id,
    )
    desk.audit(
        "points.credit",
        "member",
        member_id,
        None,
        {
            "card": card_no,
            "shop_id": shop_id,
            "receipt_no": receipt_no,
            "amount_fen": amount_fen,
            "points": points,
        },
    )
    return member_id, card_id


def redeem(desk: Desk, member_id: int, card_id: int, reward_id: int, points: int) -> None:
    desk.tick()
    receipt_no = desk.number("redemption")
    redemption_id = desk.add(
        "redemptions",
        receipt_no=receipt_no,
        member_id=member_id,
        card_id=card_id,
        item_id=reward_id,
        quantity=1,
        points=points,
        at=desk.at,
        user_id=desk.uid(),
    )
    desk.add(
        "reward_stock",
        item_id=reward_id,
        at=desk.at,
        user_id=desk.uid(),
        change=-1,
        reason="redemption",
        redemption_id=redemption_id,
    )
    entry_id = desk.add(
        "point_entries",
        member_id=member_id,
        card_id=card_id,
        at=desk.at,
        user_id=desk.uid(),
        kind="redeem",
        points=-points,
        redemption_id=redemption_id,
    )
    (batch_id,) = desk.db.conn.execute(
        "SELECT id FROM point_entries WHERE member_id = ? AND kind = 'receipt'", (member_id,)
    ).fetchone()
    desk.add("point_uses", entry_id=entry_id, batch_id=batch_id, points=points)
    desk.audit(
        "points.redeem",
        "member",
        member_id,
        None,
        {"receipt_no": receipt_no, "reward": "CUP", "quantity": 1, "points": points},
    )


def reissue_lost_card(desk: Desk, member_id: int, card_id: int, shift_id: int) -> None:
    desk.tick()
    desk.update("member_cards", card_id, status="lost", lost_at=desk.at, lost_by=desk.uid())
    desk.audit("member.card_lost", "member", member_id, {"status": "active"}, {"status": "lost"})
    desk.tick()
    desk.update("member_cards", card_id, status="replaced", replaced_at=desk.at)
    fee_no, card_no = desk.number("fee_receipt"), desk.number("member_card")
    desk.add(
        "member_cards",
        card_no=card_no,
        member_id=member_id,
        issued_at=desk.at,
        issued_by=desk.uid(),
        replaces_card=card_id,
        fee_fen=1000,
        fee_method="cash",
        fee_receipt_no=fee_no,
    )
    desk.movement(shift_id, "card_fee", "cash", 1000, fee_no)
    desk.audit(
        "member.reissue",
        "member",
        member_id,
        {"status": "lost"},
        {"card": card_no, "fee_fen": 1000, "method": "cash", "receipt_no": fee_no},
    )


def members_and_points(desk: Desk) -> None:
    desk.day(3)
    desk.sign_in("admin")
    desk.tick()
    reward_id = desk.add(
        "reward_items",
        code="CUP",
        name_zh="保温杯",
        name_en="Thermos cup",
        points_cost=50,
        created_at=desk.at,
        updated_at=desk.at,
    )
    desk.audit("reward.add", "reward", reward_id, None, {"code": "CUP", "points_cost": 50})
    desk.add(
        "reward_stock",
        item_id=reward_id,
        at=desk.at,
        user_id=desk.uid(),
        change=10,
        reason="restock",
    )
    desk.audit("reward.restock", "reward", reward_id, None, {"quantity": 10})
    desk.sign_in("clerk")
    desk.setting("members.id_key_fingerprint", key_fingerprint())
    zhang = enrol(desk, "张三", MEMBER_PHONE, "resident", MEMBER_ID_NUMBER, 1, "A1001", 68800)
    li = enrol(desk, "李四", ERASED_PHONE, "passport", "E12345678", 2, "U-5521", 25000)
    redeem(desk, *zhang, reward_id, 50)
    reissue_lost_card(desk, li[0], li[1], shift_id=2)


def _json(value) -> str:
    return json.dumps(value, sort_keys=True)
