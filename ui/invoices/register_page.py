"""The invoice register by day or month, voided and red-letter invoices included, with totals
by tax rate; a shift lead voids an invoice of this month or credits an earlier one in red."""
from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QPushButton, QTableView,
                               QWidget)

from services.core.permissions import Perm
from services.invoices import documents as invoice_documents
from services.invoices import invoices
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import format_fen, local_text, today
from ui.common.forms import PeriodBar
from ui.common.paged_table_model import Column, PagedTableModel
from ui.session import DeskSession


class InvoiceRegisterPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.period_bar = PeriodBar(today(session), whole_month=True)
        self.day, self.month = self.period_bar.day, self.period_bar.month
        self.model = PagedTableModel([
            Column(self.tr("Invoice no."), "invoice_no"),
            Column(self.tr("Issued"), "issued_at", lambda v, r: local_text(session, v)),
            Column(self.tr("Seller"), "seller_name"),
            Column(self.tr("Buyer"), "buyer_name"),
            Column(self.tr("Tax"), "tax_fen", lambda v, r: format_fen(v), True),
            Column(self.tr("Amount"), "total_fen", lambda v, r: format_fen(v), True),
            Column(self.tr("State"), "kind", self._state),
        ], self._fetch)
        self.table = QTableView()
        self.table.setObjectName("invoices")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # rows in view only
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        show = QPushButton(self.tr("&Show / reprint"))
        show.clicked.connect(self.on_show)
        lead = session.may(Perm.VOID)
        self.void_button = QPushButton(self.tr("&Void…"))
        self.red_button = QPushButton(self.tr("&Red-letter…"))
        for button, slot in ((self.void_button, self.on_void), (self.red_button, self.on_red)):
            button.setEnabled(lead)
            button.clicked.connect(slot)
        register = QPushButton(self.tr("Print &register"))
        register.clicked.connect(self.on_register)
        self.period_bar.changed.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.period_bar)
        top.addStretch(1)
        for w in (show, self.void_button, self.red_button, register):
            top.addWidget(w)
        self.body.addLayout(top)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.totals)
        self.reload()

    def page_title(self) -> str:
        return self.tr("<h2>Invoice register</h2>")

    def _state(self, kind: str, row: dict) -> str:
        if row["voided_at"]:
            return self.tr("VOID: %1").replace("%1", row["void_reason"] or "")
        if kind == "red":
            return self.tr("Red-letter of %1").replace("%1", row["original_no"] or "")
        if row["credited_fen"]:
            return self.tr("Credited %1").replace("%1", format_fen(-row["credited_fen"]))
        return ""

    def _fetch(self, offset: int, limit: int) -> list[dict]:
        first, last = self.period_bar.period()
        return [i.__dict__ for i in invoices.list_invoices(self.ctx, first, last, offset, limit)]

    def reload(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        first, last = self.period_bar.period()
        t = invoices.invoice_totals(self.ctx, first, last)
        rates = "; ".join(f"{r['tax_rate']}%: {format_fen(r['gross_fen'])}"
                          f" ({self.tr('tax')} {format_fen(r['tax_fen'])})" for r in t.by_rate)
        self.totals.setText(self.tr("Net total %1, tax %2; %3 voided. By rate: %4").replace(
            "%1", format_fen(t.total_fen)).replace("%2", format_fen(t.tax_fen)).replace(
            "%3", str(t.voided_count)).replace("%4", rates or "—"))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def on_show(self) -> None:
        row = self.selected()
        if row is not None:
            ctx, no = doc_ctx(self.session), row["invoice_no"]
            self.open_document(lambda n: invoice_documents.invoice_pdf(ctx, no, n),
                               invoice_documents.INVOICE_KIND, no, self.tr("Invoice"))

    def _ask_reason(self, title: str, row: dict) -> str | None:
        reason, ok = QInputDialog.getText(self, title, self.tr("Reason for %1 (%2):").replace(
            "%1", row["invoice_no"]).replace("%2", format_fen(row["total_fen"])))
        return reason if ok else None

    def on_void(self) -> None:
        row = self.selected()
        reason = self._ask_reason(self.tr("Void invoice"), row) if row else None
        if reason is not None:
            self.correct(invoices.void_invoice, row["invoice_no"], reason)

    def on_red(self) -> None:
        row = self.selected()
        reason = self._ask_reason(self.tr("Red-letter invoice"), row) if row else None
        if reason is not None:
            self.correct(invoices.issue_red_letter, row["invoice_no"], reason)

    def correct(self, operation, invoice_no: str, reason: str) -> bool:
        if self.run(operation, self.ctx, invoice_no, reason) is REFUSED:
            return False
        self.reload()
        return True

    def on_register(self) -> None:
        first, last = self.period_bar.period()
        ctx = doc_ctx(self.session)
        self.open_document(lambda n: invoice_documents.invoice_register_pdf(ctx, first, last),
                           None, None, self.tr("Invoice register"))
