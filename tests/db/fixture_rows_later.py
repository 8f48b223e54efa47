"""The story of schema versions 4 to 11 (see fixture_rows.py for 1 to 3): lost and found,
the shop directory, paid services and invoices, complaints and care, a member's erasure,
month locks and hand-overs, and the audit checkpoint."""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from zoneinfo import ZoneInfo

import db.core.audit as audit_db
from tests.db.fixture_desk import Desk

FOUND_UMBRELLA_TAG = "L2026-000001"
SALE_NO, VOIDED_SALE_NO = "R2026-000001", "R2026-000002"
INVOICE_NO = "FP2026-000001"
CASE_NO = "C2026-000001"
LOCKED_MONTH = "2026-02"
HANDOVER_DAY = "2026-03-03"
E_INVOICE_NO = "26312000000000012345"


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


# --- version 4: lost and found ---------------------------------------------------------------
def _index(desk: Desk, kind: str, row_id: int, *fields: str) -> None:
    """The search index as the desk fills it: FTS5 body, and every 1-2 character gram."""
    body = "\n".join(f.lower() for f in fields if f)
    grams = set()
    for word in body.split():
        grams.update(word)
        grams.update(word[i : i + 2] for i in range(len(word) - 1))
    desk.db.conn.execute(f"INSERT INTO {kind}_fts (rowid, body) VALUES (?, ?)", (row_id, body))
    desk.db.conn.executemany(
        f"INSERT INTO {kind}_grams (gram, item_id) VALUES (?, ?)",
        [(g, row_id) for g in sorted(grams)],
    )


def found(
    desk: Desk,
    category: str,
    description: str,
    place: str,
    hidden: str,
    colour: str = "",
    storage: str = "",
    cash_fen: int | None = None,
) -> int:
    desk.tick()
    tag = desk.number("found_tag")
    item_id = desk.add(
        "found_items",
        tag_no=tag,
        category=category,
        description=description,
        colour=colour,
        found_place=place,
        found_at=desk.later(minutes=-30),
        finder_kind="staff",
        finder_name="保洁 周阿姨",
        storage=storage,
        hidden_detail=hidden,
        cash_fen=cash_fen,
        cash_confirmed_by=desk.uid("lead") if cash_fen else None,
        registered_at=desk.at,
        registered_by=desk.uid(),
    )
    _index(desk, "found", item_id, tag, description, colour, "", place, storage)
    desk.audit(
        "found.register",
        "found_item",
        item_id,
        None,
        {"tag_no": tag, "category": category, "description": description, "cash_fen": cash_fen},
    )
    return item_id


def lost_report(desk: Desk, description: str, phone: str, place: str, colour: str) -> int:
    desk.tick()
    report_no = desk.number("lost_report")
    report_id = desk.add(
        "lost_reports",
        report_no=report_no,
        category="valuable",
        description=description,
        colour=colour,
        lost_place=place,
        lost_from=desk.later(hours=-3),
        lost_to=desk.later(hours=-1),
        contact_name="赵先生",
        contact_phone=phone,
        reported_at=desk.at,
        reported_by=desk.uid(),
    )
    _index(desk, "lost", report_id, report_no, description, colour, place)
    desk.audit(
        "lost.register",
        "lost_report",
        report_id,
        None,
        {"report_no": report_no, "description": description},
    )
    return report_id


