"""At start the app tells the user plainly when the file or the audit chain is broken."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ui.app import DeskApp


def test_tampered_audit_chain_is_reported_at_start(qtbot, admin_ctx, db_path, monkeypatch):
    conn = admin_ctx.db.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 1")
    shown = {}

    def fake_exec(box):
        shown["text"] = box.text()
        box.setProperty("clicked", "quit")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    desk = DeskApp(db_path, "en")
    desk.db = admin_ctx.db
    assert desk.health_ok() is False
    assert "audit trail was tampered with at row 1" in shown["text"]


def test_newer_database_is_refused_at_start(qtbot, db_path, admin_ctx, monkeypatch):
    admin_ctx.db.conn.execute("PRAGMA user_version = 999")
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: messages.append(a[2]))
    assert DeskApp(db_path, "en").start() is False
    assert "newer version" in messages[0]
