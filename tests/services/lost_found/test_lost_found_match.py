"""Matching: on 500 found items, each of 20 lost reports written in other words (synonyms,
the colour in the other language, a time a few hours off) has its item in the top 3."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from services.lost_found import items as lost_found
from services.lost_found import matching as lost_found_match
from tests.services.lost_found.test_lost_found_helpers import T0, register

# (found description, colour as the finder wrote it, place, category) ->
# (report description, colour as the owner says it, place, hours the owner is off)
CASES = [
    (("黑色皮夹", "黑色", "3F 洗手间", "ordinary"), ("black wallet", "", "third floor toilet", 3)),
    (("雨伞 长柄", "红色", "1F 入口", "ordinary"), ("red umbrella", "", "main entrance", -4)),
    (("iPhone 手机", "银色", "B1 超市", "valuable"), ("silver mobile phone", "", "supermarket", 2)),
    (("car key with remote", "black", "parking B2", "ordinary"), ("车钥匙", "黑色", "停车场", 5)),
    (("双肩包", "蓝色", "4F 电影院", "ordinary"), ("blue backpack", "", "cinema", -3)),
    (("sunglasses", "brown", "food court", "ordinary"), ("墨镜", "棕色", "美食广场", 4)),
    (("蓝牙耳机 AirPods", "白色", "2F 扶梯", "valuable"), ("white earbuds", "", "escalator", 2)),
    (("watch with leather strap", "gold", "atrium", "valuable"), ("手表", "金色", "中庭", -2)),
    (("身份证", "", "1F 服务台", "id_document"), ("ID card", "", "desk", 6)),
    (("保温杯", "粉色", "3F 儿童乐园", "ordinary"), ("pink flask", "", "kids play area", 3)),
    (("jacket", "green", "5F 餐厅", "ordinary"), ("绿色外套", "", "五楼 饭店", -5)),
    (("围巾", "灰色", "2F 座椅", "ordinary"), ("grey scarf", "", "bench second floor", 4)),
    (("teddy bear toy", "brown", "kids area", "ordinary"), ("玩具熊 公仔", "咖啡色", "儿童区", 2)),
    (("充电宝", "白色", "1F 电梯", "ordinary"), ("white power bank", "", "lift", -3)),
    (("laptop", "silver", "3F cafe", "valuable"), ("笔记本电脑", "银色", "三楼", 5)),
    (("银行卡", "蓝色", "B1 停车场", "valuable"), ("blue bank card", "", "car park", 4)),
    (("stroller", "grey", "entrance", "ordinary"), ("婴儿车", "灰色", "大门口", 3)),
    (("帽子", "黄色", "4F 影院", "ordinary"), ("yellow cap", "", "movie theatre", -4)),
    (("项链", "银色", "2F 洗手间", "valuable"), ("silver necklace", "", "restroom", 2)),
    (
        ("购物袋 服装", "白色", "1F 中庭", "ordinary"),
        ("white shopping bag with clothes", "", "atrium hall", 5),
    ),
]
THINGS = [
    "钱包",
    "wallet",
    "雨伞",
    "umbrella",
    "手机",
    "phone",
    "钥匙",
    "keys",
    "背包",
    "backpack",
    "眼镜",
    "glasses",
    "耳机",
    "earphones",
    "手表",
    "watch",
    "水杯",
    "cup",
    "外套",
    "coat",
    "围巾",
    "scarf",
    "玩具",
    "toy",
    "充电宝",
    "power bank",
    "书",
    "book",
    "帽子",
    "hat",
    "手提包",
    "handbag",
    "戒指",
    "ring",
    "平板",
    "tablet",
]
COLOURS = [
    "黑色",
    "black",
    "白色",
    "white",
    "红色",
    "red",
    "蓝色",
    "blue",
    "灰色",
    "grey",
    "棕色",
    "brown",
    "粉色",
    "pink",
    "银色",
    "silver",
    "绿色",
    "green",
    "黄色",
    "",
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
    "1F 电梯",
    "food court",
    "toilet 3F",
]


@pytest.fixture(scope="module")
def fixture_500(tmp_path_factory):
    from services.admin import site, users
    from services.core.clock import FixedClock
    from services.core.context import AppContext
    from services.core.database import open_database
    from tests.conftest import PASSWORD

    clock = FixedClock(T0 + timedelta(days=40))
    db = open_database(tmp_path_factory.mktemp("match") / "desk.db")
    bare = AppContext(db, None, clock)
    admin = bare.signed_in_as(
        site.initialise(
            bare, site.SiteProfile(name="Harbour City Mall", language="en"), "admin", PASSWORD
        )
    )
    clerk = admin.signed_in_as(users.add_user(admin, "clerk1", "clerk", PASSWORD))
    rng = random.Random(2026)
    targets = []
    slots = sorted(rng.sample(range(500), len(CASES)))
    for n in range(500):
        when = T0 + timedelta(days=rng.uniform(0, 30))
        if slots and n == slots[0]:
            slots.pop(0)
            (desc, colour, place, cat), _ = CASES[len(targets)]
            targets.append(
                register(clerk, desc, category=cat, colour=colour, found_place=place, found_at=when)
            )
        else:
            register(
                clerk,
                rng.choice(THINGS),
                colour=rng.choice(COLOURS),
                found_place=rng.choice(PLACES),
                found_at=when,
            )
    yield clerk, targets
    db.close()


def test_the_right_item_ranks_in_the_top_three_for_each_report(fixture_500):
    clerk, targets = fixture_500
    misses = []
    for item, (_, (desc, colour, place, off)) in zip(targets, CASES):
        found = lost_found.get_found_item(clerk, item.id)
        lost_at = lost_found_match.parse_iso(found.found_at) - timedelta(hours=off)
        report = lost_found.register_lost_report(
            clerk,
            description=desc,
            colour=colour,
            lost_place=place,
            phone="13800138000",
            lost_from=lost_at - timedelta(hours=1),
            lost_to=lost_at,
        )
        top = [m.item.id for m in lost_found_match.matches_for_report(clerk, report.id, 3)]
        if item.id not in top:
            misses.append(desc)
    assert misses == []


def test_a_new_item_finds_the_open_reports_it_may_answer_and_links_them(role_ctx):
    clerk = role_ctx["clerk"]
    report = lost_found.register_lost_report(
        clerk,
        description="black wallet",
        phone="13800138000",
        lost_from=T0 - timedelta(hours=3),
        lost_to=T0 - timedelta(hours=2),
        lost_place="3F toilet",
    )
    lost_found.register_lost_report(
        clerk,
        description="红色雨伞",
        phone="13900139000",
        lost_from=T0 - timedelta(hours=3),
        lost_to=T0,
    )
    item = register(clerk, "黑色钱包", colour="黑色")
    matches = lost_found_match.reports_for_item(clerk, item.id)
    assert matches[0].report.id == report.id and "thing" in matches[0].reasons
    link = lost_found_match.link_report(clerk, report.id, item.id)
    assert link.report.status == "found" and link.call_phone_masked == "138****8000"
    assert [m.report.id for m in lost_found_match.reports_for_item(clerk, item.id)] != [report.id]