def lost_and_found(desk: Desk) -> None:
    desk.day(4)
    desk.sign_in("clerk")
    found(desk, "ordinary", "黑色雨伞 black umbrella", "L2 洗手间", "伞柄刻有字母W", "黑色", "A-01")
    cash = found(
        desk,
        "cash",
        "现金 cash in an envelope",
        "B1 停车场",
        "信封上写着 房租",
        storage="保险柜",
        cash_fen=20000,
    )
    phone = found(
        desk, "valuable", "苹果手机 iPhone", "L1 星巴克", "锁屏是一只猫", "蓝色", "保险柜"
    )
    report = lost_report(desk, "手机 iPhone 蓝色", "13500135000", "一楼", "蓝色")
    lost_report(desk, "钱包 brown wallet", "13500135001", "二楼", "棕色")
    desk.tick()
    desk.add(
        "lost_found_links",
        lost_report_id=report,
        found_item_id=phone,
        linked_at=desk.at,
        linked_by=desk.uid(),
    )
    desk.update("lost_reports", report, status="found")
    desk.audit("lost.link", "lost_report", report, {"status": "open"}, {"status": "found"})
    desk.tick()
    receipt_no = desk.number("claim_receipt")
    desk.add(
        "found_item_claims",
        receipt_no=receipt_no,
        found_item_id=phone,
        claimant_name="赵先生",
        id_type="resident_id",
        id_last4="002X",
        id_length=18,
        phone="13500135000",
        description="蓝色苹果手机，锁屏是猫",
        detail_matched=1,
        description_confirmed=1,
        signature_png=_png_1x1(),
        claimed_at=desk.at,
        clerk_id=desk.uid(),
    )
    desk.update("found_items", phone, status="claimed", closed_at=desk.at)
    desk.update("lost_reports", report, status="closed")
    desk.audit(
        "found.claim",
        "found_item",
        phone,
        {"status": "held"},
        {"status": "claimed", "receipt_no": receipt_no},
    )
    desk.sign_in("lead")
    desk.add(
        "found_item_outcomes",
        found_item_id=cash,
        kind="police",
        officer="刘警官",
        station="海港派出所",
        at=desk.at,
        user_id=desk.uid(),
    )
    desk.update("found_items", cash, status="police", closed_at=desk.at)
    desk.audit("found.police", "found_item", cash, {"status": "held"}, {"status": "police"})
    broadcast = desk.add(
        "broadcasts",
        at=desk.tick(),
        text_zh="请丢失棕色钱包的顾客到服务台",
        text_en="Would the owner of a brown wallet come to the service desk",
        source="LR2026-000002",
        repeats=2,
        user_id=desk.uid(),
    )
    desk.audit(
        "broadcast.record", "broadcast", broadcast, None, {"source": "LR2026-000002", "repeats": 2}
    )


# --- version 5: directory details, facilities, answers, the inquiry tally ------------------
def directory(desk: Desk) -> None:
    desk.day(5)
    desk.sign_in("admin")
    details = dict(hours="07:00-22:00", brand="Starbucks", keywords="咖啡 拿铁 coffee")
    desk.add("directory_shop_details", shop_id=1, **details, updated_at=desk.at)
    desk.audit("directory.shop_details", "shop", 1, None, details)
    for kind, name_zh, name_en, floor, location in (
        ("toilet", "洗手间", "Toilets", "L2", "近扶梯"),
        ("nursing_room", "母婴室", "Nursing room", "L3", "儿童区旁"),
    ):
        desk.tick()
        facility = desk.add(
            "facilities",
            kind=kind,
            name_zh=name_zh,
            name_en=name_en,
            floor=floor,
            location=location,
            created_at=desk.at,
            updated_at=desk.at,
        )
        desk.audit(
            "directory.facility_add", "facility", facility, None, {"kind": kind, "floor": floor}
        )
    answer = desk.add(
        "answers",
        topic="parking",
        title_zh="停车收费",
        title_en="Parking fees",
        body_zh="首小时免费，之后每小时5元。",
        body_en="First hour free, then ¥5 an hour.",
        keywords="停车 parking",
        created_at=desk.at,
        updated_at=desk.at,
        updated_by=desk.uid(),
    )
    desk.audit("answer.add", "answer", answer, None, {"topic": "parking"})
    # the directory_index is left to be built: the desk derives it on the first search
    desk.sign_in("clerk")
    for kind, channel, shop_id in (
        ("directions", "counter", 1),
        ("parking", "hotline", None),
        ("directions", "counter", 2),
    ):
        _inquiry(desk, kind, channel, shop_id)
    _inquiry(desk, "directions", "counter", 2, cancels=3)


def _inquiry(desk: Desk, kind: str, channel: str, shop_id, cancels=None) -> None:
    desk.tick()
    local = desk.now.astimezone(ZoneInfo("Asia/Shanghai"))
    inquiry = desk.add(
        "inquiries",
        at=desk.at,
        day=local.date().isoformat(),
        hour=local.hour,
        type=kind,
        channel=channel,
        answer_seconds=None if cancels else 40,
        shop_id=shop_id,
        user_id=desk.uid(),
        cancels_id=cancels,
    )
    desk.audit(
        "inquiry.take_back" if cancels else "inquiry.record",
        "inquiry",
        inquiry,
        None,
        {"type": kind, "channel": channel},
    )


