"""A busy lending desk (items out, some overdue, an open shift): its pages draw in both
languages and its documents render (scripts/screenshots.py takes the pictures)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from services.lending import documents as lending_documents
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from ui import i18n
from ui.common.documents import doc_ctx
from ui.lending.lending_page import LendingPage
from ui.lending.outstanding_page import OutstandingPage
from ui.session import DeskSession
from ui.shifts.shift_page import ShiftPage


def drawn(widget) -> None:
    widget.resize(1000, 640)
    widget.show()
    assert not widget.grab().isNull()


def is_pdf(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF")


@pytest.fixture
def busy_desk(role_ctx, clock):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 8)
    lending_items.add_items(admin, kinds["stroller"].id, 3)
    shifts.open_shift(clerk, {10000: 2, 2000: 5, 1000: 5, 100: 10, 50: 4})
    phones = ["13800138000", "13912345678", "15098765432", "18611112222", "17733334444"]
    for n, code in enumerate(("U-001", "U-002", "S-001", "U-003", "U-004")):
        lending.lend_item(
            clerk,
            code,
            phones[n],
            ("cash", "wechat", "cash", "alipay", "cash")[n],
            ("王女士", "", "Li", "", "陈先生")[n],
        )
        clock.advance(minutes=40)
    lending.return_item(clerk, 4)
    clock.advance(days=6, hours=20)  # strollers overdue, umbrellas due today
    return role_ctx


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_lending_pages_draw(busy_desk, qtbot, language):
    i18n.install(language)
    try:
        page = LendingPage(DeskSession(busy_desk["clerk"]))
        qtbot.addWidget(page)
        page.show()
        page.scan_box.setText("U-005")
        qtbot.keyClick(page.scan_box, Qt.Key_Return)
        page.lend_form.phone.setText("13612345678")
        page.lend_form.name.setText("张先生" if language == "zh_CN" else "Mr Zhang")
        drawn(page)
        out = OutstandingPage(DeskSession(busy_desk["clerk"]))
        qtbot.addWidget(out)
        drawn(out)
    finally:
        i18n.install("en")


def test_shift_close_draws(busy_desk, qtbot):
    page = ShiftPage(DeskSession(busy_desk["shift_lead"]))
    qtbot.addWidget(page)
    page.show()
    page.count_grid.set_counts({10000: 3, 2000: 5, 1000: 4, 500: 1, 100: 10, 50: 4})
    page.on_counted()
    page.reason.setText("one ¥50 note short, customer change")
    drawn(page)


def test_documents_render(busy_desk):
    clerk, lead = busy_desk["clerk"], busy_desk["shift_lead"]
    ctx, lead_ctx = doc_ctx(DeskSession(clerk)), doc_ctx(DeskSession(lead))
    is_pdf(lending_documents.deposit_slip_pdf(ctx, 1, lang="en"))
    is_pdf(lending_documents.deposit_slip_pdf(ctx, 3, lang="zh_CN"))
    # the test knows the figure from inside; no service hands it out before a count
    expected = shifts.cash_figures(lead, shifts.current_shift(lead)).expected_fen
    closed = shifts.close_shift(lead, {10: expected // 10 - 5}, "counting error")
    is_pdf(lending_documents.shift_report_pdf(lead_ctx, closed.id, lang="en"))
    codes = [i["code"] for i in lending_items.list_items(clerk)]
    is_pdf(lending_documents.item_labels_pdf(ctx, codes, sheet=True, lang="en"))
