"""The dashboard page on the demo database (the `demo_site` of tests/ui/conftest.py)."""

from __future__ import annotations

from ui.dashboard.dashboard_page import ALERT, DashboardPage
from ui.session import DeskSession


def test_dashboard_builds_with_the_figures(qtbot, demo_site):
    page = DashboardPage(DeskSession(demo_site["ctxs"]["clerk"]))
    qtbot.addWidget(page)
    page.show()
    assert page.board is None  # the page paints first; the figures fill in after
    qtbot.waitUntil(lambda: page.board is not None)
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


def test_dashboard_is_the_first_page(qtbot, demo_site):
    from ui.main_window import MainWindow

    window = MainWindow(DeskSession(demo_site["ctxs"]["clerk"]))
    qtbot.addWidget(window)
    assert window.current_page_key() == "dashboard"


def test_the_figures_are_worked_out_off_the_gui_thread(qtbot, role_ctx, db_path, monkeypatch):
    import threading

    from services.dashboard import figures

    threads = []
    real = figures.dashboard

    def spy(ctx):
        threads.append(threading.get_ident())
        return real(ctx)

    monkeypatch.setattr(figures, "dashboard", spy)
    page = DashboardPage(DeskSession(role_ctx["clerk"], str(db_path)))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None)
    assert threads and threading.get_ident() not in threads


def test_the_figures_follow_a_change_made_on_another_page(qtbot, role_ctx, db_path):
    """A case recorded on the complaints page shows on the dashboard at once: not on the
    next tick of a timer, not only when the dashboard is shown again."""
    from ui.complaints.complaints_page import ComplaintsPage

    session = DeskSession(role_ctx["clerk"], str(db_path))
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None)
    page.timer.stop()  # no tick can do it
    before = page.board.counts.get("complaints", 0)
    assert page.tiles["complaints"].figure.text() == str(before)
    complaints_page = ComplaintsPage(session)
    qtbot.addWidget(complaints_page)
    complaints_page.phone_box.setText("13800138000")
    complaints_page.text_box.setPlainText("The lift on 3F is stuck")
    complaints_page.record()
    assert page.isVisible()
    qtbot.waitUntil(lambda: page.tiles["complaints"].figure.text() == str(before + 1))
    assert not page.timer.isActive() or page.timer.remainingTime() > 1000
