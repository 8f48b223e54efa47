"""Backups: verified copies while another connection writes, rotation, restore."""

from __future__ import annotations

import sqlite3
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
from tests.faults import can_mount, full_filesystem

pytestmark = pytest.mark.sqlite_only(
    reason="copies of the SQLite file (backup API, rotation, restore); pg_dump copies a server"
)


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


# --- faults, live files, site identity, keys, modes ------------------------------------------
def test_backup_to_the_live_files_is_refused_and_they_stay(admin_ctx, db_path):
    from services.core import keys
    from services.members import ids

    ids.id_key(admin_ctx)  # the key exists in the key store
    rotation = backups.take_backup(admin_ctx, "daily")
    targets = [
        db_path,
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
        *keys.key_files(),
        rotation,
        rotation.with_name("frontdesk-20990101-000000-manual.db"),
        db_path.parent,
    ]
    for target in targets:
        before = target.read_bytes() if target.is_file() else None
        with pytest.raises(backups.BackupFailed, match="desk's own files"):
            backups.backup_to_file(admin_ctx, target)
        assert (target.read_bytes() if target.is_file() else None) == before, target
    assert db_path.with_name(db_path.name + "-wal").exists()
    assert backups.check_file(rotation).sound


def test_a_copy_carries_no_key_and_old_key_files_leave_the_rotation(admin_ctx, db_path, tmp_path):
    from services.members import ids

    key = ids.id_key(admin_ctx).hex()
    folder = backups.backup_folder(admin_ctx)
    folder.mkdir(exist_ok=True)
    old = folder / "frontdesk-20260301-090000-daily.db.member-key"
    old.write_text(key)  # as an older version left it
    copy = backups.backup_to_file(admin_ctx, tmp_path / "usb" / "c.db")
    rotated = backups.take_backup(admin_ctx, "daily")
    for place in (copy.parent, folder):
        for path in place.iterdir():
            assert key.encode() not in path.read_bytes(), path
            assert not path.name.endswith(".member-key")
    assert backups.check_file(rotated).sound


def test_copies_and_their_folder_are_owner_only(admin_ctx, tmp_path):
    rotated = backups.take_backup(admin_ctx, "daily")
    copy = backups.backup_to_file(admin_ctx, tmp_path / "stick" / "copy.db")
    for path in (rotated, copy):
        assert path.stat().st_mode & 0o777 == 0o600
    for folder in (rotated.parent, copy.parent):
        assert folder.stat().st_mode & 0o777 == 0o700


def test_a_copy_whose_audit_trail_differs_from_the_live_file_is_not_kept(admin_ctx, monkeypatch):
    real = backups.backup_to

    def tampered_copy(db, target):
        real(db, target)
        conn = sqlite3.connect(target)
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET hash = 'x' WHERE id = (SELECT max(id) FROM audit_log)")
        conn.commit()
        conn.close()

    monkeypatch.setattr(backups, "backup_to", tampered_copy)
    with pytest.raises(backups.BackupFailed, match="failed its check"):
        backups.take_backup(admin_ctx, "daily")
    assert not list(backups.backup_folder(admin_ctx).glob("*.db*"))


def evil_site(path, admin="mallory"):
    """A sound Front Desk file of another site, with an admin of its own."""
    from services.admin import site

    bare = AppContext(open_database(path))
    site.initialise(
        bare, site.SiteProfile(kind="mall", name="Evil", timezone="UTC"), admin, PASSWORD, "M"
    )
    bare.close()
    return path


def test_a_backup_of_another_site_needs_an_admin_of_this_site(admin_ctx, db_path, tmp_path):
    evil = evil_site(tmp_path / "evil.db")
    with pytest.raises(DomainError, match="only an admin of this site"):
        backups.signed_in_admin_for_restore(db_path, evil, "mallory", PASSWORD)
    # an admin of the current site may still choose to put it back
    assert backups.signed_in_admin_for_restore(db_path, evil, "admin", PASSWORD).role == "admin"


def test_a_backup_of_this_site_is_signed_by_its_admin(admin_ctx, db_path, tmp_path):
    copy = backups.backup_to_file(admin_ctx, tmp_path / "c.db")
    assert backups.signed_in_admin_for_restore(db_path, copy, "admin", PASSWORD).role == "admin"
    with pytest.raises(DomainError):
        backups.signed_in_admin_for_restore(db_path, copy, "nobody", PASSWORD)


