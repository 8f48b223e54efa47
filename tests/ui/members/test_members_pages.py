"""Enrolment and the member page driven from the keyboard; the database is checked after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from services.members import members
from services.members import points as member_points
from services.shifts import shifts
from tests.services.members.fixtures import receipt, resident_id, shop
from ui.members.enrol_page import EnrolPage
from ui.members.members_page import MembersPage
from ui.session import DeskSession


def test_enrol_from_the_keyboard(role_ctx, qtbot, errors):
    s = shop(role_ctx["admin"])
    page = EnrolPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    page.show()
    page.receipt.reload()
    page.receipt.select_shop(s.id)
    qtbot.keyClicks(page.receipt.number, "A-100")
    qtbot.keyClicks(page.receipt.amount, "199.99")
    page.name.setText("王小明")
    qtbot.keyClicks(page.phone, "13800138000")
    number = resident_id()
    qtbot.keyClicks(page.id_number, number)
    qtbot.keyClick(page.id_number, Qt.Key_Return)
    assert "below" in page.problem.text() and page.id_number.text() == number
    assert errors == []  # said on the form, no message box in the way
    page.receipt.amount.setText("200")
    qtbot.keyClick(page.id_number, Qt.Key_Return)
    assert errors == []
    assert page.last.member.balance == 20 and page.id_number.text() == ""
    assert page.last.member.card_no in page.message.text()
    assert "138****8000" in page.message.text()
    page.preview.close()
    found = members.find_members(role_ctx["clerk"], "13800138000")
    assert found and found[0].name == "王小明"


def test_old_receipt_refused_in_the_page(role_ctx, qtbot, errors):
    s = shop(role_ctx["admin"])
    page = EnrolPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    page.receipt.reload()
    page.receipt.select_shop(s.id)
    page.receipt.number.setText("OLD")
    page.receipt.amount.setText("500")
    page.receipt.date.setDate(QDate(2026, 3, 1))
    page.name.setText("Li")
    page.phone.setText("13800138001")
    page.id_number.setText(resident_id())
    page.on_enrol()
    assert "older than" in page.problem.text()


@pytest.fixture
def member(role_ctx):
    s = shop(role_ctx["admin"])
    number = resident_id()
    made = members.enrol_member(
        role_ctx["clerk"], "王小明", "13800138000", "resident", number, receipt(s.id, "E-1", 30000)
    )
    member_points.credit_receipt(role_ctx["clerk"], made.member.card_no, receipt(s.id, "E-2", 5000))
    return made.member, number


def test_scan_card_opens_member_and_lost_then_reissue(role_ctx, qtbot, errors, member, monkeypatch):
    m, number = member
    page = MembersPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search_box, m.card_no)
    qtbot.keyClick(page.search_box, Qt.Key_Return)
    assert page.member.id == m.id
    assert page.labels["phone"].text() == "138****8000"
    assert page.labels["balance"].text() == "35"
    assert page.history.rowCount() == 2 and page.batches.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.on_lost()
    assert page.member.card_status == "lost" and not page.buttons["credit"].isEnabled()
    shifts.open_shift(role_ctx["clerk"], {10000: 1})

    def fill_and_ok(dialog):
        dialog.id_number.setText(number)
        dialog.on_ok()
        return QDialog.Accepted

    monkeypatch.setattr(QDialog, "exec", fill_and_ok)
    done = page.on_reissue()
    assert done is not None and page.member.card_no == done.new_card_no
    assert page.labels["balance"].text() == "35"
    page.preview.close()


def test_name_search_as_typed_and_phone(role_ctx, qtbot, member):
    page = MembersPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    page.search_box.setText("王")
    page.search()
    assert page.results.rowCount() == 1
    assert page.results.data(page.results.index(0, 1)) == "138****8000"
    page.search_box.setText("138 0013 8000")
    page.on_enter()
    assert page.member is not None
