"""Shops: who may keep the list, what a shop's details must be, search, and the CSV import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.core.connection import IntegrityError
from services.core.errors import NotFound, PermissionDenied, ValidationError
from services.directory import shops

DATA = Path(__file__).resolve().parents[2] / "data"
USCC = "91310000MA1FL0001R"
USCC_2 = "91310115MA1H70002A"


def audit_rows(ctx, action_prefix="shop."):
    return [
        dict(r)
        for r in ctx.db.conn.execute(
            "SELECT * FROM audit_log WHERE action LIKE ? ORDER BY id", (action_prefix + "%",)
        )
    ]


def shop_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM shops").fetchone()[0]


@pytest.fixture
def mall(admin_ctx):
    """A few shops of a Shanghai mall, one of them closed."""
    made = {
        "starbucks": shops.add_shop(
            admin_ctx, "星巴克", "Starbucks", "L1-001", "L1", "餐饮", "021-12345678", USCC
        ),
        "uniqlo": shops.add_shop(admin_ctx, "优衣库", "UNIQLO", "L2-015", "L2", "服装"),
        "haidilao": shops.add_shop(
            admin_ctx, "海底捞火锅", "Haidilao Hot Pot", "L5-002", "L5", "餐饮"
        ),
        "apple": shops.add_shop(admin_ctx, "苹果", "Apple", "L3-001", "L3", "数码"),
    }
    made["apple"] = shops.set_shop_active(admin_ctx, made["apple"].id, False)
    return made


# --- permissions ---------------------------------------------------------------------------
@pytest.mark.parametrize("role", ["clerk", "shift_lead", "supervisor"])
def test_only_admins_keep_the_list(role_ctx, role):
    ctx = role_ctx[role]
    shop = shops.add_shop(role_ctx["admin"], "星巴克", unit="L1-001")
    with pytest.raises(PermissionDenied):
        shops.add_shop(ctx, "优衣库")
    with pytest.raises(PermissionDenied):
        shops.update_shop(ctx, shop.id, phone="021-1")
    with pytest.raises(PermissionDenied):
        shops.set_shop_active(ctx, shop.id, False)
    with pytest.raises(PermissionDenied):
        shops.import_shops_csv(ctx, DATA / "shops_en.csv")
    assert shop_count(ctx) == 1
    assert shops.get_shop(ctx, shop.id).phone == ""


@pytest.mark.parametrize("role", ["clerk", "shift_lead", "supervisor", "admin"])
def test_every_signed_in_user_searches(role_ctx, role):
    shops.add_shop(role_ctx["admin"], "星巴克", "Starbucks", "L1-001")
    ctx = role_ctx[role]
    assert [s.name_zh for s in shops.search_shops(ctx, "星")] == ["星巴克"]
    assert [s.unit for s in shops.active_shops(ctx)] == ["L1-001"]
    assert shops.count_shops(ctx) == 1


def test_signed_out_cannot_search(bare_ctx, admin_ctx):
    with pytest.raises(PermissionDenied):
        shops.search_shops(bare_ctx, "")


def test_the_clerks_refusal_names_role_and_right(role_ctx):
    with pytest.raises(PermissionDenied) as err:
        shops.add_shop(role_ctx["clerk"], "优衣库")
    assert err.value.render() == "Your role (Clerk) does not allow changing settings."


# --- adding and editing --------------------------------------------------------------------
def test_add_trims_and_audits(admin_ctx):
    shop = shops.add_shop(
        admin_ctx,
        "  星巴克 \n",
        " Starbucks ",
        " l1-001 ",
        "L1",
        " 餐饮",
        " 021-12345678 ",
        f" {USCC.lower()} ",
    )
    assert (shop.name_zh, shop.name_en, shop.unit, shop.category, shop.phone, shop.tax_id) == (
        "星巴克",
        "Starbucks",
        "l1-001",
        "餐饮",
        "021-12345678",
        USCC,
    )
    assert shop.active and shop.created_at == "2026-03-16T02:00:00+00:00"
    (row,) = audit_rows(admin_ctx)
    assert row["action"] == "shop.add" and row["entity_id"] == str(shop.id)
    assert json.loads(row["after"])["name_zh"] == "星巴克"


def test_full_width_unit_and_phone_from_a_chinese_input_method(admin_ctx):
    shop = shops.add_shop(admin_ctx, "喜茶", unit="Ｂ１－０２０", phone="０２１－１２３４５６７８")
    assert (shop.unit, shop.phone) == ("B1-020", "021-12345678")


@pytest.mark.parametrize(
    "fields, fragment",
    [
        ({"name_zh": "   "}, "Chinese name"),
        ({"name_zh": "店" * 61}, "longer than 60"),
        ({"name_zh": "星巴克", "tax_id": "12345"}, "not a valid unified social credit code"),
        ({"name_zh": "星巴克", "tax_id": "91310000MA1FL0009X"}, "not a valid unified social"),
    ],
)
def test_bad_details_are_refused(admin_ctx, fields, fragment):
    with pytest.raises(ValidationError) as err:
        shops.add_shop(admin_ctx, **fields)
    assert fragment in err.value.render()
    assert shop_count(admin_ctx) == 0 and audit_rows(admin_ctx) == []


def test_sixty_character_name_and_landline_are_fine(admin_ctx):
    shop = shops.add_shop(admin_ctx, "店" * 60, phone="(021) 1234-5678 ext. 8")
    assert len(shop.name_zh) == 60 and shop.phone == "(021) 1234-5678 ext. 8"


def test_an_open_shops_unit_is_its_own(admin_ctx, mall):
    with pytest.raises(ValidationError) as err:
        shops.add_shop(admin_ctx, "星巴克臻选", unit="l1-001")
    assert "L1-001 is already taken by 星巴克 Starbucks (L1-001)" in err.value.render()
    with pytest.raises(ValidationError):
        shops.update_shop(admin_ctx, mall["uniqlo"].id, unit="L1-001")
    # empty units never clash; a closed shop's unit can be let again
    shops.add_shop(admin_ctx, "快闪店")
    shops.add_shop(admin_ctx, "另一家快闪店")
    vivo = shops.add_shop(admin_ctx, "vivo", unit="L3-001")
    assert vivo.unit == "L3-001"
    # ...and the old tenant cannot be reopened on top of the new one
    with pytest.raises(ValidationError):
        shops.set_shop_active(admin_ctx, mall["apple"].id, True)
    assert not shops.get_shop(admin_ctx, mall["apple"].id).active


def test_update_writes_only_changes_and_audits_before_and_after(admin_ctx, mall, clock):
    clock.advance(hours=1)
    shop = shops.update_shop(admin_ctx, mall["uniqlo"].id, phone=" 021-87654321 ", floor="L2")
    assert shop.phone == "021-87654321" and shop.name_zh == "优衣库"
    assert shop.updated_at == "2026-03-16T03:00:00+00:00"
    row = audit_rows(admin_ctx)[-1]
    assert row["action"] == "shop.update"
    assert json.loads(row["before"]) == {"phone": ""}
    assert json.loads(row["after"]) == {"phone": "021-87654321"}
    before = len(audit_rows(admin_ctx))
    shops.update_shop(admin_ctx, mall["uniqlo"].id, phone="021-87654321")
    assert len(audit_rows(admin_ctx)) == before


def test_close_and_reopen_never_delete(admin_ctx, mall):
    shop = shops.set_shop_active(admin_ctx, mall["uniqlo"].id, False)
    assert not shop.active
    assert "优衣库" not in [s.name_zh for s in shops.active_shops(admin_ctx)]
    assert shops.get_shop(admin_ctx, shop.id).name_zh == "优衣库"
    shop = shops.set_shop_active(admin_ctx, shop.id, True)
    assert shop.active
    actions = [r["action"] for r in audit_rows(admin_ctx)]
    assert actions[-2:] == ["shop.close", "shop.reopen"]
    with pytest.raises(IntegrityError, match="never deleted|permission denied"):
        admin_ctx.db.conn.execute("DELETE FROM shops WHERE id = ?", (shop.id,))


def test_unknown_shop(admin_ctx):
    with pytest.raises(NotFound):
        shops.get_shop(admin_ctx, 999)
    with pytest.raises(NotFound):
        shops.set_shop_active(admin_ctx, 999, False)


# --- search --------------------------------------------------------------------------------
def names(found):
    return [s.name_zh for s in found]


def test_search_by_short_chinese_substring(admin_ctx, mall):
    assert names(shops.search_shops(admin_ctx, "火锅")) == ["海底捞火锅"]
    assert names(shops.search_shops(admin_ctx, "衣")) == ["优衣库"]
    assert names(shops.search_shops(admin_ctx, "餐饮")) == ["星巴克", "海底捞火锅"]


def test_search_english_ignores_case(admin_ctx, mall):
    assert names(shops.search_shops(admin_ctx, "uniQLO")) == ["优衣库"]
    assert names(shops.search_shops(admin_ctx, "HOT pot")) == ["海底捞火锅"]


def test_search_by_unit_and_floor_and_words_together(admin_ctx, mall):
    assert names(shops.search_shops(admin_ctx, "l2-0")) == ["优衣库"]
    assert names(shops.search_shops(admin_ctx, "L1 餐饮")) == ["星巴克"]
    assert names(shops.search_shops(admin_ctx, "%")) == []
    assert names(shops.search_shops(admin_ctx, "_")) == []


def test_closed_shops_only_when_asked(admin_ctx, mall):
    assert names(shops.search_shops(admin_ctx, "apple")) == []
    assert names(shops.search_shops(admin_ctx, "apple", active_only=False)) == ["苹果"]
    assert shops.count_shops(admin_ctx, "", active_only=False) == 4
    assert shops.count_shops(admin_ctx, "") == 3


def test_search_pages_in_floor_unit_name_order(admin_ctx):
    for i in range(25):
        shops.add_shop(admin_ctx, f"店铺{i:02d}", unit=f"L1-{i:03d}", floor="L1")
    shops.add_shop(admin_ctx, "地下店", unit="B1-001", floor="B1")
    first = shops.search_shops(admin_ctx, "", offset=0, limit=10)
    rest = shops.search_shops(admin_ctx, "", offset=10, limit=100)
    assert first[0].name_zh == "地下店" and first[1].unit == "L1-000"
    assert len(first) == 10 and len(rest) == 16
    assert {s.id for s in first}.isdisjoint({s.id for s in rest})


def test_suggestions_for_the_form(admin_ctx, mall):
    assert shops.known_floors(admin_ctx) == ["L1", "L2", "L3", "L5"]
    assert shops.known_categories(admin_ctx) == ["数码", "服装", "餐饮"]


def test_label():
    assert shops.Shop(1, "星巴克", "Starbucks", "L1-001").label == "星巴克 Starbucks (L1-001)"
    assert shops.Shop(1, "ZARA", "ZARA").label == "ZARA"


# --- CSV import ----------------------------------------------------------------------------
def test_import_english_headers(admin_ctx):
    result = shops.import_shops_csv(admin_ctx, DATA / "shops_en.csv")
    assert result == shops.ImportResult(added=3, updated=0, unchanged=0)
    hotpot = shops.search_shops(admin_ctx, "haidilao")[0]
    assert (hotpot.name_zh, hotpot.unit, hotpot.phone, hotpot.tax_id) == (
        "海底捞火锅",
        "L5-002",
        "021 6666 8888",
        USCC_2,
    )
    rows = audit_rows(admin_ctx)
    assert [r["action"] for r in rows] == ["shop.import_add"] * 3
    assert len({r["entity_id"] for r in rows}) == 3


def test_import_chinese_headers_with_bom_and_crlf(admin_ctx):
    assert (DATA / "shops_zh_bom.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    result = shops.import_shops_csv(admin_ctx, str(DATA / "shops_zh_bom.csv"))
    assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
    assert result.ignored_columns == ("面积",)
    heytea = shops.search_shops(admin_ctx, "喜茶")[0]
    assert (heytea.name_en, heytea.unit, heytea.floor, heytea.category) == (
        "HEYTEA",
        "B1-020",
        "B1",
        "餐饮",
    )
    assert names(shops.search_shops(admin_ctx, "老凤祥", active_only=False)) == ["老凤祥"]
    assert not shops.search_shops(admin_ctx, "老凤祥", active_only=False)[0].active


def test_import_text_without_bom_and_bytes_with_bom(admin_ctx):
    text = "中文名称,铺位号\n喜茶,B1-020\n"
    assert shops.import_shops_csv(admin_ctx, text).added == 1
    data = "\ufeff类别,中文名称,铺位号\r\n茶饮,喜茶,B1-020\r\n".encode("utf-8")
    assert shops.import_shops_csv(admin_ctx, data) == shops.ImportResult(0, 1, 0)
    assert shops.search_shops(admin_ctx, "喜茶")[0].category == "茶饮"


def test_import_updates_by_unit_and_counts_unchanged(admin_ctx, mall, clock):
    clock.advance(days=1)
    text = (
        "name_zh,unit,phone\n"
        "优衣库,L2-015,021-87654321\n"  # same unit: update
        "星巴克,L1-001,021-12345678\n"  # nothing new: unchanged
        "Manner咖啡,L1-002,\n"
    )  # new unit: add
    before = len(audit_rows(admin_ctx))
    assert shops.import_shops_csv(admin_ctx, text) == shops.ImportResult(1, 1, 1)
    assert shops.get_shop(admin_ctx, mall["uniqlo"].id).phone == "021-87654321"
    assert shops.get_shop(admin_ctx, mall["starbucks"].id).updated_at.startswith("2026-03-16")
    new_rows = audit_rows(admin_ctx)[before:]
    assert sorted(r["action"] for r in new_rows) == ["shop.import_add", "shop.import_update"]
    update = next(r for r in new_rows if r["action"] == "shop.import_update")
    assert json.loads(update["before"]) == {"phone": ""}
    assert json.loads(update["after"]) == {"phone": "021-87654321"}
    # columns the file does not have keep their values
    assert shops.get_shop(admin_ctx, mall["uniqlo"].id).name_en == "UNIQLO"


def test_reimporting_the_same_file_changes_nothing(admin_ctx):
    shops.import_shops_csv(admin_ctx, DATA / "shops_zh_bom.csv")
    rows = len(audit_rows(admin_ctx))
    result = shops.import_shops_csv(admin_ctx, DATA / "shops_zh_bom.csv")
    assert (result.added, result.updated, result.unchanged) == (0, 0, 3)
    assert len(audit_rows(admin_ctx)) == rows and shop_count(admin_ctx) == 3


def test_a_bad_file_is_refused_whole_with_its_line_numbers(admin_ctx, mall):
    shops_before, audit_before = shop_count(admin_ctx), len(audit_rows(admin_ctx))
    with pytest.raises(shops.ImportRefused) as err:
        shops.import_shops_csv(admin_ctx, DATA / "shops_bad.csv")
    lines = [line for line, _ in err.value.problems]
    assert lines == [3, 4, 5, 6]
    text = err.value.render()
    assert "nothing was changed" in text
    assert "Line 3: A shop needs a Chinese name." in text
    assert "Line 4: The tax ID 91310000MA1FL0009X is not a valid" in text
    assert "Line 5: Unit L1-010 is also given to an open shop on line 2." in text
    assert 'Line 6: "maybe" does not say whether the shop is open' in text
    assert str(err.value) == text
    # the good line 2 was not written either
    assert shop_count(admin_ctx) == shops_before
    assert len(audit_rows(admin_ctx)) == audit_before
    assert shops.search_shops(admin_ctx, "屈臣氏") == []


def test_import_refuses_a_unit_held_by_a_shop_the_file_leaves_alone(admin_ctx, mall):
    text = "name_zh,unit\n屈臣氏,L1-009\n星巴克臻选,L1-001\n"
    # L1-001 is Starbucks' unit; a row with another name there *renames* it (update by unit)
    assert shops.import_shops_csv(admin_ctx, text) == shops.ImportResult(1, 1, 0)
    assert shops.get_shop(admin_ctx, mall["starbucks"].id).name_zh == "星巴克臻选"
    # a closed tenant coming back to a unit someone else now holds is refused
    shops.add_shop(admin_ctx, "vivo", unit="L3-001")
    with pytest.raises(shops.ImportRefused) as err:
        shops.import_shops_csv(admin_ctx, "name_zh,unit,active\n苹果,L3-001,1\n")
    assert "Line 2: Unit L3-001 is already taken by vivo (L3-001)" in err.value.render()


def test_two_lines_about_one_shop_are_refused(admin_ctx, mall):
    text = "name_zh,unit\n优衣库,L2-015\n优衣库,l2-015\n"
    with pytest.raises(shops.ImportRefused) as err:
        shops.import_shops_csv(admin_ctx, text)
    assert "Line 3: This line is about the same shop as line 2." in err.value.render()


def test_rows_without_unit_match_by_chinese_name(admin_ctx):
    shops.import_shops_csv(admin_ctx, "中文名称,电话\n快闪店,021-1\n")
    assert shops.import_shops_csv(admin_ctx, "中文名称,电话\n快闪店,021-2\n") == shops.ImportResult(
        0, 1, 0
    )
    assert shop_count(admin_ctx) == 1


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("name_en,unit\nStarbucks,L1-001\n", "Chinese name column"),
        ("中文名称,店铺名称\n星巴克,星巴克\n", "appears twice"),
        ("name_zh,unit\n", "no shops in it"),
        ("name_zh,unit\n星巴克,L1-001,extra\n", "more values than"),
    ],
)
def test_malformed_files(admin_ctx, text, fragment):
    with pytest.raises(shops.ImportRefused) as err:
        shops.import_shops_csv(admin_ctx, text)
    assert fragment in err.value.render()
    assert shop_count(admin_ctx) == 0


def test_gbk_file_is_refused_with_advice(admin_ctx, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("中文名称,铺位号\n喜茶,B1-020\n".encode("gbk"))
    with pytest.raises(ValidationError) as err:
        shops.import_shops_csv(admin_ctx, path)
    assert "CSV UTF-8" in err.value.render()


def test_missing_file(admin_ctx, tmp_path):
    with pytest.raises(ValidationError) as err:
        shops.import_shops_csv(admin_ctx, tmp_path / "nope.csv")
    assert "cannot be read" in err.value.render()


def test_refusal_is_translated_line_by_line(admin_ctx):
    zh = {
        "Line {line}: {reason}": "第{line}行：{reason}",
        "A shop needs a Chinese name.": "店铺需要中文名称。",
    }
    with pytest.raises(shops.ImportRefused) as err:
        shops.import_shops_csv(admin_ctx, "name_zh,unit\n \n\n,\n星巴克,L1\n,L2\n")
    rendered = err.value.render(lambda s: zh.get(s, s))
    assert rendered.splitlines()[1:] == ["第6行：店铺需要中文名称。"]