def test_with_the_site_unreadable_only_its_own_copies_restore(admin_ctx, db_path, tmp_path):
    own = backups.backup_to_file(admin_ctx, tmp_path / "own.db")
    evil = evil_site(tmp_path / "evil.db")
    admin_ctx.db.close()
    db_path.write_bytes(b"\0" * 8192)
    db_path.with_name(db_path.name + "-wal").unlink(missing_ok=True)
    with pytest.raises(backups.BackupFailed, match="not a backup of this site"):
        backups.signed_in_admin_for_restore(db_path, evil, "mallory", PASSWORD)
    assert backups.signed_in_admin_for_restore(db_path, own, "admin", PASSWORD).role == "admin"


needs_root = pytest.mark.skipif(not can_mount(), reason="mounting a small tmpfs needs root")


@needs_root
def test_a_full_backup_disk_is_a_sentence_and_retried_once_an_hour(admin_ctx, tmp_path):
    from services.admin import site

    full = tmp_path / "full"
    with full_filesystem(full):
        with pytest.raises(backups.BackupFailed, match="disk is full"):
            backups.backup_to_file(admin_ctx, full / "copy.db")
        with atomic(admin_ctx.db):
            site.put_setting(admin_ctx, "backup.folder", str(full))
        assert backups.backup_if_first_today(admin_ctx) is None  # sign-in goes on
        warning = backups.backup_warning(admin_ctx)
        assert warning is not None and "disk is full" in str(warning)
        tried = []
        real = backups.take_backup
        spy = lambda *a, **k: tried.append(a) or real(*a, **k)  # noqa: E731
        import unittest.mock

        with unittest.mock.patch.object(backups, "take_backup", spy):
            assert backups.backup_if_first_today(admin_ctx) is None
            assert tried == []  # within the hour: not tried again
            admin_ctx.clock.advance(minutes=61)
            assert backups.backup_if_first_today(admin_ctx) is None
            assert len(tried) == 1
        assert not [p for p in full.iterdir() if p.name != "filler"]
    with atomic(admin_ctx.db):
        site.put_setting(admin_ctx, "backup.folder", str(tmp_path / "roomy"))
    admin_ctx.clock.advance(minutes=61)
    assert backups.backup_if_first_today(admin_ctx) is not None
    assert backups.backup_warning(admin_ctx) is None


@needs_root
def test_a_shift_closes_and_says_so_when_its_backup_disk_is_full(role_ctx, tmp_path):
    """The close commits; its follow-up copy fails on a full disk, is logged and kept for the
    status bar, and the close is reported done."""
    from services.admin import site
    from services.shifts import shifts

    float_counts = {10000: 1}
    admin, lead = role_ctx["admin"], role_ctx["shift_lead"]
    full = tmp_path / "full"
    with full_filesystem(full):
        with atomic(admin.db):
            site.put_setting(admin, "backup.folder", str(full))
        shifts.open_shift(role_ctx["clerk"], float_counts)
        closed = shifts.close_shift(lead, float_counts)
        assert closed.closed_at and shifts.current_shift(lead) is None
        assert "disk is full" in str(backups.backup_warning(lead))
        assert shifts.shift_report(lead, closed.id).shift.id == closed.id


def test_a_copy_from_before_site_identities_finds_its_key_after_a_restore(admin_ctx, db_path):
    """A backup taken by an older version has no site identity; restored over the file it
    came from, it takes that file's identity and so finds the key in the key store."""
    from services.core import keys
    from services.members import ids

    first = ids.id_hash(admin_ctx, "resident", "11010519491231002X")
    old = backups.take_backup(admin_ctx, "daily")
    conn = sqlite3.connect(old)
    conn.execute("DELETE FROM settings WHERE key = ?", (keys.IDENTITY_SETTING,))
    conn.commit()
    conn.close()
    admin_ctx.db.close()
    aside = backups.restore(db_path, old)
    restored = AppContext(open_database(db_path), admin_ctx.user, admin_ctx.clock)
    backups.record_restore(restored, old, aside)
    assert not ids.id_key_missing(restored)
    assert ids.id_hash(restored, "resident", "11010519491231002X") == first
    restored.close()
