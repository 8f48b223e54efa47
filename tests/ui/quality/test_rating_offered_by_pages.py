"""Each counter page offers the rating in one line once its service succeeded: a sale, a
counter inquiry (a hotline call is not rated at the counter) and a complaint taken at the
counter each leave their service waiting for the customer's rating."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from services.quality import ratings
from services.sales import price_list
from services.shifts import shifts
from ui.complaints.complaints_page import ComplaintsPage
from ui.directory.directory_page import DirectoryPage
from ui.sales.sale_page import SalePage
from ui.session import DeskSession


def waiting(page):
    desk = page.window().findChild(QObject, "rating_desk")
    return None if desk is None else desk.pending


def close_rating_window(page):
    desk = page.window().findChild(QObject, "rating_desk")
    if desk is not None:
        desk.window.close()


def test_a_sale_waits_for_its_rating(qtbot, role_ctx):
    price_list.ensure_default_prices(role_ctx["admin"])
    shifts.open_shift(role_ctx["clerk"], {10000: 1})
    page = SalePage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.code_box, "COPY-A4")
    qtbot.keyClick(page.code_box, Qt.Key_Return)
    page.on_sell()
    assert waiting(page) == ("sale", page.last_sale.receipt_no)
    if page.preview is not None:
        page.preview.close()
    close_rating_window(page)


def test_a_counter_inquiry_waits_for_its_rating_a_hotline_call_does_not(qtbot, role_ctx):
    page = DirectoryPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    page.record("directions")
    assert waiting(page) == ("inquiry", f"Q{page.last_inquiry.id}")
    page.hotline_box.setChecked(True)
    page.record("parking")
    assert waiting(page) == ("inquiry", f"Q{page.last_inquiry.id - 1}")
    close_rating_window(page)


def test_a_complaint_taken_at_the_counter_waits_for_its_rating(qtbot, role_ctx):
    clerk = role_ctx["clerk"]
    page = ComplaintsPage(DeskSession(clerk))
    qtbot.addWidget(page)
    page.phone_box.setText("13800138000")
    page.text_box.setPlainText("扶梯停了")
    page.record()
    case = page.last_case
    assert case.channel == "counter"
    assert waiting(page) == ("complaint", case.case_no)
    desk = page.window().findChild(QObject, "rating_desk")
    qtbot.mouseClick(desk.window.score_buttons[3], Qt.LeftButton)
    qtbot.mouseClick(desk.window.done_button, Qt.LeftButton)
    assert ratings.rating_of(clerk, "complaint", case.case_no).score == 3
    close_rating_window(page)
