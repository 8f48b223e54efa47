"""The Finance page on a real database: ledger preview, hand-over voucher, the export off the
UI thread that locks the month, and an admin's unlock."""

from __future__ import annotations

from datetime import UTC, datetime

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from services.core.clock import FixedClock
from services.core.context import AppContext
from services.finance import month_lock
from tests.services.reports.test_daily_ledger import busy_day
from ui.common.formatting import language
from ui.finance.finance_page import FinancePage, previous_months
from ui.session import DeskSession


@pytest.fixture
def desk(role_ctx, clock, db_path):
    busy_day(role_ctx, clock)
    return role_ctx


def page_for(qtbot, ctx, db_path):
    page = FinancePage(DeskSession(ctx, str(db_path)))
    qtbot.addWidget(page)
    page.day_edit.setDate(QDate(2026, 3, 16))
    return page


def test_ledger_and_handover_previews(qtbot, desk, db_path, monkeypatch):
    page = page_for(qtbot, desk["shift_lead"], db_path)
    page.on_ledger()
    assert page.preview is not None and page.preview.isVisible()
    page.preview.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.on_handover()
    assert "H2026-000001" in page.day_state.text()
    page.preview.close()
    page.on_handover()  # a second time shows the voucher again, no new number
    assert desk["admin"].db.conn.execute("SELECT count(*) FROM handovers").fetchone()[0] == 1
    assert not page.export_box.isVisibleTo(page) and not page.unlock_button.isVisibleTo(page)


def test_supervisor_exports_off_the_ui_thread_and_admin_unlocks(qtbot, desk, db_path, tmp_path):
    clock = FixedClock(datetime(2026, 4, 2, 2, tzinfo=UTC))
    sup = AppContext(desk["supervisor"].db, desk["supervisor"].user, clock)
    page = page_for(qtbot, sup, db_path)
    assert page.export_box.isVisibleTo(page)
    assert page.month_combo.currentText() == "2026-03"
    page.on_export(str(tmp_path / "march.xlsx"), str(tmp_path / "csv"))
    assert "Summary" in openpyxl.load_workbook(tmp_path / "march.xlsx").sheetnames
    assert month_lock.lock_state(sup, "2026-03").locked
    assert page.locks.rowCount() == 1 and page.locks.item(0, 0).text() == "2026-03"
    admin = page_for(qtbot, AppContext(sup.db, desk["admin"].user, clock), db_path)
    assert admin.unlock_button.isVisibleTo(admin)
    admin.locks.selectRow(0)
    admin.on_unlock("receipt keyed twice")
    assert not month_lock.lock_state(sup, "2026-03").locked
    assert admin.locks.item(0, 1).text() == "Unlocked"


def test_months_offered_for_export():
    from datetime import date

    assert previous_months(date(2026, 1, 10), 2) == ["2025-12", "2025-11"]


def test_the_ledger_of_one_desk_or_the_whole_site_and_a_voucher_per_desk(
    qtbot, desk, db_path, monkeypatch
):
    from services.shifts import desks

    desks.add_desk(desk["admin"], "north", "北门服务台", "North gate desk")
    page = page_for(qtbot, desk["shift_lead"], db_path)
    combo = page.desk_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "main", "north"]
    assert page.desk() == "main"  # this PC's desk first
    built = []
    monkeypatch.setattr(
        "ui.finance.finance_page.ledger_documents.daily_ledger_pdf",
        lambda ctx, day, copy_no=0, lang=None, desk=None: built.append((desk, lang)) or b"%PDF",
    )
    monkeypatch.setattr(page, "open_document", lambda build, *a: build(0))
    combo.setCurrentIndex(0)
    assert not page.handover_button.isEnabled()  # a voucher is a desk's
    page.on_ledger()
    combo.setCurrentIndex(2)
    page.on_ledger()
    lang = language()  # the papers speak the window's language, names included
    assert built == [(None, lang), ("north", lang)]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert page.handover_button.isEnabled()
    page.on_handover()
    combo.setCurrentIndex(1)
    page.on_handover()
    rows = desk["admin"].db.conn.execute("SELECT desk FROM handovers ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["north", "main"]
    combo.setCurrentIndex(0)
    assert "H2026-000001 (north)" in page.day_state.text()
    assert "H2026-000002 (main)" in page.day_state.text()