# --- version 6: paid services and invoices -----------------------------------------------------
def sell(
    desk: Desk, lines: list[tuple[int, str, str, int, int]], method: str, tendered: int
) -> int:
    desk.tick()
    total = sum(q * price for _, _, _, q, price in lines)
    receipt_no = desk.number("receipt")
    sale_id = desk.add(
        "sales",
        receipt_no=receipt_no,
        sold_at=desk.at,
        user_id=desk.uid(),
        shift_id=2,
        method=method,
        total_fen=total,
        tendered_fen=tendered,
        change_fen=tendered - total,
    )
    for n, (item_id, zh, en, quantity, price) in enumerate(lines, 1):
        desk.add(
            "sale_lines",
            sale_id=sale_id,
            line_no=n,
            item_id=item_id,
            name_zh=zh,
            name_en=en,
            quantity=quantity,
            unit_price_fen=price,
            amount_fen=quantity * price,
        )
    desk.movement(2, "service_income", method, total, receipt_no)
    desk.audit(
        "sale.sell",
        "sale",
        receipt_no,
        None,
        {"total_fen": total, "method": method, "change_fen": tendered - total},
    )
    return sale_id


def invoice(desk: Desk, header: dict, lines: list[tuple[str, int, int, int, int | None]]) -> int:
    desk.tick()
    number = desk.number("invoice")
    gross = sum(q * price for _, q, price, _, _ in lines)
    taxes = [_line_tax(q * price, rate) for _, q, price, rate, _ in lines]
    invoice_id = desk.add(
        "invoices",
        invoice_no=number,
        issued_at=desk.at,
        user_id=desk.uid(),
        net_fen=gross - sum(taxes),
        tax_fen=sum(taxes),
        total_fen=gross,
        **header,
    )
    for n, ((text, q, price, rate, original), tax) in enumerate(zip(lines, taxes), 1):
        desk.add(
            "invoice_lines",
            invoice_id=invoice_id,
            line_no=n,
            description=text,
            quantity=q,
            unit_price_fen=price,
            tax_rate=rate,
            gross_fen=q * price,
            tax_fen=tax,
            net_fen=q * price - tax,
            original_line_id=original,
        )
    action = "invoice.red_letter" if header["kind"] == "red" else "invoice.issue"
    desk.audit(action, "invoice", number, None, {"total_fen": gross, "tax_fen": sum(taxes)})
    return invoice_id


def _line_tax(gross_fen: int, rate: int) -> int:
    num, den = abs(gross_fen) * rate, 100 + rate
    tax = (2 * num + den) // (2 * den)
    return -tax if gross_fen < 0 else tax


def sales_and_invoices(desk: Desk) -> None:
    desk.day(6)
    desk.sign_in("admin")
    for code, zh, en, unit_zh, unit_en, price, sort_key in (
        ("COPY", "复印", "Photocopy", "页", "page", 50, 10),
        ("WRAP", "礼品包装", "Gift wrapping", "件", "piece", 1000, 20),
    ):
        desk.tick()
        item_id = desk.add(
            "price_items",
            code=code,
            name_zh=zh,
            name_en=en,
            unit_zh=unit_zh,
            unit_en=unit_en,
            sort_key=sort_key,
            created_at=desk.at,
            updated_at=desk.at,
        )
        desk.add("prices", item_id=item_id, price_fen=price, valid_from=desk.at, user_id=desk.uid())
        desk.audit("price.add", "price_item", item_id, None, {"code": code, "price_fen": price})
    desk.tick()
    desk.add("prices", item_id=2, price_fen=1200, valid_from=desk.at, user_id=desk.uid())
    desk.audit("price.change", "price_item", 2, {"price_fen": 1000}, {"price_fen": 1200})
    desk.sign_in("clerk")
    sell(
        desk,
        [(1, "复印", "Photocopy", 2, 50), (2, "礼品包装", "Gift wrapping", 1, 1200)],
        "cash",
        2000,
    )
    voided = sell(desk, [(2, "礼品包装", "Gift wrapping", 1, 1200)], "wechat", 1200)
    desk.sign_in("lead")
    desk.add(
        "sale_voids", sale_id=voided, at=desk.at, user_id=desk.uid(), reason="重复收款", shift_id=2
    )
    desk.movement(2, "service_void", "wechat", -1200, VOIDED_SALE_NO)
    desk.audit("sale.void", "sale", VOIDED_SALE_NO, {"total_fen": 1200}, {"reason": "重复收款"})
    desk.sign_in("clerk")
    mall = dict(
        seller_kind="mall",
        shop_id=None,
        seller_name="海港城购物中心",
        seller_tax_id="91350100M000100Y43",
    )
    blue = invoice(
        desk,
        dict(
            kind="blue",
            **mall,
            buyer_kind="company",
            buyer_name="上海海风贸易有限公司",
            buyer_tax_id="91310000MA1FL0001R",
            e_invoice_no=E_INVOICE_NO,
        ),
        [("服务费", 1, 10600, 6, None)],
    )
    desk.add("invoice_sources", invoice_id=blue, shop_id=None, receipt_no=SALE_NO)
    desk.sign_in("lead")
    invoice(
        desk,
        dict(
            kind="red",
            original_id=blue,
            **mall,
            buyer_kind="company",
            buyer_name="上海海风贸易有限公司",
            buyer_tax_id="91310000MA1FL0001R",
            reason="部分退款",
        ),
        [("服务费", -1, 5300, 6, 1)],
    )
    shop = invoice(
        desk,
        dict(
            kind="blue",
            seller_kind="shop",
            shop_id=2,
            seller_name="优衣库",
            seller_tax_id="91310115MA1H70002A",
            buyer_kind="person",
            buyer_name="王五",
        ),
        [("服装", 2, 19900, 13, None)],
    )
    desk.add("invoice_sources", invoice_id=shop, shop_id=2, receipt_no="U-5521")
    desk.tick()
    desk.add("invoice_voids", invoice_id=shop, at=desk.at, user_id=desk.uid(), reason="抬头错误")
    desk.db.conn.execute("UPDATE invoice_sources SET released = 1 WHERE invoice_id = ?", (shop,))
    desk.audit("invoice.void", "invoice", "FP2026-000003", None, {"reason": "抬头错误"})


