"""The two forms of the lending counter. Enter confirms, Esc cancels; no mouse needed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from services.core.money import parse_yuan
from services.core.permissions import Perm
from services.lending import loans as lending
from ui.common.formatting import format_fen, label, local_text, method_label, shown_name
from ui.common.forms import amount_edit, method_combo
from ui.session import REFUSED, DeskSession, run_or_show


class _Form(QWidget):
    """Line edits let Enter and Esc through to their parent, so the form sees them."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.confirm()
            return
        if event.key() == Qt.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        """Each form (lend, return) confirms in its own way on Enter."""


class LendForm(_Form):
    confirmed = Signal(str, str, str, str)  # item code, phone, name, method

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.item: dict | None = None
        box = QGroupBox(self.tr("Lend"))
        self.item_label = QLabel()
        self.item_label.setObjectName("lend_item")
        self.deposit_label = QLabel()
        self.deposit_label.setObjectName("lend_deposit")
        self.due_label = QLabel()
        self.phone = QLineEdit()
        self.phone.setObjectName("lend_phone")
        self.phone.setPlaceholderText(self.tr("Mobile number, 11 digits"))
        self.name = QLineEdit()
        self.name.setObjectName("lend_name")
        self.name.setPlaceholderText(self.tr("Optional"))
        self.method = method_combo()
        self.method.setObjectName("lend_method")
        self.hint = QLabel(self.tr("Enter: take the deposit and print the slip.  Esc: cancel."))
        self.hint.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Item:"), self.item_label)
        form.addRow(self.tr("Deposit:"), self.deposit_label)
        form.addRow(self.tr("Due back:"), self.due_label)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Paid &by:"), self.method)
        form.addRow(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()

    def start(self, item: dict) -> None:
        self.item = item
        self.item_label.setText(f"{shown_name(item)}  {item['code']}")
        self.deposit_label.setText(format_fen(item["deposit_fen"]))
        self.method.setEnabled(item["deposit_fen"] > 0)
        rule = ""
        if item["return_before_closing"]:
            rule = self.tr("must come back before closing")
        hours = item["loan_minutes"] / 60
        period = (
            self.tr("%n day(s)", "", round(hours / 24))
            if hours >= 24
            else self.tr("%n hour(s)", "", round(hours))
        )
        self.due_label.setText(", ".join(x for x in (period, rule) if x))
        self.phone.clear()
        self.name.clear()
        self.method.setCurrentIndex(0)

    def confirm(self) -> None:
        if self.item is None:
            return
        self.confirmed.emit(
            self.item["code"], self.phone.text(), self.name.text(), self.method.currentData()
        )


class ReturnForm(_Form):
    confirmed = Signal(int, str, int, str, str, str)  # loan, condition, comp, reason, who, pw

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.loan: lending.Loan | None = None
        self.may_forfeit = session.may(Perm.FORFEIT)
        box = QGroupBox(self.tr("Take back"))
        self.loan_label = QLabel()
        self.loan_label.setObjectName("return_loan")
        self.loan_label.setWordWrap(True)
        self.condition = QComboBox()
        self.condition.setObjectName("return_condition")
        for code in lending.CONDITIONS:
            self.condition.addItem(label(lending.CONDITION_LABELS, code), code)
        self.condition.currentIndexChanged.connect(self._condition_changed)
        self.compensation = amount_edit()
        self.compensation.setObjectName("return_compensation")
        self.compensation.setPlaceholderText(self.tr("Yuan, e.g. 20.00"))
        self.reason = QLineEdit()
        self.reason.setObjectName("return_reason")
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("Shift lead's user name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.hint = QLabel(self.tr("Enter: take back and refund.  Esc: cancel."))
        form = QFormLayout(box)
        form.addRow(self.tr("Loan:"), self.loan_label)
        form.addRow(self.tr("&Condition:"), self.condition)
        form.addRow(self.tr("Co&mpensation:"), self.compensation)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.approver_label = QLabel(self.tr("Shift lead &sign-off:"))
        self.approver_label.setBuddy(self.approver)
        form.addRow(self.approver_label, self.approver)
        self.password_label = QLabel(self.tr("Pass&word:"))
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        form.addRow(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()

    def start(self, loan: lending.Loan) -> None:
        self.loan = loan
        lines = [
            self.tr("Slip {slip}: {item} {code}").format(
                slip=loan.slip_no, item=shown_name(loan), code=loan.item_code
            ),
            self.tr("Borrower {phone} {name}").format(
                phone=loan.phone_masked, name=loan.borrower_name
            ),
            self.tr("Deposit {deposit} by {method}; lent {lent}, due {due}").format(
                deposit=format_fen(loan.deposit_fen),
                method=method_label(loan.method),
                lent=local_text(self.session, loan.lent_at),
                due=local_text(self.session, loan.due_at),
            ),
        ]
        self.loan_label.setText("\n".join(lines))
        for edit in (self.compensation, self.reason, self.approver, self.password):
            edit.clear()
        self.condition.setCurrentIndex(0)
        self._condition_changed()

    def _condition_changed(self) -> None:
        bad = self.condition.currentData() != "good"
        for widget in (self.compensation, self.reason):
            widget.setEnabled(bad)
        need_signoff = bad and not self.may_forfeit
        for widget in (self.approver, self.password, self.approver_label, self.password_label):
            widget.setVisible(need_signoff)
        if bad and not self.compensation.text() and self.loan is not None:
            lost = self.condition.currentData() == "lost"
            self.compensation.setText(format_fen(self.loan.deposit_fen if lost else 0))

    def confirm(self) -> None:
        if self.loan is None:
            return
        compensation = 0
        if self.condition.currentData() != "good" and self.compensation.text().strip():
            compensation = run_or_show(self, parse_yuan, self.compensation.text())
            if compensation is REFUSED:
                return
        self.confirmed.emit(
            self.loan.id,
            self.condition.currentData(),
            compensation,
            self.reason.text(),
            self.approver.text(),
            self.password.text(),
        )
