"""Scans from anywhere, as a clerk with a scanner works: after a mouse click in the
navigation, on every page, a scanned code reaches its record; and the keystroke budgets of
the busiest flows, counted from the moment the code is scanned (docs/usability.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from services.lending import items as lending_items
from services.lending import loans as lending
from services.members import members
from services.members import points as member_points
from services.shifts import shifts
from tests.services.members.fixtures import receipt, resident_id, shop
from ui import i18n
from ui.main_window import MainWindow
from ui.session import DeskSession


class Counter:
    """Keys sent to whatever has the focus, as a clerk presses them; `keys` counts those
    pressed after the scan (the scan itself is one pull of the trigger)."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window, self.keys = qtbot, window, 0

    def focus(self):
        return QApplication.focusWidget() or self.window

    def scan(self, code: str) -> None:
        """A scanner: the code and Enter, a few milliseconds apart."""
        target = self.focus()
        self.qtbot.keyClicks(target, code)
        self.qtbot.keyClick(self.focus(), Qt.Key_Return)
        self.qtbot.wait(20)

    def type(self, text: str) -> None:
        """Typed by the clerk: counted as the field's content, not as extra keys."""
        for char in text:  # a person's pace: never taken for a scan
            self.qtbot.keyClicks(self.focus(), char)
            self.qtbot.wait(130)

    def press(self, key, count: int = 1) -> None:
        for _ in range(count):
            self.qtbot.keyClick(self.focus(), key)
            self.keys += 1
        self.qtbot.wait(5)


def click_navigation(qtbot, window, row: int) -> None:
    nav = window.nav
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.wait(5)


@pytest.fixture
def desk(role_ctx, qtbot):
    i18n.install("en")
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kind = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, kind.id, 3)
    shifts.open_shift(clerk, {10000: 2})
    window = MainWindow(DeskSession(clerk))
    window.scans.gap = 0.1  # a scanner's pace on a machine busy with other work
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window, Counter(qtbot, window)
    window.close()


def test_a_scan_after_a_click_in_the_navigation_reaches_its_loan_on_every_page(
    desk, role_ctx, qtbot
):
    window, clerk_keys = desk
    clerk = role_ctx["clerk"]
    loan = lending.lend_item(clerk, "U-001", "13800138000", "cash")
    for entry in window.entries:
        window.show_page(entry.key)
        row = window.nav.currentRow()
        click_navigation(qtbot, window, row)
        assert window.current_page_key() == entry.key
        assert not window.nav.hasFocus()
        focused = QApplication.focusWidget()
        clerk_keys.scan(loan.slip_no)
        lending_page = window.built["lending"]
        assert window.current_page_key() == "lending", (
            entry.key,
            focused,
            focused.text() if hasattr(focused, "text") else "",
            window.statusBar().currentMessage(),
        )
        assert lending_page.stack.currentWidget() is lending_page.return_form, entry.key
        assert lending_page.return_form.loan.id == loan.id
        lending_page.reset()
    assert lending.get_loan(clerk, loan.id).settled_at is None  # a scan only opens


def test_a_code_typed_by_hand_stays_in_its_field(desk, qtbot):
    window, keys = desk
    enrol = window.page("enrol")
    qtbot.wait(10)
    enrol.receipt.number.setFocus()
    qtbot.keyClicks(enrol.receipt.number, "U-002", delay=300)  # a person's pace
    qtbot.keyClick(enrol.receipt.number, Qt.Key_Return, delay=300)
    assert window.current_page_key() == "enrol"
    assert enrol.receipt.number.text() == "U-002"


def test_a_scan_into_a_text_field_not_for_codes_leaves_it_clean(desk, qtbot):
    window, keys = desk
    enrol = window.page("enrol")
    qtbot.wait(10)
    enrol.name.setFocus()
    qtbot.keyClicks(enrol.name, "Li")
    qtbot.wait(300)
    keys.scan("U-002")  # a free umbrella: its lend starts
    assert window.current_page_key() == "lending"
    assert enrol.name.text() == "Li"
    assert window.built["lending"].stack.currentWidget() is window.built["lending"].lend_form


