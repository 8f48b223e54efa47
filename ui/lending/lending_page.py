"""The lending counter: scan or type a code, Enter. An item code that is in starts a lend,
a slip code (or the code of an item that is out) starts a return. Everything works from the
keyboard; a scanner types the code and Enter into the focused field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from services.lending import loans as lending
from services.lending import vouchers
from services.shifts import shifts
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import format_fen, label, language, local_text, shown_name
from ui.common.forms import FormGuard, message_label, problem_label
from ui.common.lazy import lazy_module
from ui.common.scan_router import takes_codes
from ui.common.shortcuts import bind
from ui.lending.lend_forms import LendForm, ReturnForm
from ui.lending.voucher_panel import VoucherPanel
from ui.quality.rating import offer_rating
from ui.session import DeskSession

# reportlab loads on the first print
lending_documents = lazy_module("services.lending.documents")
voucher_documents = lazy_module("services.lending.voucher_documents")


class LendingPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self._build()
        self.setFocusProxy(self.scan_box)
        self.reset()

    def page_title(self) -> str:
        return self.tr("<h2>Lending</h2>")

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.scan_box = QLineEdit()
        # a scan here stays here: slips, items and the vouchers of a return
        takes_codes(self.scan_box, "deposit_slip", "item", "lending_voucher")
        self.scan_box.setObjectName("scan_box")
        self.scan_box.setPlaceholderText(
            self.tr("Scan or type an item, deposit slip or voucher number, then Enter")
        )
        self.scan_box.returnPressed.connect(self.on_scan)
        scan_button = QPushButton(self.tr("&Find"))
        scan_button.clicked.connect(self.on_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_box, 1)
        scan_row.addWidget(scan_button)

        self.message = message_label()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.shift_hint = QLabel(
            self.tr(
                "No shift is open: deposits cannot be taken or refunded. Open the shift on the"
                " Shift page with the counted cash float."
            )
        )
        self.shift_hint.setObjectName("shift_hint")
        self.shift_hint.setWordWrap(True)
        self.shift_hint.setStyleSheet("color: #a40000;")

        self.lend_form = LendForm(self.session, self)
        self.lend_form.confirmed.connect(self.on_lend)
        self.lend_form.cancelled.connect(self.reset)
        self.return_form = ReturnForm(self.session, self)
        self.return_form.confirmed.connect(self.on_return)
        self.return_form.cancelled.connect(self.reset)
        self.voucher_panel = VoucherPanel(self.session, self)
        self.voucher_panel.reprint.connect(self.open_voucher)
        self.voucher_panel.cancelled.connect(self.reset)
        self.idle = self._idle_panel()
        self.stack = QStackedWidget()
        for widget in (self.idle, self.lend_form, self.return_form, self.voucher_panel):
            self.stack.addWidget(widget)

        self.body.addLayout(scan_row)
        self.body.addWidget(self.shift_hint)
        self.body.addWidget(self.message)
        self.body.addWidget(self.stack, 1)
        bind(self, "Ctrl+L", self.phone_box.setFocus, self.tr("Lost slip: find by phone"))
        bind(self, "F6", self.reset, self.tr("Clear for the next customer"))

    def _idle_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Lost slip: find the loan by phone number (Ctrl+L)"))
        self.phone_box = QLineEdit()
        self.phone_box.setObjectName("lost_slip_phone")
        self.phone_box.setPlaceholderText(self.tr("Borrower's mobile number"))
        self.phone_item_box = QLineEdit()
        self.phone_item_box.setPlaceholderText(self.tr("Item number (optional)"))
        self.matches = QListWidget()
        self.matches.itemActivated.connect(self._open_match)
        form = QFormLayout(box)
        form.addRow(self.tr("&Phone:"), self.phone_box)
        form.addRow(self.tr("&Item:"), self.phone_item_box)
        self.lost_slip_problem = problem_label()
        form.addRow(self.lost_slip_problem)
        form.addRow(self.matches)
        # Enter in either field searches; each problem shows beside its field
        self.lost_slip = FormGuard(
            box, submit=self.on_find_by_phone, cancel=self.reset, problem=self.lost_slip_problem
        )
        self.lost_slip.field(
            self.phone_box, lambda: lending.checked_phone(self.phone_box.text()) and None, True
        )
        self.lost_slip.field(
            self.phone_item_box, lambda: lending.checked_item_code(self.phone_item_box.text())
        )
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
        self.lost_slip.clear()
        no_shift = shifts.current_shift(self.ctx) is None
        self.shift_hint.setVisible(no_shift)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.shift_hint.setVisible(shifts.current_shift(self.ctx) is None)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def show_scanned(self, target) -> QWidget | None:
        """A slip or an item scanned on any page: its return or its lend, ready here."""
        self.reset()
        self.scan_box.setText(target.number)
        self.on_scan()
        return self.focusWidget() or self.scan_box

    def on_scan(self) -> None:
        code = self.scan_box.text().strip()
        if not code:
            return
        self.say("")  # the last customer's message makes way for this one
        settled = self.run(vouchers.find_settled, self.ctx, code)
        if settled is not REFUSED and settled is not None:
            self.show_settled(settled)  # a loan already back: its vouchers, to reprint
            return
        found = REFUSED if settled is REFUSED else self.run(lending.scan, self.ctx, code)
        if found is REFUSED:
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

    def show_settled(self, settled: vouchers.SettledLoan) -> None:
        self.scan_box.clear()  # ready for the next scan
        self.voucher_panel.start(settled)
        self.stack.setCurrentWidget(self.voucher_panel)
        self.voucher_panel.list.setFocus()

    def on_lend(self, item_code: str, phone: str, name: str, method: str) -> None:
        loan = self.lend_form.run(lending.lend_item, self.ctx, item_code, phone, method, name)
        if loan is REFUSED:
            return
        self.done("loans", "shift")
        offer_rating(self, "lend", loan.slip_no)
        self.say(
            self.tr("Lent {item} {code} on slip {slip}; deposit {deposit}.").format(
                item=shown_name(loan),
                code=loan.item_code,
                slip=loan.slip_no,
                deposit=format_fen(loan.deposit_fen),
            )
        )
        self.reset()
        self.open_slip(loan.id, loan.slip_no)

    def open_slip(self, loan_id: int, slip_no: str) -> None:
        lang = language()
        self.open_document_later(
            lambda ctx, copy_no: lending_documents.deposit_slip_pdf(ctx, loan_id, copy_no, lang),
            "deposit_slip",
            slip_no,
            self.tr("Deposit slip {slip}").format(slip=slip_no),
        )

    def on_return(
        self,
        loan_id: int,
        condition: str,
        compensation_fen: int,
        reason: str,
        approver: str,
        password: str,
        extra_method: str = "cash",
    ) -> None:
        settled = self.return_form.run(
            lending.return_item,
            self.ctx,
            loan_id,
            condition,
            compensation_fen,
            reason,
            approver,
            password,
            extra_method,
        )
        if settled is REFUSED:
            return
        self.done("loans", "shift")
        loan = settled.loan
        offer_rating(self, "return", loan.slip_no)
        text = self.tr("{item} {code} is back (slip {slip}). Refund {refund}.").format(
            item=shown_name(loan),
            code=loan.item_code,
            slip=loan.slip_no,
            refund=format_fen(settled.refund_fen),
        )
        if settled.forfeit_fen or settled.extra_charge_fen:
            text += " " + self.tr("Compensation charged: {amount}.").format(
                amount=format_fen(settled.forfeit_fen + settled.extra_charge_fen)
            )
        for voucher in settled.vouchers:
            text += " " + self.tr("Voucher {number} ({kind}).").format(
                number=voucher.voucher_no, kind=label(vouchers.KIND_LABELS, voucher.kind)
            )
        self.say(text)
        self.reset()
        # each voucher prints (the drawer opens for cash paid out or taken in)
        for voucher in settled.vouchers:
            self.open_voucher(voucher.voucher_no)

    def open_voucher(self, voucher_no: str) -> None:
        lang = language()
        self.open_document_later(
            lambda ctx, copy_no: voucher_documents.voucher_pdf(ctx, voucher_no, copy_no, lang),
            voucher_documents.KIND,
            voucher_no,
            self.tr("Voucher {number}").format(number=voucher_no),
        )

    def on_find_by_phone(self) -> None:
        loans = self.lost_slip.run(
            lending.find_loan, self.ctx, self.phone_box.text(), self.phone_item_box.text()
        )
        if loans is REFUSED:
            return
        self.matches.clear()
        if not loans:
            self.say(self.tr("No item is out on that phone number."))
            return
        if len(loans) == 1:
            self.start_return(loans[0])
            return
        for loan in loans:
            entry = QListWidgetItem(
                self.tr("{slip}  {item} {code}  due {due}").format(
                    slip=loan.slip_no,
                    item=shown_name(loan),
                    code=loan.item_code,
                    due=local_text(self.session, loan.due_at),
                )
            )
            entry.setData(Qt.UserRole, loan)
            self.matches.addItem(entry)
        self.matches.setCurrentRow(0)
        self.matches.setFocus()

    def _open_match(self, entry: QListWidgetItem) -> None:
        self.start_return(entry.data(Qt.UserRole))
