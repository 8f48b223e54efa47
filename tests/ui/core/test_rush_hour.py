"""Rush hour at the counter: twenty customers in a row — lends, returns, paid services,
enrolments and complaints — served with the keyboard and the scanner alone, in the main
window as the clerk sees it; afterwards every record is checked in the database. Once with
the window on the database file as the desk runs it (slips, vouchers and receipts made on a
worker, each opening when its bytes arrive), once on a bare context (made in place)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from services.complaints import cases as complaints
from services.lending import items as lending_items
from services.lending import loans as lending
from services.members import members
from services.sales import price_list, sales
from services.shifts import shifts
from tests.services.members.fixtures import resident_id, shop
from tests.ui.core.test_scan_anywhere import Counter
from ui import i18n
from ui.main_window import MainWindow
from ui.session import DeskSession


class KeyClock:
    """The scan router's clock, moved by the keys themselves: a person's keys 0.2 s apart, a
    scanner's all at once. The test then types at full speed and still reads as a person, on
    a machine however busy (the pace itself is tested in test_scan_anywhere)."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Clerk(Counter):
    def __init__(self, qtbot, window):
        super().__init__(qtbot, window)
        self.clock = KeyClock()
        window.scans.clock = self.clock

    def type(self, text: str) -> None:
        for char in text:
            self.clock.now += 0.2
            self.qtbot.keyClicks(self.focus(), char)
        self.qtbot.wait(5)

    def scan(self, code: str) -> None:
        self.clock.now += 0.2  # the pause before the trigger is pulled
        super().scan(code)

    def go(self, key: str) -> None:
        """To a page by keys alone: Ctrl+<group>, then Ctrl+PgDown to its tab."""
        window = self.window
        row = next(i for i, (_g, es) in enumerate(window.groups) if any(e.key == key for e in es))
        self.press_on_window(Qt.Key_1 + row, Qt.ControlModifier)
        for _ in range(len(window.groups[row][1])):
            if window.current_page_key() == key:
                break
            self.press_on_window(Qt.Key_PageDown, Qt.ControlModifier)
        assert window.current_page_key() == key, (
            QApplication.focusWidget(),
            QApplication.activeWindow(),
            QApplication.activeModalWidget(),
        )
        self.qtbot.wait(10)

    def press_on_window(self, key, modifiers=Qt.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifiers)
        self.keys += 1

    def documents_made(self) -> None:
        """The clerk waits for the slip or receipt a worker is making."""
        pages = [p for p in self.window.built.values() if hasattr(p, "documents_pending")]
        self.qtbot.waitUntil(lambda: not any(p.documents_pending() for p in pages))

    def settle(self) -> None:
        """A document preview that opened is closed with Esc (printing is its own step)."""
        self.documents_made()
        self.qtbot.wait(10)
        dialog = QApplication.activeModalWidget()
        while isinstance(dialog, QDialog):
            self.press(Qt.Key_Escape)
            self.qtbot.wait(10)
            if QApplication.activeModalWidget() is dialog:
                dialog.reject()
            dialog = QApplication.activeModalWidget()
        if not self.window.isActiveWindow():
            # a window manager gives the keyboard back to the window a dialog closed over;
            # the offscreen platform does not, so the test does what it would
            self.window.activateWindow()
            self.qtbot.waitUntil(self.window.isActiveWindow)


