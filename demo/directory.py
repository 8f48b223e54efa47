"""Demo data for the directory: more shops (60+ in all), their hours and search words, the
service points, the desk's standard answers in both languages, and a day of inquiries
that peaks at lunch and in the evening — all through the services."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.admin import site
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.directory import answers, inquiries, shops
from services.directory import guide as directory

MORE_SHOPS = [  # 中文名, English, floor, category
    ("必胜客", "Pizza Hut", "L5", "餐饮"),
    ("太二酸菜鱼", "Tai Er Sauerkraut Fish", "L5", "餐饮"),
    ("西贝莜面村", "Xibei", "L5", "餐饮"),
    ("外婆家", "Grandma's Home", "L5", "餐饮"),
    ("味千拉面", "Ajisen Ramen", "B1", "餐饮"),
    ("一点点", "Alittle Tea", "B1", "餐饮"),
    ("Manner咖啡", "Manner Coffee", "L2", "餐饮"),
    ("%Arabica", "% Arabica", "L1", "餐饮"),
    ("好利来", "Holiland Bakery", "B1", "餐饮"),
    ("满记甜品", "Honeymoon Dessert", "L4", "餐饮"),
    ("ZARA", "ZARA", "L1", "服装"),
    ("H&M", "H&M", "L2", "服装"),
    ("GAP", "GAP", "L2", "服装"),
    ("波司登", "Bosideng", "L2", "服装"),
    ("江南布衣", "JNBY", "L2", "服装"),
    ("海澜之家", "HLA", "L3", "服装"),
    ("特步", "Xtep", "L3", "运动"),
    ("斯凯奇", "Skechers", "L3", "运动"),
    ("迪卡侬", "Decathlon", "B1", "运动"),
    ("周生生", "Chow Sang Sang", "L1", "珠宝"),
    ("老凤祥", "Lao Feng Xiang", "L1", "珠宝"),
    ("潘多拉", "Pandora", "L1", "珠宝"),
    ("完美日记", "Perfect Diary", "L1", "美妆"),
    ("欧莱雅", "L'Oréal Paris", "L1", "美妆"),
    ("OPPO体验店", "OPPO Store", "L1", "数码"),
    ("vivo体验店", "vivo Store", "L1", "数码"),
    ("大疆", "DJI Store", "L4", "数码"),
    ("巴拉巴拉", "Balabala", "L4", "儿童"),
    ("宝大祥", "Babytree Kids", "L4", "母婴"),
    ("新华书店", "Xinhua Bookstore", "L4", "文化"),
    ("网鱼网咖", "Wangyu Internet Cafe", "L5", "娱乐"),
    ("星聚会KTV", "Xingjuhui KTV", "L5", "娱乐"),
    ("宝岛眼镜", "Baodao Optical", "L2", "眼镜"),
    ("洁丽雅", "Grace Home Textiles", "L4", "家居"),
    ("罗莱家纺", "Luolai Home", "L4", "家居"),
    ("全家便利店", "FamilyMart", "B1", "超市"),
]
DETAILS = {  # Chinese name -> (hours, brand, keywords)
    "星巴克": ("07:30-22:00", "Starbucks", "咖啡 拿铁 coffee latte"),
    "瑞幸咖啡": ("07:30-21:30", "luckin", "咖啡 coffee"),
    "Manner咖啡": ("08:00-21:00", "Manner", "咖啡 coffee"),
    "%Arabica": ("09:00-22:00", "Arabica", "咖啡 coffee"),
    "盒马鲜生": ("08:00-22:00", "Freshippo", "生鲜 海鲜 水果 groceries fresh"),
    "全家便利店": ("00:00-24:00", "FamilyMart", "便利店 饮料 convenience drinks"),
    "麦当劳": ("07:00-23:00", "McDonald's", "汉堡 薯条 burger fries"),
    "肯德基": ("07:00-23:00", "KFC", "炸鸡 汉堡 fried chicken burger"),
    "万达影城": ("09:30-24:00", "Wanda", "电影 影院 movie cinema"),
    "海底捞火锅": ("10:00-24:00", "Haidilao", "火锅 hot pot"),
    "苹果授权经销商": ("", "Apple", "iPhone 手机 维修 phone repair"),
    "华为授权体验店": ("", "HUAWEI", "手机 phone"),
    "孩子王": ("", "Kidswant", "奶粉 尿不湿 婴儿 baby formula diapers"),
    "屈臣氏": ("", "Watsons", "药妆 洗护 pharmacy toiletries"),
    "西西弗书店": ("10:00-22:30", "Sisyphe", "书 咖啡 books coffee"),
    "网鱼网咖": ("00:00-24:00", "Wangyu", "网吧 游戏 gaming"),
}
FACILITIES = [  # kind, floor, location, 中文名, English
    ("service_desk", "L1", "1 号门内中庭", "总服务台", "Service desk"),
    ("toilet", "B1", "盒马鲜生东侧", "洗手间", "Toilets"),
    ("toilet", "L1", "2 号扶梯后", "洗手间", "Toilets"),
    ("toilet", "L2", "优衣库旁", "洗手间", "Toilets"),
    ("toilet", "L3", "耐克对面", "洗手间", "Toilets"),
    ("toilet", "L4", "孩子王旁", "洗手间（含儿童厕位）", "Toilets (with child toilets)"),
    ("toilet", "L5", "影城入口旁", "洗手间", "Toilets"),
    ("nursing_room", "L4", "孩子王旁", "母婴室", "Nursing room"),
    ("nursing_room", "L2", "东侧走廊", "母婴室", "Nursing room"),
    ("atm", "L1", "1 号门旁", "工商银行ATM", "ICBC ATM"),
    ("atm", "B1", "停车场电梯厅", "建设银行ATM", "CCB ATM"),
    ("parking_pay", "B1", "A 区电梯厅", "停车缴费机", "Parking pay station"),
    ("parking_pay", "B1", "C 区电梯厅", "停车缴费机", "Parking pay station"),
    ("lift", "L1", "中庭北侧（B1–L5）", "观光电梯", "Panoramic lift"),
    ("lift", "L1", "西侧（B1–L5，可停婴儿车）", "无障碍电梯", "Accessible lift"),
    ("charging", "L1", "总服务台", "共享充电宝", "Power bank rental"),
]
PEAKS = {10: 3, 11: 6, 12: 11, 13: 10, 14: 5, 15: 5, 16: 5, 17: 6, 18: 9, 19: 11, 20: 8}
TYPE_WEIGHTS = (
    ("directions", 46),
    ("promotion", 13),
    ("loyalty", 12),
    ("parking", 14),
    ("lost_item", 5),
    ("other", 10),
)


def _answers(today: date) -> list[dict]:
    month_end = (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    last_month = today.replace(day=1) - timedelta(days=1)
    return [
        dict(
            topic="loyalty",
            title_zh="积分卡办理与积分规则",
            title_en="Loyalty card: joining and points",
            body_zh="凭当日单张满200元的购物小票和身份证件到总服务台免费办理。每消费10元积1分，"
            "小票须在消费后7日内补录积分，同一小票只积一次。积分有效期两年，可兑换礼品或停车。"
            "卡片遗失请立即到服务台挂失，补卡工本费10元。",
            body_en="Free at the service desk with a same-day receipt of ¥200 or more and an ID "
            "document. One point for every ¥10; receipts can be added within 7 days, each "
            "receipt once. Points last two years and buy gifts or parking. Report a lost "
            "card at the desk at once; a new card costs ¥10.",
            keywords="会员 积分 member points",
        ),
        dict(
            topic="parking",
            title_zh="停车收费",
            title_en="Parking fees",
            body_zh="首小时免费，之后每小时5元，当日封顶40元。当日消费满200元可抵扣2小时，会员100积分抵1小时。"
            "缴费机在B1 A区和C区电梯厅，也可扫码支付。",
            body_en="First hour free, then ¥5 an hour, at most ¥40 a day. Shopping of ¥200 "
            "the same day pays 2 hours; 100 member points pay 1 hour. Pay stations are in the B1 A "
            "and C lift halls, or scan the code.",
            keywords="停车场 车位 car park",
        ),
        dict(
            topic="hours",
            title_zh="营业时间",
            title_en="Opening hours",
            body_zh="商场10:00-22:00营业，周五、周六及节假日前一天延长至22:30。"
            "超市B1 08:00起，影城营业至24:00。",
            body_en="The mall is open 10:00-22:00, to 22:30 on Fridays, Saturdays and the day "
            "before a holiday. The B1 supermarket opens at 08:00; the cinema closes at 24:00.",
            keywords="几点 开门 关门 open close",
        ),
        dict(
            topic="promotion",
            title_zh="周年庆 满300减50",
            title_en="Anniversary sale: ¥50 off ¥300",
            body_zh=f"活动时间：{today.replace(day=1)} 至 {month_end}。"
            "参与品牌当日累计满300元减50元，"
            "满600元减100元，以此类推，单笔最高减300元。特价商品、烟酒、黄金及储值卡除外；"
            "不与会员折扣同享；退货时按比例扣回优惠。",
            body_en=f"From {today.replace(day=1)} to {month_end}. "
            "At the taking-part brands, ¥50 off "
            "every ¥300 spent the same day (¥100 off ¥600 and so on), at most ¥300 off per "
            "sale. Not on sale items, tobacco, alcohol, gold or gift cards; not with member "
            "discounts; a return takes the discount back pro rata.",
            keywords="满减 优惠 活动 discount sale",
            valid_from=today.replace(day=1).isoformat(),
            valid_until=month_end.isoformat(),
        ),
        dict(
            topic="promotion",
            title_zh="会员双倍积分月",
            title_en="Members' double points month",
            body_zh=f"活动时间：{last_month.replace(day=1)} 至 {last_month}。会员消费积分双倍。",
            body_en=f"From {last_month.replace(day=1)} to {last_month}: "
            "members earn double points.",
            keywords="双倍积分 double points",
            valid_from=last_month.replace(day=1).isoformat(),
            valid_until=last_month.isoformat(),
        ),
        dict(
            topic="lost_found",
            title_zh="失物招领",
            title_en="Lost and found",
            body_zh="拾获物品请交总服务台登记；寻找失物请到服务台登记联系电话，我们会核对已登记的拾获物并可广播寻物。"
            "认领时请说明物品特征并出示身份证件、签字确认。贵重物品及证件按规定移交派出所。",
            body_en="Hand found items to the service desk. To look for a lost item, leave your "
            "phone "
            "number at the desk: we check the items handed in and can broadcast a call. "
            "To claim, describe the item, show an ID document and sign. Valuables and ID "
            "documents go to the police as the rules require.",
            keywords="丢失 遗失 捡到 lost found",
        ),
        dict(
            topic="services",
            title_zh="免费童车与爱心雨伞",
            title_en="Free strollers and umbrellas",
            body_zh="童车免费借用，仅限商场内使用，离场前请归还服务台。雨伞押金50元，归还时全额退还。",
            body_en="Strollers are free for use inside the mall; please return them to the desk "
            "before you leave. Umbrellas need a ¥50 deposit, refunded in full on return.",
            keywords="婴儿车 雨伞 stroller umbrella",
        ),
    ]


def ensure_demo_items(admin: AppContext) -> dict:
    """60+ shops with hours and search words, the service points and the standard answers;
    adds only what is missing."""
    taken = {s.unit for s in shops.search_shops(admin, "", active_only=False, limit=1000)}
    added = 0
    for n, (zh, en, floor, category) in enumerate(MORE_SHOPS):
        unit = f"{floor}-{101 + n:03d}"
        if unit not in taken:
            shops.add_shop(admin, zh, en, unit, floor, category, f"021-5000{2001 + n}")
            added += 1
    for shop in shops.active_shops(admin):
        hours, brand, keywords = DETAILS.get(shop.name_zh, ("", "", ""))
        if (hours or brand or keywords) and not _has_details(admin, shop.id):
            directory.set_shop_details(admin, shop.id, hours, brand, keywords)
    if not directory.search_directory(admin, "洗手间"):
        for kind, floor, location, zh, en in FACILITIES:
            directory.add_facility(admin, kind, floor, location, zh, en)
    supervisor = admin  # admins may keep the answers too
    if not answers.all_answers(supervisor):
        today = answers.today(admin)
        for given in _answers(today):
            answers.add_answer(supervisor, **given)
    return {"shops_added": added}


def _has_details(ctx: AppContext, shop_id: int) -> bool:
    entry = directory.get_entry(ctx, f"s:{shop_id}")
    return bool(entry.brand or entry.keywords)


def _at(clock: FixedClock, day: date, tz: str, hour: int, minute: int) -> None:
    clock.at = datetime.combine(day, time(hour, minute), ZoneInfo(tz)).astimezone(ZoneInfo("UTC"))


def simulate_day(ctxs: dict, clock: FixedClock, rng: random.Random, day: date) -> dict:
    """Visitors' questions through the day: directions most of all, a lunch and an evening
    peak, a share of hotline calls with how long they rang; leaves the clock at 21:00."""
    clerks = [ctxs["clerk"], ctxs["shift_lead"]]
    tz = site.timezone(clerks[0])
    shop_ids = [s.id for s in shops.active_shops(clerks[0])]
    kinds, weights = zip(*TYPE_WEIGHTS)
    weekend = 1.5 if day.weekday() >= 5 else 1.0
    moments = sorted(
        (hour, rng.randint(0, 59))
        for hour, mean in PEAKS.items()
        for _ in range(max(0, round(rng.gauss(mean * weekend, mean**0.5))))
    )
    summary = {"day": day.isoformat(), "inquiries": 0, "hotline": 0}
    for hour, minute in moments:
        _at(clock, day, tz, hour, minute)
        ctx = rng.choice(clerks)
        kind = rng.choices(kinds, weights)[0]
        hotline = rng.random() < 0.2
        seconds = max(2, int(rng.gauss(9, 5))) if hotline else None
        shop = rng.choice(shop_ids) if kind == "directions" and rng.random() < 0.7 else None
        inquiries.record_inquiry(ctx, kind, "hotline" if hotline else "counter", seconds, shop)
        summary["inquiries"] += 1
        summary["hotline"] += hotline
    _at(clock, day, tz, 21, 0)
    return summary
