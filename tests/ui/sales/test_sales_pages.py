"""The paid-services counter from the keyboard, the receipts page and the price list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from services.documents import printing
from services.sales import price_list, sales
from services.shifts import shifts
from ui.sales.price_list_page import PriceListPage
from ui.sales.receipts_page import ReceiptsPage
from ui.sales.sale_page import SalePage
from ui.session import DeskSession


def _desk(role_ctx):
    price_list.ensure_default_prices(role_ctx["admin"])
    shifts.open_shift(role_ctx["clerk"], {10000: 1})


def test_sale_from_the_keyboard_with_change(qtbot, role_ctx, db_path):
    _desk(role_ctx)
    page = SalePage(DeskSession(role_ctx["clerk"], str(db_path)))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.code_box, "COPY-A4")
    page.qty.setValue(3)
    qtbot.keyClick(page.code_box, Qt.Key_Return)
    qtbot.keyClicks(page.code_box, "1")  # row 1: small gift wrap
    qtbot.keyClick(page.code_box, Qt.Key_Return)
    assert page.cart_table.rowCount() == 2
    assert "¥6.50" in page.quote_label.text()
    qtbot.keyClicks(page.given, "10")
    assert "¥3.50" in page.change_label.text()
    qtbot.keyClick(page.given, Qt.Key_Return)
    assert "R2026-000001" in page.message.text() and "¥3.50" in page.message.text()
    sale = sales.get_sale(role_ctx["clerk"], "R2026-000001")
    assert (sale.total_fen, sale.change_fen, sale.method) == (650, 350, "cash")
    # the receipt is made on a worker and opens when its bytes arrive
    qtbot.waitUntil(lambda: not page.documents_pending())
    assert page.preview is not None and page.preview.number == "R2026-000001"
    page.preview.close()


def test_receipts_page_voids_and_reprints(qtbot, role_ctx, db_path):
    _desk(role_ctx)
    item = price_list.list_prices(role_ctx["clerk"])[0]
    sales.sell(role_ctx["clerk"], [(item.id, 1)], "wechat")
    clerk_page = ReceiptsPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(clerk_page)
    assert not clerk_page.void_button.isEnabled()
    page = ReceiptsPage(DeskSession(role_ctx["shift_lead"], str(db_path)))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1 and "1 receipts" in page.totals.text()
    page.void("R2026-000001", "wrong service")
    assert "1 voided" in page.totals.text()
    page.table.selectRow(0)
    page.on_reprint()
    qtbot.waitUntil(lambda: not page.documents_pending())
    assert page.preview.number == "R2026-000001"
    printing.record_print(role_ctx["clerk"], "receipt", "R2026-000001", "printer")
    assert printing.next_copy_number(role_ctx["clerk"], "receipt", "R2026-000001") == 1
    page.preview.close()


def test_price_list_page_changes_a_price(qtbot, role_ctx):
    price_list.ensure_default_prices(role_ctx["admin"])
    page = PriceListPage(DeskSession(role_ctx["admin"]))
    qtbot.addWidget(page)
    page.table.selectRow(0)
    qtbot.keyClicks(page.new_price, "6")
    qtbot.keyClick(page.new_price, Qt.Key_Return)
    assert price_list.list_prices(role_ctx["admin"])[0].price_fen == 600
    assert "¥6.00" in page.history.text()
