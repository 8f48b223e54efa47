"""The one bad-input runner: every entry point in the area tables (test_<area>.py), given
drawn arguments, must end in one of three ways, and never leave a transaction open:

- refused with a DomainError whose message is the clerk's (no traceback or Python error
  text), every table's contents exactly as before (a checksum per table, so an UPDATE or a
  DELETE that was not undone is seen, not only an INSERT);
- taken, when none of the arguments is garbage (see kinds.py: each drawn value says whether
  it is fine, garbage, or read as another value);
- taken as if a documented normalisation had been applied: the same call with the value it is
  read as, made on the same database, ends the same way and leaves the same tables.
Garbage that is taken fails the test."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.core.dialect import is_postgresql
from services.core.errors import DomainError
from tests.services.bad_input.kinds import GARBAGE, READ_AS, Drawn

# what a message shows when an exception's own text leaked into it
LEAKS = (
    "Traceback",
    'File "',
    "sqlite3",
    "Error:",
    "NoneType",
    "has no attribute",
    "unsupported operand",
    "not supported between",
    "invalid literal",
    "int()",
    "codec can't",
    "[Errno",
    "object is not",
)


# what two PDFs of the same document differ in: when they were made, and their file id
PDF_STAMPS = re.compile(
    rb"/(CreationDate|ModDate)\s*\([^)]*\)"
    rb"|/ID\s*\[\s*<[0-9a-fA-F]*>\s*<[0-9a-fA-F]*>\s*\]"
)


@dataclass(frozen=True)
class Entry:
    """One entry point: who calls it, how (`call(ctx, desk, *values)`), one kind per
    argument, and the tables a refusal writes to by design."""

    role: str
    call: Callable[..., Any]
    kinds: tuple
    refusal_writes: frozenset[str] = field(default_factory=frozenset)


# an audit row comes with its MAC and the seals of its money rows (services/core/audit_key)
AUDIT_TABLES = frozenset({"audit_log", "audit_macs", "audit_seals"})


def entry(role: str, call: Callable[..., Any], *kinds, refusal_writes=()) -> Entry:
    writes = frozenset(refusal_writes)
    if "audit_log" in writes:
        writes |= AUDIT_TABLES
    return Entry(role, call, tuple(kinds), writes)


# --- the database's contents ---------------------------------------------------------------
def table_checksums(db) -> dict[str, str]:
    """sha256 of each table's whole contents, rows in rowid (or key) order; full-text
    indexes count through their shadow tables. On PostgreSQL: md5 of each table's rows as
    text, in the order of that text (every table the desk's role may read)."""
    if is_postgresql(db):
        names = db.conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind = 'r'"
            " AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1"
        ).fetchall()
        return {
            name: db.conn.execute(
                f"SELECT md5(coalesce(string_agg(t::text, chr(10) ORDER BY t::text), 'none'))"
                f' FROM "{name}" t'
            ).fetchone()[0]
            for (name,) in names
        }
    sums = {}
    tables = db.conn.execute(
        "SELECT name, type, ncol, wr FROM pragma_table_list"
        " WHERE schema = 'main' AND type IN ('table', 'shadow')"
    ).fetchall()
    for name, _, ncol, without_rowid in tables:
        order = ", ".join(str(i + 1) for i in range(ncol)) if without_rowid else "rowid"
        rows = db.conn.execute(f'SELECT * FROM "{name}" ORDER BY {order}').fetchall()
        sums[name] = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
    return sums


def changed_tables(before: dict, after: dict) -> set[str]:
    return {t for t in before.keys() | after.keys() if before.get(t) != after.get(t)}


def _written(db) -> tuple[int, int]:
    """Moves whenever this connection or another one writes to the database."""
    return db.conn.total_changes, db.conn.execute("PRAGMA data_version").fetchone()[0]


class Watched:
    """The test's database: a copy of how the desk fixture left it, put back before each
    drawn call, and its tables' checksums, worked out again only after something was written
    (most calls are refused before they write, and most examples need no putting back)."""

    def __init__(self, db):
        self.db = db
        self.copy = _PgCopy(db) if is_postgresql(db) else sqlite3.connect(":memory:")
        if not is_postgresql(db):
            db.conn.backup(self.copy)
        self.start = table_checksums(db)
        self.clean = _written(db)
        self.known = (self.clean, self.start)

    def tables(self) -> dict[str, str]:
        if _written(self.db) != self.known[0]:
            self.known = (_written(self.db), table_checksums(self.db))
        return self.known[1]

    def restore(self) -> None:
        if _written(self.db) != self.clean:
            if is_postgresql(self.db):
                self.copy.put_back()
            else:
                self.copy.backup(self.db.conn)
            self.clean = _written(self.db)
            self.known = (self.clean, self.start)

    def close(self) -> None:
        self.copy.close()


