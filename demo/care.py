"""Demo data for complaints, the first-aid kit, paging and custody: a believable day of
customer care at the desk, run entirely through the services."""

from __future__ import annotations

import random
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from services.admin import business_hours, site
from services.care import custody, first_aid, paging
from services.complaints import cases as complaints
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.errors import DomainError
from services.directory import shops

KIT = (
    ("创可贴", "external", "片", 10),
    ("碘伏棉签", "external", "支", 10),
    ("云南白药喷雾", "external", "瓶", 1),
    ("藿香正气水", "internal", "支", 4),
    ("速效救心丸", "internal", "瓶", 1),
    ("晕车贴", "external", "片", 4),
    ("体温计", "equipment", "支", 1),
    ("医用纱布", "equipment", "卷", 2),
)
TEXTS = {
    "service": ["收银员态度冷淡，找零时不说话", "导购一直跟着推销，很不舒服", "服务台电话无人接听"],
    "goods": ["买的鞋子穿两天就开胶了，店铺不给换", "蛋糕有异味"],
    "price": ["标价和结账价格不一致", "促销活动满减没有算上"],
    "cleanliness": ["三楼女洗手间很脏，没有纸", "美食广场桌子油腻"],
    "facilities": ["B 区扶梯停了一上午", "母婴室热水器坏了"],
    "parking": ["停车缴费机不能用微信", "地库指示牌看不清，找不到车"],
    "safety": ["儿童乐园护栏松动"],
    "other": ["希望增加休息座椅", "建议延长营业时间到 22:30"],
}
PRAISE = ["保洁阿姨帮我找回了手机，非常感谢", "服务台小姐姐很耐心"]
NAMES = ("王女士", "李先生", "张女士", "", "陈先生", "刘女士", "")
PLACES = ("一楼总服务台", "二楼服务台", "B1 停车场服务点")


def _at(clock: FixedClock, day: date, tz: str, hour: int, minute: int = 0) -> None:
    clock.at = datetime.combine(day, time(hour, minute), ZoneInfo(tz)).astimezone(ZoneInfo("UTC"))


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"


def ensure_demo_items(admin: AppContext) -> None:
    """Opening hours, a holiday and the first-aid kit; adds only what is missing."""
    if site.get_setting(admin, business_hours.OPENING_SETTING) is None:
        site.put_setting(admin, business_hours.OPENING_SETTING, "10:00-22:00")
        site.put_setting(
            admin, business_hours.HOLIDAYS_SETTING, ["2026-01-01", "2026-05-01", "2026-10-01"]
        )
    have = {m.name for m in first_aid.list_medicines(admin)}
    for name, kind, unit, low in KIT:
        if name not in have:
            med = first_aid.add_medicine(admin, name, kind, unit, low)
            first_aid.restock(admin, med.id, low * 3 + 2, "2027-06-30")


def _record(ctx, rng, shop_ids) -> complaints.Case:
    praise = rng.random() < 0.12
    category = rng.choice(list(TEXTS))
    text = rng.choice(PRAISE) if praise else rng.choice(TEXTS[category])
    channel = rng.choices(("counter", "phone", "comment_book"), (5, 4, 1))[0]
    return complaints.record_case(
        ctx,
        _phone(rng),
        text,
        "service" if praise else category,
        kind="praise" if praise else rng.choice(("complaint", "complaint", "suggestion")),
        channel=channel,
        form="written" if channel == "comment_book" else "oral",
        name=rng.choice(NAMES),
        shop_id=rng.choice(shop_ids) if shop_ids and rng.random() < 0.5 else None,
        area=rng.choice(("", "", "B1", "3F 洗手间")),
    )


