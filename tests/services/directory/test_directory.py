"""The shop directory: pinyin, Chinese and English search over 200 shops, facilities, hours,
and an index that follows the shops page's changes."""

from __future__ import annotations

import pytest

from db.core.connection import DatabaseError
from services.core.errors import NotFound, PermissionDenied, ValidationError
from services.directory import guide as directory
from services.directory import shops

FLOORS = ("B1", "L1", "L2", "L3", "L4", "L5")
FILLER = ("服装", "餐饮", "数码", "运动", "美妆", "生活")


def fill_directory(admin, count=200):
    """Starbucks among `count` shops with plain names (as a big mall's list looks)."""
    star = shops.add_shop(admin, "星巴克", "Starbucks", "L1-001", "L1", "餐饮", "021-50001001")
    directory.set_shop_details(admin, star.id, "07:30-22:00", "Starbucks", "咖啡 coffee")
    for n in range(2, count + 1):
        floor = FLOORS[n % len(FLOORS)]
        shops.add_shop(
            admin,
            f"商户{n:03d}号店",
            f"Tenant {n:03d}",
            f"{floor}-{n:03d}",
            floor,
            FILLER[n % len(FILLER)],
        )
    return star


@pytest.fixture
def big(role_ctx):
    return fill_directory(role_ctx["admin"])


def names(entries):
    return [e.name_zh for e in entries]


@pytest.mark.parametrize(
    "typed", ["xbk", "XBK", "星巴", "coffee", "xingbake", "xing ba ke", "starb", "ｘｂｋ", "L1-001"]
)
def test_the_coffee_shop_is_found_among_200(big, role_ctx, typed):
    found = directory.search_directory(role_ctx["clerk"], typed)
    assert found and found[0].name_zh == "星巴克"
    assert found[0].hours == "07:30-22:00" and found[0].floor == "L1"


def test_one_chinese_character_and_category_words(big, role_ctx):
    clerk = role_ctx["clerk"]
    assert "星巴克" in names(directory.search_directory(clerk, "星"))
    food = directory.search_directory(clerk, "food")  # English word for 餐饮
    assert len(food) > 30 and "星巴克" in names(food)
    assert names(directory.search_directory(clerk, "L2 tenant"))[0].startswith("商户")
    assert directory.search_directory(clerk, "nothing-like-this") == []


def test_index_follows_shop_changes_made_elsewhere(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    shop = shops.add_shop(admin, "喜茶", "HEYTEA", "B1-011", "B1", "餐饮")
    assert names(directory.search_directory(clerk, "xc")) == ["喜茶"]
    shops.update_shop(admin, shop.id, name_zh="奈雪的茶")
    assert directory.search_directory(clerk, "xc") == []
    assert names(directory.search_directory(clerk, "nxdc")) == ["奈雪的茶"]
    shops.set_shop_active(admin, shop.id, False)
    assert directory.search_directory(clerk, "nxdc") == []


def test_shops_without_hours_show_the_mall_hours(role_ctx):
    shop = shops.add_shop(role_ctx["admin"], "优衣库", "UNIQLO", "L2-002", "L2", "服装")
    entry = directory.search_directory(role_ctx["clerk"], "yyk")[0]
    assert entry.ref_id == shop.id and entry.hours == directory.DEFAULT_MALL_HOURS


def test_facilities_are_found_by_what_visitors_call_them(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    directory.add_facility(admin, "toilet", "L2", "近 2 号扶梯", "洗手间", "Toilets")
    nursing = directory.add_facility(admin, "nursing_room", "L4", "孩子王旁")
    assert nursing.name_zh == "母婴室"
    assert names(directory.search_directory(clerk, "restroom")) == ["洗手间"]
    assert names(directory.search_directory(clerk, "wc")) == ["洗手间"]
    assert names(directory.search_directory(clerk, "cesuo")) == ["洗手间"]
    assert names(directory.search_directory(clerk, "哺乳")) == ["母婴室"]
    assert names(directory.search_directory(clerk, "mys")) == ["母婴室"]
    directory.set_facility_active(admin, nursing.ref_id, False)
    assert directory.search_directory(clerk, "哺乳") == []
    with pytest.raises(NotFound):
        directory.get_entry(clerk, nursing.entry)


def test_floor_listing_and_order(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    for unit, floor in (("L2-001", "L2"), ("B1-001", "B1"), ("B2-001", "B2"), ("L1-001", "L1")):
        shops.add_shop(admin, f"店{unit}", unit=unit, floor=floor)
    directory.add_facility(admin, "lift", "L1", "中庭")
    assert directory.directory_floors(clerk) == ["B2", "B1", "L1", "L2"]
    on_l1 = directory.floor_entries(clerk, "L1")
    assert [e.kind for e in on_l1] == ["shop", "facility"]


def test_bad_details_and_rights(role_ctx):
    admin = role_ctx["admin"]
    shop = shops.add_shop(admin, "周大福", unit="L1-007", floor="L1")
    with pytest.raises(ValidationError):
        directory.set_shop_details(admin, shop.id, "ten to ten")
    with pytest.raises(ValidationError):
        directory.add_facility(admin, "sauna", "L1")
    with pytest.raises(ValidationError):
        directory.add_facility(admin, "atm", "")
    with pytest.raises(PermissionDenied):
        directory.set_shop_details(role_ctx["supervisor"], shop.id, "10:00-22:00")
    entry = directory.set_shop_details(admin, shop.id, "10：00－22：00", "CTF", "黄金 gold")
    assert entry.hours == "10:00-22:00"
    assert names(directory.search_directory(role_ctx["clerk"], "huangjin")) == ["周大福"]


def test_facility_rows_are_never_deleted(role_ctx):

    entry = directory.add_facility(role_ctx["admin"], "atm", "B1")
    with pytest.raises(DatabaseError, match="never deleted|permission denied"):
        role_ctx["admin"].db.conn.execute("DELETE FROM facilities WHERE id = ?", (entry.ref_id,))
