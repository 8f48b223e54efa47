"""Backups: verified copies while another connection writes, rotation, restore."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.core.connection import atomic, connect
from services.admin import backups
from services.core.context import AppContext
from services.core.database import check_health, open_database
from services.core.errors import DomainError, PermissionDenied
from tests.conftest import PASSWORD


def test_backup_while_another_connection_writes_is_sound_and_restores(admin_ctx, db_path):
    writer = connect(db_path)
    stop = threading.Event()

    def keep_writing():
        n = 0
        while not stop.is_set():
            with atomic(writer):
                writer.conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, '1')", (f"load.{n}",)
                )
            n += 1

    thread = threading.Thread(target=keep_writing)
    thread.start()
    copies = []
    try:
        for _ in range(3):
            # checked at once: rotation keeps one copy a day, so an earlier one may go
            copies.append(backups.take_backup(admin_ctx, "test"))
            assert backups.check_file(copies[-1]).sound
            assert not Path(str(copies[-1]) + "-wal").exists()
    finally:
        stop.set()
        thread.join()
        writer.close()
    admin_ctx.db.close()
    aside = backups.restore(db_path, copies[-1])
    assert aside.exists()
    restored = open_database(db_path)
    assert check_health(AppContext(restored), full=True).sound
    restored.close()


def test_rotation_keeps_newest_per_day_and_month(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    start = datetime(2025, 1, 1, 12, tzinfo=UTC)
    for day in range(400):
        for hour in (9, 18):
            at = start + timedelta(days=day, hours=hour - 12)
            (folder / f"frontdesk-{at:%Y%m%d-%H%M%S}-daily.db").write_bytes(b"x")
    backups.rotate(folder, keep_daily=14, keep_monthly=12)
    kept = backups.backups_in(folder)
    days = {p.name[10:18] for p in kept}
    months = {p.name[10:16] for p in kept}
    assert len(months) == 12 and len(days) <= 14 + 12
    newest = max(p.name for p in kept)
    assert newest.endswith("-180000-daily.db")  # the evening copy of the last day
    assert len([p for p in kept if p.name[10:18] == newest[10:18]]) == 1


def test_first_sign_in_of_the_day_takes_one_copy(admin_ctx, clock):
    assert backups.backup_if_first_today(admin_ctx) is not None
    assert backups.backup_if_first_today(admin_ctx) is None
    clock.advance(days=1)
    assert backups.backup_if_first_today(admin_ctx) is not None
    assert len(backups.backups_in(backups.backup_folder(admin_ctx))) == 2


def test_damaged_backup_is_never_restored(admin_ctx, db_path, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    admin_ctx.db.close()
    with pytest.raises(backups.BackupFailed):
        backups.restore(db_path, bad)
    assert check_health(AppContext(open_database(db_path))).sound


def test_overwritten_bytes_are_caught_and_newest_good_backup_found(admin_ctx, db_path):
    good = backups.take_backup(admin_ctx, "daily")
    admin_ctx.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    admin_ctx.db.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 200] = b"\x00\xff" * 100  # scribble over a b-tree page
    db_path.write_bytes(bytes(data))
    damaged = connect(db_path)
    assert not check_health(AppContext(damaged)).sound
    assert backups.newest_good_backup(backups.backup_folder(AppContext(damaged))) == good
    damaged.close()


def test_backup_to_a_file_is_for_admins(role_ctx, tmp_path):
    with pytest.raises(PermissionDenied):
        backups.backup_to_file(role_ctx["clerk"], tmp_path / "copy.db")
    assert backups.check_file(backups.backup_to_file(role_ctx["admin"], tmp_path / "c.db")).sound


def test_restore_checks_the_admin_of_the_backup(role_ctx, tmp_path):
    copy = backups.backup_to_file(role_ctx["admin"], tmp_path / "c.db")
    assert backups.signed_in_admin_of(copy, "admin", PASSWORD).role == "admin"
    with pytest.raises(DomainError):
        backups.signed_in_admin_of(copy, "clerk1", PASSWORD)
