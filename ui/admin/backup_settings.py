"""Backups on the settings page (admins): the folder, how many daily and monthly copies are
kept, the newest copies and a "Back up now" button."""
from __future__ import annotations

from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QListWidget, QMessageBox, QPushButton, QSpinBox, QWidget)

from services.admin import backups
from services.admin import site
from services.core.clock import local
from services.core.permissions import Perm
from ui.session import DeskSession, run_or_show

SHOWN = 8


class BackupSettingsBox(QGroupBox):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Backups"))
        db = session.ctx.db
        self.folder = QLineEdit(str(backups.backup_folder(db)))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 366)
        self.keep_daily.setValue(int(site.get_setting(db, "backup.keep_daily",
                                                      backups.DEFAULT_KEEP_DAILY)))
        self.keep_monthly = QSpinBox()
        self.keep_monthly.setRange(0, 120)
        self.keep_monthly.setValue(int(site.get_setting(db, "backup.keep_monthly",
                                                        backups.DEFAULT_KEEP_MONTHLY)))
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
        form = QFormLayout(self)
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Daily copies kept:"), self.keep_daily)
        form.addRow(self.tr("Monthly copies kept:"), self.keep_monthly)
        form.addRow(self.tr("Newest copies:"), self.newest)
        form.addRow(buttons)
        self.setEnabled(session.may(Perm.MANAGE_SETTINGS))
        self.refresh()

    def refresh(self) -> None:
        self.newest.clear()
        found = backups.backups_in(backups.backup_folder(self.session.ctx.db))
        for path in found[:SHOWN]:
            self.newest.addItem(path.name)
        if not found:
            self.newest.addItem(self.tr("No backup yet"))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> bool:
        ctx = self.session.ctx
        for key, value in (("backup.folder", self.folder.text().strip()),
                           ("backup.keep_daily", self.keep_daily.value()),
                           ("backup.keep_monthly", self.keep_monthly.value())):
            if run_or_show(self, site.put_setting, ctx, key, value) is None and \
                    site.get_setting(ctx.db, key) != value:
                return False
        self.refresh()
        return True

    def back_up_now(self):
        ctx = self.session.ctx
        stamp = local(ctx.clock.now(), site.timezone(ctx.db)).strftime("%Y%m%d-%H%M%S")
        target = backups.backup_folder(ctx.db) / f"frontdesk-{stamp}-manual.db"
        path = run_or_show(self, backups.backup_to_file, ctx, target)
        self.refresh()
        if path:
            QMessageBox.information(self, self.tr("Backups"),
                                    self.tr("Backup saved and checked: %1").replace(
                                        "%1", str(path)))
        return path
