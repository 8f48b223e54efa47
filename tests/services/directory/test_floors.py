"""The site's floors (Settings › Directory): added in canonical form and unique whatever the
case, renamed (the directory finds the shops on it by the new name), moved in the order the
directory and the floor guide follow, retired only when nothing stands on it; each change
audited with before and after; shops and facilities stand only on a floor in use."""

from __future__ import annotations

import json

import pytest

from services.core.errors import ValidationError
from services.directory import documents as directory_documents
from services.directory import floors, shops
from services.directory import guide as directory
from tests.services.directory.test_directory_documents import pages_text


def audit_rows(ctx, action):
    return [
        dict(r)
        for r in ctx.db.conn.execute(
            "SELECT * FROM audit_log WHERE action = ? ORDER BY id", (action,)
        )
    ]


def codes(listed):
    return [f.code for f in listed]


def by_code(ctx, code):
    return next(f for f in floors.all_floors(ctx) if f.code == code)


def test_a_new_site_has_a_malls_usual_floors_in_their_natural_order(role_ctx):
    assert codes(floors.floor_list(role_ctx["clerk"])) == [
        "B2",
        "B1",
        "L1",
        "L2",
        "L3",
        "L4",
        "L5",
        "L6",
    ]
    assert by_code(role_ctx["admin"], "L2").label("zh_CN") == "L2 二层"
    assert by_code(role_ctx["admin"], "L2").label("en") == "L2 Level 2"


def test_a_floor_is_added_in_canonical_form_once_and_audited(role_ctx):
    admin = role_ctx["admin"]
    with pytest.raises(ValidationError, match="floor code"):
        floors.add_floor(admin, "L 2!", "二层")
    with pytest.raises(ValidationError, match="already in the list"):
        floors.add_floor(admin, "ｌ２", "二层")  # full-width, lower case: still L2
    with pytest.raises(ValidationError, match="too long"):
        floors.add_floor(admin, "M", "夹" * 31)
    assert not audit_rows(admin, "floor.add")
    added = floors.add_floor(admin, " ｍ1 ", " 夹层 ", "Mezzanine")
    assert (added.code, added.name_zh, added.name_en) == ("M1", "夹层", "Mezzanine")
    assert codes(floors.floor_list(admin))[-1] == "M1"  # new floors go last
    row = audit_rows(admin, "floor.add")[-1]
    assert row["entity_id"] == "M1" and row["before"] is None
    assert json.loads(row["after"])["name_en"] == "Mezzanine"


def test_a_new_floor_can_be_chosen_for_a_shop_and_an_unknown_one_cannot(role_ctx):
    admin = role_ctx["admin"]
    with pytest.raises(ValidationError, match="no floor M1"):
        shops.add_shop(admin, "新店", "New shop", "M1-001", "M1")
    with pytest.raises(ValidationError, match="no floor M1"):
        directory.add_facility(admin, "toilet", "M1", "东侧")
    floors.add_floor(admin, "M1", "夹层", "Mezzanine")
    shop = shops.add_shop(admin, "新店", "New shop", "M1-001", "m1")
    assert shop.floor == "M1"
    directory.add_facility(admin, "toilet", "m1", "东侧")
    assert "M1" in directory.directory_floors(role_ctx["clerk"])
    other = shops.add_shop(admin, "老店", "Old shop", "L1-001", "L1")
    with pytest.raises(ValidationError, match="no floor 9F"):
        shops.update_shop(admin, other.id, floor="9F")
    assert shops.update_shop(admin, other.id, floor="M1").floor == "M1"


def test_a_csv_import_refuses_a_line_on_an_unknown_floor(role_ctx):
    admin = role_ctx["admin"]
    text = "name_zh,unit,floor\n甲店,L1-001,l1\n乙店,X9-001,X9\n"
    with pytest.raises(shops.ImportRefused) as refused:
        shops.import_shops_csv(admin, text.encode())
    assert "no floor X9" in str(refused.value) and "3" in str(refused.value)
    assert shops.count_shops(admin) == 0
    result = shops.import_shops_csv(admin, text.replace("X9", "L2").encode())
    assert result.added == 2
    assert sorted(s.floor for s in shops.search_shops(admin)) == ["L1", "L2"]


