"""Receipts of a day (or a whole month): totals by payment method with voided receipts left
out, reprint as COPY n, and a shift lead's void with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from services.core.permissions import Perm
from services.sales import sales
from ui.common.desk_page import REFUSED
from ui.common.documents import doc_ctx, show_document
from ui.common.formatting import (
    format_fen,
    language,
    method_label,
    page_zone,
    zone_text,
)
from ui.common.lazy import lazy_module
from ui.common.paged_table_model import Column
from ui.common.register_page import RegisterPage
from ui.session import DeskSession, desk_tr

sales_documents = lazy_module("services.sales.documents")  # reportlab on first print
counter = lazy_module("services.printing.counter")  # the drawer, on the first void


class ReceiptsPage(RegisterPage):
    watches = ("sales",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.table.setObjectName("receipts")

    def page_title(self) -> str:
        return self.tr("<h2>Receipts</h2>")

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Receipt no."), "receipt_no"),
            Column(self.tr("Time"), "sold_at", lambda v, r: zone_text(page_zone(self), v)),
            Column(self.tr("Clerk"), "clerk"),
            Column(self.tr("Paid by"), "method", lambda v, r: method_label(v)),
            Column(self.tr("Amount"), "total_fen", lambda v, r: format_fen(v), True),
            Column(
                self.tr("State"),
                "voided_at",
                lambda v, r: self.tr("VOID: %1").replace("%1", r["void_reason"] or "") if v else "",
            ),
        ]

    def actions(self) -> list[QPushButton]:
        reprint = QPushButton(self.tr("&Reprint"))
        reprint.clicked.connect(self.on_reprint)
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setEnabled(self.session.may(Perm.VOID))
        self.void_button.clicked.connect(self.on_void)
        register = QPushButton(self.tr("Print re&gister"))
        register.clicked.connect(self.on_register)
        return [reprint, self.void_button, register]

    def statuses(self) -> dict[str, str]:
        return sales.RECEIPT_STATUS_LABELS

    def documents(self, first, last, status, before_id, limit) -> list[dict]:
        found = self.run(
            sales.list_receipts,
            self.ctx,
            first,
            last,
            limit=limit,
            status=status,
            before_id=before_id,
        )
        return [] if found is REFUSED else [s.__dict__ for s in found]

    def totals_text(self, first: date, last: date) -> str:
        t = sales.sales_totals(self.ctx, first, last)
        by = ", ".join(f"{method_label(m)} {format_fen(f)}" for m, f in sorted(t.by_method.items()))
        return (
            self.tr("%1 receipts, %2 voided (%3). Total %4: %5")
            .replace("%1", str(t.count))
            .replace("%2", str(t.voided_count))
            .replace("%3", format_fen(t.voided_fen))
            .replace("%4", format_fen(t.net_fen))
            .replace("%5", by or "—")
        )

    def on_reprint(self) -> None:
        row = self.selected()
        if row is None:
            return
        no, lang = row["receipt_no"], language()
        self.open_document_later(
            lambda ctx, n: sales_documents.receipt_pdf(ctx, no, n, lang),
            sales_documents.RECEIPT_KIND,
            no,
            self.tr("Receipt"),
        )

    def on_void(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void receipt"),
            self.tr("Why is receipt %1 (%2) voided?")
            .replace("%1", row["receipt_no"])
            .replace("%2", format_fen(row["total_fen"])),
        )
        if ok:
            self.void(row["receipt_no"], reason)

    def void(self, receipt_no: str, reason: str) -> None:
        result = self.run(sales.void_sale, self.ctx, receipt_no, reason)
        if result is REFUSED:
            return
        self.done("sales", "shift")
        if result.sale.method == "cash":
            self.run(counter.kick_drawer, self.ctx)  # the money goes back out of the drawer
        note = desk_tr(result.note).format(**result.note_params) if result.note else ""
        self.totals.setToolTip(note)
        self.reload()
        if note:
            self.totals.setText(self.totals.text() + "\n" + note)

    def on_register(self) -> None:
        first, last = self.period_bar.period()
        ctx = doc_ctx(self.session)
        preview = self.run_noted(
            self.totals.setText,
            show_document,
            self,
            self.session,
            lambda n: sales_documents.sales_register_pdf(ctx, first, last),
            None,
            None,
            self.tr("Receipts register"),
        )
        if preview is not REFUSED:
            self.preview = preview
