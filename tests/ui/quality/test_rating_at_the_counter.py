"""The rating at the counter: a lend rated by the customer on the customer-facing window (a
second top-level window, on the second screen when there is one), a spoken rating keyed by
the clerk with the rating key and one digit, and an unrated service kept as skipped."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from services.lending import items as lending_items
from services.lending import loans
from services.quality import ratings, service_level
from services.shifts import shifts
from ui.lending.lending_page import LendingPage
from ui.quality.customer_window import customer_screen
from ui.session import DeskSession


@pytest.fixture
def counter(role_ctx, qtbot, monkeypatch):
    admin = role_ctx["admin"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 3)
    shifts.open_shift(role_ctx["clerk"], {10000: 1})
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page = LendingPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.errors = shown
    yield page
    desk = page.window().findChild(QObject, "rating_desk")
    if desk is not None:
        desk.window.close()


def lend(page, code: str) -> str:
    """As the clerk does: the item scanned, the phone typed, Enter."""
    page.scan_box.setText(code)
    page.on_scan()
    page.lend_form.phone.setText("13800138000")
    page.lend_form.confirm()
    assert page.errors == []
    if page.preview is not None:
        page.preview.close()
    return page.preview.number


def test_the_customer_rates_a_lend_on_the_customer_facing_window(counter, qtbot, role_ctx):
    clerk = role_ctx["clerk"]
    slip = lend(counter, "u-001")
    desk = counter.window().findChild(QObject, "rating_desk")
    window = desk.window
    assert window.isVisible() and window.isWindow()
    assert window.window() is not counter.window()  # its own top-level window
    if len(QGuiApplication.screens()) > 1:
        assert window.screen() is not counter.screen()
    assert "Lend" in window.service_label.text()
    qtbot.mouseClick(window.score_buttons[4], Qt.LeftButton)
    qtbot.mouseClick(window.reason_buttons["attitude"], Qt.LeftButton)
    qtbot.mouseClick(window.reason_buttons["speed"], Qt.LeftButton)
    qtbot.mouseClick(window.done_button, Qt.LeftButton)
    kept = ratings.rating_of(clerk, "lend", slip)
    assert (kept.source, kept.score, kept.reasons) == ("customer", 4, ("attitude", "speed"))
    assert kept.clerk_id == clerk.user.id and kept.desk == clerk.desk
    assert window.pages.currentWidget() is window.thanks
    level = service_level.service_level(
        role_ctx["supervisor"], "day", date.fromisoformat(kept.day)
    ).now
    assert level.customer[4] == 1 and sum(level.keyed.values()) == 0


def test_the_clerk_keys_a_spoken_rating_with_one_key(counter, qtbot, role_ctx):
    clerk = role_ctx["clerk"]
    slip = lend(counter, "u-002")
    desk = counter.window().findChild(QObject, "rating_desk")
    qtbot.keyClick(counter, Qt.Key_F9)
    assert desk.dialog is not None and desk.dialog.isVisible()
    qtbot.keyClick(desk.dialog, Qt.Key_2)  # 2: satisfied
    assert not desk.dialog.isVisible()
    kept = ratings.rating_of(clerk, "lend", slip)
    assert (kept.source, kept.score) == ("keyed", 3)
    qtbot.keyClick(counter, Qt.Key_F9)  # nothing waits any more: no second rating
    assert not desk.dialog.isVisible()


def test_an_unrated_service_is_kept_as_skipped_when_the_next_is_offered(counter, qtbot, role_ctx):
    clerk = role_ctx["clerk"]
    first = lend(counter, "u-001")
    second = lend(counter, "u-002")
    assert ratings.rating_of(clerk, "lend", first).source == "skipped"
    assert ratings.rating_of(clerk, "lend", second) is None
    desk = counter.window().findChild(QObject, "rating_desk")
    qtbot.mouseClick(desk.window.skip_button, Qt.LeftButton)
    assert ratings.rating_of(clerk, "lend", second).source == "skipped"


def test_the_customer_screen_is_the_one_the_clerk_is_not_on():
    clerk_screen, customer = object(), object()
    assert customer_screen([clerk_screen, customer], clerk_screen) is customer
    assert customer_screen([customer, clerk_screen], clerk_screen) is customer
    assert customer_screen([clerk_screen], clerk_screen) is None


SCREENS = {
    "synchronousWindowSystem": True,
    "screens": [
        {"name": "clerk", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpiX": 96},
        {"name": "customer", "x": 1280, "y": 0, "width": 1024, "height": 768, "logicalDpiX": 96},
    ],
}
TWO_SCREENS_RUN = """
import sys
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox
from services.core.context import AppContext, User
from services.core.database import open_database
from ui.lending.lending_page import LendingPage
from ui.session import DeskSession

app = QApplication([])
QMessageBox.warning = lambda *a: print("refused", a[-1])
db = open_database(sys.argv[1])
row = db.conn.execute("SELECT * FROM users WHERE username = 'clerk1'").fetchone()
user = User(row["id"], row["username"], row["display_name"], row["role"])
page = LendingPage(DeskSession(AppContext(db).signed_in_as(user)))
page.show()
page.scan_box.setText("u-003")
page.on_scan()
page.lend_form.phone.setText("13800138000")
page.lend_form.confirm()
window = page.window().findChild(QObject, "rating_desk").window
print("screens", len(app.screens()), page.screen().name(), window.screen().name())
print("full", window.isFullScreen(), window.geometry().x())
window.score_buttons[2].click()
window.done_button.click()
db.close()
"""


def test_on_two_screens_the_customer_window_faces_the_customer(counter, role_ctx, tmp_path):
    """Two offscreen screens (Qt's offscreen platform with a screen layout): the lend's
    rating window opens full screen on the second screen and the customer's tap is kept."""
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    clerk = role_ctx["clerk"]
    clerk.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    path = clerk.db.conn.execute("PRAGMA database_list").fetchone()["file"]
    done = subprocess.run(
        [sys.executable, "-c", TWO_SCREENS_RUN, path],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__)))),
    )
    assert done.returncode == 0, done.stderr
    assert "screens 2 clerk customer" in done.stdout, done.stdout
    assert "full True 1280" in done.stdout, done.stdout
    (loan,) = loans.find_loan(clerk, "13800138000", "u-003")
    kept = ratings.rating_of(clerk, "lend", loan.slip_no)
    assert (kept.source, kept.score) == ("customer", 2)


def test_closing_the_window_keeps_an_unrated_service_as_skipped(counter, role_ctx):
    clerk = role_ctx["clerk"]
    slip = lend(counter, "u-001")
    desk = counter.window().findChild(QObject, "rating_desk")
    counter.window().close()
    assert ratings.rating_of(clerk, "lend", slip).source == "skipped"
    assert not desk.window.isVisible()
