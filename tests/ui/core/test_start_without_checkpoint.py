"""A file with no checkpoint starts as quickly as one with: nothing walks the audit chain on
the GUI thread before the first window is painted; the whole walk runs after it in a process
of its own, writes the checkpoint, and a break it finds is said with the same way back as a
break found at start. Built, migrated and restored files carry a checkpoint from the start."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog

import db.core.audit as audit_db
from main import main as cli_main
from services.admin import backups
from services.core import audit_key
from services.core.context import AppContext
from services.core.database import check_at_start, check_health, open_database
from services.directory import shops
from tests.conftest import PASSWORD
from ui.app import DeskApp
from ui.sign_in_dialog import SignInDialog


def _closed(admin_ctx, db_path):
    admin_ctx.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    admin_ctx.db.close()
    return db_path


def _checkpoint(path) -> tuple[int, str] | None:
    db = open_database(path)
    try:
        return audit_db.read_checkpoint(db, audit_key.stored_key(AppContext(db)))
    finally:
        db.close()


def _head(path) -> tuple[int, str]:
    db = open_database(path)
    try:
        row = db.conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return row[0], row[1]
    finally:
        db.close()


def _no_checkpoint(admin_ctx) -> None:
    admin_ctx.db.conn.execute("DELETE FROM audit_checkpoint")


class Seen:
    """What happened, in order, and on which thread."""

    def __init__(self):
        self.events: list[tuple[str, str]] = []

    def add(self, what: str) -> None:
        self.events.append((what, threading.current_thread().name))


def _record_walks(monkeypatch, seen: Seen) -> None:
    real_walk = audit_db.walk

    def walk(*args, **kwargs):
        seen.add("walk")
        return real_walk(*args, **kwargs)

    monkeypatch.setattr(audit_db, "walk", walk)


def test_no_checkpoint_no_walk_before_the_window_and_the_process_leaves_one(
    qtbot, admin_ctx, db_path, monkeypatch
):
    shops.add_shop(admin_ctx, "一号店", "Shop One", "L1-01", "L1")
    _no_checkpoint(admin_ctx)
    _closed(admin_ctx, db_path)
    seen = Seen()
    _record_walks(monkeypatch, seen)

    def sign_in_shown(dialog):
        dialog.show()
        seen.add("painted" if dialog.grab() is not None else "shown")
        qtbot.waitUntil(lambda: desk.checker is not None, timeout=10_000)
        with qtbot.waitSignal(desk.checker.done, timeout=60_000) as signal:
            pass
        seen.add("checked sound" if signal.args[0].sound else "checked broken")
        return QDialog.Rejected

    monkeypatch.setattr(SignInDialog, "exec", sign_in_shown)
    desk = DeskApp(db_path, "en")
    assert desk.start() is False  # the user quit at the sign-in
    names = [what for what, _ in seen.events]
    assert names == ["painted", "checked sound"]  # no walk at all in this process
    assert desk.checker.process is not None and desk.checker.process.exitcode is not None
    desk.ctx.close()
    assert _checkpoint(db_path) == _head(db_path)


def test_with_a_checkpoint_the_short_walk_comes_after_the_paint(
    qtbot, admin_ctx, db_path, monkeypatch
):
    assert check_health(admin_ctx).sound
    shops.add_shop(admin_ctx, "二号店", "Shop Two", "L1-02", "L1")
    _closed(admin_ctx, db_path)
    seen = Seen()
    _record_walks(monkeypatch, seen)

    def sign_in_shown(dialog):
        dialog.show()
        seen.add("painted" if dialog.grab() is not None else "shown")
        qtbot.waitUntil(
            lambda: desk.start_check is not None and desk.start_check.report is not None,
            timeout=30_000,
        )
        seen.add("checked sound" if desk.start_check.report.sound else "checked broken")
        return QDialog.Rejected

    monkeypatch.setattr(SignInDialog, "exec", sign_in_shown)
    desk = DeskApp(db_path, "en")
    assert desk.start() is False
    assert seen.events[0][0] == "painted" and seen.events[-1][0] == "checked sound"
    walks = [thread for what, thread in seen.events if what == "walk"]
    assert walks == ["start-check"]  # from the checkpoint, on its worker: the window is free
    assert desk.checker is None  # the full check waits for the sign-in, as before
    desk.ctx.close()


def test_a_break_found_by_the_process_offers_the_way_back_at_sign_in(
    qtbot, admin_ctx, db_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    _no_checkpoint(admin_ctx)
    admin_ctx.db.conn.execute("DROP TRIGGER audit_log_no_update")
    admin_ctx.db.conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 1")
    _closed(admin_ctx, db_path)
    shown = []

    def box_exec(box):
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        quit_button = next(b for b in box.buttons() if b.text() == "Quit")
        box.clickedButton = lambda: quit_button
        return 0

    def sign_in_waits(dialog):
        dialog.show()
        qtbot.waitUntil(lambda: desk.way_back is not None, timeout=60_000)
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(SignInDialog, "exec", sign_in_waits)
    desk = DeskApp(db_path, "en")
    assert desk.start() is False  # Quit closes the sign-in and ends the desk
    (text, buttons), *_ = shown
    assert "The database check at start found a problem" in text
    assert "audit trail was tampered with at row 1" in text
    assert "Go on anyway" in buttons and "Quit" in buttons
    desk.ctx.close()


def test_the_start_check_defers_the_whole_walk_only_when_asked(admin_ctx):
    _no_checkpoint(admin_ctx)
    assert check_at_start(admin_ctx, walk_whole=False).deferred
    assert not check_at_start(admin_ctx).deferred  # the command line still walks it all


# --- a checkpoint from the moment a file is built, migrated or restored ----------------------
def test_a_site_set_up_from_the_command_line_carries_a_checkpoint(tmp_path, monkeypatch):
    path = tmp_path / "new.db"
    monkeypatch.setenv("FRONTDESK_PASSWORD", PASSWORD)
    args = ["init", "--db", str(path), "--lang", "en", "--site-name", "Mall", "--site-kind", "mall"]
    assert cli_main([*args, "--admin", "boss", "--language", "en"]) == 0
    assert _checkpoint(path) == _head(path)


def test_the_demo_site_carries_a_checkpoint(tmp_path):
    from demo.site import build_demo

    path = tmp_path / "demo.db"
    db = open_database(path)
    build_demo(AppContext(db, None), days=1)
    db.close()
    assert _checkpoint(path) == _head(path)


def test_a_restored_file_carries_a_checkpoint(admin_ctx, db_path, tmp_path):
    shops.add_shop(admin_ctx, "三号店", "Shop Three", "L1-03", "L1")
    _no_checkpoint(admin_ctx)
    copy = backups.take_backup(admin_ctx, "daily")
    _closed(admin_ctx, db_path)
    backups.restore(db_path, copy)
    assert _checkpoint(db_path) == _head(db_path)
