"""A signed-in user changes their own password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from services.admin import users
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED, DeskSession


class ChangePasswordDialog(QDialog):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change password"))
        self.current, self.new, self.repeat = QLineEdit(), QLineEdit(), QLineEdit()
        for box in (self.current, self.new, self.repeat):
            box.setEchoMode(QLineEdit.Password)
        self.problem = problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        form.addRow(self.problem)
        form.addRow(buttons)
        # Enter saves, Esc cancels; every problem at once beside its field
        self.guard = FormGuard(self, submit=self.save, cancel=self.reject, problem=self.problem)
        self.guard.field(self.current, required=True)
        self.guard.field(self.new, lambda: users.check_new_password(self.new.text()), True)
        self.guard.field(self.repeat, self._repeat_problem, True)

    def _repeat_problem(self) -> str | None:
        if self.new.text() == self.repeat.text():
            return None
        return self.tr("The two new passwords differ.")

    def save(self) -> None:
        if (
            self.guard.run(
                users.change_own_password,
                self.session.ctx,
                self.current.text(),
                self.new.text(),
            )
            is not REFUSED
        ):
            self.accept()