class _PgCopy:
    """On PostgreSQL: the test's database as the desk fixture left it, kept as a copy on the
    same server (CREATE DATABASE ... TEMPLATE, as tests/pg_support's shelf copies), and put
    back in its place under the same name, on the same connection object."""

    def __init__(self, db):
        from urllib.parse import urlparse

        from tests.pg_support import APP_LOGIN, Cluster

        self.db = db
        self.name = urlparse(db.url).path.lstrip("/")
        self.kept = f"{self.name}_kept"
        owner = db.url.replace(f"//{APP_LOGIN}@", "//fd_owner@", 1)
        self.cluster = Cluster(owner.replace(f"/{self.name}?", "/postgres?", 1))
        self._copy(self.name, self.kept)

    def _copy(self, source: str, target: str) -> None:
        self.db.close()
        self.cluster.admin(
            f"DROP DATABASE IF EXISTS {target} WITH (FORCE)",
            f"CREATE DATABASE {target} TEMPLATE {source} STRATEGY WAL_LOG",
        )
        self.db.conn.reopen()

    def put_back(self) -> None:
        self._copy(self.kept, self.name)

    def close(self) -> None:
        self.cluster.admin(f"DROP DATABASE IF EXISTS {self.kept} WITH (FORCE)")


# --- one call ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    refused: bool
    answer: Any  # the refusal's message, or what the call returned
    tables: dict  # checksums after the call


def assert_clean_refusal(exc: DomainError) -> str:
    text = exc.render()
    assert text.strip(), "a refusal says why"
    leaked = [m for m in LEAKS if m in exc.message]
    assert not leaked, f"the message shows Python's own error text: {exc.message!r}"
    for value in exc.params.values():
        assert not isinstance(value, BaseException), f"an exception in the message: {value!r}"
    return text


def call_once(entry_: Entry, ctx, desk: dict, values: list, watched: Watched) -> Outcome:
    before = watched.tables()
    try:
        answer = entry_.call(ctx, desk, *values)
    except DomainError as exc:
        message = assert_clean_refusal(exc)
        assert not ctx.db.conn.in_transaction, "a transaction was left open"
        changed = changed_tables(before, watched.tables()) - entry_.refusal_writes
        assert not changed, f"a refused call changed {sorted(changed)}: {message}"
        return Outcome(True, message, watched.tables())
    assert not ctx.db.conn.in_transaction, "a transaction was left open"
    return Outcome(False, comparable(answer), watched.tables())


def comparable(answer: Any) -> Any:
    """What the call returned, without what differs between two equal calls (a PDF's
    creation time and file id)."""
    if isinstance(answer, bytes) and answer.startswith(b"%PDF"):
        return PDF_STAMPS.sub(b"", answer)
    return answer


def short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 200 else text[:197] + "..."


# --- the runner ----------------------------------------------------------------------------
def check_drawn(entry_: Entry, ctx, desk: dict, drawn: tuple[Drawn, ...], watched: Watched) -> None:
    garbage = {f"argument {i + 1}": d.value for i, d in enumerate(drawn) if d.verdict == GARBAGE}
    outcome = call_once(entry_, ctx, desk, [d.value for d in drawn], watched)
    if garbage:
        assert outcome.refused, f"garbage was taken: {short(garbage)}"
    elif any(d.verdict == READ_AS for d in drawn):
        watched.restore()
        read_as = [d.read_as if d.verdict == READ_AS else d.value for d in drawn]
        expected = call_once(entry_, ctx, desk, read_as, watched)
        assert outcome == expected, (
            f"not taken as {short(read_as)}: {short(outcome.answer)} != {short(expected.answer)}"
        )


def check_entry_point(entry_: Entry, desk: dict) -> None:
    """Drawn argument tuples, as many as the Hypothesis profile says, each on the database
    as the desk fixture left it (so a failure replays and shrinks)."""
    ctx = desk[entry_.role]
    watched = Watched(ctx.db)

    @settings(
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )
    @given(st.tuples(*entry_.kinds))
    def run(drawn):
        watched.restore()
        check_drawn(entry_, ctx, desk, drawn, watched)

    try:
        run()
    finally:
        watched.close()


def over(entry_points: dict):
    """Parametrize an area's test by the names of its entry points."""
    return pytest.mark.parametrize("name", sorted(entry_points))
