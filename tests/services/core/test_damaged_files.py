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

pytestmark = pytest.mark.sqlite_only(reason="damaged, cut short and unwritable SQLite files")


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


# --- a store that cannot take the write --------------------------------------------------------
def test_a_write_on_a_full_disk_is_a_sentence_and_leaves_nothing_half_written(admin_ctx):
    """SQLite's max_page_count makes the file full at its present size: the operation is
    refused with a DomainError in the user's words, and nothing of it was kept."""
    from services.admin import users
    from services.core.errors import DomainError, StorageError

    conn = admin_ctx.db.conn
    before = conn.execute("SELECT * FROM users").fetchall()
    added_query = "SELECT count(*) FROM audit_log WHERE action = 'user.add'"
    audited_before = conn.execute(added_query).fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as refused:
        for n in range(2000):  # until the pages the file has are used up
            users.add_user(admin_ctx, f"clerk{n:04d}", "clerk", "counter-pass-1", "x" * 60)
    assert isinstance(refused.value, DomainError)
    assert "disk is full" in refused.value.render() and "half-way" in refused.value.render()
    conn.execute("PRAGMA max_page_count = 1073741823")
    after = conn.execute("SELECT * FROM users").fetchall()
    assert len(after) >= len(before)
    assert all(row["display_name"] == "x" * 60 for row in after[len(before) :])
    audited = conn.execute(added_query).fetchone()[0] - audited_before
    assert audited == len(after) - len(before) > 0  # no user without its audit row
    assert not conn.in_transaction


def test_a_read_only_database_is_a_sentence(admin_ctx, db_path):
    from services.admin import users
    from services.core.errors import StorageError

    admin_ctx.db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StorageError, match="cannot be written"):
        users.add_user(admin_ctx, "clerk9", "clerk", "counter-pass-1", "x")
