"""Copying a whole SQLite site into an empty PostgreSQL database, and the figures that prove
the copy whole (services/admin/move_to.py runs it).

The copy runs as the schema's owner on one psycopg connection, in one transaction: the
migration's seed rows (lists, floors, the first desk) make way for the site's own, every table
is filled by COPY in foreign-key order with its ids kept, each identity is set past the highest
id, and only then is the transaction committed, so a failure leaves the target as the
migration left it (the schema and no site in it).

The guard triggers (append-only ledgers, "a cash movement needs an open shift", "an item lent
is not free") judge a new row by the rows around it now; history copied row by row would trip
them (a closed shift's movements), so the owner turns the tables' own triggers off inside the
transaction and on again before it commits (ALTER TABLE ... DISABLE TRIGGER USER: the foreign
keys stay checked). The rows were written under the same rules in the SQLite file; that the
copy equals them is checked afterwards, table by table (`table_figures`)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from db.core.handle import SqliteDatabase
from db.core.migrations.pg import VERSION_TABLE

BATCH_ROWS = 2000
# the search indexes of lost and found: a contentless FTS5 table on SQLite (its text cannot be
# read back), a plain table on PostgreSQL, rebuilt from the records by the caller
DERIVED = ("found_fts", "lost_fts")
MASK = (1 << 256) - 1


class MoveRefused(Exception):
    """The target cannot take the site; nothing was written to it."""

    def __init__(self, reason: str, **details: Any):
        super().__init__(reason)
        self.reason, self.details = reason, details


def open_source(path: str | Path) -> sqlite3.Connection:
    """The SQLite file opened read-only: the move never writes a byte to it."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def open_source_database(path: str | Path) -> SqliteDatabase:
    return SqliteDatabase(open_source(path))


def source_path(source: sqlite3.Connection) -> str:
    return source.execute("PRAGMA database_list").fetchone()["file"]


def source_version(source: sqlite3.Connection) -> int:
    return source.execute("PRAGMA user_version").fetchone()[0]


def source_tables(source: sqlite3.Connection) -> set[str]:
    """The SQLite file's tables, without SQLite's own and the FTS5 index's shadow tables."""
    names = {
        r[0]
        for r in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    shadows = {f"{t}_{s}" for t in DERIVED for s in ("config", "data", "docsize", "idx")}
    return names - shadows


def owner_connection(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True, connect_timeout=10)


def database_name(pg: psycopg.Connection) -> str:
    return pg.execute("SELECT current_database()").fetchone()[0]


def target_state(pg: psycopg.Connection) -> str:
    """'bare' (no tables), 'schema' (Front Desk's schema with no site in it), or 'used'."""
    tables = pg.execute(
        "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
    ).fetchone()[0]
    if tables == 0:
        return "bare"
    has_version = pg.execute("SELECT to_regclass(%s) IS NOT NULL", (VERSION_TABLE,)).fetchone()[0]
    if not has_version:
        return "used"
    for table in ("settings", "users", "audit_log"):
        if pg.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0] is False:
            return "used"
        if pg.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]:
            return "used"
    return "schema"


def target_tables(pg: psycopg.Connection) -> list[str]:
    """The schema's tables, each after the tables its foreign keys point to."""
    names = [
        r[0]
        for r in pg.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            " AND tablename <> %s ORDER BY tablename",
            (VERSION_TABLE,),
        )
    ]
    needs: dict[str, set[str]] = {n: set() for n in names}
    for child, parent in pg.execute(
        "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c"
        " JOIN pg_namespace n ON n.oid = c.connamespace"
        " WHERE c.contype = 'f' AND n.nspname = current_schema()"
    ):
        child, parent = child.strip('"'), parent.strip('"')
        if child in needs and parent != child:
            needs[child].add(parent)
    ordered: list[str] = []
    while needs:
        ready = sorted(t for t, parents in needs.items() if not parents - set(ordered))
        if not ready:
            raise RuntimeError(f"foreign keys in a cycle: {sorted(needs)}")
        ordered.extend(ready)
        for t in ready:
            del needs[t]
    return ordered


def columns(pg: psycopg.Connection, table: str) -> list[str]:
    return [
        r[0]
        for r in pg.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
            (table,),
        )
    ]


def source_columns(source: sqlite3.Connection, table: str) -> list[str]:
    return [r["name"] for r in source.execute(f'PRAGMA table_info("{table}")')]


