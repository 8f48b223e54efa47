"""The dashboard page on the demo database, and the visitor search in the main window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from services.core.database import open_database
from tests.demo.test_dashboard_demo import VISITOR_PHONE, build_site
from ui.dashboard.dashboard_page import ALERT, DashboardPage
from ui.session import DeskSession


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("dashui") / "demo.db")
    made = build_site(db, days=3, seed=4)
    yield made
    db.close()


def test_dashboard_builds_with_the_figures(qtbot, site):
    page = DashboardPage(DeskSession(site["ctxs"]["clerk"]))
    qtbot.addWidget(page)
    page.show()
    board = page.board
    assert page.tiles["items_out"].figure.text() == str(board.items_out)
    assert page.tiles["complaints_overdue"].figure.text() == str(board.complaints_overdue)
    if board.found_due_now:
        assert page.tiles["found_due"].tone == ALERT
    assert page.timer.isActive()
    assert len(page.income_chart.items) == 30 and len(page.loans_chart.items) == 30
    page.grab()  # paints the charts
    page.hide()
    assert not page.timer.isActive()


def test_dashboard_is_the_first_page(qtbot, site):
    from ui.main_window import MainWindow
    window = MainWindow(DeskSession(site["ctxs"]["clerk"]))
    qtbot.addWidget(window)
    assert window.current_page_key() == "dashboard"


def test_phone_shows_membership_loans_and_cases(qtbot, site, monkeypatch):
    from ui.main_window import MainWindow
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    window = MainWindow(DeskSession(site["ctxs"]["clerk"]))
    qtbot.addWidget(window)
    window.show()
    box = window.visitor_search
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier)
    qtbot.keyClicks(box, VISITOR_PHONE)
    qtbot.keyClick(box, Qt.Key_Return)
    dialog = box.dialog
    assert dialog is not None and box.text() == ""
    groups = {dialog.tree.topLevelItem(i).text(0).split(" (")[0]
              for i in range(dialog.tree.topLevelItemCount())}
    assert {"Membership and points", "Loans and deposits", "Complaint cases"} <= groups
    texts = [dialog.tree.topLevelItem(i).child(j).text(0)
             for i in range(dialog.tree.topLevelItemCount())
             for j in range(dialog.tree.topLevelItem(i).childCount())]
    assert site["loan"].slip_no in texts and site["case"].case_no in texts
    assert site["member"].card_no in texts
    assert VISITOR_PHONE not in dialog.summary.text()


def test_scanned_slip_opens_that_loan(qtbot, site, monkeypatch):
    from ui.main_window import MainWindow
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    window = MainWindow(DeskSession(site["ctxs"]["clerk"]))
    qtbot.addWidget(window)
    window.show()
    box = window.visitor_search
    qtbot.keyClicks(box, site["loan"].slip_no)
    qtbot.keyClick(box, Qt.Key_Return)
    dialog = box.dialog
    assert dialog.current_hit().number == site["loan"].slip_no
    assert "Out" in dialog.summary.text()
    assert dialog.take_back_button.isEnabled()
    qtbot.mouseClick(dialog.take_back_button, Qt.LeftButton)
    assert window.current_page_key() == "lending"
    page = window.built["lending"]
    assert page.stack.currentWidget() is page.return_form
