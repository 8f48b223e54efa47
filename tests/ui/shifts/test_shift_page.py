"""The shift page: float counted in the grid, blind close, reason, sign-off, report."""

from __future__ import annotations

from PySide6.QtCore import Qt

from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from tests.conftest import PASSWORD
from ui.session import DeskSession
from ui.shifts.shift_page import ShiftPage


def type_count(qtbot, grid, value, pieces):
    box = grid.boxes[value]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(pieces))


def test_open_with_counted_float_then_blind_close(role_ctx, qtbot, errors):
    admin = role_ctx["admin"]
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 2)
    clerk_page = ShiftPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(clerk_page)
    type_count(qtbot, clerk_page.float_grid, 10000, 2)
    type_count(qtbot, clerk_page.float_grid, 50, 3)
    assert "¥201.50" in clerk_page.float_grid.total_label.text()  # totals as you type
    qtbot.mouseClick(clerk_page.open_button, Qt.LeftButton)
    shift = shifts.current_shift(role_ctx["clerk"])
    assert shift.float_fen == 20150
    assert not clerk_page.counted_button.isEnabled()  # a clerk does not close

    lending.lend_item(role_ctx["clerk"], "U-001", "13800138000", "cash")
    page = ShiftPage(DeskSession(role_ctx["shift_lead"]))
    qtbot.addWidget(page)
    page.show()
    assert not page.after_count.isVisible()  # blind: nothing expected shown yet
    type_count(qtbot, page.count_grid, 10000, 2)
    type_count(qtbot, page.count_grid, 5000, 1)  # ¥1.50 short
    qtbot.mouseClick(page.counted_button, Qt.LeftButton)
    assert page.after_count.isVisible()
    assert "¥251.50" in page.result.text() and "Short by ¥1.50" in page.result.text()
    qtbot.mouseClick(page.close_button, Qt.LeftButton)
    assert errors and "reason" in errors[-1]
    assert shifts.current_shift(page.session.ctx) is not None
    qtbot.keyClicks(page.reason, "coins given as change twice")
    qtbot.mouseClick(page.close_button, Qt.LeftButton)
    assert shifts.current_shift(page.session.ctx) is None
    assert page.preview is not None and page.preview.number == "Z2026-000001"
    page.preview.close()


def test_big_difference_asks_for_sign_off_and_warns_of_items_out(role_ctx, qtbot, errors):
    admin = role_ctx["admin"]
    stroller = next(k for k in lending_items.list_kinds(admin) if k.code == "stroller")
    lending_items.add_items(admin, stroller.id, 1)
    shifts.open_shift(role_ctx["clerk"], {10000: 1})
    lending.lend_item(role_ctx["clerk"], "S-001", "13800138000", "cash")
    page = ShiftPage(DeskSession(role_ctx["shift_lead"]))
    qtbot.addWidget(page)
    page.show()
    type_count(qtbot, page.count_grid, 5000, 1)  # ¥50 short
    qtbot.mouseClick(page.counted_button, Qt.LeftButton)
    assert page.signoff_user.isVisible()
    assert "S-001" in page.warning.text() and "138****8000" in page.warning.text()
    page.reason.setText("float was short")
    page.signoff_user.setText("supervisor1")
    page.signoff_password.setText(PASSWORD)
    qtbot.mouseClick(page.close_button, Qt.LeftButton)
    closed = shifts.get_shift(page.session.ctx, 1)
    assert closed.signed_off_by == "supervisor1" and closed.difference_fen == -5000
