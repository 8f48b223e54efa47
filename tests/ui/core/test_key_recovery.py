"""The members' ID key at the desk: the admin prints its recovery sheet, and after a restore
on a new PC the key is asked for (scanned from the sheet) before ID checks work again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from services.admin import backups
from services.core import keys
from services.core.context import AppContext
from services.members import ids
from tests.conftest import PASSWORD
from ui.admin.backup_settings import BackupSettingsBox
from ui.admin.key_entry_dialog import KeyEntryDialog
from ui.admin.restore_dialog import RestoreDialog
from ui.app import DeskApp
from ui.session import DeskSession, desk_tr


def key_file(ctx):
    return keys.key_folder() / f"{ids.key_name(ctx)}{keys.KEY_FILE_SUFFIX}"


def test_the_admin_prints_the_sheet_and_enters_the_key_by_scanning(qtbot, admin_ctx):
    sheet = ids.key_for_recovery_sheet(admin_ctx)
    box = BackupSettingsBox(DeskSession(admin_ctx))
    qtbot.addWidget(box)
    preview = box.print_recovery_sheet()
    assert preview is not None and bytes(preview.pdf_bytes).startswith(b"%PDF")
    preview.close()
    key_file(admin_ctx).unlink()
    dialog = KeyEntryDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.key.setText("00" * 32)
    dialog.keep()
    assert "does not belong" in dialog.problem.text() and dialog.result() != QDialog.Accepted
    dialog.key.setText(sheet)  # what the scanner types, then Enter
    dialog.key.returnPressed.emit()
    assert dialog.result() == QDialog.Accepted
    assert not ids.id_key_missing(admin_ctx)


def test_a_restore_on_a_new_pc_asks_for_the_key(qtbot, admin_ctx, db_path, monkeypatch):
    ids.id_key(admin_ctx)
    sheet = ids.key_for_recovery_sheet(admin_ctx)
    good = backups.take_backup(admin_ctx, "daily")
    key_file(admin_ctx).unlink()  # the new PC: the copy came back, the key did not
    asked = []

    def sign(dialog):
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.restore()
        return dialog.result()

    def scan(dialog):
        asked.append(dialog)
        dialog.key.setText(sheet)
        dialog.keep()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", sign)
    monkeypatch.setattr(KeyEntryDialog, "exec", scan)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    desk = DeskApp(db_path, "en")
    desk.ctx = AppContext(admin_ctx.db, translate=desk_tr)
    assert desk.restore_from(good) is True
    assert len(asked) == 1 and not ids.id_key_missing(desk.ctx)
    desk.ctx.close()


def test_no_key_is_asked_for_when_it_is_here(qtbot, admin_ctx, db_path, monkeypatch):
    ids.id_key(admin_ctx)
    good = backups.take_backup(admin_ctx, "daily")

    def sign(dialog):
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.restore()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", sign)
    monkeypatch.setattr(KeyEntryDialog, "exec", lambda d: pytest.fail("asked for the key"))
    desk = DeskApp(db_path, "en")
    desk.ctx = AppContext(admin_ctx.db, translate=desk_tr)
    assert desk.restore_from(good) is True
    desk.ctx.close()
