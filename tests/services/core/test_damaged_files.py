"""A file at the database path that is empty, cut short, unreadable, of a newer version or of
another program is refused, and refused before anything writes to it: its bytes stay the same
and no -wal or -shm is made beside it."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from db.core.connection import inspect_file
from services.core.database import DatabaseDamaged, DatabaseRefused, open_database


def fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def assert_refused_unchanged(path, error=DatabaseRefused, words=""):
    before = fingerprint(path)
    with pytest.raises(error) as caught:
        open_database(path)
    assert fingerprint(path) == before
    for suffix in ("-wal", "-shm", "-journal"):
        assert not path.with_name(path.name + suffix).exists()
    assert words in str(caught.value)
    return caught.value


def a_closed_site(admin_ctx, db_path):
    admin_ctx.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    admin_ctx.db.conn.execute("PRAGMA journal_mode = DELETE")
    admin_ctx.db.close()
    return db_path


def test_an_empty_file_is_not_a_new_site(tmp_path):
    path = tmp_path / "desk.db"
    path.write_bytes(b"")
    assert_refused_unchanged(path, DatabaseDamaged, "empty")
    assert path.stat().st_size == 0


def test_a_truncated_file_is_refused_unchanged(admin_ctx, db_path):
    path = a_closed_site(admin_ctx, db_path)
    path.write_bytes(path.read_bytes()[: 3 * 4096])
    assert inspect_file(path).problem == "truncated"
    assert_refused_unchanged(path, DatabaseDamaged, "cut short")


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "desk.db"
    path.write_bytes(b"not a database at all" * 100)
    assert_refused_unchanged(path, DatabaseDamaged, "not a readable database")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(admin_ctx, db_path):
    path = a_closed_site(admin_ctx, db_path)
    path.chmod(0)
    with pytest.raises(DatabaseDamaged, match="cannot be read"):
        open_database(path)


def test_a_file_from_a_newer_front_desk_stays_byte_identical(admin_ctx, db_path):
    path = a_closed_site(admin_ctx, db_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert_refused_unchanged(path, DatabaseRefused, "newer version")


def test_a_foreign_sqlite_file_stays_byte_identical(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('beach')")
    conn.commit()
    conn.close()
    assert_refused_unchanged(path, DatabaseRefused, "not a Front Desk database")


def test_a_missing_file_becomes_a_new_owner_only_database(tmp_path):
    path = tmp_path / "data" / "desk.db"
    database = open_database(path)
    database.close()
    assert path.exists() and inspect_file(path).problem is None
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700
