"""The shops page on a real temporary database, driven with qtbot, then the database checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from services.directory import shops
from ui.directory.shops_page import ShopsPage
from ui.session import DeskSession

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def some_shops(admin_ctx):
    shops.add_shop(admin_ctx, "星巴克", "Starbucks", "L1-001", "L1", "餐饮", "021-12345678")
    shops.add_shop(admin_ctx, "优衣库", "UNIQLO", "L2-015", "L2", "服装")
    shops.add_shop(admin_ctx, "海底捞火锅", "Haidilao Hot Pot", "L5-002", "L5", "餐饮")
    closed = shops.add_shop(admin_ctx, "苹果", "Apple", "L3-001", "L3", "数码")
    shops.set_shop_active(admin_ctx, closed.id, False)


def make_page(qtbot, ctx) -> ShopsPage:
    page = ShopsPage(DeskSession(ctx))
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts and focus need an active window
    return page


def shown_names(page) -> list[str]:
    return [page.model.row(r)["name_zh"] for r in range(page.model.rowCount())]


def test_typing_filters_the_list(qtbot, admin_ctx, some_shops):
    page = make_page(qtbot, admin_ctx)
    assert shown_names(page) == ["星巴克", "优衣库", "海底捞火锅"]
    assert page.count_label.text() == "3 shops"
    qtbot.keyClicks(page.search_box, "uniqlo")
    qtbot.waitUntil(lambda: shown_names(page) == ["优衣库"])
    assert page.count_label.text() == "1 shop"
    page.search_box.setText("火锅")  # keyClicks cannot type Chinese
    assert shown_names(page) == ["优衣库"]  # debounced: the list waits for the pause
    qtbot.waitUntil(lambda: shown_names(page) == ["海底捞火锅"])
    page.search_box.clear()
    qtbot.waitUntil(lambda: len(shown_names(page)) == 3)


def test_closed_shops_on_request(qtbot, admin_ctx, some_shops):
    page = make_page(qtbot, admin_ctx)
    page.search_box.setText("apple")
    qtbot.waitUntil(lambda: page.count_label.text() == "0 shops")
    page.closed_box.setChecked(True)
    assert shown_names(page) == ["苹果"]
    status = page.model.index(0, page.model.columnCount() - 1).data()
    assert status == "Closed"
    page.table.selectRow(0)
    assert page.active_button.text() == "&Reopen shop"


def test_admin_adds_a_shop_through_the_dialog(qtbot, admin_ctx, some_shops):
    page = make_page(qtbot, admin_ctx)
    qtbot.keyClick(page.search_box, Qt.Key_N, Qt.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name_zh.setText("喜茶")
    qtbot.keyClicks(dialog.name_en, "HEYTEA")
    qtbot.keyClicks(dialog.unit, "b1-020 ")
    dialog.floor.setCurrentIndex(dialog.floor.findData("B1"))
    dialog.category.setCurrentText("餐饮")
    qtbot.keyClicks(dialog.tax_id, "91440300ma5f00003g")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "喜茶" in shown_names(page)
    assert page.selected_shop().name_zh == "喜茶"
    (saved,) = shops.search_shops(admin_ctx, "喜茶")
    assert (saved.name_en, saved.unit, saved.floor, saved.category, saved.tax_id) == (
        "HEYTEA",
        "b1-020",
        "B1",
        "餐饮",
        "91440300MA5F00003G",
    )
    actions = [
        r[0]
        for r in admin_ctx.db.conn.execute(
            "SELECT action FROM audit_log WHERE entity = 'shop' AND entity_id = ?", (saved.id,)
        )
    ]
    assert actions == ["shop.add"]


def test_a_refused_shop_keeps_the_dialog_open(qtbot, admin_ctx, some_shops, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.session.show_error", lambda parent, exc: shown.append(exc))
    page = make_page(qtbot, admin_ctx)
    dialog = page.open_shop_dialog()
    dialog.name_zh.setText("星巴克臻选")
    dialog.unit.setText("L1-001")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert dialog.isVisible()
    assert shown == []  # said beside the unit, not in a message box
    note = dialog.guard.notes[dialog.unit]
    assert note.isVisible() and "already taken by 星巴克 Starbucks (L1-001)" in note.text()
    assert shops.search_shops(admin_ctx, "臻选") == []


def test_enter_on_the_list_edits_the_shop(qtbot, admin_ctx, some_shops):
    page = make_page(qtbot, admin_ctx)
    page.search_box.setText("UNIQLO")
    qtbot.keyClick(page.search_box, Qt.Key_Return)
    assert page.table.hasFocus() and page.selected_shop().name_zh == "优衣库"
    qtbot.keyClick(page.table, Qt.Key_Return)
    dialog = page.dialog
    assert dialog.name_zh.text() == "优衣库" and dialog.unit.text() == "L2-015"
    qtbot.keyClicks(dialog.phone, "021-87654321")
    qtbot.keyClick(dialog.phone, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shops.search_shops(admin_ctx, "优衣库")[0].phone == "021-87654321"
    assert page.selected_shop().phone == "021-87654321"


def test_admin_closes_a_shop(qtbot, admin_ctx, some_shops, monkeypatch):
    page = make_page(qtbot, admin_ctx)
    monkeypatch.setattr(page, "confirm", lambda question: "优衣库" in question)
    page.search_box.setText("优衣库")
    page.refresh()
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    assert shown_names(page) == []
    assert not shops.search_shops(admin_ctx, "优衣库", active_only=False)[0].active


def test_admin_imports_a_csv(qtbot, admin_ctx, monkeypatch):
    page = make_page(qtbot, admin_ctx)
    told = []
    monkeypatch.setattr(page, "tell", told.append)
    page.import_file(DATA / "shops_zh_bom.csv")
    assert shown_names(page) == ["喜茶", "名创优品"]
    assert "Shops added: 3" in told[0] and "面积" in told[0]


def test_a_clerk_sees_the_list_but_no_admin_buttons(qtbot, role_ctx, some_shops):
    page = make_page(qtbot, role_ctx["clerk"])
    assert shown_names(page) == ["星巴克", "优衣库", "海底捞火锅"]
    for button in page.admin_buttons():
        assert not button.isVisibleTo(page) and not button.isEnabled()
    qtbot.keyClick(page.search_box, Qt.Key_N, Qt.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key_Return)
    assert page.dialog is None and page.open_shop_dialog() is None


def test_admin_buttons_are_there_for_admins(qtbot, admin_ctx):
    page = make_page(qtbot, admin_ctx)
    assert all(b.isVisibleTo(page) for b in page.admin_buttons())
    assert page.add_button.isEnabled() and page.import_button.isEnabled()


def test_long_lists_are_fetched_a_page_at_a_time(qtbot, admin_ctx):
    text = "name_zh,unit,floor\n" + "".join(f"店铺{i:03d},L1-{i:03d},L1\n" for i in range(250))
    shops.import_shops_csv(admin_ctx, text)
    page = make_page(qtbot, admin_ctx)
    assert page.model.rowCount() == page.model.page_size == 200
    assert page.count_label.text() == "250 shops"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 250)


def test_ctrl_f_focuses_search(qtbot, admin_ctx, some_shops):
    page = make_page(qtbot, admin_ctx)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_F, Qt.ControlModifier)
    assert page.search_box.hasFocus()
