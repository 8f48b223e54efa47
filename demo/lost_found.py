"""Demo data for lost and found: a day of items handed in, customers asking after what they
lost, matches linked, claims signed, police hand-overs and disposals after retention, all
through the services so every number, check and audit row is real."""

from __future__ import annotations

import io
import json
import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.admin import site
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.errors import DomainError
from services.lost_found import claims as lost_found_claims
from services.lost_found import due as found_due
from services.lost_found import items as lost_found
from services.lost_found import matching as lost_found_match
from services.lost_found import paging as lost_found_paging

# (category, description, colour, brand, hidden detail, how the owner describes it)
FINDS = [
    ("ordinary", "钱包", "黑色", "Coach", "里面有一张全家福照片", "black wallet"),
    ("ordinary", "雨伞 长柄", "红色", "天堂", "伞柄上贴着小熊贴纸", "红伞"),
    ("valuable", "手机", "银色", "Apple", "手机壳背面写着 Amy", "silver iPhone"),
    ("ordinary", "车钥匙", "黑色", "大众", "钥匙扣是一只蓝色海豚", "car keys"),
    ("ordinary", "双肩包", "蓝色", "Nike", "侧袋里有一本英语课本", "blue backpack"),
    ("ordinary", "墨镜", "棕色", "Ray-Ban", "左边镜腿有划痕", "sunglasses"),
    ("valuable", "蓝牙耳机 AirPods", "白色", "Apple", "充电盒上刻着 LIN", "white earbuds"),
    ("id_document", "身份证", "", "", "姓名 张某某", "ID card"),
    ("ordinary", "保温杯", "粉色", "膳魔师", "杯底贴着名字贴 小雨", "pink flask"),
    ("ordinary", "外套", "灰色", "优衣库", "口袋里有一张电影票", "grey jacket"),
    ("perishable", "蛋糕一盒", "", "", "盒上写着 生日快乐 妈妈", "birthday cake"),
    ("ordinary", "玩具熊", "棕色", "", "熊耳朵上缝着红线", "teddy bear toy"),
    ("ordinary", "充电宝", "白色", "小米", "背面有贴纸 星星", "power bank"),
    ("valuable", "银行卡", "蓝色", "", "卡号尾号 8866", "bank card"),
]
PLACES = [
    "1F 入口",
    "2F 洗手间",
    "3F 美食广场",
    "B1 超市",
    "B2 停车场",
    "4F 电影院",
    "5F 餐厅",
    "2F 扶梯",
    "中庭",
    "3F 儿童乐园",
]
SHELVES = ["A-1", "A-2", "B-1", "B-3", "保险柜", "冰箱"]
NAMES = ["王女士", "李先生", "张小姐", "陈先生", "刘女士", "赵先生", "Ms Lin", "Mr Smith"]
STATIONS = ["陆家嘴派出所", "花木派出所", "世纪公园派出所"]
OFFICERS = ["张警官", "王警官", "李警官"]


def ensure_demo_items(ctx_admin: AppContext) -> None:
    """A site category of its own (umbrellas kept one month) besides the built-in ones."""
    current = json.loads(site.get_setting(ctx_admin, lost_found.CATEGORY_SETTING, "{}") or "{}")
    if "umbrella" not in current:
        current["umbrella"] = {
            "label": "雨伞",
            "label_en": "Umbrella",
            "rule": "months",
            "period": 1,
        }
        site.put_setting(
            ctx_admin, lost_found.CATEGORY_SETTING, json.dumps(current, ensure_ascii=False)
        )