# --- version 7: complaints, first aid, custody, paging ------------------------------------------
def complaints_and_care(desk: Desk) -> None:
    desk.day(7)
    desk.sign_in("clerk")
    desk.tick()
    case_no = desk.number("complaint")
    first = desk.add(
        "complaint_cases",
        case_no=case_no,
        kind="complaint",
        form="oral",
        channel="counter",
        phone="13300133000",
        name="孙女士",
        shop_id=1,
        category="service",
        text="店员态度冷淡，点单等了二十分钟。",
        opened_at=desk.at,
        due_at=desk.later(hours=24),
        opened_by=desk.uid(),
    )
    desk.audit(
        "complaint.record", "complaint", case_no, None, {"kind": "complaint", "category": "service"}
    )
    desk.tick()
    second_no = desk.number("complaint")
    desk.add(
        "complaint_cases",
        case_no=second_no,
        kind="suggestion",
        form="written",
        channel="comment_book",
        phone="13300133001",
        category="facilities",
        text="希望母婴室增加热水。",
        scan=b"%PDF-1.4 scanned page",
        opened_at=desk.at,
        due_at=desk.later(hours=24),
        opened_by=desk.uid(),
    )
    desk.audit(
        "complaint.record",
        "complaint",
        second_no,
        None,
        {"kind": "suggestion", "category": "facilities"},
    )
    desk.sign_in("super")
    for status, target in (("new", "forwarded"), ("forwarded", "in_progress")):
        desk.tick()
        fields = (
            {"forwarded_to": "property"}
            if target == "forwarded"
            else {"first_response_at": desk.at}
        )
        desk.add(
            "complaint_steps",
            case_id=first,
            status_from=status,
            status_to=target,
            at=desk.at,
            user_id=desk.uid(),
            note="",
        )
        desk.update("complaint_cases", first, status=target, **fields)
        desk.audit(
            f"complaint.{target}",
            "complaint",
            case_no,
            {"status": status},
            {"status": target, **fields},
        )
    first_aid_and_custody(desk)


