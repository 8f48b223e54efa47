"""Start-up checks only what is new since the last full check; the full check runs on a
worker thread after the window is shown and still tells the user, with the way back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from services.core.context import AppContext
from services.core.database import check_health
from services.directory import shops
from ui.app import DeskApp
from ui.background_check import BackgroundCheck
from ui.session import desk_tr


def _tamper_first_row(db) -> None:
    db.conn.execute("DROP TRIGGER audit_log_no_update")
    db.conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 1")


def test_background_check_reports_a_sound_file_and_leaves_a_checkpoint(qtbot, admin_ctx, db_path):
    checker = BackgroundCheck(db_path)
    with qtbot.waitSignal(checker.done, timeout=10_000) as signal:
        checker.start()
    assert signal.args[0].sound
    row = admin_ctx.db.conn.execute("SELECT last_id FROM audit_checkpoint").fetchone()
    assert row is not None and row[0] >= 1


def test_old_tampering_passes_start_then_the_background_check_tells_the_user(
    qtbot, admin_ctx, db_path, monkeypatch
):
    shops.add_shop(admin_ctx, "一号店", "Shop One", "L1-01", "L1")
    assert check_health(admin_ctx).sound  # the checkpoint is now past row 1
    _tamper_first_row(admin_ctx.db)
    desk = DeskApp(db_path, "en")
    desk.ctx = AppContext(admin_ctx.db, translate=desk_tr)
    assert desk.health_ok() is True  # start-up is quick: rows before the checkpoint wait
    shown = {}

    def fake_exec(box):
        shown["text"] = box.text()
        shown["buttons"] = [b.text() for b in box.buttons()]
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == "Go on anyway")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    desk.start_background_check()
    qtbot.waitUntil(lambda: "text" in shown, timeout=10_000)
    assert "audit trail was tampered with at row 1" in shown["text"]
    assert "Quit" in shown["buttons"]


def test_new_tampering_after_the_checkpoint_is_caught_at_start(
    qtbot, admin_ctx, db_path, monkeypatch
):
    assert check_health(admin_ctx).sound
    shops.add_shop(admin_ctx, "二号店", "Shop Two", "L1-02", "L1")
    last = admin_ctx.db.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    admin_ctx.db.conn.execute("DROP TRIGGER audit_log_no_update")
    admin_ctx.db.conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = ?", (last,))
    shown = {}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.setdefault("text", box.text()))
    desk = DeskApp(db_path, "en")
    desk.ctx = AppContext(admin_ctx.db, translate=desk_tr)
    assert desk.health_ok() is False
    assert f"tampered with at row {last}" in shown["text"]
