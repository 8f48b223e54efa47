"""Put a sound backup in place of a damaged database. An admin signs: of the backup when it is
this site's own, else of the current site (services/admin/backups.signed_in_admin_for_restore)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from services.admin import backups
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED


class RestoreDialog(QDialog):
    """On accept, the backup is in place; `admin` and `aside` say who did it and where the
    old file went (the caller records the restore once the database is open again)."""

    def __init__(self, db_path: Path, backup: Path, parent=None):
        super().__init__(parent)
        self.db_path, self.backup = db_path, backup
        self.admin = None
        self.aside: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(
            self.tr(
                "The newest sound backup is:\n{file}\n\nRestoring puts it in"
                " place of the current database, which is kept aside as it is."
                " Work done after the backup was taken is not in it."
            ).format(file=backup.name)
        )
        intro.setWordWrap(True)
        self.username, self.password = QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.problem = problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Restore"))
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Admin user name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.problem)
        form.addRow(buttons)
        # Enter restores, Esc cancels; both are needed, each marked beside its field
        self.guard = FormGuard(self, submit=self.restore, cancel=self.reject, problem=self.problem)
        self.guard.field(self.username, required=True, name="user name")
        self.guard.field(self.password, required=True)

    def restore(self) -> None:
        if self.guard.run(self._restore) is not REFUSED:
            self.accept()

    def _restore(self) -> None:
        """An admin of the site signs, then the backup takes the database's place."""
        self.admin = backups.signed_in_admin_for_restore(
            self.db_path, self.backup, self.username.text(), self.password.text()
        )
        self.aside = backups.restore(self.db_path, self.backup)