def first_aid_and_custody(desk: Desk) -> None:
    desk.sign_in("clerk")
    desk.tick()
    medicine = desk.add(
        "medicines",
        name="创可贴",
        kind="external",
        unit="片",
        low_stock=10,
        expires_on="2027-06-30",
        created_at=desk.at,
    )
    desk.audit("first_aid.add", "medicine", medicine, None, {"name": "创可贴", "kind": "external"})
    for kind, change, for_whom in (("restock", 50, ""), ("use", -2, "摔伤的小朋友")):
        desk.tick()
        desk.add(
            "medicine_moves",
            medicine_id=medicine,
            kind=kind,
            change=change,
            expires_on="2027-06-30" if kind == "restock" else None,
            for_whom=for_whom,
            at=desk.at,
            user_id=desk.uid(),
        )
        desk.audit(f"first_aid.{kind}", "medicine", medicine, None, {"change": change})
    for description, owner, held_for in (
        ("快递纸箱", "supplier", "优衣库"),
        ("购物袋两只", "customer", "钱先生"),
    ):
        desk.tick()
        item = desk.add(
            "custody_items",
            description=description,
            owner_kind=owner,
            held_for=held_for,
            left_by=held_for,
            storage="B-2",
            received_at=desk.at,
            received_by=desk.uid(),
        )
        desk.audit("custody.take_in", "custody", item, None, {"description": description})
    desk.tick()
    desk.update(
        "custody_items", 1, picked_up_at=desk.at, picked_up_by="优衣库 小刘", released_by=desk.uid()
    )
    desk.audit("custody.hand_out", "custody", 1, None, {"by": "优衣库 小刘"})
    broadcast = desk.add(
        "broadcasts",
        at=desk.tick(),
        text_zh="请孙小朋友的家长到一楼服务台",
        text_en="Parents of a child named Sun, please come to the desk",
        source="paging",
        requested_by="孙小朋友",
        repeats=3,
        user_id=desk.uid(),
    )
    desk.add(
        "paging_details",
        broadcast_id=broadcast,
        kind="person",
        meet_at="一楼服务台",
        interval_minutes=5,
    )
    desk.audit("broadcast.record", "broadcast", broadcast, None, {"source": "paging", "repeats": 3})


# --- versions 8 to 11 ----------------------------------------------------------------------------
def member_erasure(desk: Desk) -> None:
    """李四 (member 2) asks to be forgotten: the desk's pseudonym and placeholders."""
    desk.day(8)
    desk.sign_in("admin")
    desk.tick()
    desk.update(
        "members",
        2,
        name="已注销会员 #2",
        name_key="#erased2",
        phone="#2",
        id_last4="",
        id_hash=hashlib.sha256(b"erased:2").hexdigest(),
        erased_at=desk.at,
        erased_by=desk.uid(),
    )
    desk.audit(
        "member.erase", "member", 2, None, {"pseudonym": "已注销会员 #2", "reason": "本人书面申请"}
    )


def month_locks_and_handover(desk: Desk) -> None:
    desk.day(9)
    desk.sign_in("admin")
    desk.add("month_locks", month=LOCKED_MONTH, action="lock", at=desk.at, user_id=desk.uid())
    desk.audit("month.lock", "month", LOCKED_MONTH, None, {"locked": True})
    desk.sign_in("lead")
    desk.tick()
    number = desk.number("handover")
    # the day of the first shift: deposits in and out, and one damaged umbrella's compensation
    figures = {
        "receipt_first": "",
        "receipt_last": "",
        "receipt_count": 0,
        "receipt_fen": 0,
        "void_count": 0,
        "void_fen": 0,
        "net_fen": 2000,
        "by_method": {"wechat": {"n": 1, "fen": 2000}},
        "shifts": [
            {
                "report_no": "Z2026-000001",
                "float_fen": 50000,
                "expected_fen": 50000,
                "counted_fen": 50000,
                "difference_fen": 0,
            }
        ],
        "cash_counted_fen": 50000,
        "float_fen": 50000,
        "held_count": 0,
        "held_fen": 0,
    }
    # from schema 20 a voucher belongs to a desk; one of the whole site has desk '', as the
    # upgrade leaves the vouchers issued before desks were kept
    since_20 = any(
        r[1] == "desk" for r in desk.db.conn.execute("PRAGMA table_info(handovers)").fetchall()
    )
    desk.add(
        "handovers",
        handover_no=number,
        **({"desk": ""} if since_20 else {}),
        business_date=HANDOVER_DAY,
        at=desk.at,
        user_id=desk.uid(),
        figures=json.dumps(figures, ensure_ascii=False),
    )
    desk.audit(
        "handover.issue",
        "handover",
        number,
        None,
        {"day": HANDOVER_DAY, "net_fen": 2000, "cash_counted_fen": 50000},
    )


def a_quiet_day(desk: Desk) -> None:
    """Version 10 only added indexes: a day of signing in."""
    desk.day(10)
    desk.sign_in("clerk")


