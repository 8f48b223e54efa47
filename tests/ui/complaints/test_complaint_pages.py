"""The complaint desk, case dialog, summary, first-aid, custody and paging pages, driven
like a clerk at the counter; the database is checked afterwards."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from services.complaints import cases as complaints
from services.care import custody
from services.care import first_aid
from services.care import paging
from tests.services.complaints.fixtures import record, set_local, walk
from ui.complaints.case_dialog import CaseDialog
from ui.complaints.complaints_page import OVERDUE, ComplaintsPage
from ui.complaints.summary_page import ComplaintSummaryPage
from ui.custody.custody_page import CustodyPage
from ui.first_aid.first_aid_page import FirstAidPage
from ui.paging.paging_page import PagingPage
from ui.session import DeskSession


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def _page(qtbot, cls, ctx):
    page = cls(DeskSession(ctx))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_record_a_case_from_the_keyboard(role_ctx, qtbot, errors):
    page = _page(qtbot, ComplaintsPage, role_ctx["clerk"])
    page.phone_box.setFocus()
    qtbot.keyClicks(page.phone_box, "13800138000")
    page.text_box.setPlainText("扶梯停了")
    page.category_box.setCurrentIndex(page.category_box.findData("facilities"))
    qtbot.keyClick(page.text_box, Qt.Key_Return, Qt.ControlModifier)
    assert errors == []
    [case] = complaints.list_cases(role_ctx["clerk"])
    assert (case.category, case.text, case.phone_masked) == ("facilities", "扶梯停了",
                                                             "138****8000")
    assert page.model.rowCount() == 1 and page.phone_box.text() == ""
    assert page.model.data(page.model.index(0, 2)) == "138****8000"


def test_overdue_case_stands_out_and_is_counted(role_ctx, qtbot, clock):
    set_local(clock, 2026, 3, 16, 10)
    record(role_ctx["clerk"])
    set_local(clock, 2026, 3, 18, 12)
    page = _page(qtbot, ComplaintsPage, role_ctx["clerk"])
    assert "<b>1</b> overdue" in page.counts_label.text()
    assert page.model.data(page.model.index(0, 0), Qt.BackgroundRole).color() == OVERDUE


def test_empty_phone_is_refused_with_a_message(role_ctx, qtbot, errors):
    page = _page(qtbot, ComplaintsPage, role_ctx["clerk"])
    page.text_box.setPlainText("x")
    page.record()
    assert errors and "phone" in errors[0]


def test_case_dialog_steps_and_handler_refusal(role_ctx, qtbot, errors):
    case = record(role_ctx["clerk"])
    walk(case.id, role_ctx, to="forwarded")
    dialog = CaseDialog(DeskSession(role_ctx["clerk"]), case.id)
    qtbot.addWidget(dialog)
    dialog.note_box.setText("已致电")
    dialog.step_button.click()
    dialog.note_box.setText("已退款")
    dialog.step_button.click()
    assert complaints.get_case(role_ctx["clerk"], case.id).status == "resolved"
    assert dialog.follow_row.isVisibleTo(dialog)
    dialog.step_button.click()   # the handler tries to score it
    assert errors and "You handled case" in errors[0]
    assert dialog.steps.rowCount() == 3


def test_clerk_cannot_forward_from_the_dialog(role_ctx, qtbot):
    case = record(role_ctx["clerk"])
    dialog = CaseDialog(DeskSession(role_ctx["clerk"]), case.id)
    qtbot.addWidget(dialog)
    assert not dialog.step_button.isEnabled()


def test_summary_page_shows_charts(role_ctx, qtbot):
    case = record(role_ctx["clerk"], category="parking")
    walk(case.id, role_ctx)
    page = _page(qtbot, ComplaintSummaryPage, role_ctx["clerk"])
    assert page.charts["category"].items == [("Parking", 1)]
    assert page.charts["satisfaction"].items[3] == ("Score 4", 1)
    assert not page.print_button.isEnabled()


def test_first_aid_use_below_stock_is_refused(role_ctx, qtbot, errors):
    clerk = role_ctx["clerk"]
    med = first_aid.add_medicine(clerk, "创可贴", "external", "片", 5)
    first_aid.restock(clerk, med.id, 3, "2027-01-01")
    page = _page(qtbot, FirstAidPage, clerk)
    page.quantity_box.setValue(4)
    page.whom_box.setText("顾客")
    page.record_use()
    assert errors and "Only 3" in errors[0]
    page.quantity_box.setValue(2)
    page.record_use()
    assert first_aid.list_medicines(clerk)[0].stock == 1
    assert "创可贴" in page.flags_label.text()


def test_custody_take_in_and_hand_out(role_ctx, qtbot):
    clerk = role_ctx["clerk"]
    page = _page(qtbot, CustodyPage, clerk)
    page.what_box.setText("样品")
    page.for_box.setText("招商部")
    page.left_by_box.setText("快递员")
    page.take_in()
    assert page.model.rowCount() == 1
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.hand_out("招商部 李")
    assert custody.list_items(clerk)[0].picked_up_by == "招商部 李"
    assert page.model.rowCount() == 0


def test_paging_fill_and_record(role_ctx, qtbot):
    page = _page(qtbot, PagingPage, role_ctx["clerk"])
    page.who_box.setText("小明的妈妈")
    page.where_box.setText("一楼服务台")
    page.fill()
    assert "小明的妈妈" in page.zh_box.toPlainText()
    page.asked_box.setText("小明")
    page.record()
    [made] = paging.list_pages(role_ctx["clerk"])
    assert made.kind == "person" and made.meet_at == "一楼服务台"
    assert page.model.rowCount() == 1
