"""A refund or compensation voucher scanned on any page opens its returned loan on the
Lending page, ready to reprint with one key."""

from __future__ import annotations

from PySide6.QtCore import Qt

from services.lending import loans as lending
from tests.ui.core.test_scan_anywhere import Counter, desk  # noqa: F401


def test_a_voucher_scanned_on_another_page_opens_its_loan_to_reprint(desk, role_ctx):  # noqa: F811
    window, keys = desk
    assert isinstance(keys, Counter)
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    loan = lending.lend_item(clerk, "U-001", "13800138000", "cash")
    refund, charge = lending.return_item(lead, loan.id, "damaged", 1500, "bent rib").vouchers
    window.show_page("members")
    keys.scan(charge.voucher_no)
    assert window.current_page_key() == "lending"
    page = window.built["lending"]
    assert page.stack.currentWidget() is page.voucher_panel
    assert page.voucher_panel.chosen() == charge.voucher_no
    assert page.voucher_panel.list.hasFocus()
    keys.press(Qt.Key_Return)  # reprint: one key
    assert page.preview is not None and page.preview.number == charge.voucher_no
    assert keys.keys == 1
    page.preview.close()
