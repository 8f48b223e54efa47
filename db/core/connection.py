"""Opening the desk's SQLite file with the settings every connection must have."""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 15_000


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open the database file with WAL, full fsync, foreign keys and a busy timeout."""
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def atomic(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction: BEGIN IMMEDIATE takes the write lock up front so two counters
    never deadlock on a lock upgrade; nested use becomes a savepoint."""
    conn = db.conn
    if conn.in_transaction:
        name = f"sp_{secrets.token_hex(6)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def in_transaction(db: sqlite_utils.Database) -> bool:
    return db.conn.in_transaction


def quick_check(db: sqlite_utils.Database) -> str:
    """'ok' when SQLite finds the file sound, else its first complaint."""
    row = db.conn.execute("PRAGMA quick_check").fetchone()
    return row[0]


def integrity_check(db: sqlite_utils.Database) -> str:
    row = db.conn.execute("PRAGMA integrity_check").fetchone()
    return row[0]


def backup_to(db: sqlite_utils.Database, target: str | Path) -> Path:
    """Copy the live database with SQLite's online backup API."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
        # a copy is one self-contained file: no -wal/-shm beside it
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    return target
