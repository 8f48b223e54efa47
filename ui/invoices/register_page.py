"""The invoice register by day or month, voided and red-letter invoices included, with totals
by tax rate; a shift lead voids an invoice of this month or credits an earlier one in red."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from services.core.permissions import Perm
from services.invoices import invoices
from ui.common.desk_page import REFUSED
from ui.common.documents import doc_ctx
from ui.common.formatting import format_fen, page_zone, zone_text
from ui.common.lazy import lazy_module
from ui.common.paged_table_model import Column
from ui.common.register_page import RegisterPage
from ui.session import DeskSession

invoice_documents = lazy_module("services.invoices.documents")  # reportlab on first print


class InvoiceRegisterPage(RegisterPage):
    watches = ("invoices",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent, whole_month=True)
        self.table.setObjectName("invoices")

    def page_title(self) -> str:
        return self.tr("<h2>Invoice register</h2>")

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Invoice no."), "invoice_no"),
            Column(self.tr("Issued"), "issued_at", lambda v, r: zone_text(page_zone(self), v)),
            Column(self.tr("Seller"), "seller_name"),
            Column(self.tr("Buyer"), "buyer_name"),
            Column(self.tr("Tax"), "tax_fen", lambda v, r: format_fen(v), True),
            Column(self.tr("Amount"), "total_fen", lambda v, r: format_fen(v), True),
            Column(self.tr("State"), "kind", self._state),
        ]

    def actions(self) -> list[QPushButton]:
        show = QPushButton(self.tr("&Show / reprint"))
        show.clicked.connect(self.on_show)
        lead = self.session.may(Perm.VOID)
        self.void_button = QPushButton(self.tr("&Void…"))
        self.red_button = QPushButton(self.tr("&Red-letter…"))
        for button, slot in ((self.void_button, self.on_void), (self.red_button, self.on_red)):
            button.setEnabled(lead)
            button.clicked.connect(slot)
        register = QPushButton(self.tr("Print re&gister"))
        register.clicked.connect(self.on_register)
        return [show, self.void_button, self.red_button, register]

    def _state(self, kind: str, row: dict) -> str:
        if row["voided_at"]:
            return self.tr("VOID: %1").replace("%1", row["void_reason"] or "")
        if kind == "red":
            return self.tr("Red-letter of %1").replace("%1", row["original_no"] or "")
        if row["credited_fen"]:
            return self.tr("Credited %1").replace("%1", format_fen(-row["credited_fen"]))
        return ""

    def statuses(self) -> dict[str, str]:
        return invoices.REGISTER_STATUS_LABELS

    def documents(self, first, last, status, before_id, limit) -> list[dict]:
        found = self.run(
            invoices.list_invoices,
            self.ctx,
            first,
            last,
            limit=limit,
            status=status,
            before_id=before_id,
        )
        return [] if found is REFUSED else [i.__dict__ for i in found]

    def totals_text(self, first: date, last: date) -> str:
        t = invoices.invoice_totals(self.ctx, first, last)
        tax = self.tr("tax")  # outside the f-string, where lupdate sees it
        rates = "; ".join(
            f"{r['tax_rate']}%: {format_fen(r['gross_fen'])} ({tax} {format_fen(r['tax_fen'])})"
            for r in t.by_rate
        )
        return (
            self.tr("Net total %1, tax %2; %3 voided. By rate: %4")
            .replace("%1", format_fen(t.total_fen))
            .replace("%2", format_fen(t.tax_fen))
            .replace("%3", str(t.voided_count))
            .replace("%4", rates or "—")
        )

    def on_show(self) -> None:
        row = self.selected()
        if row is not None:
            ctx, no = doc_ctx(self.session), row["invoice_no"]
            self.open_document(
                lambda n: invoice_documents.invoice_pdf(ctx, no, n),
                invoice_documents.INVOICE_KIND,
                no,
                self.tr("Invoice"),
            )

    def _ask_reason(self, title: str, row: dict) -> str | None:
        reason, ok = QInputDialog.getText(
            self,
            title,
            self.tr("Reason for %1 (%2):")
            .replace("%1", row["invoice_no"])
            .replace("%2", format_fen(row["total_fen"])),
        )
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
        self.done("invoices")
        self.reload()
        return True

    def on_register(self) -> None:
        first, last = self.period_bar.period()
        ctx = doc_ctx(self.session)
        self.open_document(
            lambda n: invoice_documents.invoice_register_pdf(ctx, first, last),
            None,
            None,
            self.tr("Invoice register"),
        )
