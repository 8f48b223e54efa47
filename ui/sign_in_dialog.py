"""Sign-in: user name and password; the service counts failures and locks the account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from services.admin import users
from services.core.context import AppContext, User
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED


class SignInDialog(QDialog):
    def __init__(self, ctx: AppContext, site_name: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.user: User | None = None
        self.setWindowTitle(self.tr("Front Desk — sign in"))
        heading = QLabel(f"<h2>{site_name}</h2>")
        heading.setAlignment(Qt.AlignCenter)
        heading.setTextFormat(Qt.RichText)
        self.username, self.password = QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        # Enter signs in, Esc quits; an empty field is marked beside it
        self.guard = FormGuard(
            self, submit=self.try_sign_in, cancel=self.reject, problem=self.problem
        )
        self.guard.field(self.username, required=True, name="user name")
        self.guard.field(self.password, required=True)

    def try_sign_in(self) -> None:
        user = self.guard.run(
            users.sign_in,
            self.ctx,
            self.username.text(),
            self.password.text(),
        )
        if user is REFUSED:
            if not self.guard.marked:  # the desk refused the pair: type the password again
                self.password.clear()
                self.password.setFocus()
            return
        self.user = user
        self.accept()
