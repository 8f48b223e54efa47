"""Backups on the settings page (admins): the folder, how many daily and monthly copies are
kept, the newest copies and a "Back up now" button."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from services.admin import backups
from services.core.permissions import Perm
from services.members import ids
from ui.session import REFUSED, DeskSession, run_or_show

SHOWN = 8


class BackupSettingsBox(QGroupBox):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Backups"))
        current = backups.BackupSettings(
            backups.backup_folder(session.ctx),
            backups.DEFAULT_KEEP_DAILY,
            backups.DEFAULT_KEEP_MONTHLY,
        )
        if session.may(Perm.MANAGE_SETTINGS):
            current = backups.backup_settings(session.ctx)
        self.folder = QLineEdit(str(current.folder))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 366)
        self.keep_daily.setValue(current.keep_daily)
        self.keep_monthly = QSpinBox()
        self.keep_monthly.setRange(0, 120)
        self.keep_monthly.setValue(current.keep_monthly)
        self.newest = QListWidget()
        self.newest.setMaximumHeight(140)
        self.save_button = QPushButton(self.tr("&Save backup settings"))
        self.save_button.clicked.connect(self.save)
        self.now_button = QPushButton(self.tr("Back up &now"))
        self.now_button.clicked.connect(self.back_up_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        # the members' ID key never travels with a backup: its recovery sheet goes in the safe
        self.sheet_button = QPushButton(self.tr("Print the ID key &recovery sheet…"))
        self.sheet_button.clicked.connect(self.print_recovery_sheet)
        self.key_button = QPushButton(self.tr("Enter the ID &key from the recovery sheet…"))
        self.key_button.clicked.connect(self.enter_key)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.sheet_button)
        key_buttons.addWidget(self.key_button)
        key_buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Daily copies kept:"), self.keep_daily)
        form.addRow(self.tr("Monthly copies kept:"), self.keep_monthly)
        form.addRow(self.tr("Newest copies:"), self.newest)
        form.addRow(buttons)
        form.addRow(key_buttons)
        self.setEnabled(session.may(Perm.MANAGE_SETTINGS))
        self.refresh()

    def refresh(self) -> None:
        self.newest.clear()
        found = backups.backups_in(backups.backup_folder(self.session.ctx))
        for path in found[:SHOWN]:
            self.newest.addItem(path.name)
        if not found:
            self.newest.addItem(self.tr("No backup yet"))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> bool:
        saved = run_or_show(
            self,
            backups.save_backup_settings,
            self.session.ctx,
            self.folder.text(),
            self.keep_daily.value(),
            self.keep_monthly.value(),
        )
        if saved is REFUSED:
            return False
        self.refresh()
        return True

    def print_recovery_sheet(self):
        from ui.common.documents import doc_ctx, show_document

        pdf = run_or_show(self, ids.recovery_sheet_pdf, doc_ctx(self.session))
        if pdf is REFUSED:
            return None
        return show_document(
            self, self.session, lambda copy_no: pdf, None, None, self.tr("ID key recovery sheet")
        )

    def enter_key(self) -> bool:
        from ui.admin.key_entry_dialog import KeyEntryDialog

        return KeyEntryDialog(self.session.ctx, self).exec() == KeyEntryDialog.Accepted

    def back_up_now(self):
        path = run_or_show(self, backups.back_up_now, self.session.ctx)
        self.refresh()
        if path:
            QMessageBox.information(
                self,
                self.tr("Backups"),
                self.tr("Backup saved and checked: %1").replace("%1", str(path)),
            )
        return path
