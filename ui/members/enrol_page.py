"""Enrolment (积分卡办理): the customer's same-day receipt and ID document. The desk keeps
only the ID's last four characters and a keyed hash; the number field is cleared as soon
as the card is issued. Keyboard first: Tab through, Enter enrols."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.core import validation
from services.core.money import parse_yuan
from services.members import members
from services.members.rules import rules
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import format_fen
from ui.common.forms import FormGuard, message_label, problem_label
from ui.members.common import id_type_combo, open_card
from ui.members.receipt_form import ReceiptForm
from ui.quality.rating import offer_rating
from ui.session import DeskSession


class EnrolPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.last = None  # the last Enrolment (tests look at it)
        self._build()
        self.setFocusProxy(self.receipt.shop)

    def page_title(self) -> str:
        return self.tr("<h2>Enrol a member</h2>")

    def _build(self) -> None:
        self.rules_hint = QLabel()
        self.rules_hint.setObjectName("rules_hint")
        self.rules_hint.setWordWrap(True)
        receipt_box = QGroupBox(self.tr("Shopping receipt"))
        self.receipt = ReceiptForm(self.session, receipt_box)
        QVBoxLayout(receipt_box).addWidget(self.receipt)
        person_box = QGroupBox(self.tr("Member"))
        self.name = QLineEdit()
        self.name.setObjectName("member_name")
        self.phone = QLineEdit()
        self.phone.setObjectName("member_phone")
        self.phone.setPlaceholderText(self.tr("11-digit mobile number"))
        self.id_type = id_type_combo()
        self.id_number = QLineEdit()
        self.id_number.setObjectName("id_number")
        self.id_number.setPlaceholderText(
            self.tr("Checked, then kept only as the last 4 characters and a keyed hash")
        )
        form = QFormLayout(person_box)
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(self.tr("Mo&bile:"), self.phone)
        form.addRow(self.tr("ID &type:"), self.id_type)
        form.addRow(self.tr("ID n&umber:"), self.id_number)
        self.enrol_button = QPushButton(self.tr("&Enrol and issue card"))
        self.enrol_button.setObjectName("enrol_button")
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self.on_enrol)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        # Enter enrols from any field, Esc clears; every problem shows beside its field
        self.guard = FormGuard(self, submit=self.on_enrol, cancel=self.clear, problem=self.problem)
        self.guard.field(self.receipt.shop, required=True)
        self.guard.field(self.receipt.number, required=True)
        self.guard.field(
            self.receipt.amount, lambda: parse_yuan(self.receipt.amount.text()) and None, True
        )
        self.guard.field(self.name, required=True)
        self.guard.field(
            self.phone, lambda: validation.phone(self.phone.text(), "phone") and None, True
        )
        self.guard.field(self.id_number, required=True)
        self.message = message_label()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.enrol_button)
        columns = QHBoxLayout()
        columns.addWidget(receipt_box, 1)
        columns.addWidget(person_box, 1)
        self.body.addWidget(self.rules_hint)
        self.body.addLayout(columns)
        self.body.addLayout(buttons)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.message)
        self.body.addStretch()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        programme = rules(self.ctx)
        self.rules_hint.setText(
            self.tr(
                "A receipt of {threshold} or more, not older than {days} days, enrols; it earns"
                " 1 point for every {rate}."
            ).format(
                threshold=format_fen(programme.enrol_threshold_fen),
                days=programme.receipt_window_days,
                rate=format_fen(programme.points_rate_fen),
            )
        )

    def on_enrol(self) -> None:
        made = self.guard.run(
            lambda: members.enrol_member(
                self.ctx,
                self.name.text(),
                self.phone.text(),
                self.id_type.currentData(),
                self.id_number.text(),
                self.receipt.receipt(),
            )
        )
        if made is REFUSED:
            return
        self.done("members")
        offer_rating(self, "enrolment", made.member.card_no)
        self.last = made
        self.message.setText(
            self.tr("Card {card} issued to {name} ({phone}); {points} points credited.").format(
                card=made.member.card_no,
                name=made.member.name,
                phone=made.member.phone_masked,
                points=made.credit.points,
            )
        )
        self.clear()
        open_card(self, made.member.card_no)

    def clear(self) -> None:
        """Ready for the next customer; the ID number never stays on screen."""
        self.id_number.clear()
        self.name.clear()
        self.phone.clear()
        self.receipt.clear()
        self.guard.clear()
        self.receipt.shop.setFocus()
