"""The two forms of the lending counter. Enter confirms, Esc cancels; no mouse needed. Each
form's FormGuard marks its required fields and shows every problem at once beside its field
(the desk's own refusals too), with the cursor in the first one."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from ui.common.forms import FormGuard, amount_edit, method_combo, problem_label
from ui.session import DeskSession


class _Form(QWidget):
    """A counter form: its guard takes Enter (confirm) and Esc (cancel) from any field."""

    cancelled = Signal()

    def _guard(self) -> FormGuard:
        self.problem = problem_label()
        self.problem.setObjectName("form_problem")
        return FormGuard(
            self, submit=self.confirm, cancel=self.cancelled.emit, problem=self.problem
        )

    def confirm(self) -> None:
        """Each form (lend, return) confirms in its own way on Enter."""

    def run(self, operation, *args, **kwargs):
        """The desk's operation after every field passed its check; REFUSED with the
        problems shown beside their fields (or under the form) otherwise."""
        return self.guard.run(operation, *args, **kwargs)


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
        self.guard = self._guard()
        form.addRow(self.problem)
        self.guard.field(
            self.phone, lambda: lending.checked_phone(self.phone.text()) and None, True, "phone"
        )
        self.guard.field(
            self.name,
            lambda: lending.checked_name(self.name.text()) and None,
            name="borrower's name",
        )
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
        self.guard.clear()

    def confirm(self) -> None:
        if self.item is None or not self.guard.check():
            return
        self.confirmed.emit(
            self.item["code"], self.phone.text(), self.name.text(), self.method.currentData()
        )


class ReturnForm(_Form):
    # loan, condition, compensation, reason, sign-off user and password, how the rest is paid
    confirmed = Signal(int, str, int, str, str, str, str)

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
        self.extra_method = method_combo()
        self.extra_method.setObjectName("return_extra_method")
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
        self.extra_label = QLabel(self.tr("Above the deposit pai&d by:"))
        self.extra_label.setBuddy(self.extra_method)
        form.addRow(self.extra_label, self.extra_method)
        self.approver_label = QLabel(self.tr("Shift lead &sign-off:"))
        self.approver_label.setBuddy(self.approver)
        form.addRow(self.approver_label, self.approver)
        self.password_label = QLabel(self.tr("Pass&word:"))
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        form.addRow(self.hint)
        self.guard = self._guard()
        form.addRow(self.problem)
        self.guard.field(self.compensation, self._compensation_problem, name="compensation")
        self.guard.field(
            self.reason, lambda: lending.checked_reason(self.reason.text()) and None, True, "reason"
        )
        self.guard.field(self.approver, required=True)
        self.guard.field(self.password, required=True)
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
        self.extra_method.setCurrentIndex(0)
        self.condition.setCurrentIndex(0)
        self._condition_changed()
        self.guard.clear()

    def _condition_changed(self) -> None:
        bad = self.condition.currentData() != "good"
        for widget in (self.compensation, self.reason):
            widget.setEnabled(bad)
        for widget in (self.extra_method, self.extra_label):
            # only an item whose replacement costs more than its deposit can be charged above it
            widget.setVisible(
                bad
                and self.loan is not None
                and lending.compensation_cap(self.loan) > self.loan.deposit_fen
            )
        need_signoff = bad and not self.may_forfeit
        for widget in (self.approver, self.password, self.approver_label, self.password_label):
            widget.setVisible(need_signoff)
        if bad and not self.compensation.text() and self.loan is not None:
            lost = self.condition.currentData() == "lost"
            self.compensation.setText(format_fen(self.loan.deposit_fen if lost else 0))

    def compensation_fen(self) -> int:
        """The compensation typed, in fen (0 for an item in good condition or left empty);
        raises the desk's refusal of a bad amount."""
        if self.condition.currentData() == "good" or not self.compensation.text().strip():
            return 0
        return parse_yuan(self.compensation.text())

    def _compensation_problem(self) -> None:
        if self.loan is not None:
            lending.check_compensation(self.loan, self.compensation_fen())

    def confirm(self) -> None:
        if self.loan is None or not self.guard.check():
            return
        self.confirmed.emit(
            self.loan.id,
            self.condition.currentData(),
            self.compensation_fen(),
            self.reason.text(),
            self.approver.text(),
            self.password.text(),
            self.extra_method.currentData(),
        )
