"""Faults as the person at the counter meets them: a damaged or empty file at the database
path (never the first-run wizard: the newest sound backup, or a plain refusal), a full backup
disk (sign-in, shift close and Z-report go on; the status bar warns), an unexpected error
(a dialog that points at the log; the app keeps running), and the log itself."""

from __future__ import annotations

import hashlib
import logging
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from services.admin import backups, site, users
from services.core.context import AppContext
from services.core.database import check_health
from services.shifts import shifts
from tests.conftest import PASSWORD
from tests.faults import can_mount, full_filesystem
from ui import faults, log_file
from ui.admin.restore_dialog import RestoreDialog
from ui.app import DeskApp
from ui.first_run_wizard import FirstRunWizard
from ui.session import DeskSession
from ui.shifts.shift_page import ShiftPage
from ui.sign_in_dialog import SignInDialog


@pytest.fixture
def no_wizard(monkeypatch):
    """The first-run wizard must not appear: showing it fails the test."""

    def refuse(self):
        raise AssertionError("the first-run wizard was shown for an existing file")

    monkeypatch.setattr(FirstRunWizard, "exec", refuse)


@pytest.fixture
def boxes(monkeypatch):
    """Every message box's text and buttons; a box clicks `boxes.click` when it holds it."""

    class Seen(list):
        click = None

    seen = Seen()

    def fake_exec(box):
        buttons = {b.text(): b for b in box.buttons()}
        seen.append((box.text(), list(buttons)))
        if seen.click in buttons:
            buttons[seen.click].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: seen.append((text, []))
    )
    return seen


def signs_in_as(monkeypatch, username):
    def fake_exec(dialog):
        dialog.user = users.sign_in(dialog.ctx, username, PASSWORD)
        return QDialog.Accepted

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)


def closed(admin_ctx, db_path):
    admin_ctx.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    admin_ctx.db.close()
    return db_path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", ["empty", "truncated"])
def test_a_damaged_file_leads_to_the_restore_offer(
    qtbot, admin_ctx, db_path, monkeypatch, boxes, no_wizard, damage
):
    good = backups.take_backup(admin_ctx, "daily")
    closed(admin_ctx, db_path)
    if damage == "empty":
        db_path.write_bytes(b"")
    else:
        db_path.write_bytes(db_path.read_bytes()[: 2 * 4096])
    damaged = digest(db_path)

    def sign_restore(dialog):
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.restore()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", sign_restore)
    signs_in_as(monkeypatch, "admin")
    boxes.click = "Restore backup…"
    desk = DeskApp(db_path, "en")
    monkeypatch.setattr(desk, "start_background_check", lambda: None)
    assert desk.start() is True
    text, buttons = boxes[0]
    assert good.name in text and "Restore backup…" in buttons
    assert ("empty" if damage == "empty" else "cut short") in text
    assert check_health(desk.ctx).sound and site.is_initialised(desk.ctx)
    aside = [p for p in db_path.parent.glob("desk.db.replaced-*") if "-wal" not in p.name[-4:]]
    aside = [p for p in aside if not p.name.endswith("-shm")]
    assert len(aside) == 1 and digest(aside[0]) == damaged  # the damaged file kept as it was
    desk.backup_job and desk.backup_job.wait()
    desk.window.close()


@pytest.mark.parametrize("damage", ["empty", "truncated"])
def test_a_damaged_file_with_no_backup_is_refused_plainly(
    qtbot, admin_ctx, db_path, monkeypatch, boxes, no_wizard, damage
):
    closed(admin_ctx, db_path)
    db_path.write_bytes(b"" if damage == "empty" else db_path.read_bytes()[:8192])
    before = digest(db_path)
    assert DeskApp(db_path, "en").start() is False
    text, buttons = boxes[0]
    assert "No sound backup was found" in text and buttons == ["Quit"]
    assert digest(db_path) == before
    assert not db_path.with_name("desk.db-wal").exists()


def test_a_missing_file_still_starts_the_first_run_wizard(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: shown.append(1) or 0)
    assert DeskApp(tmp_path / "new.db", "en").start() is False
    assert shown == [1]


