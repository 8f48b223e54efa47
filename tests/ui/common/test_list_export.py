"""A register exports what it shows as CSV for a shift lead (never for a clerk), every row
of its period, formula cells defused."""

from __future__ import annotations

import csv
import io

import pytest

from services.sales import price_list, sales
from services.shifts import shifts
from ui.common.list_export import shown_rows_csv
from ui.sales.receipts_page import ReceiptsPage
from ui.session import DeskSession


def test_the_receipts_register_exports_what_it_shows(qtbot, role_ctx):
    price_list.ensure_default_prices(role_ctx["admin"])
    shifts.open_shift(role_ctx["clerk"], {10000: 1})
    item = price_list.list_prices(role_ctx["clerk"])[0]
    for _ in range(3):
        sales.sell(role_ctx["clerk"], [(item.id, 1)], "wechat")
    clerk_page = ReceiptsPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(clerk_page)
    assert clerk_page.export.isHidden()
    page = ReceiptsPage(DeskSession(role_ctx["shift_lead"]))
    qtbot.addWidget(page)
    assert not page.export.isHidden()
    page.model.page_size = 2  # the export reads past the first page
    page.reload()
    lines = list(csv.reader(io.StringIO(shown_rows_csv(page.model).decode("utf-8-sig"))))
    assert len(lines) == 4 and lines[0][0] == page.model.columns[0].header
    assert {line[0] for line in lines[1:]} == {f"R2026-00000{n}" for n in (1, 2, 3)}


def test_a_cell_a_spreadsheet_would_run_is_defused():
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["Note"])
    model.setItem(0, 0, QStandardItem("=cmd|' /C calc'!A0"))
    text = shown_rows_csv(model).decode("utf-8-sig")
    assert text.splitlines()[1].startswith("\"'=cmd") or text.splitlines()[1].startswith("'=cmd")


def test_the_complaints_list_exports_for_a_lead_only(qtbot, role_ctx):
    from services.complaints import cases as complaints
    from ui.complaints.complaints_page import ComplaintsPage

    case = complaints.record_case(role_ctx["clerk"], "13800138000", "=1+1", "facilities")
    clerk_page = ComplaintsPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(clerk_page)
    assert not clerk_page.findChild(type(clerk_page.open_button), "export_csv").isVisibleTo(
        clerk_page
    )
    page = ComplaintsPage(DeskSession(role_ctx["supervisor"]))
    qtbot.addWidget(page)
    assert page.findChild(type(page.open_button), "export_csv").isVisibleTo(page)
    page.refresh()
    text = shown_rows_csv(page.model).decode("utf-8-sig")
    assert case.case_no in text and "138****8000" in text and "13800138000" not in text


def test_the_complaints_list_filters_by_the_day_opened(qtbot, role_ctx, clock, errors):
    from datetime import date

    from services.complaints import cases as complaints
    from ui.common.date_range import TODAY
    from ui.complaints.complaints_page import ComplaintsPage

    first = complaints.record_case(role_ctx["clerk"], "13800138000", "Too cold", "facilities")
    clock.advance(days=2)
    second = complaints.record_case(role_ctx["clerk"], "13800138001", "Too hot", "facilities")
    page = ComplaintsPage(DeskSession(role_ctx["supervisor"]))
    qtbot.addWidget(page)
    page.filter_box.setCurrentIndex(page.filter_box.findData(None))
    page.dates.choose(TODAY)
    shown = [page.model.row(i)["case_no"] for i in range(page.model.rowCount())]
    assert shown == [second.case_no]
    assert second.case_no in shown_rows_csv(page.model).decode("utf-8-sig")
    assert first.case_no not in shown_rows_csv(page.model).decode("utf-8-sig")
    page.dates.set_span(date(2026, 3, 16), date(2026, 3, 18))
    shown = [page.model.row(i)["case_no"] for i in range(page.model.rowCount())]
    assert shown == [second.case_no, first.case_no]
    assert (
        complaints.count_cases(role_ctx["clerk"], opened_from=first_day(), opened_to=first_day())
        == 1
    )
    with pytest.raises(complaints.ValidationError, match="ends before it starts"):
        complaints.list_cases(
            role_ctx["clerk"], opened_from=date(2026, 3, 19), opened_to=date(2026, 3, 18)
        )
    assert errors == []


def first_day():
    from datetime import date

    return date(2026, 3, 16)
