"""Opening the desk's database: the SQLite file with the settings every connection must have,
or a PostgreSQL server when the target is a postgresql:// URL (db/core/postgres.py).

`connect(target)` picks the engine; `engine(db)` (db/core/dialect.py) tells db/ modules which
one they talk to. `integrity_errors()` and `database_errors()` name both engines' errors, so a
caller catches a broken rule or a failed store the same way on either."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import sqlite3
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.core.dialect import engine as engine
from db.core.handle import SqliteDatabase
from db.core.targets import is_url

if TYPE_CHECKING:
    import sqlite_utils

    from db.core.postgres import PgDatabase


def integrity_errors() -> tuple[type[Exception], ...]:
    """What a rule of the schema refusing a write raises: a constraint, a guard trigger's
    RAISE, or on PostgreSQL the app role's missing right to UPDATE or DELETE the rows.
    Used as `except integrity_errors():`, so it is asked only when something was raised;
    psycopg's errors are among them once a server connection has loaded it (a SQLite desk
    never imports the driver: it costs a tenth of a second at start-up)."""
    pg = sys.modules.get("psycopg")
    if pg is None:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, pg.IntegrityError, pg.errors.InsufficientPrivilege)


def database_errors() -> tuple[type[Exception], ...]:
    """Anything the database itself refused or failed at, on either engine."""
    pg = sys.modules.get("psycopg")
    return (sqlite3.DatabaseError,) if pg is None else (sqlite3.DatabaseError, pg.DatabaseError)


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    """`IntegrityError` and `DatabaseError`: the same tuples with the driver loaded, for
    code that names them outside the desk's start (the tests, the tools)."""
    if name in ("IntegrityError", "DatabaseError"):
        import psycopg  # noqa: F401 - loaded so its errors are in the tuple

        return integrity_errors() if name == "IntegrityError" else database_errors()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


BUSY_TIMEOUT_MS = 15_000
HEADER = b"SQLite format 3\x00"
# SQLite's primary result codes for a store that cannot take the write (extended codes keep
# these in their low byte): the disk is full, the file or folder is read-only, an I/O error,
# the file cannot be opened.
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 8, 10, 11, 13, 14
SQLITE_BUSY, SQLITE_LOCKED = 5, 6  # another connection kept the lock past the busy timeout
PG_LOCK_NOT_AVAILABLE = "55P03"  # the same on a server: lock_timeout ran out
SQLITE_NOTADB = 26
STORAGE_ERRNOS = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "read_only"}


def owner_only(path: str | Path) -> None:
    """Readable and writable by the owning user only (POSIX; Windows keeps the data folder
    under the user's profile instead)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a file of another owner keeps its mode
            os.chmod(path, 0o700 if Path(path).is_dir() else 0o600)


def private_folder(folder: str | Path) -> Path:
    """Make (when missing) a folder only its owner can enter."""
    folder = Path(folder)
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        owner_only(folder)
    return folder


def private_file(path: str | Path) -> Path:
    """An empty file made readable by the owner only before anything is written to it."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    owner_only(path)
    return path


def storage_fault(exc: BaseException) -> str | None:
    """'full', 'read_only', 'io' or 'damaged' when an error means the store itself failed
    (not a rule of the desk or a bug), 'busy' when another desk held the write lock longer
    than a desk waits (BUSY_TIMEOUT_MS), else None."""
    if getattr(exc, "sqlstate", None) == PG_LOCK_NOT_AVAILABLE:
        return "busy"
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return "busy"
        if code == SQLITE_FULL:
            return "full"
        if code == SQLITE_READONLY:
            return "read_only"
        if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
            return "io"
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return "damaged"
        return None
    if isinstance(exc, OSError):
        if exc.errno in STORAGE_ERRNOS:
            return STORAGE_ERRNOS[exc.errno]
        if exc.errno == errno.EIO:
            return "io"
    return None