def test_budget_lend_an_umbrella_with_a_cash_deposit(desk, role_ctx, qtbot):
    window, keys = desk
    window.show_page("complaints")
    keys.scan("U-003")
    page = window.built["lending"]
    assert page.lend_form.phone.hasFocus()
    keys.type("13900139000")
    keys.press(Qt.Key_Return)
    held = lending.held_totals(role_ctx["clerk"])
    assert held.count == 1 and held.deposit_fen == 5000
    assert keys.keys <= 3
    print(f"BUDGET lend: scan + phone + {keys.keys} key(s)")
    if page.preview is not None:
        page.preview.close()


def test_budget_take_back_in_good_condition_from_any_page(desk, role_ctx, qtbot):
    window, keys = desk
    loan = lending.lend_item(role_ctx["clerk"], "U-002", "13800138000", "cash")
    window.show_page("members")
    keys.scan(loan.slip_no)
    keys.press(Qt.Key_Return)
    assert lending.get_loan(role_ctx["clerk"], loan.id).settled_at
    assert keys.keys <= 1
    print(f"BUDGET take back: scan + {keys.keys} key(s)")


def test_budget_credit_a_receipt_to_a_scanned_card(desk, role_ctx, qtbot, errors):
    window, keys = desk
    clerk = role_ctx["clerk"]
    s = shop(role_ctx["admin"], name="优衣库")
    made = members.enrol_member(
        clerk, "Li Lei", "13700137000", "resident", resident_id(), receipt(s.id, "E-1", 30000)
    )
    before = members.get_member(clerk, made.member.id).balance
    window.show_page("lost_reports")
    keys.scan(made.member.card_no)
    page = window.built["members"]
    qtbot.waitUntil(lambda: getattr(page, "credit_dialog", None) is not None)
    dialog = page.credit_dialog
    qtbot.waitUntil(dialog.isVisible)
    # the receipt's fields: the shop (typed to pick), Tab, number, Tab, date as shown, Tab,
    # the amount — then one key
    keys.type("Uniqlo")
    keys.qtbot.keyClick(keys.focus(), Qt.Key_Tab)
    keys.type("A-200")
    keys.qtbot.keyClick(keys.focus(), Qt.Key_Tab)
    keys.qtbot.keyClick(keys.focus(), Qt.Key_Tab)
    keys.type("150")
    keys.press(Qt.Key_Return)
    assert errors == [] and dialog.result_value is not None
    after = members.get_member(clerk, made.member.id).balance
    assert after == before + 15
    assert keys.keys <= 1
    assert member_points.points_statement(clerk, made.member.id, limit=5).lines
    print(f"BUDGET credit: scan + receipt fields + {keys.keys} key(s)")


def test_click_in_navigation_keeps_no_focus(desk, qtbot):
    window, _keys = desk
    click_navigation(qtbot, window, 1)
    assert window.nav.focusPolicy() == Qt.NoFocus
    assert window.stack.currentWidget() is window.group_pages[window.groups[1][0].key]
    page = window.current_page()
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget() or window))
    assert QPoint(0, 0) == QPoint(0, 0)


def test_an_english_desk_shows_and_prints_no_chinese_item_name(desk, role_ctx, qtbot, monkeypatch):
    import re
    import subprocess
    from dataclasses import replace

    from services.admin import site
    from services.lending import documents as lending_documents

    window, keys = desk
    admin = role_ctx["admin"]
    # a Chinese site with a clerk who reads English
    site.update_profile(admin, replace(site.get_profile(admin), language="zh_CN"))
    made = []
    real = lending_documents.deposit_slip_pdf

    def slip(ctx, loan_id, copy_no=0, lang=None):
        pdf = real(ctx, loan_id, copy_no, lang)
        made.append(pdf)
        return pdf

    monkeypatch.setattr(lending_documents, "deposit_slip_pdf", slip)
    keys.scan("U-003")
    page = window.built["lending"]
    chinese = re.compile(r"[\u4e00-\u9fff]")
    assert "Umbrella" in page.lend_form.item_label.text()
    assert not chinese.search(page.lend_form.item_label.text())
    keys.type("13900139001")
    keys.press(Qt.Key_Return)
    assert not chinese.search(page.message.text())
    printed = subprocess.run(
        ["pdftotext", "-", "-"], input=bytes(made[-1]), capture_output=True, check=True
    ).stdout.decode()
    assert "Umbrella" in printed and "爱心雨伞" not in printed
    if page.preview is not None:
        page.preview.close()