def signature_png(rng: random.Random) -> bytes:
    """A scribble standing in for the claimant's signature on the pad."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (480, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 45, rng.randint(40, 130)) for i in range(10)]
    draw.line(points, fill=(10, 10, 60, 255), width=4, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def _resident_id(rng: random.Random) -> str:
    body = (
        f"310115{rng.randint(1960, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{rng.randint(100, 999)}"
    )
    total = sum(int(d) * w for d, w in zip(body, lost_found_claims.ID_WEIGHTS))
    return body + lost_found_claims.ID_CHECK[total % 11]


def _at(clock: FixedClock, day: date, tz: str, hour: int, minute: int = 0) -> None:
    clock.at = datetime.combine(day, time(hour, minute), ZoneInfo(tz)).astimezone(ZoneInfo("UTC"))


def _second_person(ctxs: dict) -> str:
    return ctxs["shift_lead"].user.username


def _register_find(ctxs, rng, find, when, summary) -> lost_found.FoundItem:
    category, desc, colour, brand, hidden, _ = find
    clerk = ctxs["clerk"]
    customer = rng.random() < 0.4
    item = lost_found.register_found_item(
        clerk,
        category=category,
        description=desc,
        colour=colour,
        brand=brand,
        found_place=rng.choice(PLACES),
        found_at=when,
        hidden_detail=hidden,
        finder_kind="customer" if customer else "staff",
        finder_name=rng.choice(NAMES) if customer else "保洁 " + rng.choice("ABCD"),
        finder_phone=_phone(rng) if customer else "",
        storage="冰箱" if category == "perishable" else rng.choice(SHELVES[:5]),
    )
    summary["found"] += 1
    return item


def _claim(ctxs, rng, item_id: int, find, summary) -> None:
    _, desc, colour, _, hidden, _ = find
    try:
        lost_found_claims.claim_item(
            ctxs["clerk"],
            item_id,
            claimant_name=rng.choice(NAMES),
            id_type="resident_id",
            id_number=_resident_id(rng),
            phone=_phone(rng),
            description=f"{colour}{desc}，一件",
            description_confirmed=True,
            detail_answer=hidden,
            signature_png=signature_png(rng),
        )
        summary["claimed"] += 1
    except DomainError:
        summary["refused"] += 1


def _cash_find(ctxs, rng, when, summary) -> None:
    """Found cash, counted with the shift lead (who signs in with the demo password)."""
    from demo.site import DEMO_PASSWORD

    amount = rng.choice((2000, 5000, 10000, 12050))
    try:
        lost_found.register_found_item(
            ctxs["clerk"],
            category="cash",
            description="现金 人民币",
            found_place=rng.choice(PLACES),
            found_at=when,
            hidden_detail=f"折叠成方块，共 {amount // 100} 元",
            storage="保险柜",
            cash_fen=amount,
            cash_confirmer=_second_person(ctxs),
            cash_confirmer_password=DEMO_PASSWORD,
        )
        summary["found"] += 1
    except DomainError:  # a demo built with another password: no cash today
        summary["refused"] += 1


def simulate_day(ctxs: dict, clock: FixedClock, rng: random.Random, day: date) -> dict:
    """Items handed in through the day, customers asking after lost things (matched, linked
    and announced), owners claiming with a signature; in the evening the police collect
    documents and valuables and expired perishables are disposed of."""
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    tz = site.timezone(clerk)
    summary = {
        "day": day.isoformat(),
        "found": 0,
        "reports": 0,
        "linked": 0,
        "claimed": 0,
        "police": 0,
        "disposed": 0,
        "refused": 0,
    }
    todays: list[tuple[int, tuple]] = []
    for hour in sorted(rng.sample(range(9, 20), 5)):
        _at(clock, day, tz, hour, rng.randrange(60))
        find = rng.choice(FINDS)
        when = clock.now() - timedelta(minutes=rng.randint(10, 90))
        todays.append((_register_find(ctxs, rng, find, when, summary).id, find))
        if rng.random() < 0.5:  # the owner comes asking, in their own words
            clock.advance(minutes=rng.randint(20, 60))
            report = lost_found.register_lost_report(
                clerk,
                description=find[5],
                phone=_phone(rng),
                lost_from=when - timedelta(hours=2),
                lost_to=when + timedelta(hours=1),
                lost_place=rng.choice(PLACES),
                contact_name=rng.choice(NAMES),
            )
            summary["reports"] += 1
            best = lost_found_match.matches_for_report(clerk, report.id, 3)
            if best:
                lost_found_match.link_report(clerk, report.id, best[0].item.id)
                summary["linked"] += 1
            else:
                lost_found_paging.announce(clerk, "lost", report.id, report.contact_name)
    if rng.random() < 0.3:
        _at(clock, day, tz, 15, 10)
        _cash_find(ctxs, rng, clock.now() - timedelta(minutes=30), summary)
    _at(clock, day, tz, 19, 30)
    for item_id, find in todays:
        if find[0] not in ("id_document", "valuable") and rng.random() < 0.45:
            _claim(ctxs, rng, item_id, find, summary)
    _at(clock, day, tz, 20, 30)
    for due in found_due.due_for_action(clerk):
        if due.action == "police" and rng.random() < 0.7:
            lost_found.hand_to_police(
                clerk, due.item.id, rng.choice(OFFICERS), rng.choice(STATIONS)
            )
            summary["police"] += 1
        elif due.action == "dispose":
            method = "丢弃" if due.item.category == "perishable" else "捐赠给慈善机构"
            lost_found.dispose_item(lead, due.item.id, method, ctxs["supervisor"].user.label)
            summary["disposed"] += 1
    return summary
