"""The lending counter: scan or type a code, Enter. An item code that is in starts a lend,
a slip code (or the code of an item that is out) starts a return. Everything works from the
keyboard; a scanner types the code and Enter into the focused field."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from services.lending import loans as lending
from services.lending import documents as lending_documents
from services.shifts import shifts
from services.core.errors import DomainError
from ui.lending.common import doc_ctx, format_fen, kind_name, local_text, show_document
from ui.lending.lend_forms import LendForm, ReturnForm
from ui.session import DeskSession, show_error


class LendingPage(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.preview = None  # the last document preview opened (tests look at it)
        self._build()
        self.setFocusProxy(self.scan_box)
        self.reset()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("<h2>Lending</h2>"))
        title.setTextFormat(Qt.RichText)
        self.scan_box = QLineEdit()
        self.scan_box.setObjectName("scan_box")
        self.scan_box.setPlaceholderText(
            self.tr("Scan or type an item number or a deposit slip number, then Enter"))
        self.scan_box.returnPressed.connect(self.on_scan)
        scan_button = QPushButton(self.tr("&Find"))
        scan_button.clicked.connect(self.on_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_box, 1)
        scan_row.addWidget(scan_button)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.shift_hint = QLabel(self.tr(
            "No shift is open: deposits cannot be taken or refunded. Open the shift on the"
            " Shift page with the counted cash float."))
        self.shift_hint.setObjectName("shift_hint")
        self.shift_hint.setWordWrap(True)
        self.shift_hint.setStyleSheet("color: #a40000;")

        self.lend_form = LendForm(self.session, self)
        self.lend_form.confirmed.connect(self.on_lend)
        self.lend_form.cancelled.connect(self.reset)
        self.return_form = ReturnForm(self.session, self)
        self.return_form.confirmed.connect(self.on_return)
        self.return_form.cancelled.connect(self.reset)
        self.idle = self._idle_panel()
        self.stack = QStackedWidget()
        for widget in (self.idle, self.lend_form, self.return_form):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(scan_row)
        layout.addWidget(self.shift_hint)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.phone_box.setFocus)
        QShortcut(QKeySequence("F6"), self, activated=self.reset)

    def _idle_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Lost slip: find the loan by phone number (Ctrl+L)"))
        self.phone_box = QLineEdit()
        self.phone_box.setObjectName("lost_slip_phone")
        self.phone_box.setPlaceholderText(self.tr("Borrower's mobile number"))
        self.phone_item_box = QLineEdit()
        self.phone_item_box.setPlaceholderText(self.tr("Item number (optional)"))
        for edit in (self.phone_box, self.phone_item_box):
            edit.returnPressed.connect(self.on_find_by_phone)
        self.matches = QListWidget()
        self.matches.itemActivated.connect(self._open_match)
        form = QFormLayout(box)
        form.addRow(self.tr("&Phone:"), self.phone_box)
        form.addRow(self.tr("&Item:"), self.phone_item_box)
        form.addRow(self.matches)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.addWidget(box)
        column.addStretch()
        return panel

    # --- flow -------------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the scan field, ready for the next customer."""
        self.stack.setCurrentWidget(self.idle)
        self.scan_box.clear()
        self.scan_box.setFocus()
        no_shift = shifts.current_shift(self.session.ctx.db) is None
        self.shift_hint.setVisible(no_shift)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.shift_hint.setVisible(shifts.current_shift(self.session.ctx.db) is None)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def on_scan(self) -> None:
        code = self.scan_box.text().strip()
        if not code:
            return
        try:
            found = lending.scan(self.session.ctx, code)
        except DomainError as exc:
            show_error(self, exc)
            self.scan_box.selectAll()
            self.scan_box.setFocus()
            return
        if found.action == "lend":
            self.lend_form.start(found.item)
            self.stack.setCurrentWidget(self.lend_form)
            self.lend_form.phone.setFocus()
        else:
            self.start_return(found.loan)

    def start_return(self, loan: lending.Loan) -> None:
        self.return_form.start(loan)
        self.stack.setCurrentWidget(self.return_form)
        self.return_form.condition.setFocus()

    def on_lend(self, item_code: str, phone: str, name: str, method: str) -> None:
        try:
            loan = lending.lend_item(self.session.ctx, item_code, phone, method, name)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.say(self.tr("Lent {item} {code} on slip {slip}; deposit {deposit}.").format(
            item=kind_name(loan), code=loan.item_code, slip=loan.slip_no,
            deposit=format_fen(loan.deposit_fen)))
        self.reset()
        self.preview = self.open_slip(loan.id, loan.slip_no)

    def open_slip(self, loan_id: int, slip_no: str):
        ctx = doc_ctx(self.session)
        try:
            return show_document(
                self, self.session,
                lambda copy_no: lending_documents.deposit_slip_pdf(ctx, loan_id, copy_no),
                "deposit_slip", slip_no, self.tr("Deposit slip {slip}").format(slip=slip_no))
        except DomainError as exc:
            show_error(self, exc)
            return None

    def on_return(self, loan_id: int, condition: str, compensation_fen: int, reason: str,
                  approver: str, password: str) -> None:
        try:
            settled = lending.return_item(self.session.ctx, loan_id, condition,
                                          compensation_fen, reason, approver, password)
        except DomainError as exc:
            show_error(self, exc)
            return
        loan = settled.loan
        text = self.tr("{item} {code} is back (slip {slip}). Refund {refund}.").format(
            item=kind_name(loan), code=loan.item_code, slip=loan.slip_no,
            refund=format_fen(settled.refund_fen))
        if settled.forfeit_fen or settled.extra_charge_fen:
            text += " " + self.tr("Compensation charged: {amount}.").format(
                amount=format_fen(settled.forfeit_fen + settled.extra_charge_fen))
        self.say(text)
        self.reset()

    def on_find_by_phone(self) -> None:
        try:
            loans = lending.find_loan(self.session.ctx, self.phone_box.text(),
                                      self.phone_item_box.text())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.matches.clear()
        if not loans:
            self.say(self.tr("No item is out on that phone number."))
            return
        if len(loans) == 1:
            self.start_return(loans[0])
            return
        for loan in loans:
            entry = QListWidgetItem(self.tr("{slip}  {item} {code}  due {due}").format(
                slip=loan.slip_no, item=kind_name(loan), code=loan.item_code,
                due=local_text(self.session, loan.due_at)))
            entry.setData(Qt.UserRole, loan)
            self.matches.addItem(entry)
        self.matches.setCurrentRow(0)
        self.matches.setFocus()

    def _open_match(self, entry: QListWidgetItem) -> None:
        self.start_return(entry.data(Qt.UserRole))