def _advance_cases(ctxs, rng, stay: float) -> None:
    """Cases move on: forwarded, taken in hand, resolved, called back, closed."""
    sup, clerk, lead = ctxs["supervisor"], ctxs["clerk"], ctxs["shift_lead"]
    for case in complaints.list_cases(clerk, status="open", limit=60):
        if rng.random() < stay:
            continue  # some stay where they are (and some of those go overdue)
        try:
            if case.status == "new":
                complaints.forward_case(sup, case.id, rng.choice(complaints.departments(sup)))
            elif case.status == "forwarded":
                complaints.start_case(clerk, case.id, "已致电顾客，说明处理安排")
            elif case.status == "in_progress":
                complaints.resolve_case(clerk, case.id, "店铺已道歉并处理")
            elif case.status == "resolved":
                reached = rng.random() < 0.85
                complaints.record_follow_up(
                    lead,
                    case.id,
                    reached,
                    rng.choice((3, 4, 4, 5, 5)) if reached else None,
                    "顾客表示认可" if reached else "电话无人接听",
                )
            elif case.status == "followed_up":
                complaints.close_case(sup, case.id, "结案")
        except DomainError:
            pass


def simulate_day(ctxs: dict, clock: FixedClock, rng: random.Random, day: date) -> dict:
    """Cases recorded and moved on, medicines given, pages read, items held and collected."""
    tz = site.timezone(ctxs["admin"])
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    shop_ids = [s.id for s in shops.active_shops(clerk)][:30]
    done = {"cases": 0, "uses": 0, "pages": 0, "held": 0}
    _at(clock, day, tz, 10, 5)
    _advance_cases(ctxs, rng, 0.25)
    for hour in sorted(rng.sample(range(10, 21), rng.randint(2, 5))):
        _at(clock, day, tz, hour, rng.randrange(60))
        _record(rng.choice((clerk, lead)), rng, shop_ids)
        done["cases"] += 1
    kit = first_aid.list_medicines(clerk)
    for _ in range(rng.randint(0, 3)):
        _at(clock, day, tz, rng.randrange(11, 20), rng.randrange(60))
        med = rng.choice(kit)
        try:
            first_aid.record_use(
                clerk,
                med.id,
                1,
                description=rng.choice(("儿童擦伤", "顾客头晕", "员工划伤手指", "老人不适")),
            )
            done["uses"] += 1
        except DomainError:
            first_aid.restock(lead, med.id, med.low_stock * 3 + 2, "2027-12-31")
    for med in first_aid.needing_attention(clerk):
        if med.low:
            first_aid.restock(lead, med.id, med.low_stock * 3 + 2, "2027-12-31", "补充")
    for _ in range(rng.randint(1, 3)):
        _at(clock, day, tz, rng.randrange(11, 21), rng.randrange(60))
        where = rng.choice(PLACES)
        if rng.random() < 0.6:
            who = rng.choice(("小明小朋友的家长", "王丽女士", "一位穿红色外套的男孩的家长"))
            zh, en = paging.fill_template("person", who=who, where=where)
            paging.page(
                clerk,
                "person",
                zh,
                en,
                rng.choice(("孩子的奶奶", "同行朋友", "保安")),
                meet_at=where,
                repeats=rng.choice((2, 3)),
                interval_minutes=5,
            )
        else:
            what = rng.choice(("一个黑色双肩包", "一串车钥匙", "一部白色手机"))
            zh, en = paging.fill_template("item", what=what, where=where)
            paging.page(clerk, "item", zh, en, "失主", meet_at=where, repeats=2)
        done["pages"] += 1
    for item in custody.list_items(clerk, held_only=True):
        if rng.random() < 0.6:
            _at(clock, day, tz, rng.randrange(11, 20), rng.randrange(60))
            custody.hand_out(clerk, item.id, item.held_for.split()[-1])
    if rng.random() < 0.7:
        _at(clock, day, tz, rng.randrange(10, 18), rng.randrange(60))
        owner, held_for, what = rng.choice(
            (
                ("supplier", "招商部 李经理", "样品一箱"),
                ("department", "工程部 周师傅", "维修工具包"),
                ("customer", "陈先生", "刚买的大件家电配件"),
                ("department", "市场部", "活动海报 20 张"),
            )
        )
        custody.take_in(
            clerk,
            what,
            owner,
            held_for,
            rng.choice(("快递员", "店员小吴", "顾客本人")),
            storage=rng.choice(("柜台下 1 号格", "服务台后柜")),
        )
        done["held"] += 1
    _at(clock, day, tz, 20, 30)
    _advance_cases(ctxs, rng, 0.6)
    return done