@pytest.mark.parametrize("on_file", [True, False], ids=["documents on a worker", "in place"])
def test_twenty_customers_at_rush_hour(role_ctx, qtbot, errors, db_path, on_file):
    i18n.install("en")
    admin, clerk_ctx = role_ctx["admin"], role_ctx["clerk"]
    kind = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, kind.id, 8)
    price_list.ensure_default_prices(admin)
    shop(admin, name="优衣库")
    shifts.open_shift(clerk_ctx, {10000: 3})
    window = MainWindow(DeskSession(clerk_ctx, str(db_path) if on_file else ""))
    window.scans.gap = 0.1
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    clerk = Clerk(qtbot, window)
    slips, sold, enrolled, cases = [], 0, [], 0

    def lend(code: str, phone: str) -> None:
        clerk.scan(code)
        clerk.type(phone)
        clerk.press(Qt.Key_Return)
        clerk.documents_made()
        slips.append(window.built["lending"].preview.number)
        clerk.settle()

    def take_back(slip: str) -> None:
        clerk.scan(slip)
        clerk.press(Qt.Key_Return)
        clerk.settle()  # the refund's voucher opened to print

    def sell(code: str, given: str) -> None:
        nonlocal sold
        clerk.go("sale")
        clerk.type(code)
        clerk.press(Qt.Key_Return)
        clerk.press(Qt.Key_Tab, 1)
        page = window.built["sale"]
        page.given.setFocus()
        clerk.type(given)
        clerk.press(Qt.Key_Return)
        sold += 1
        clerk.settle()

    def enrol(name: str, phone: str) -> None:
        clerk.go("enrol")
        page = window.built["enrol"]
        assert page.receipt.shop.hasFocus()
        for text in ("Uniqlo", f"N-{phone[-4:]}", None, "300", name, phone, None, resident_id()):
            if text:
                clerk.type(text)
            clerk.press(Qt.Key_Tab)
        clerk.press(Qt.Key_Return)
        assert page.last is not None, (
            page.problem.text(),
            [(w.objectName(), n.text()) for w, n in page.guard.notes.items() if n.text()],
            page.receipt.shop.currentText(),
            page.receipt.number.text(),
            page.receipt.amount.text(),
            page.name.text(),
            page.phone.text(),
        )
        enrolled.append(page.last.member.card_no)
        clerk.settle()

    def complain(phone: str, text: str) -> None:
        nonlocal cases
        clerk.go("complaints")
        page = window.built["complaints"]
        assert page.phone_box.hasFocus()
        clerk.type(phone)
        page.text_box.setFocus()
        clerk.type(text)
        clerk.press_on_window(Qt.Key_Return, Qt.ControlModifier)
        assert "recorded" in page.message.text()
        cases += 1
        clerk.settle()

    window.show_page("lending")
    lend("U-001", "13800000001")  # 1
    lend("U-002", "13800000002")  # 2
    sell("COPY-A4", "5")  # 3
    take_back(slips[0])  # 4
    enrol("Wang Fang", "13900000001")  # 5
    lend("U-003", "13800000003")  # 6
    complain("13800000009", "No paper in the B1 restroom")  # 7
    take_back(slips[1])  # 8
    lend("U-004", "13800000004")  # 9
    sell("COPY-A4", "2")  # 10
    enrol("Zhao Lei", "13900000002")  # 11
    take_back(slips[2])  # 12
    complain("13800000008", "Lift 3 is out of order")  # 13
    lend("U-005", "13800000005")  # 14
    sell("COPY-A4", "10")  # 15
    enrol("Sun Li", "13900000003")  # 16
    take_back(slips[3])  # 17
    complain("13800000007", "Music too loud at L2")  # 18
    enrol("Qian Yu", "13900000004")  # 19
    sell("COPY-A4", "1")  # 20
    assert errors == []

    # every record is right in the database
    held = lending.held_totals(clerk_ctx)
    assert (held.count, held.deposit_fen) == (1, 5000)  # only U-005 is still out
    for slip in slips[:4]:
        assert lending.get_loan(clerk_ctx, _slip_loan(clerk_ctx, slip)).settled_at
    assert not lending.get_loan(clerk_ctx, _slip_loan(clerk_ctx, slips[4])).settled_at
    assert sales.sales_totals(clerk_ctx, *_today(clerk_ctx)).count == sold == 4
    for card in enrolled:
        found = members.find_members(clerk_ctx, card)
        assert found and found[0].balance == 30
    assert len(enrolled) == 4
    assert len(complaints.list_cases(clerk_ctx)) == cases == 3
    window.close()


def _slip_loan(ctx, slip: str) -> int:
    row = ctx.db.conn.execute("SELECT id FROM loans WHERE slip_no = ?", (slip,)).fetchone()
    return row[0]


def _today(ctx):
    from services.members.rules import today

    day = today(ctx)
    return day, day
