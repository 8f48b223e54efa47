"""What every tab of the Settings page shares: a note beside the Save button for refusals
and results, and the question that shows what a change affects before it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox

from ui.common.desk_page import REFUSED, DeskPage
from ui.common.forms import FormGuard

ERROR_STYLE, SAVED_STYLE = "color: #b00020;", "color: #1b5e20;"


class SettingsTab(DeskPage):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.note = QLabel()
        self.note.setWordWrap(True)

    def refused(self, text: str) -> None:
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setText(text)

    def saved(self, text: str) -> None:
        self.note.setStyleSheet(SAVED_STYLE)
        self.note.setText(text)

    def call(self, operation, *args, **kwargs):
        """A service call whose refusal is shown beside the fields; REFUSED then."""
        return self.run_noted(self.refused, operation, *args, **kwargs)

    def form_guard(self, root) -> FormGuard:
        """The FormGuard of one form of the tab: its problems beside its fields, the others
        on the tab's note."""
        return FormGuard(root, problem=self.note)

    def checked_call(self, guard: FormGuard, operation, *args, **kwargs):
        """Every problem of `guard`'s form at once, beside its fields; else the service call,
        a refusal beside the field it names. REFUSED when either said no."""
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.clear()
        return guard.run(operation, *args, **kwargs)

    def confirm(self, text: str) -> bool:
        """Ask before a change that touches records (tests answer for the admin)."""
        answer = QMessageBox.question(self, self.tr("Save this change?"), text)
        return answer == QMessageBox.Yes


__all__ = ["REFUSED", "SettingsTab"]
