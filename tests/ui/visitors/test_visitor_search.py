"""The visitor search in the main window, on the demo site of tests/ui/conftest.py: a phone
number finds the visitor's membership, loans and cases; a scanned slip opens its loan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.demo.test_dashboard_demo import VISITOR_PHONE
from ui.main_window import MainWindow
from ui.session import DeskSession


def test_phone_shows_membership_loans_and_cases(qtbot, demo_site, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    window = MainWindow(DeskSession(demo_site["ctxs"]["clerk"]))
    qtbot.addWidget(window)
    window.show()
    box = window.visitor_search
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier)
    qtbot.keyClicks(box, VISITOR_PHONE)
    qtbot.keyClick(box, Qt.Key_Return)
    dialog = box.dialog
    assert dialog is not None and box.text() == ""
    groups = {
        dialog.tree.topLevelItem(i).text(0).split(" (")[0]
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert {"Membership and points", "Loans and deposits", "Complaint cases"} <= groups
    texts = [
        dialog.tree.topLevelItem(i).child(j).text(0)
        for i in range(dialog.tree.topLevelItemCount())
        for j in range(dialog.tree.topLevelItem(i).childCount())
    ]
    assert demo_site["loan"].slip_no in texts and demo_site["case"].case_no in texts
    assert demo_site["member"].card_no in texts
    assert VISITOR_PHONE not in dialog.summary.text()


def test_scanned_slip_opens_that_loan(qtbot, demo_site, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    window = MainWindow(DeskSession(demo_site["ctxs"]["clerk"]))
    qtbot.addWidget(window)
    window.show()
    box = window.visitor_search
    qtbot.keyClicks(box, demo_site["loan"].slip_no)
    qtbot.keyClick(box, Qt.Key_Return)
    dialog = box.dialog
    assert dialog.current_hit().number == demo_site["loan"].slip_no
    assert "Out" in dialog.summary.text()
    assert dialog.take_back_button.isEnabled()
    qtbot.mouseClick(dialog.take_back_button, Qt.LeftButton)
    assert window.current_page_key() == "lending"
    page = window.built["lending"]
    assert page.stack.currentWidget() is page.return_form


def test_ctrl_k_finds_by_last_four_digits_with_a_pick_list(qtbot, demo_site, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from services.visitors import search as visitor_search

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    offered = []

    def pick(parent, title, label, rows, current, editable):
        offered.extend(rows)
        return next(r for r in rows if "139****5678" in r), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    clerk = demo_site["ctxs"]["clerk"]
    window = MainWindow(DeskSession(clerk))
    qtbot.addWidget(window)
    window.show()
    box = window.visitor_search
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier)
    qtbot.keyClicks(box, VISITOR_PHONE[-4:], delay=150)  # typed, not scanned
    qtbot.keyClick(box, Qt.Key_Return)
    if len(visitor_search.find_visitors(clerk, VISITOR_PHONE[-4:])) > 1:
        assert offered and all(VISITOR_PHONE not in row for row in offered)
    dialog = box.dialog
    assert dialog is not None and "139****5678" in dialog.summary.text()
    window.close()


def _han(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _loan_rows(dialog) -> list[str]:
    tree = dialog.tree
    rows = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            row = group.child(j)
            if row.data(0, Qt.UserRole).kind == "loan":
                rows.append(" | ".join(row.text(c) for c in range(tree.columnCount())))
    return rows


def test_an_english_search_shows_item_names_in_english_only(qtbot, demo_site, monkeypatch):
    """One language at a time: the item lent is "Umbrella", not "爱心雨伞 (Umbrella)"."""
    from ui import i18n

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))
    i18n.install("en")
    window = MainWindow(DeskSession(demo_site["ctxs"]["clerk"]))
    qtbot.addWidget(window)
    window.show()
    box = window.visitor_search
    qtbot.keyClicks(box, VISITOR_PHONE)
    qtbot.keyClick(box, Qt.Key_Return)
    rows = _loan_rows(box.dialog)
    assert rows and not any(_han(row) for row in rows), rows
    box.dialog.close()
    i18n.install("zh_CN")
    try:
        box.setText(VISITOR_PHONE)
        qtbot.keyClick(box, Qt.Key_Return)
        rows = _loan_rows(box.dialog)
        assert rows and all(_han(row) and "(" not in row.split(" | ")[1] for row in rows), rows
    finally:
        i18n.install("en")
