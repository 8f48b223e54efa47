"""At start the app tells the user plainly when the file or the audit chain is broken."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from services.core.context import AppContext
from services.directory import shops
from ui.app import DeskApp
from ui.session import desk_tr


def test_tampered_audit_chain_is_reported_at_start(qtbot, admin_ctx, db_path, monkeypatch):
    """With no checkpoint the start walks nothing itself: the background check's process
    walks the whole chain and its break is said the same way."""
    conn = admin_ctx.db.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 1")
    shown = {}

    def fake_exec(box):
        shown["text"] = box.text()
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == "Go on anyway")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    desk = DeskApp(db_path, "en")
    desk.ctx = AppContext(admin_ctx.db, translate=desk_tr)
    assert desk.health_ok() is True  # nothing walked here: no checkpoint
    assert desk.checker is not None
    qtbot.waitUntil(lambda: "text" in shown, timeout=60_000)
    assert "audit trail was tampered with at row 1" in shown["text"]


def test_newer_database_is_refused_at_start(qtbot, db_path, admin_ctx, monkeypatch):
    admin_ctx.db.conn.execute("PRAGMA user_version = 999")
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: messages.append(a[2]))
    assert DeskApp(db_path, "en").start() is False
    assert "newer version" in messages[0]


def test_damaged_file_offers_the_newest_backup_and_restores_it(
    qtbot, admin_ctx, db_path, monkeypatch
):
    from services.admin import backups
    from services.core.database import check_health, open_database
    from tests.conftest import PASSWORD
    from ui.admin.restore_dialog import RestoreDialog

    assert check_health(admin_ctx).sound  # the checkpoint: start walks on from it
    shops.add_shop(admin_ctx, "一号店", "Shop One", "L1-01", "L1")
    good = backups.take_backup(admin_ctx, "daily")
    conn = admin_ctx.db.conn
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = ?", (last,))
    shown = {}

    def fake_box_exec(box):
        shown["text"] = box.text()
        shown["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_box_exec)
    desk = DeskApp(db_path, "en")
    desk.ctx = AppContext(admin_ctx.db, translate=desk_tr)
    desk.health_ok()
    assert good.name in shown["text"] and "Restore backup…" in shown["buttons"]

    def fake_dialog_exec(dialog):
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.restore()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", fake_dialog_exec)
    assert desk.restore_from(good) is True
    assert check_health(desk.ctx).sound
    actions = [r[0] for r in desk.ctx.db.conn.execute("SELECT action FROM audit_log")]
    assert actions[-1] == "database.restore"
    desk.ctx.db.close()
    assert check_health(AppContext(open_database(db_path))).sound