def test_a_renamed_floor_is_found_by_its_new_name(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    shops.add_shop(admin, "优衣库", "UNIQLO", "L2-015", "L2", "服装")
    shops.add_shop(admin, "星巴克", "Starbucks", "L1-001", "L1", "餐饮")
    assert not directory.search_directory(clerk, "时尚")
    l2 = by_code(admin, "L2")
    with pytest.raises(ValidationError, match="too long"):
        floors.rename_floor(admin, l2.id, "二层", "x" * 61)
    floors.rename_floor(admin, l2.id, "二层 时尚馆", "Level 2 Fashion")
    found = directory.search_directory(clerk, "时尚")
    assert [e.name_en for e in found] == ["UNIQLO"]
    assert found[0].floor_label("zh_CN") == "L2 二层 时尚馆"
    assert found[0].floor_label("en") == "L2 Level 2 Fashion"
    assert [e.name_en for e in directory.search_directory(clerk, "fashion")] == ["UNIQLO"]
    row = audit_rows(admin, "floor.rename")[-1]
    assert row["entity_id"] == "L2"
    assert json.loads(row["before"]) == {"name_zh": "二层", "name_en": "Level 2"}
    assert json.loads(row["after"]) == {"name_zh": "二层 时尚馆", "name_en": "Level 2 Fashion"}
    guide = pages_text(directory_documents.floor_guide_pdf(clerk, ["L2"]))
    assert "Floor guide L2 二层 时尚馆 Level 2 Fashion" in guide[0]


def test_a_floor_with_shops_cannot_be_retired(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    first = shops.add_shop(admin, "甲店", "", "L3-001", "L3")
    shops.add_shop(admin, "乙店", "", "L3-002", "L3")
    directory.add_facility(admin, "toilet", "L3", "东侧")
    l3 = by_code(admin, "L3")
    assert (l3.shops, l3.facilities) == (2, 1)
    with pytest.raises(ValidationError, match=r"open shops: 2; facilities in service: 1"):
        floors.set_floor_active(admin, l3.id, False)
    assert not audit_rows(admin, "floor.retire") and by_code(admin, "L3").active
    for shop in shops.search_shops(admin, "L3"):
        shops.set_shop_active(admin, shop.id, False)
    facility = next(e for e in directory.floor_entries(clerk, "L3") if e.kind == "facility")
    directory.set_facility_active(admin, facility.ref_id, False)
    floors.set_floor_active(admin, l3.id, False)
    assert "L3" not in codes(floors.floor_list(clerk))
    assert not by_code(admin, "L3").active
    with pytest.raises(ValidationError, match="no floor L3"):
        shops.update_shop(admin, shops.add_shop(admin, "丙店", "", "L1-009", "L1").id, floor="L3")
    with pytest.raises(ValidationError, match="retired"):
        floors.add_floor(admin, "l3")
    row = audit_rows(admin, "floor.retire")[-1]
    assert (json.loads(row["before"]), json.loads(row["after"])) == (
        {"active": True},
        {"active": False},
    )
    floors.set_floor_active(admin, l3.id, True)
    assert shops.update_shop(admin, first.id, name_en="First").floor == "L3"


def test_the_order_of_floors_is_the_directorys_and_the_guides(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    for unit, floor in (("B1-001", "B1"), ("L1-001", "L1"), ("L2-001", "L2")):
        shops.add_shop(admin, f"店{unit}", unit=unit, floor=floor)
    assert directory.directory_floors(clerk) == ["B1", "L1", "L2"]
    floors.move_floor(admin, by_code(admin, "L2").id, -10)  # to the top
    assert codes(floors.floor_list(clerk))[:3] == ["L2", "B2", "B1"]
    assert directory.directory_floors(clerk) == ["L2", "B1", "L1"]
    floors.move_floor(admin, by_code(admin, "B1").id, 1)
    assert directory.directory_floors(clerk) == ["L2", "L1", "B1"]
    guide = pages_text(directory_documents.floor_guide_pdf(clerk))
    assert [page.split("Floor guide ")[1][:2] for page in guide] == ["L2", "L1", "B1"]
    row = audit_rows(admin, "floor.move")[-1]
    assert json.loads(row["before"])["order"][:4] == ["L2", "B2", "B1", "L1"]
    assert json.loads(row["after"])["order"][:4] == ["L2", "B2", "L1", "B1"]
