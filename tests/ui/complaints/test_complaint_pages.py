"""The complaint desk, case dialog and summary, driven like a clerk at the counter; the
database is checked afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from services.complaints import cases as complaints
from tests.services.complaints.fixtures import record, set_local, walk
from ui.complaints.case_dialog import CaseDialog
from ui.complaints.complaints_page import OVERDUE, ComplaintsPage
from ui.complaints.summary_page import ComplaintSummaryPage
from ui.session import DeskSession


def test_record_a_case_from_the_keyboard(role_ctx, qtbot, open_page, errors):
    page = open_page(ComplaintsPage, role_ctx["clerk"])
    page.phone_box.setFocus()
    qtbot.keyClicks(page.phone_box, "13800138000")
    page.text_box.setPlainText("扶梯停了")
    page.category_box.setCurrentIndex(page.category_box.findData("facilities"))
    qtbot.keyClick(page.text_box, Qt.Key_Return, Qt.ControlModifier)
    assert errors == []
    [case] = complaints.list_cases(role_ctx["clerk"])
    assert (case.category, case.text, case.phone_masked) == (
        "facilities",
        "扶梯停了",
        "138****8000",
    )
    assert page.model.rowCount() == 1 and page.phone_box.text() == ""
    assert page.model.data(page.model.index(0, 2)) == "138****8000"


def test_overdue_case_stands_out_and_is_counted(role_ctx, open_page, clock):
    set_local(clock, 2026, 3, 16, 10)
    record(role_ctx["clerk"])
    set_local(clock, 2026, 3, 18, 12)
    page = open_page(ComplaintsPage, role_ctx["clerk"])
    assert "<b>1</b> overdue" in page.counts_label.text()
    assert page.model.data(page.model.index(0, 0), Qt.BackgroundRole).color() == OVERDUE


def test_empty_phone_is_refused_beside_its_field(role_ctx, open_page, errors):
    page = open_page(ComplaintsPage, role_ctx["clerk"])
    page.text_box.setPlainText("x")
    page.record()
    assert errors == []  # no message box: the problem stands beside the phone
    note = page.guard.notes[page.phone_box]
    assert note.isVisible() and note.text()
    assert page.focusWidget() is page.phone_box
    assert complaints.list_cases(role_ctx["clerk"]) == []


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
    dialog.step_button.click()  # the handler tries to score it
    assert errors == [] and "You handled case" in dialog.step_problem.text()  # on the form
    assert dialog.steps.rowCount() == 3


def test_clerk_cannot_forward_from_the_dialog(role_ctx, qtbot):
    case = record(role_ctx["clerk"])
    dialog = CaseDialog(DeskSession(role_ctx["clerk"]), case.id)
    qtbot.addWidget(dialog)
    assert not dialog.step_button.isEnabled()


def test_a_step_without_its_note_is_marked_beside_the_note(role_ctx, qtbot, errors):
    case = record(role_ctx["clerk"])
    walk(case.id, role_ctx, to="forwarded")
    dialog = CaseDialog(DeskSession(role_ctx["clerk"]), case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.note_box, Qt.Key_Return)  # Enter takes the step
    assert errors == []
    assert "Say what was done first" in dialog.guard.notes[dialog.note_box].text()
    assert complaints.get_case(role_ctx["clerk"], case.id).status == "forwarded"


def test_summary_page_shows_charts(role_ctx, open_page):
    case = record(role_ctx["clerk"], category="parking")
    walk(case.id, role_ctx)
    page = open_page(ComplaintSummaryPage, role_ctx["clerk"])
    assert page.charts["category"].items == [("Parking", 1)]
    assert page.charts["satisfaction"].items[3] == ("Score 4", 1)
    assert not page.print_button.isEnabled()
