"""Ordered schema migrations, frozen one file per step in steps/ (NNNN_what.sql).

A step that has shipped is never edited (tests/db/test_migrations.py holds its checksum):
a change to the schema is a new step with the next number. Each file opens with `-- `
lines saying what the step does, then the SQL exactly as it runs.

The schema version is SQLite's `user_version`; each step runs in one transaction together
with the version bump, so a failing step leaves the file exactly as it was.

A postgresql:// target is migrated by db/core/migrations/pg (a baseline equal to the SQLite
schema at its version, then steps numbered as these); `migrate` and `schema_version` take
either target.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.core.connection import backup_to, connect
from db.core.targets import is_url

APPLICATION_ID = 0x46444553  # "FDES": marks the file as a Front Desk database
STEPS_DIR = Path(__file__).with_name("steps")
STEP_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


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


class NotOwnerError(Exception):
    """Steps are pending but the login cannot change the schema (the app's role on a
    PostgreSQL server)."""

    def __init__(self, current: int, latest: int):
        super().__init__(f"schema {current} needs steps up to {latest}; run them as the owner")
        self.current, self.latest = current, latest


class MigrationError(Exception):
    def __init__(self, version: int, cause: Exception):
        super().__init__(f"migration {version} failed: {cause}")
        self.version, self.cause = version, cause


def step_files(folder: Path = STEPS_DIR) -> list[Path]:
    """The step files in version order; a stray name is an error, not a skipped step."""
    files = sorted(p for p in folder.iterdir() if p.suffix == ".sql")
    for path in files:
        if not STEP_NAME.match(path.name):
            raise ValueError(f"migration step file not named NNNN_what.sql: {path.name}")
    return files


def read_step(path: Path) -> Migration:
    """A step file: its leading `-- ` lines are the doc, the rest is the SQL as it runs."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    head = 0
    while head < len(lines) and lines[head].startswith("-- "):
        head += 1
    if head == 0:
        raise ValueError(f"{path.name} must open with a '-- ' line saying what it does")
    doc = " ".join(line[3:].strip() for line in lines[:head])
    version = int(STEP_NAME.match(path.name).group(1))
    return Migration(version, doc, "".join(lines[head:]))


def load_steps(folder: Path = STEPS_DIR) -> list[Migration]:
    steps = [read_step(p) for p in step_files(folder)]
    versions = [m.version for m in steps]
    if versions != list(range(1, len(steps) + 1)):
        raise ValueError(f"migration steps must be numbered 1, 2, 3...: {versions}")
    return steps


MIGRATIONS: list[Migration] = load_steps()
LATEST = max(m.version for m in MIGRATIONS)


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
    if is_url(path):
        from db.core.migrations.pg import schema_version_pg

        return schema_version_pg(path)
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
    """Bring the file up to the latest schema. Returns the backup copy taken, if any.
    A postgresql:// target is brought up to the PostgreSQL steps' latest (no copy taken:
    its backups are pg_dump's)."""
    if is_url(path):
        from db.core.migrations.pg import migrate_pg

        migrate_pg(path)
        return None
    steps = sorted(migrations if migrations is not None else MIGRATIONS, key=lambda m: m.version)
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
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            name = f"{Path(path).name}.v{current}-{stamp}.bak"
            backup = backup_to(db, Path(path).with_name(name))
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
