"""Receipts of a day (or a whole month): totals by payment method with voided receipts left
out, reprint as COPY n, and a shift lead's void with a reason."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QHBoxLayout, QInputDialog, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from services.sales import sales
from services.sales import documents as sales_documents
from services.admin import site
from services.core.clock import business_day
from services.core.errors import DomainError
from services.core.permissions import Perm
from ui.common.paged_table_model import Column, PagedTableModel
from ui.lending.common import (doc_ctx, format_fen, language, local_text, method_label,
                               show_document)
from ui.session import DeskSession, desk_tr, error_text, show_error


def today(session: DeskSession) -> date:
    """The site's calendar day now (the clock is UTC)."""
    return business_day(session.ctx.clock.now(), site.timezone(session.ctx.db))


def period(day_edit: QDateEdit, whole_month: bool) -> tuple[date, date]:
    day = day_edit.date().toPython()
    if not whole_month:
        return day, day
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


class ReceiptsPage(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.preview = None
        self.day = QDateEdit(QDate.fromString(today(session).isoformat(), "yyyy-MM-dd"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.month = QCheckBox(self.tr("Whole &month"))
        self.model = PagedTableModel([
            Column(self.tr("Receipt no."), "receipt_no"),
            Column(self.tr("Time"), "sold_at", lambda v, r: local_text(session, v)),
            Column(self.tr("Clerk"), "clerk"),
            Column(self.tr("Paid by"), "method", lambda v, r: method_label(v)),
            Column(self.tr("Amount"), "total_fen", lambda v, r: format_fen(v), True),
            Column(self.tr("State"), "voided_at", lambda v, r: (
                self.tr("VOID: %1").replace("%1", r["void_reason"] or "") if v else "")),
        ], self._fetch)
        self.table = QTableView()
        self.table.setObjectName("receipts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # rows in view only
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        reprint = QPushButton(self.tr("&Reprint"))
        reprint.clicked.connect(self.on_reprint)
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setEnabled(session.may(Perm.VOID))
        self.void_button.clicked.connect(self.on_void)
        register = QPushButton(self.tr("Print &register"))
        register.clicked.connect(self.on_register)
        for signal in (self.day.dateChanged, self.month.toggled):
            signal.connect(lambda *_: self.reload())
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Day:")), self.day, self.month):
            top.addWidget(w)
        top.addStretch(1)
        for w in (reprint, self.void_button, register):
            top.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Receipts</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.reload()

    def _fetch(self, offset: int, limit: int) -> list[dict]:
        first, last = period(self.day, self.month.isChecked())
        return [s.__dict__ for s in sales.list_receipts(self.session.ctx, first, last, offset,
                                                         limit)]

    def reload(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        first, last = period(self.day, self.month.isChecked())
        t = sales.sales_totals(self.session.ctx, first, last)
        by = ", ".join(f"{method_label(m)} {format_fen(f)}" for m, f in sorted(t.by_method.items()))
        self.totals.setText(self.tr("%1 receipts, %2 voided (%3). Total %4: %5").replace(
            "%1", str(t.count)).replace("%2", str(t.voided_count)).replace(
            "%3", format_fen(t.voided_fen)).replace("%4", format_fen(t.net_fen)).replace(
            "%5", by or "—"))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def on_reprint(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx = doc_ctx(self.session)
        self.preview = show_document(
            self, self.session, lambda n: sales_documents.receipt_pdf(ctx, row["receipt_no"], n,
                                                           language()),
            sales_documents.RECEIPT_KIND, row["receipt_no"], self.tr("Receipt"))

    def on_void(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void receipt"), self.tr(
            "Why is receipt %1 (%2) voided?").replace("%1", row["receipt_no"]).replace(
            "%2", format_fen(row["total_fen"])))
        if ok:
            self.void(row["receipt_no"], reason)

    def void(self, receipt_no: str, reason: str) -> None:
        try:
            result = sales.void_sale(self.session.ctx, receipt_no, reason)
        except DomainError as exc:
            show_error(self, exc)
            return
        note = desk_tr(result.note).format(**result.note_params) if result.note else ""
        self.totals.setToolTip(note)
        self.reload()
        if note:
            self.totals.setText(self.totals.text() + "\n" + note)

    def on_register(self) -> None:
        first, last = period(self.day, self.month.isChecked())
        ctx = doc_ctx(self.session)
        try:
            self.preview = show_document(
                self, self.session, lambda n: sales_documents.sales_register_pdf(ctx, first, last),
                None, None, self.tr("Receipts register"))
        except DomainError as exc:
            self.totals.setText(error_text(exc))
