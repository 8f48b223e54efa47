"""Small dialogs for the member page's counter actions. Each one asks for what the service
needs and calls it; every problem of the form is shown at once beside its field (FormGuard)
and the dialog stays open to correct."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from services.members import members
from services.members import points as member_points
from services.members import rewards as member_rewards
from services.members.rules import rules
from ui.common.formatting import format_fen
from ui.common.forms import FormGuard, method_combo, problem_label
from ui.members.common import id_type_combo
from ui.members.receipt_form import ReceiptForm
from ui.session import REFUSED, DeskSession


class ActionDialog(QDialog):
    """A form and OK/Cancel; `act()` calls the service, `result_value` keeps its answer."""

    def __init__(self, session: DeskSession, member: members.Member, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.member = session, member
        self.result_value = None
        self.form = QFormLayout()
        head = QLabel(f"{member.name}  {member.card_no}  {member.phone_masked}")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.on_ok)
        buttons.rejected.connect(self.reject)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        # Enter confirms from any field, Esc cancels; every problem shows beside its field
        self.guard = FormGuard(self, submit=self.on_ok, cancel=self.reject, problem=self.problem)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def on_ok(self) -> None:
        done = self.guard.run(self.act)
        if done is not REFUSED:
            self.result_value = done
            self.accept()

    def act(self):
        """Each dialog (credit, manual points, redeem, reissue) calls its own service here."""


class CreditDialog(ActionDialog):
    def __init__(self, session, member, parent=None):
        super().__init__(session, member, parent)
        self.setWindowTitle(self.tr("Credit a receipt"))
        self.receipt = ReceiptForm(session, self)
        self.form.addRow(self.receipt)
        self.receipt.guard_fields(self.guard)

    def act(self):
        return member_points.credit_receipt(
            self.session.ctx, self.member.card_no, self.receipt.receipt()
        )


class ReturnDialog(ActionDialog):
    def __init__(self, session, member, parent=None):
        super().__init__(session, member, parent)
        self.setWindowTitle(self.tr("Goods returned"))
        self.receipt = ReceiptForm(session, self, with_amount=False)
        self.reason = QLineEdit()
        self.form.addRow(self.receipt)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.receipt.guard_fields(self.guard)
        self.guard.field(self.reason, name="reason")

    def act(self):
        r = self.receipt.receipt()
        return member_points.return_receipt(
            self.session.ctx, r.shop_id, r.receipt_no, r.receipt_date, self.reason.text()
        )


class ManualPointsDialog(ActionDialog):
    def __init__(self, session, member, parent=None):
        super().__init__(session, member, parent)
        self.setWindowTitle(self.tr("Manual points"))
        cap = rules(session.ctx).manual_cap_points
        self.points = QSpinBox()
        self.points.setRange(1, 100_000)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. receipt number missed at the till"))
        self.approver = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.form.addRow(self.tr("&Points:"), self.points)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(
            QLabel(
                self.tr("Above {cap} points a day for one member, a supervisor signs off:").format(
                    cap=cap
                )
            )
        )
        self.form.addRow(self.tr("Supervisor:"), self.approver)
        self.form.addRow(self.tr("Password:"), self.password)
        self.guard.field(self.reason, required=True, name="reason")

    def act(self):
        return member_points.add_manual_points(
            self.session.ctx,
            self.member.card_no,
            self.points.value(),
            self.reason.text(),
            self.approver.text(),
            self.password.text(),
        )


class RedeemDialog(ActionDialog):
    def __init__(self, session, member, parent=None, lang: str = "en"):
        super().__init__(session, member, parent)
        self.setWindowTitle(self.tr("Redeem points"))
        self.gift = QComboBox()
        for reward in member_rewards.list_rewards(session.ctx):
            self.gift.addItem(
                self.tr("{name} — {points} points ({stock} in stock)").format(
                    name=reward.name(lang), points=reward.points_cost, stock=reward.stock
                ),
                reward.id,
            )
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 99)
        self.form.addRow(self.tr("Points balance:"), QLabel(str(member.balance)))
        self.form.addRow(self.tr("&Gift:"), self.gift)
        self.form.addRow(self.tr("&Quantity:"), self.quantity)
        self.guard.field(self.gift, required=True, name="gift")

    def act(self):
        return member_points.redeem(
            self.session.ctx, self.member.card_no, self.gift.currentData(), self.quantity.value()
        )


class ReissueDialog(ActionDialog):
    def __init__(self, session, member, parent=None):
        super().__init__(session, member, parent)
        self.setWindowTitle(self.tr("Reissue card"))
        fee = rules(session.ctx).reissue_fee_fen
        self.id_type = id_type_combo()
        self.id_type.setCurrentIndex(self.id_type.findData(member.id_type))
        self.id_number = QLineEdit()
        self.id_number.setObjectName("reissue_id_number")
        self.method = method_combo()
        self.form.addRow(
            QLabel(
                self.tr(
                    "Check the customer's ID document: it must be the one enrolled with ({masked})."
                ).format(masked=member.id_masked)
            )
        )
        self.form.addRow(self.tr("ID type:"), self.id_type)
        self.form.addRow(self.tr("ID n&umber:"), self.id_number)
        self.form.addRow(self.tr("Fee:"), QLabel(format_fen(fee)))
        self.form.addRow(self.tr("Paid &by:"), self.method)
        self.guard.field(self.id_number, required=True, name="ID number")

    def act(self):
        try:
            return members.reissue_card(
                self.session.ctx,
                self.member.card_no,
                self.id_type.currentData(),
                self.id_number.text(),
                self.method.currentData(),
            )
        finally:
            self.id_number.clear()
