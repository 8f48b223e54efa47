"""Issuing an invoice from the form; the register with void and red-letter."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QTableWidgetItem

from services.core.identifiers import uscc_check_char
from services.invoices import invoices
from services.invoices.invoices import LineInput, SourceReceipt
from ui.invoices.issue_page import IssueInvoicePage
from ui.invoices.register_page import InvoiceRegisterPage
from ui.session import DeskSession


def test_issue_a_company_invoice(qtbot, role_ctx, monkeypatch):
    page = IssueInvoicePage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    errors = []
    monkeypatch.setattr("ui.session.show_error", lambda w, e: errors.append(e))
    page.buyer_kind.setCurrentIndex(1)
    page.buyer_name.setText("上海海港贸易有限公司")
    page.tax_id.setText("91310115MA1K4LXX30")
    for col, text in enumerate(("Winter coat", "2", "599", "13")):
        page.lines.setItem(0, col, QTableWidgetItem(text))
    assert "¥1198.00" in page.total.text()
    page.on_issue()
    assert errors == []  # said beside the field, not in a message box
    assert "credit code" in page.guard.notes[page.tax_id].text()
    assert page.focusWidget() is page.tax_id or not page.isVisible()
    first = "91310115MA1K4LXX3"
    page.tax_id.setText(first + uscc_check_char(first))
    page.sources.setText("A-1 1000.00，A-2")  # a tenant's receipt needs its amount
    page.on_issue()
    assert errors == [] and "A-2" in page.problem.text()
    page.sources.setText("A-1 1000.00，ａ-2 ￥198")
    page.on_issue()
    inv = invoices.get_invoice(role_ctx["clerk"], "FP2026-000001")
    assert inv.total_fen == 119800 and inv.sources == ("A-1", "A-2")
    assert [s.amount_fen for s in inv.source_receipts] == [100000, 19800]
    page.preview.close()


def test_register_voids_this_month_and_credits_last_month(qtbot, role_ctx, clock, monkeypatch):
    lead = role_ctx["shift_lead"]
    old = invoices.issue_invoice(
        lead,
        buyer_kind="person",
        buyer_name="王女士",
        lines=[LineInput("Coat", 1, 50000, 13)],
        sources=[SourceReceipt("P-1", 50000)],
    )
    clock.at = datetime(2026, 4, 3, 2, 0, tzinfo=UTC)
    new = invoices.issue_invoice(
        lead,
        buyer_kind="person",
        buyer_name="李先生",
        lines=[LineInput("Shoes", 1, 30000, 13)],
        sources=[SourceReceipt("P-2", 30000)],
    )
    errors = []
    monkeypatch.setattr("ui.session.show_error", lambda w, e: errors.append(e))
    page = InvoiceRegisterPage(DeskSession(lead))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert not page.correct(invoices.void_invoice, old.invoice_no, "typo")
    assert "red-letter" in errors[0].message
    assert page.correct(invoices.issue_red_letter, old.invoice_no, "returned")
    assert page.correct(invoices.void_invoice, new.invoice_no, "wrong buyer")
    assert page.model.rowCount() == 2 and "1 voided" in page.totals.text()
