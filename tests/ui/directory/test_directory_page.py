"""The directory page: typing finds shops, one key counts an inquiry, the tally follows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from services.directory import answers, inquiries, shops
from services.directory import guide as directory
from ui.directory.answers_page import AnswersPage
from ui.directory.directory_page import DirectoryPage
from ui.session import DeskSession


def make(qtbot, cls, ctx):
    page = cls(DeskSession(ctx))
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def shown(page):
    return [page.model.row(r)["name_zh"] for r in range(page.model.rowCount())]


def seed(admin):
    star = shops.add_shop(admin, "星巴克", "Starbucks", "L1-001", "L1", "餐饮", "021-50001001")
    directory.set_shop_details(admin, star.id, "07:30-22:00", "Starbucks", "咖啡 coffee")
    shops.add_shop(admin, "优衣库", "UNIQLO", "L2-002", "L2", "服装")
    directory.add_facility(admin, "toilet", "L2", "优衣库旁", "洗手间", "Toilets")
    return star


def test_typing_pinyin_then_one_key_counts_directions_to_that_shop(qtbot, role_ctx):
    star = seed(role_ctx["admin"])
    clerk = role_ctx["clerk"]
    page = make(qtbot, DirectoryPage, clerk)
    assert len(shown(page)) == 3
    qtbot.keyClicks(page.search_box, "xbk")
    qtbot.waitUntil(lambda: shown(page) == ["星巴克"])
    qtbot.keyClick(page.search_box, Qt.Key_F1)  # one keystroke
    tally = inquiries.day_tally(clerk)
    assert tally.total == 1 and tally.by_type["directions"] == 1
    assert tally.top_shops[0]["id"] == star.id
    assert "Directions" in page.status_label.text()
    qtbot.keyClick(page.search_box, Qt.Key_F8)  # next one is a hotline call
    page.rang_box.setValue(7)
    page.type_buttons["parking"].click()  # or one click
    last = inquiries.recent_inquiries(clerk)[0]
    assert (last.type, last.channel, last.answer_seconds) == ("parking", "hotline", 7)
    assert not page.hotline_box.isChecked()
    counts = inquiries.inquiry_counts_by_hour(clerk)
    assert sum(sum(c.values()) for c in counts.values()) == 2
    assert page.tally_table.item(page.tally_table.rowCount() - 1, 6).text() == "2"
    qtbot.keyClick(page.search_box, Qt.Key_F7)
    assert inquiries.day_tally(clerk).total == 1
    assert page.tally_table.item(page.tally_table.rowCount() - 1, 6).text() == "1"


def test_chinese_and_english_words_find_places(qtbot, role_ctx):
    seed(role_ctx["admin"])
    page = make(qtbot, DirectoryPage, role_ctx["clerk"])
    page.search_box.setText("星巴")
    qtbot.waitUntil(lambda: shown(page) == ["星巴克"])
    page.search_box.setText("restroom")
    qtbot.waitUntil(lambda: shown(page) == ["洗手间"])
    assert page.model.data(page.model.index(0, 4)) == "Toilets"


def test_answers_page_hides_ended_promotions_and_supervisors_edit(qtbot, role_ctx):
    sup = role_ctx["supervisor"]
    answers.add_answer(
        sup,
        "promotion",
        "三月满减",
        "满300减50",
        "March sale",
        "¥50 off ¥300",
        valid_from="2026-03-01",
        valid_until="2026-03-31",
    )
    answers.add_answer(
        sup,
        "promotion",
        "二月双倍积分",
        "双倍积分",
        "February double points",
        "Double points",
        valid_from="2026-02-01",
        valid_until="2026-02-28",
    )
    clerk_page = make(qtbot, AnswersPage, role_ctx["clerk"])
    assert [clerk_page.model.row(r)["title_en"] for r in range(clerk_page.model.rowCount())] == [
        "March sale"
    ]
    assert "¥50 off ¥300" in clerk_page.text.toPlainText()
    assert not clerk_page.add_button.isVisible()
    page = make(qtbot, AnswersPage, sup)
    page.all_box.setChecked(True)
    assert page.model.rowCount() == 2
    page.open_dialog(page.selected())
    page.dialog.body_en.setPlainText("¥60 off ¥300")
    page.dialog.save()
    assert any(a.body_en == "¥60 off ¥300" for a in answers.all_answers(sup))