def _names(cols: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def source_rows(source: sqlite3.Connection, table: str, cols: list[str]) -> Iterator[tuple]:
    cursor = source.execute(f'SELECT {_names(cols)} FROM "{table}"')
    while batch := cursor.fetchmany(BATCH_ROWS):
        for row in batch:
            yield tuple(row)


@dataclass(frozen=True)
class Plan:
    tables: list[str]  # in foreign-key order
    columns: dict[str, list[str]]


def plan(source: sqlite3.Connection, pg: psycopg.Connection) -> Plan:
    """What goes where; refuses a file whose tables or columns the schema does not hold."""
    tables = target_tables(pg)
    missing = sorted(source_tables(source) - set(tables))
    if missing:
        raise MoveRefused("tables", names=", ".join(missing))
    cols = {}
    for table in tables:
        cols[table] = columns(pg, table)
        if table in DERIVED:
            continue
        theirs = source_columns(source, table)
        if not theirs:
            raise MoveRefused("tables", names=table)
        if set(theirs) != set(cols[table]):
            raise MoveRefused(
                "columns", table=table, names=", ".join(sorted(set(theirs) ^ set(cols[table])))
            )
    return Plan(tables, cols)


def copy_table(cur: psycopg.Cursor, table: str, cols: list[str], rows: Iterable[tuple]) -> int:
    n = 0
    with cur.copy(f'COPY "{table}" ({_names(cols)}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)
            n += 1
    return n


def copy_site(
    source: sqlite3.Connection,
    pg: psycopg.Connection,
    the_plan: Plan,
    derived: dict[str, Callable[[], Iterable[tuple]]],
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Every table of the file into the target, in one transaction; rows per table."""
    moved: dict[str, int] = {}
    with pg.transaction(), pg.cursor() as cur:
        for table in the_plan.tables:
            cur.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
        for table in reversed(the_plan.tables):  # the migration's seed rows
            cur.execute(f'DELETE FROM "{table}"')
        for table in the_plan.tables:
            cols = the_plan.columns[table]
            if table in derived:
                rows = derived[table]()
            else:
                rows = source_rows(source, table, cols)
            moved[table] = copy_table(cur, table, cols, rows)
            if progress is not None:
                progress(table, moved[table])
        for table, column in cur.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
            " AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')"
        ).fetchall():
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, %s),"
                f' coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false)',
                (f'"{table}"', column),
            )
        for table in the_plan.tables:
            cur.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
    return moved


def empty_target(pg: psycopg.Connection, the_plan: Plan) -> None:
    """Take a copy that did not check out again: the schema stays, with no site in it."""
    names = ", ".join(f'"{t}"' for t in the_plan.tables)
    with pg.transaction():
        pg.execute(f"TRUNCATE {names} RESTART IDENTITY")


# --- the figures compared on both sides ----------------------------------------------------
def _value(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"bytes": bytes(value).hex()}
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def table_figures(conn, table: str, cols: list[str]) -> tuple[int, str]:
    """(rows, checksum) of a table read through `conn` (a sqlite3 connection or the
    PostgreSQL adapter's): the checksum sums a SHA-256 of each row's values (as JSON), so it
    is the same on both engines whatever order they return the rows in."""
    total, n = 0, 0
    cursor = conn.execute(f'SELECT {_names(cols)} FROM "{table}"')
    while batch := cursor.fetchmany(BATCH_ROWS):
        for row in batch:
            text = json.dumps([_value(v) for v in row], ensure_ascii=False, sort_keys=True)
            total = (total + int.from_bytes(hashlib.sha256(text.encode()).digest(), "big")) & MASK
            n += 1
    return n, f"{total:064x}"


def row_count(conn, table: str) -> int:
    return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def counters(conn) -> list[tuple[str, int, int]]:
    """Every number series: (series, year, last number)."""
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT series, year, last_number FROM document_counters ORDER BY series, year"
        ).fetchall()
    ]


def found_bodies(source: sqlite3.Connection) -> Iterator[tuple]:
    """(id, fields...) of every found item, as its search body is made of."""
    yield from source.execute(
        "SELECT id, tag_no, description, colour, brand, found_place, storage FROM found_items"
        " ORDER BY id"
    )


def lost_bodies(source: sqlite3.Connection) -> Iterator[tuple]:
    yield from source.execute(
        "SELECT id, report_no, description, colour, lost_place FROM lost_reports ORDER BY id"
    )