@dataclass(frozen=True)
class FileState:
    """What the bytes of a database file say before any connection touches it."""

    exists: bool
    problem: str | None = None  # 'empty', 'unreadable', 'not_sqlite', 'truncated'
    detail: str = ""
    user_version: int = 0
    application_id: int = 0
    tables: int = 0


def inspect_file(path: str | Path) -> FileState:
    """Read the file's header (and, for an unmarked file, its table count) without writing a
    byte, so a file that is refused stays exactly as it was."""
    path = Path(path)
    if not path.exists():
        return FileState(False)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as exc:
        return FileState(True, "unreadable", exc.strerror or str(exc))
    if size == 0:
        return FileState(True, "empty")
    if len(head) < 100 or not head.startswith(HEADER):
        return FileState(True, "not_sqlite")
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", head[24:32])
    valid_for = struct.unpack(">I", head[92:96])[0]
    if pages and valid_for == change_counter and pages * page_size > size:
        return FileState(True, "truncated", f"{size} of {pages * page_size} bytes", *_marks(head))
    user_version, application_id = _marks(head)
    tables = 0
    if application_id == 0:
        try:  # immutable: no lock, no -wal/-shm made, nothing written
            probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                tables = probe.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                ).fetchone()[0]
            finally:
                probe.close()
        except sqlite3.DatabaseError as exc:
            return FileState(True, "not_sqlite", str(exc))
    return FileState(True, None, "", user_version, application_id, tables)


def peek_setting(path: str | Path, key: str, default: Any = None) -> Any:
    """One setting of a database file read without writing a byte to it (a damaged or
    foreign file gives `default`)."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return default
    uri = path.resolve().as_uri()
    # with no WAL beside it the file holds everything: read it immutable (no lock, no -shm
    # made); with a WAL, read through it like any reader
    wal = Path(f"{path}-wal").exists()
    modes = ("?mode=ro", "?mode=ro&immutable=1") if wal else ("?mode=ro&immutable=1",)
    for mode in modes:
        try:
            conn = sqlite3.connect(uri + mode, uri=True)
            try:
                row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            continue
        return json.loads(row[0]) if row else default
    return default


def put_setting_in_file(path: str | Path, key: str, value: Any) -> None:
    """Write one setting into a closed database file (a copy being put in place)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def _marks(head: bytes) -> tuple[int, int]:
    """user_version and application_id from the header."""
    return struct.unpack(">I", head[60:64])[0], struct.unpack(">I", head[68:72])[0]


def connect(path: str | Path) -> SqliteDatabase | PgDatabase:
    """Open the database: a postgresql:// URL on its server; otherwise the SQLite file with
    WAL, full fsync, foreign keys and a busy timeout. A new file is made owner-only first;
    SQLite gives its -wal and -shm the database file's mode."""
    if is_url(path):
        from db.core.postgres import PgDatabase  # the driver loads for a server only

        return PgDatabase(path)
    if not Path(path).exists() and str(path) != ":memory:":
        private_file(path)
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    for suffix in ("", "-wal", "-shm"):
        owner_only(f"{path}{suffix}")
    return SqliteDatabase(conn)


@contextlib.contextmanager
def atomic(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction: BEGIN IMMEDIATE takes the write lock up front so two counters
    never deadlock on a lock upgrade; nested use becomes a savepoint. On PostgreSQL the
    BEGIN takes the site's write lock, an advisory lock (db/core/postgres.py)."""
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


def has_file(db) -> bool:
    """True when the database is a file of this computer (SQLite): what is copied, checked and
    rotated as a file. A server's database (PostgreSQL) is backed up by pg_dump instead."""
    return engine(db) == "sqlite"


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
    if engine(db) != "sqlite":
        raise ValueError("a PostgreSQL database is copied with pg_dump, not into a file")
    target = Path(target)
    private_folder(target.parent)
    private_file(target)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
        # a copy is one self-contained file: no -wal/-shm beside it
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    return target
