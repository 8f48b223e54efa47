"""The service-level page (figures against targets, misses in red, charts, the PDF) and the
quality page (a supervisor scores a clerk; the clerk sees the scores and the comment)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from services.directory import inquiries
from services.quality import checks, ratings
from ui.quality.check_dialogs import CheckDialog, TargetsDialog
from ui.quality.quality_page import QualityPage
from ui.quality.service_level_page import MISS, ServiceLevelPage
from ui.session import DeskSession


@pytest.fixture
def shown(monkeypatch):
    found = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: found.append(text))
    return found


def test_the_service_level_page_shows_the_figures_and_the_misses(role_ctx, qtbot, shown):
    clerk, sup = role_ctx["clerk"], role_ctx["supervisor"]
    ratings.rate_service(clerk, "lend", "D2026-000001", 4)
    ratings.rate_service(clerk, "sale", "R2026-000001", 2)
    ratings.key_spoken_rating(clerk, "inquiry", "Q1", 4)
    inquiries.record_inquiry(clerk, "directions", "hotline", 9)
    page = ServiceLevelPage(DeskSession(sup))
    qtbot.addWidget(page)
    page.show()
    page.period_box.setCurrentIndex(page.period_box.findData("day"))
    page.date_box.setDate(date(2026, 3, 16))
    assert shown == []
    html = page.figures.text()
    assert "50%" in html and MISS in html  # one of the two customers satisfied, below 95 %
    assert "100%" in html  # the hotline call answered in 9 s
    assert page.charts["ratings"].items[0][1] == 1  # one very satisfied
    assert dict(page.charts["sources"].items)["Very satisfied"] == 1  # the keyed one apart
    page.clerk_box.setCurrentIndex(page.clerk_box.findData(role_ctx["shift_lead"].user.id))
    assert page.level.now.rated == 0
    page.print_level()
    assert page.preview is not None
    page.preview.close()


def test_a_supervisor_scores_a_clerk_who_then_reads_the_scores(role_ctx, qtbot, shown):
    clerk, sup = role_ctx["clerk"], role_ctx["supervisor"]
    dialog = CheckDialog(DeskSession(sup))
    qtbot.addWidget(dialog)
    dialog.clerk.setCurrentIndex(dialog.clerk.findData(clerk.user.id))
    assert dialog.clerk.findData(sup.user.id) == -1  # never oneself
    first = next(iter(dialog.spins.values()))
    first.setValue(first.value() - 2)
    dialog.comment.setPlainText("结束语可再完整些")
    dialog.save()
    assert shown == [] and dialog.check.total == 98
    page = QualityPage(DeskSession(clerk))
    qtbot.addWidget(page)
    assert not page.check_button.isVisible() and page.model.rowCount() == 1
    page.table.selectRow(0)
    assert "结束语可再完整些" in page.detail.text()
    assert checks.my_checks(clerk)[0].total == 98


def test_targets_are_set_by_an_admin(role_ctx, qtbot, shown):
    dialog = TargetsDialog(DeskSession(role_ctx["admin"]))
    qtbot.addWidget(dialog)
    dialog.spins["hotline_seconds"].setValue(15)
    dialog.save()
    assert shown == []
    from services.quality.targets import quality_targets

    assert quality_targets(role_ctx["clerk"]).hotline_seconds == 15


def test_the_dashboard_shows_todays_service(role_ctx, qtbot, shown):
    from ui.dashboard.dashboard_page import ALERT, DashboardPage

    clerk = role_ctx["clerk"]
    ratings.rate_service(clerk, "lend", "D2026-000001", 4)
    ratings.rate_service(clerk, "sale", "R2026-000001", 1)
    ratings.skip_rating(clerk, "sale", "R2026-000002")
    ratings.record_missed_call(clerk, 40)
    page = DashboardPage(DeskSession(clerk))
    qtbot.addWidget(page)
    page.refresh()
    assert shown == []
    tile = page.tiles["satisfied"]
    assert tile.figure.text() == "50%" and tile.tone == ALERT
    assert "2 rated" in tile.caption.text() and "1 skipped" in tile.caption.text()
    hotline = page.tiles["hotline_level"]
    assert hotline.figure.text() == "0%" and "1 missed" in hotline.caption.text()


def test_an_admin_edits_the_sheet_as_a_new_version(role_ctx, qtbot, shown):
    from ui.quality.check_dialogs import SheetDialog

    admin = role_ctx["admin"]
    dialog = SheetDialog(DeskSession(admin))
    qtbot.addWidget(dialog)
    assert len(dialog.rows) == 12
    dialog.rows[0][-1].setValue(10)  # the greeting earns 10 points now
    dialog.add_row(None)
    dialog.rows[-1][1].setText("主动引导")
    dialog.rows[-1][2].setText("Shows the way")
    dialog.save()
    assert shown == []
    sheet = checks.current_sheet(admin)
    assert (sheet.version, len(sheet.items), sheet.max_total) == (2, 13, 107)
    assert checks.sheet_version(admin, 1).max_total == 100
