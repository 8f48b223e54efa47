"""Enter the members' ID key from the printed recovery sheet (scan its QR code: a scanner
types the key and Enter; or type it): after a restore on a new PC, before ID checks work."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from services.members import ids
from ui.common.forms import problem_label
from ui.session import REFUSED, run_or_note


class KeyEntryDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Enter the members' ID key"))
        intro = QLabel(
            self.tr(
                "This database holds members' ID checks made with a key that is not on this"
                " computer. Scan the QR code on the key recovery sheet from the safe (or type"
                " the key). Until then, ID checks of members are refused."
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.Password)
        self.key.setPlaceholderText(self.tr("64 characters, 0-9 and a-f"))
        self.problem = problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Keep the key"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.keep)
        buttons.rejected.connect(self.reject)
        self.key.returnPressed.connect(self.keep)  # the scanner's Enter
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Key:"), self.key)
        form.addRow(self.problem)
        form.addRow(buttons)

    def keep(self) -> None:
        if (
            run_or_note(self.problem.setText, ids.enter_key_from_sheet, self.ctx, self.key.text())
            is not REFUSED
        ):
            self.accept()
