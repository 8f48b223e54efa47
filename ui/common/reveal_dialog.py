"""Reveal one full phone number (supervisors): the reason is asked first and kept in the audit
trail; the number is shown in this dialog only, never copied into a list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from services.core import personal_data
from ui.common.forms import FormGuard, problem_label
from ui.session import DeskSession


class RevealPhoneDialog(QDialog):
    def __init__(
        self, session: DeskSession, entity: str, entity_id: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session, self.entity, self.entity_id = session, entity, entity_id
        self.setWindowTitle(self.tr("Reveal phone"))
        note = QLabel(
            self.tr(
                "The full number is for calling the customer back. Your name"
                " and the reason are kept in the audit trail."
            )
        )
        note.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(personal_data.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. calling back about the item found"))
        self.phone = QLabel()
        self.phone.setObjectName("revealedPhone")
        self.phone.setStyleSheet("font-size: 20px; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Phone:"), self.phone)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.show_button = self.buttons.addButton(
            self.tr("&Show number"), QDialogButtonBox.ActionRole
        )
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.reveal)
        self.reason.returnPressed.connect(self.reveal)
        self.buttons.rejected.connect(self.reject)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # the reason is required: marked, and said beside it when missing (no message box)
        self.guard = FormGuard(self, problem=self.problem)
        self.guard.field(self.reason, required=True, name="reason")
        self.resize(420, 0)

    def reveal(self) -> str | None:
        phone = self.guard.run(
            personal_data.reveal_phone,
            self.session.ctx,
            self.entity,
            self.entity_id,
            self.reason.text(),
        )
        if phone:
            self.phone.setText(phone)
            self.reason.setReadOnly(True)
            self.show_button.setEnabled(False)
        return phone