needs_root = pytest.mark.skipif(not can_mount(), reason="mounting a small tmpfs needs root")


@needs_root
def test_a_full_backup_disk_never_stops_sign_in_or_the_shift_close(
    qtbot, role_ctx, db_path, tmp_path, monkeypatch, errors
):
    admin, lead = role_ctx["admin"], role_ctx["shift_lead"]
    full = tmp_path / "full"
    with full_filesystem(full):
        backups.save_backup_settings(admin, str(full), 14, 12)
        shifts.open_shift(role_ctx["clerk"], {10000: 1})
        signs_in_as(monkeypatch, "shift_lead1")
        desk = DeskApp(db_path, "en")
        desk.ctx = AppContext(admin.db, None, admin.clock)
        monkeypatch.setattr(desk, "start_background_check", lambda: None)
        assert desk.sign_in() is True  # sign-in does not wait for, or fail with, the copy
        assert desk.backup_job.wait(30)
        qtbot.waitUntil(lambda: desk.warning_label is not None and desk.warning_label.isVisible())
        assert "disk is full" in desk.warning_label.text()

        page = ShiftPage(DeskSession(lead))
        qtbot.addWidget(page)
        page.show()
        page.count_grid.boxes[10000].setValue(1)
        qtbot.mouseClick(page.counted_button, Qt.LeftButton)
        qtbot.mouseClick(page.close_button, Qt.LeftButton)
        assert errors == []  # the close is reported done
        assert shifts.current_shift(lead) is None
        assert page.preview is not None and page.preview.number.startswith("Z")  # printed
        page.preview.close()
        desk.start_automatic_backup()
        assert desk.backup_job.wait(30)
        assert desk.warning_label.isVisible()
        # the admin points the copies at a disk with room: the first copy clears the warning
        backups.save_backup_settings(admin, str(tmp_path / "roomy"), 14, 12)
        backups.back_up_now(admin)
        desk.refresh_backup_warning()
        assert not desk.warning_label.isVisible()
        desk.window.close()


def test_an_unexpected_error_is_logged_shown_and_the_app_goes_on(qtbot, tmp_path, boxes):
    path = log_file.start_log(tmp_path / "desk.db")
    try:
        raise RuntimeError("customer 13812345678 with ID 11010519491231002X")
    except RuntimeError as exc:
        faults.handle_unexpected(type(exc), exc, exc.__traceback__)
    text, _ = boxes[-1]
    assert "Something went wrong" in text and "half-way" in text and str(path) in text
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = path.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "Traceback" in logged
    assert "13812345678" not in logged and "11010519491231002X" not in logged
    assert "138****5678" in logged
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_a_full_disk_at_an_unexpected_place_is_said_as_a_sentence(qtbot, tmp_path, boxes):
    conn = sqlite3.connect(tmp_path / "tiny.db")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    faults.handle_unexpected(type(raised.value), raised.value, None)
    assert "The disk is full" in boxes[-1][0] and "half-way" in boxes[-1][0]


def test_help_opens_the_log_folder(qtbot, admin_ctx, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from ui.main_window import MainWindow

    path = log_file.start_log(tmp_path / "desk.db")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(DeskSession(admin_ctx))
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Help")
    action = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Open log folder")
    action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(path.parent)]


def test_the_backup_timers_stop_with_the_window_and_never_read_a_closed_file(
    qtbot, role_ctx, db_path, monkeypatch
):
    admin = role_ctx["admin"]
    signs_in_as(monkeypatch, "shift_lead1")
    desk = DeskApp(db_path, "en")
    desk.ctx = AppContext(admin.db, None, admin.clock)
    monkeypatch.setattr(desk, "start_background_check", lambda: None)
    assert desk.sign_in() is True
    assert desk.backup_job.wait(30)
    assert desk.warning_timer.isActive() and desk.backup_timer.isActive()
    desk.window.close()
    admin.db.close()  # the desk is gone: a later tick must not touch its file
    desk.warning_timer.timeout.emit()
    desk.backup_timer.timeout.emit()
    assert not desk.warning_timer.isActive() and not desk.backup_timer.isActive()
