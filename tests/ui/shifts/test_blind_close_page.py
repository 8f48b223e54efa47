"""The blind close on screen: the shift page and the dashboard never show an open shift's
expected cash before a count is kept; the count comes first, then the expected figure, and a
recount shows beside the first count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from ui.dashboard.dashboard_page import DashboardPage
from ui.session import DeskSession
from ui.shifts.shift_page import ShiftPage

EXPECTED = "¥173.70"  # float ¥123.70 + a ¥50 cash deposit


def shown_text(widget) -> str:
    """Every label's text on the widget that is on screen."""
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def open_shift_with_a_deposit(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 1)
    shift = shifts.open_shift(clerk, {10000: 1, 1000: 2, 100: 3, 10: 7})
    lending.lend_item(clerk, "U-001", "13800138000", "cash")
    assert shifts.cash_figures(clerk, shift).expected_fen == 17370
    return shift


def type_count(qtbot, grid, value, pieces):
    box = grid.boxes[value]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(pieces))


def test_the_dashboard_tile_shows_the_float_and_movements_not_the_expected_cash(role_ctx, qtbot):
    open_shift_with_a_deposit(role_ctx)
    for role in ("clerk", "shift_lead"):
        page = DashboardPage(DeskSession(role_ctx[role]))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda page=page: page.board is not None)
        tile = page.tiles["shift"]
        assert tile.figure.text() == "¥123.70"
        assert "1 money movement" in tile.caption.text()
        assert EXPECTED not in shown_text(page) and "173.70" not in shown_text(page)
        page.grab().save(f"/tmp/dashboard-{role}.png")


def test_the_close_shows_the_count_first_then_the_expected_cash(role_ctx, qtbot, errors):
    shift = open_shift_with_a_deposit(role_ctx)
    page = ShiftPage(DeskSession(role_ctx["shift_lead"]))
    qtbot.addWidget(page)
    page.show()
    assert not page.after_count.isVisible() and EXPECTED not in shown_text(page)
    type_count(qtbot, page.count_grid, 10000, 1)  # ¥73.70 short
    assert EXPECTED not in shown_text(page)  # typing a count shows nothing expected
    qtbot.mouseClick(page.counted_button, Qt.LeftButton)
    assert page.after_count.isVisible()
    assert EXPECTED in page.result.text() and "Short by ¥73.70" in page.result.text()
    [kept] = shifts.shift_counts(role_ctx["shift_lead"], shift.id)
    assert kept.counted_fen == 10000  # the count was kept before the figure showed
    page.grab().save("/tmp/close-first-count.png")

    # the page opened again shows the kept count with its figures; a changed count is a recount
    again = ShiftPage(DeskSession(role_ctx["shift_lead"]))
    qtbot.addWidget(again)
    again.show()
    assert again.after_count.isVisible() and "Short by ¥73.70" in again.result.text()
    type_count(qtbot, again.count_grid, 5000, 1)
    assert not again.after_count.isVisible()  # a changed count hides the old figures
    type_count(qtbot, again.count_grid, 1000, 2)
    type_count(qtbot, again.count_grid, 100, 3)
    type_count(qtbot, again.count_grid, 10, 7)
    qtbot.mouseClick(again.counted_button, Qt.LeftButton)
    text = again.result.text()
    assert "The drawer is exact" in text and "Count 1" in text and "Count 2" in text
    assert again.signoff_user.isVisible()  # the first count was ¥73.70 out
    again.grab().save("/tmp/close-recount.png")
    assert errors == []
