"""`frontdesk demo`: a believable site filled through the services, so every rule holds."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.admin import site, users
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import check_health
from services.core.identifiers import uscc_check_char
from services.directory import shops

DEMO_PASSWORD = "demo-pass-1"

STAFF = [  # user name, full name, role
    ("admin", "系统管理员 Admin", "admin"),
    ("zhao.min", "赵敏", "supervisor"),
    ("wang.lei", "王磊", "shift_lead"),
    ("li.na", "李娜", "clerk"),
    ("chen.jing", "陈静", "clerk"),
    ("amy.zhang", "Amy Zhang", "clerk"),
]

SHOPS = [  # 中文名, English, floor, category, phone
    ("星巴克", "Starbucks", "L1", "餐饮", "021-50001001"),
    ("优衣库", "UNIQLO", "L2", "服装", "021-50001002"),
    ("海底捞火锅", "Haidilao Hot Pot", "L5", "餐饮", "021-50001003"),
    ("屈臣氏", "Watsons", "B1", "个护", "021-50001004"),
    ("华为授权体验店", "Huawei Experience Store", "L1", "数码", "021-50001005"),
    ("苹果授权经销商", "Apple Premium Reseller", "L1", "数码", "021-50001006"),
    ("周大福", "Chow Tai Fook", "L1", "珠宝", "021-50001007"),
    ("丝芙兰", "Sephora", "L1", "美妆", "021-50001008"),
    ("耐克", "Nike", "L3", "运动", "021-50001009"),
    ("阿迪达斯", "adidas", "L3", "运动", "021-50001010"),
    ("喜茶", "HEYTEA", "B1", "餐饮", "021-50001011"),
    ("麦当劳", "McDonald's", "B1", "餐饮", "021-50001012"),
    ("西西弗书店", "Sisyphe Books", "L4", "文化", "021-50001013"),
    ("乐高认证店", "LEGO Certified Store", "L4", "玩具", "021-50001014"),
    ("无印良品", "MUJI", "L2", "生活", "021-50001015"),
    ("太平鸟", "PEACEBIRD", "L2", "服装", "021-50001016"),
    ("名创优品", "MINISO", "B1", "生活", "021-50001017"),
    ("万达影城", "Wanda Cinema", "L5", "娱乐", "021-50001018"),
    ("盒马鲜生", "Freshippo", "B1", "超市", "021-50001019"),
    ("鼎泰丰", "Din Tai Fung", "L5", "餐饮", "021-50001020"),
    ("李宁", "Li-Ning", "L3", "运动", "021-50001021"),
    ("泡泡玛特", "POP MART", "L4", "玩具", "021-50001022"),
    ("奈雪的茶", "Nayuki", "L1", "餐饮", "021-50001023"),
    ("宜家小店", "IKEA Store", "L4", "家居", "021-50001024"),
    ("孩子王", "Kidswant", "L4", "母婴", "021-50001025"),
    ("眼镜88", "Glasses 88", "L2", "眼镜", "021-50001026"),
    ("瑞幸咖啡", "Luckin Coffee", "L3", "餐饮", "021-50001027"),
    ("小米之家", "Xiaomi Home", "L1", "数码", "021-50001028"),
    ("安踏", "ANTA", "L3", "运动", "021-50001029"),
    ("肯德基", "KFC", "L5", "餐饮", "021-50001030"),
]


def demo_tax_id(seed: str = "91310115MA1K4" + "0000") -> str:
    first17 = seed[:17].ljust(17, "0")
    return first17 + uscc_check_char(first17)


DEMO_SITE = site.SiteProfile(
    kind="mall",
    name="星光广场 Starlight Plaza",
    address="上海市浦东新区世纪大道 1888 号",
    tax_id=demo_tax_id(),
    timezone="Asia/Shanghai",
    language="zh_CN",
)


def build_demo(
    site_ctx: AppContext,
    days: int = 7,
    seed: int = 1,
    password: str = DEMO_PASSWORD,
    today: date | None = None,
) -> str:
    """A mall with staff of every role, its shops, and `days` days of desk work before today."""
    rng = random.Random(seed)
    tz = ZoneInfo(DEMO_SITE.timezone)
    today = today or datetime.now(tz).date()
    first_day = today - timedelta(days=max(days, 1))
    clock = FixedClock(datetime.combine(first_day, time(8, 30), tz))
    bare = AppContext(site_ctx.db, None, clock, site_ctx.translate, site_ctx.desk)
    admin = bare.signed_in_as(site.initialise(bare, DEMO_SITE, "admin", password, STAFF[0][1]))
    ctxs = {"admin": admin}
    for username, full_name, role in STAFF[1:]:
        user = users.add_user(admin, username, role, password, full_name)
        ctxs.setdefault(role, admin.signed_in_as(user))
    for n, (zh, en, floor, category, phone) in enumerate(SHOPS):
        shops.add_shop(admin, zh, en, f"{floor}-{n + 1:03d}", floor, category, phone)
    modules = _modules()
    for module in modules:
        module.ensure_demo_items(admin)
    for offset in range(max(days, 1)):
        day = first_day + timedelta(days=offset)
        for module in modules:
            clock.at = datetime.combine(day, time(9, 0), tz).astimezone(clock.at.tzinfo)
            module.simulate_day(ctxs, clock, rng, day)
    check_health(bare)  # a built site carries its checkpoint from the start
    names = ", ".join(u for u, _, _ in STAFF)
    return (
        f"Demo site {DEMO_SITE.name}: {len(STAFF)} users ({names}), password"
        f" {password!r}; {len(SHOPS)} shops; {days} days of desk work."
    )


def _modules():
    """The desk modules that take part in the demo, each with ensure_demo_items/simulate_day."""
    from demo import care as care_demo
    from demo import directory as directory_demo
    from demo import lending as lending_demo
    from demo import lost_found as lost_found_demo
    from demo import members as members_demo
    from demo import quality as quality_demo
    from demo import sales as sales_demo

    return [
        lending_demo,
        members_demo,
        sales_demo,
        lost_found_demo,
        care_demo,
        directory_demo,
        quality_demo,  # last: it rates the day's services of the others
    ]