def audit_checkpoint(desk: Desk) -> None:
    """The full chain walk at start-up found the chain sound and remembered where it ended."""
    desk.day(11)
    desk.sign_in("lead")
    last = desk.db.conn.execute(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    audit_db.write_checkpoint(desk.db, last["id"], last["hash"], desk.tick())


# --- version 12: kept cash counts and claim attempts ------------------------------------------
def shift_counts_and_claim_attempts(desk: Desk) -> None:
    """The lead counts the open shift's drawer once (kept, with the figure it was compared to);
    a claimant gives a wrong hidden detail for the found umbrella, and the try is kept."""
    desk.day(12)
    desk.sign_in("lead")
    conn = desk.db.conn
    shift_id, float_fen = conn.execute(
        "SELECT id, float_fen FROM shifts WHERE closed_at IS NULL"
    ).fetchone()
    cash, last_movement = conn.execute(
        "SELECT coalesce(sum(amount_fen), 0), coalesce(max(id), 0) FROM cash_movements"
        " WHERE shift_id = ? AND method = 'cash'",
        (shift_id,),
    ).fetchone()
    counts = {"5000": 4, "1000": 10}
    counted = sum(int(k) * v for k, v in counts.items())
    desk.tick()
    desk.add(
        "shift_counts",
        shift_id=shift_id,
        seq=1,
        counted_at=desk.at,
        counted_by=desk.uid(),
        counted_fen=counted,
        counted_counts=json.dumps(counts, sort_keys=True),
        expected_fen=float_fen + cash,
        last_movement_id=last_movement,
    )
    desk.audit(
        "shift.count",
        "shift",
        shift_id,
        None,
        {"seq": 1, "counted_fen": counted, "expected_fen": float_fen + cash},
    )
    desk.sign_in("clerk")
    desk.tick()
    (item_id,) = conn.execute(
        "SELECT id FROM found_items WHERE tag_no = ?", (FOUND_UMBRELLA_TAG,)
    ).fetchone()
    desk.add(
        "found_item_claim_attempts",
        found_item_id=item_id,
        at=desk.at,
        user_id=desk.uid(),
        via="check",
        agrees=0,
    )
    desk.audit(
        "found.detail_check",
        "found_item",
        item_id,
        None,
        {"tag_no": FOUND_UMBRELLA_TAG, "agrees": False, "wrong_attempts": 1},
    )


# --- version 13: source receipt amounts (the keyed audit trail is made when the app opens) ----
TENANT_RECEIPT, TENANT_RECEIPT_FEN = "U-6001", 39800


def invoice_source_amounts(desk: Desk) -> None:
    """A tenant's purchase receipt is invoiced with the amount entered from it, and kept."""
    desk.day(13)
    desk.sign_in("clerk")
    shop = invoice(
        desk,
        dict(
            kind="blue",
            seller_kind="shop",
            shop_id=2,
            seller_name="优衣库",
            seller_tax_id="91310115MA1H70002A",
            buyer_kind="person",
            buyer_name="赵六",
        ),
        [("服装", 2, 19900, 13, None)],
    )
    desk.add(
        "invoice_sources",
        invoice_id=shop,
        shop_id=2,
        receipt_no=TENANT_RECEIPT,
        amount_fen=TENANT_RECEIPT_FEN,
    )


# --- version 14: retention periods and a phone masked after its record's retention ----------
def retention_and_masking(desk: Desk) -> None:
    """The admin keeps desk ledgers 18 months; a closed lost report's phone is masked once its
    retention ended (the grant is written and removed in the masking's own transaction)."""
    desk.day(14)
    desk.sign_in("admin")
    desk.setting("retention.desk_ledgers_months", 18)
    desk.audit("setting.update", "setting", "retention.desk_ledgers_months", None, 18)
    conn = desk.db.conn
    report = conn.execute(
        "SELECT id, contact_phone FROM lost_reports WHERE status = 'closed' ORDER BY id LIMIT 1"
    ).fetchone()
    masked = report["contact_phone"][:3] + "****" + report["contact_phone"][-4:]
    conn.execute(
        "INSERT INTO retention_grants (tbl, before_at) VALUES ('lost_reports.contact_phone', ?)",
        (desk.at,),
    )
    desk.update("lost_reports", report["id"], contact_phone=masked)
    conn.execute("DELETE FROM retention_grants")
    desk.audit("retention.mask_phones", "lost_report", report["id"], None, {"masked": 1})


# --- version 15: service quality ---------------------------------------------------------
def service_quality(desk: Desk) -> None:
    """Customers rate two services (one keyed by the clerk, one skipped), the supervisor
    scores the clerk's hotline call on the default sheet, a missed call is noted."""
    desk.day(15)
    desk.sign_in("clerk")
    day = desk.now.date().isoformat()
    for service, reference, source, score, reasons in (
        ("lend", "D2026-000001", "customer", 4, "attitude,speed"),
        ("sale", "R2026-000001", "keyed", 3, ""),
        ("inquiry", "Q1", "skipped", None, ""),
    ):
        rating_id = desk.add(
            "service_ratings",
            at=desk.tick(),
            day=day,
            desk="main",
            service=service,
            reference=reference,
            clerk_id=desk.uid(),
            source=source,
            score=score,
            reasons=reasons,
        )
        desk.audit(f"rating.{source}", "service_rating", rating_id, None, {"service": service})
    call_id = desk.add(
        "hotline_missed_calls",
        at=desk.tick(),
        day=day,
        desk="main",
        rang_seconds=32,
        user_id=desk.uid(),
    )
    desk.audit("hotline.missed_call", "hotline_missed_call", call_id, None, {"rang": 32})
    clerk = desk.uid()
    desk.sign_in("super")
    check_id = desk.add(
        "qc_checks",
        at=desk.tick(),
        day=day,
        desk="main",
        sheet_id=1,
        channel="hotline",
        service="inquiry",
        reference="Q1",
        clerk_id=clerk,
        checker_id=desk.uid(),
        comment="三声内接起，结束语完整",
    )
    items = desk.db.conn.execute("SELECT id, points FROM qc_sheet_items WHERE sheet_id = 1")
    for item in items.fetchall():
        desk.db.conn.execute(
            "INSERT INTO qc_scores (check_id, item_id, points) VALUES (?, ?, ?)",
            (check_id, item["id"], item["points"] - (item["id"] % 2)),
        )
    desk.audit("quality.check", "qc_check", check_id, None, {"clerk_id": clerk})


# --- version 17: a holiday moves the deadline of a case not yet answered -------------------
def found_items_due(desk: Desk) -> None:
    """Held items of two categories the due list reads by category (the index of schema 16):
    a perishable sandwich, and a scarf kept months."""
    desk.day(16)
    desk.sign_in("clerk")
    found(desk, "perishable", "三明治 sandwich", "L3 美食广场", "包装上写着 周五", "", "冰箱")
    desk.tick()
    found(desk, "ordinary", "红色围巾 red scarf", "L1 入口", "标签剪掉了", "红色", "A-02")


def complaint_deadline_follows_holiday(desk: Desk) -> None:
    """The admin adds a holiday; the cases waiting for a first response get a day later."""
    desk.day(17)
    desk.sign_in("admin")
    desk.setting("complaints.holidays", ["2026-03-20"])
    desk.audit("settings.calendar", "setting", "calendar", None, {"holidays": ["2026-03-20"]})
    conn = desk.db.conn
    for case in conn.execute(
        "SELECT id, due_at FROM complaint_cases WHERE first_response_at IS NULL"
    ).fetchall():
        moved = conn.execute("SELECT datetime(?, '+1 day')", (case["due_at"],)).fetchone()[0]
        moved = moved.replace(" ", "T") + "+00:00"
        desk.update("complaint_cases", case["id"], due_at=moved)
        desk.audit("complaint.deadline", "complaint", case["id"], case["due_at"], moved)


def loan_vouchers(desk: Desk) -> None:
    """U-002 lent again on cash and brought back damaged: 20 yuan of its deposit kept as
    compensation, the rest refunded; a refund voucher and a compensation voucher, numbered."""
    from tests.db import fixture_rows as early

    desk.day(18)
    desk.sign_in("clerk")
    (shift_id,) = desk.db.conn.execute(
        "SELECT id FROM shifts WHERE closed_at IS NULL ORDER BY id LIMIT 1"
    ).fetchone()
    loan_id = early.lend(
        desk, shift_id, 2, "13800138005", "cash", early.UMBRELLA_DEPOSIT, 7 * 24 * 60
    )
    early.settle(desk, shift_id, loan_id, "damaged", 2000, "伞面撕裂", approver="lead")
    (settlement_id,) = desk.db.conn.execute(
        "SELECT id FROM loan_settlements WHERE loan_id = ?", (loan_id,)
    ).fetchone()
    for kind, amount, from_deposit in (
        ("refund", early.UMBRELLA_DEPOSIT - 2000, early.UMBRELLA_DEPOSIT - 2000),
        ("charge", 2000, 2000),
    ):
        number = desk.number("lending_voucher")
        voucher_id = desk.add(
            "loan_vouchers",
            voucher_no=number,
            loan_id=loan_id,
            settlement_id=settlement_id,
            kind=kind,
            amount_fen=amount,
            deposit_part_fen=from_deposit,
            method="cash",
            issued_at=desk.at,
            issued_by=desk.uid(),
        )
        desk.audit(
            "loan.voucher",
            "loan_voucher",
            voucher_id,
            None,
            {"voucher_no": number, "kind": kind, "amount_fen": amount, "method": "cash"},
        )


def floors_named(desk: Desk) -> None:
    """The admin renames a floor and adds a car park floor below the basements (the floors
    of schema 19)."""
    desk.day(19)
    desk.sign_in("admin")
    conn = desk.db.conn
    floor_id, zh, en = conn.execute(
        "SELECT id, name_zh, name_en FROM floors WHERE code = 'L2'"
    ).fetchone()
    desk.tick()
    desk.update("floors", floor_id, name_zh="二层 时尚", name_en="Level 2 Fashion")
    desk.audit(
        "floor.rename",
        "floor",
        "L2",
        {"name_zh": zh, "name_en": en},
        {"name_zh": "二层 时尚", "name_en": "Level 2 Fashion"},
    )
    desk.tick()
    desk.add("floors", code="P1", name_zh="停车场", name_en="Car park", position=0)
    desk.audit("floor.add", "floor", "P1", None, {"name_zh": "停车场", "name_en": "Car park"})


NORTH_DESK = "north"


def desks_and_their_handovers(desk: Desk) -> None:
    """A second counter (the desks of schema 20): the admin adds the north gate desk; a shift
    lead opens and closes a shift there while the main desk's shift stays open, and hands
    the north desk's income of the day over with a voucher of its own."""
    from tests.db import fixture_rows as early

    desk.day(20)
    desk.sign_in("admin")
    desk.tick()
    desk.add("desks", code=NORTH_DESK, name_zh="北门服务台", name_en="North gate desk", active=1)
    desk.audit(
        "desk.add",
        "desk",
        NORTH_DESK,
        None,
        {"code": NORTH_DESK, "name_zh": "北门服务台", "name_en": "North gate desk", "active": True},
    )
    desk.sign_in("lead")
    desk.tick()
    counts = {"10000": 1}
    shift_id = desk.add(
        "shifts",
        desk=NORTH_DESK,
        opened_at=desk.at,
        opened_by=desk.uid(),
        float_fen=10000,
        float_counts=json.dumps(counts, sort_keys=True),
    )
    desk.audit(
        "shift.open",
        "shift",
        shift_id,
        None,
        {"desk": NORTH_DESK, "float_fen": 10000, "float_counts": counts},
    )
    early.close_shift(desk, shift_id, counts)
    (report_no,) = desk.db.conn.execute(
        "SELECT report_no FROM shifts WHERE id = ?", (shift_id,)
    ).fetchone()
    desk.tick()
    number = desk.number("handover")
    day = desk.now.date().isoformat()
    figures = {
        "receipt_first": "",
        "receipt_last": "",
        "receipt_count": 0,
        "receipt_fen": 0,
        "void_count": 0,
        "void_fen": 0,
        "net_fen": 0,
        "by_method": {},
        "shifts": [
            {
                "report_no": report_no,
                "float_fen": 10000,
                "expected_fen": 10000,
                "counted_fen": 10000,
                "difference_fen": 0,
            }
        ],
        "cash_counted_fen": 10000,
        "float_fen": 10000,
        "held_count": 0,
        "held_fen": 0,
    }
    desk.add(
        "handovers",
        handover_no=number,
        desk=NORTH_DESK,
        business_date=day,
        at=desk.at,
        user_id=desk.uid(),
        figures=json.dumps(figures, ensure_ascii=False),
    )
    desk.audit(
        "handover.issue",
        "handover",
        number,
        None,
        {"day": day, "desk": NORTH_DESK, "net_fen": 0, "cash_counted_fen": 10000},
    )


def open_reports_newest_first(desk: Desk) -> None:
    """Two more lost reports, still open: the reports page reads the open ones newest first
    through the index of schema 21 (status, id)."""
    desk.day(21)
    desk.sign_in("clerk")
    lost_report(desk, "黑色手套 black gloves", "13700137021", "L4 影院", "黑色")
    lost_report(desk, "儿童水壶 kid's bottle", "13700137022", "L1 中庭", "蓝色")
