"""Ordered schema migrations. Append-only: never edit a step that has shipped.

The schema version is SQLite's `user_version`; each step runs in one transaction together
with the version bump, so a failing step leaves the file exactly as it was.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from db.connection import backup_to, connect

APPLICATION_ID = 0x46444553  # "FDES": marks the file as a Front Desk database


@dataclass(frozen=True)
class Migration:
    version: int
    doc: str
    sql: str


class NewerDatabaseError(Exception):
    def __init__(self, found: int, supported: int):
        super().__init__(f"database schema {found} is newer than this program ({supported})")
        self.found, self.supported = found, supported


class ForeignDatabaseError(Exception):
    """The file is an SQLite database of some other program."""


class MigrationError(Exception):
    def __init__(self, version: int, cause: Exception):
        super().__init__(f"migration {version} failed: {cause}")
        self.version, self.cause = version, cause


APPEND_ONLY = """
CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END;
CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END;
"""

NO_DELETE = """
CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
BEGIN SELECT RAISE(ABORT, '{t} rows are never deleted'); END;
"""

V1 = (
    """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('clerk','shift_lead','supervisor','admin')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_id   INTEGER,
    username  TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    before    TEXT,
    after     TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TABLE document_counters (
    series      TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (series, year)
);
CREATE TABLE document_prints (
    id            INTEGER PRIMARY KEY,
    document_kind TEXT NOT NULL,
    document_no   TEXT NOT NULL,
    copy_no       INTEGER NOT NULL CHECK (copy_no >= 0),
    output        TEXT NOT NULL,
    user_id       INTEGER REFERENCES users (id),
    printed_at    TEXT NOT NULL
);
CREATE INDEX document_prints_doc ON document_prints (document_kind, document_no);
CREATE TABLE shops (
    id         INTEGER PRIMARY KEY,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    unit       TEXT NOT NULL DEFAULT '',
    floor      TEXT NOT NULL DEFAULT '',
    category   TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    tax_id     TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX shops_name_zh ON shops (name_zh);
CREATE INDEX shops_name_en ON shops (name_en COLLATE NOCASE);
"""
    + APPEND_ONLY.format(t="audit_log")
    + APPEND_ONLY.format(t="document_prints")
    + NO_DELETE.format(t="users")
    + NO_DELETE.format(t="shops")
    + """
CREATE TRIGGER document_counters_no_delete BEFORE DELETE ON document_counters
BEGIN SELECT RAISE(ABORT, 'document numbers are never given back'); END;
CREATE TRIGGER document_counters_only_up BEFORE UPDATE ON document_counters
WHEN NEW.last_number <> OLD.last_number + 1
BEGIN SELECT RAISE(ABORT, 'document numbers move up by one'); END;
"""
)

MIGRATIONS: list[Migration] = [
    Migration(1, "Site settings, users, audit trail, document numbers and prints, shops.", V1),
]

LATEST = MIGRATIONS[-1].version


def split_statements(sql: str) -> list[str]:
    """Split a script into statements; trigger bodies keep their inner semicolons."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement: {buf.strip()[:60]}")
    return statements


def schema_version(path: str | Path) -> int:
    db = connect(path)
    try:
        return db.conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def _check_ours(conn: sqlite3.Connection) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables > 0):
        raise ForeignDatabaseError(str(conn))


def migrate(path: str | Path, migrations: list[Migration] | None = None) -> Path | None:
    """Bring the file up to the latest schema. Returns the backup copy taken, if any."""
    steps = migrations if migrations is not None else MIGRATIONS
    latest = steps[-1].version
    db = connect(path)
    conn = db.conn
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        if current > latest:
            raise NewerDatabaseError(current, latest)
        if current == 0:
            _check_ours(conn)
        pending = [m for m in steps if m.version > current]
        if not pending:
            return None
        backup = None
        if current > 0:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            backup = backup_to(db, Path(path).with_name(f"{Path(path).name}.v{current}-{stamp}.bak"))
        for step in pending:
            _apply(conn, step)
        return backup
    finally:
        db.close()


def _apply(conn: sqlite3.Connection, step: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in split_statements(step.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {int(step.version)}")
        conn.execute("COMMIT")
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationError(step.version, exc) from exc
