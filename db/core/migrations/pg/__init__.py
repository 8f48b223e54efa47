"""The schema on PostgreSQL: a baseline equal to SQLite's schema at its version, then steps
numbered as the SQLite ones (NNNN_what.sql beside this file, frozen and checksummed in
tests/db/test_pg_migrations.py).

The version lives in the table `frontdesk_schema` (one row per step applied, the baseline
included); a database with tables but no such table is another program's and is refused, one
of a newer version too. Each step runs in one transaction with its version row. Migrations run
as the schema's owner; the app's login role (a member of `frontdesk_app`) gets only what the
GRANTs of the steps give it, so it cannot alter the schema nor rewrite the trail.
"""

from __future__ import annotations

from pathlib import Path

import psycopg

from db.core.migrations import (
    STEP_NAME,
    ForeignDatabaseError,
    Migration,
    MigrationError,
    NewerDatabaseError,
    NotOwnerError,
    read_step,
)

PG_STEPS_DIR = Path(__file__).parent
APPLICATION_ID = 0x46444553  # "FDES", as in the SQLite file's header
APP_ROLE = "frontdesk_app"
VERSION_TABLE = "frontdesk_schema"


def load_pg_steps(folder: Path = PG_STEPS_DIR) -> list[Migration]:
    """The baseline (its number is the SQLite version it equals) and the steps after it."""
    files = sorted(p for p in folder.iterdir() if p.suffix == ".sql")
    for path in files:
        if not STEP_NAME.match(path.name):
            raise ValueError(f"migration step file not named NNNN_what.sql: {path.name}")
    steps = [read_step(p) for p in files]
    versions = [m.version for m in steps]
    if not steps or versions != list(range(versions[0], versions[0] + len(steps))):
        raise ValueError(f"PostgreSQL steps must be a baseline then 1 by 1: {versions}")
    return steps


PG_MIGRATIONS: list[Migration] = load_pg_steps()
PG_LATEST = PG_MIGRATIONS[-1].version


def _version(cur) -> int | None:
    """The schema version, 0 for an empty database, None for a database of something else."""
    cur.execute("SELECT to_regclass(%s) IS NOT NULL", (f"public.{VERSION_TABLE}",))
    if cur.fetchone()[0]:
        cur.execute(f"SELECT max(version), min(application_id) FROM {VERSION_TABLE}")
        version, app_id = cur.fetchone()
        if app_id is not None and app_id != APPLICATION_ID:
            return None
        return version or 0
    cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
    return 0 if cur.fetchone()[0] == 0 else None


def current_version(conn) -> int:
    """The version of an open database (a db.core.postgres.Connection)."""
    with conn.raw.cursor() as cur:
        version = _version(cur)
    return version or 0


def migrate_pg(url: str, migrations: list[Migration] | None = None) -> None:
    """Bring the database up to the latest schema, or refuse it unchanged."""
    steps = sorted(migrations if migrations is not None else PG_MIGRATIONS, key=lambda m: m.version)
    latest = steps[-1].version
    with psycopg.connect(url, autocommit=True) as pg, pg.cursor() as cur:
        current = _version(cur)
        if current is None:
            raise ForeignDatabaseError("the database holds tables of another program")
        if current > latest:
            raise NewerDatabaseError(current, latest)
        pending = [m for m in steps if m.version > current]
        if current == 0:  # from the baseline on; the steps before it are SQLite's history
            pending = [m for m in pending if m.version >= steps[0].version]
        if not pending:
            return
        if not _may_change_schema(cur):
            raise NotOwnerError(current, latest)
        _ensure_app_role(cur)
        for step in pending:
            _apply(pg, step)


def _may_change_schema(cur) -> bool:
    cur.execute("SELECT has_schema_privilege('public', 'CREATE')")
    return bool(cur.fetchone()[0])


def _ensure_app_role(cur) -> None:
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (APP_ROLE,))
    if cur.fetchone() is None:
        cur.execute(f"CREATE ROLE {APP_ROLE} NOLOGIN")


def _apply(pg: psycopg.Connection, step: Migration) -> None:
    try:
        with pg.transaction(), pg.cursor() as cur:
            cur.execute(
                f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER PRIMARY KEY,"
                " application_id BIGINT NOT NULL, doc TEXT NOT NULL,"
                " applied_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC',"
                ' \'YYYY-MM-DD"T"HH24:MI:SS"Z"\'))'
            )
            cur.execute(f"GRANT SELECT ON {VERSION_TABLE} TO {APP_ROLE}")
            cur.execute(step.sql.encode("utf-8"))  # the whole step, as one script
            cur.execute(
                f"INSERT INTO {VERSION_TABLE} (version, application_id, doc) VALUES (%s, %s, %s)",
                (step.version, APPLICATION_ID, step.doc),
            )
    except psycopg.Error as exc:
        raise MigrationError(step.version, exc) from exc


def schema_version_pg(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as pg, pg.cursor() as cur:
        return _version(cur) or 0
