"""A PostgreSQL database with the surface db/ uses on SQLite.

`PgDatabase.conn` answers `execute(sql, params)`, `executemany`, `in_transaction` and
`close()` like a `sqlite3.Connection` opened with `isolation_level=None` and `sqlite3.Row`
rows, so the SQL of db/ runs unchanged where the engines agree:

- `?` and `:name` parameters become psycopg's `%s` and `%(name)s` (db.core.dialect.to_pyformat);
- rows are `Row`s: by index, by column name and `.keys()`, like `sqlite3.Row`;
- autocommit, with `atomic()`'s explicit BEGIN / SAVEPOINT, as on SQLite; `BEGIN IMMEDIATE`
  is BEGIN and the site's write lock (a transaction-level advisory lock): one writing
  transaction at a time, as SQLite's write lock makes it, so ids come in commit order;
- a failed write inside a transaction undoes only itself (a savepoint around it), as a failed
  statement does in SQLite, so a caught IntegrityError leaves the transaction usable;
- `numeric` results (sum of bigints) come back as `int` when whole, as SQLite gives them;
- the PRAGMAs services read (user_version, database_list, table_info, quick_check,
  integrity_check, data_version) are answered from the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import pq
from psycopg.adapt import Dumper, Loader

from db.core.audit import AUDIT_APPEND_LOCK
from db.core.connection import BUSY_TIMEOUT_MS
from db.core.dialect import POSTGRESQL, to_pyformat
from db.core.targets import redact

CONNECT_TIMEOUT_S = 10
# the write lock is the audit append's own key: the append inside takes it again (re-entrant)
WRITE_LOCK = AUDIT_APPEND_LOCK


class Row:
    """One result row: `row[0]`, `row["col"]`, `row.keys()`, `dict(row)` as with sqlite3.Row."""

    __slots__ = ("_names", "_index", "_values")

    def __init__(self, names: tuple[str, ...], index: dict[str, int], values: Sequence[Any]):
        self._names, self._index, self._values = names, index, tuple(values)

    def keys(self) -> list[str]:
        return list(self._names)

    def __getitem__(self, key):
        if isinstance(key, str):
            try:
                return self._values[self._index[key]]
            except KeyError:
                lowered = key.lower()
                for i, name in enumerate(self._names):
                    if name.lower() == lowered:
                        return self._values[i]
                raise IndexError(f"No item with that key: {key}") from None
        return self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other) -> bool:
        if isinstance(other, Row):
            return self._names == other._names and self._values == other._values
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._names, self._values))

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._names, self._values))!r})"


def _row_factory(cursor: psycopg.Cursor):
    names = tuple(c.name for c in cursor.description or ())
    index = {name: i for i, name in enumerate(names)}
    return lambda values: Row(names, index, values)


class _WholeNumeric(Loader):
    """numeric as SQLite would give it: int when whole (sum of integers), else float."""

    def load(self, data) -> int | float:
        text = bytes(data).decode("ascii")
        if "." in text or "e" in text or "N" in text:
            return float(text)
        return int(text)


class _BoolAsInt(Dumper):
    """True/False as 1/0: flags are INTEGER 0/1 columns on both engines."""

    oid = psycopg.adapters.types["int8"].oid

    def dump(self, obj) -> bytes:
        return b"1" if obj else b"0"


class Cursor:
    """The part of sqlite3.Cursor db/ uses, over a psycopg cursor."""

    def __init__(self, conn: Connection, cur: psycopg.Cursor | None, rowcount: int = -1):
        self._conn, self._cur = conn, cur
        self._rows: list | None = None
        self.rowcount = cur.rowcount if cur is not None else rowcount

    @classmethod
    def of_rows(cls, conn: Connection, names: Sequence[str], rows: Iterable[Sequence[Any]]):
        cursor = cls(conn, None)
        index = {name: i for i, name in enumerate(names)}
        cursor._rows = [Row(tuple(names), index, r) for r in rows]
        return cursor

    @property
    def description(self):
        return self._cur.description if self._cur is not None else None

    @property
    def lastrowid(self) -> int | None:
        """The id the last INSERT of this connection drew from a sequence."""
        return self._conn.lastval()

    def _has_rows(self) -> bool:
        return self._rows is not None or (self._cur is not None and self._cur.description)

    def fetchone(self):
        if self._rows is not None:
            return self._rows.pop(0) if self._rows else None
        return self._cur.fetchone() if self._has_rows() else None

    def fetchall(self) -> list:
        if self._rows is not None:
            rows, self._rows = self._rows, []
            return rows
        return self._cur.fetchall() if self._has_rows() else []

    def fetchmany(self, size: int = 1) -> list:
        if self._rows is not None:
            rows, self._rows = self._rows[:size], self._rows[size:]
            return rows
        return self._cur.fetchmany(size) if self._has_rows() else []

    def __iter__(self) -> Iterator:
        while (row := self.fetchone()) is not None:
            yield row


_BEGIN = re.compile(
    r"^\s*BEGIN(\s+(IMMEDIATE|DEFERRED|EXCLUSIVE))?(\s+TRANSACTION)?\s*;?\s*$", re.I
)
_PRAGMA = re.compile(r"^\s*PRAGMA\s+(\w+)\s*(?:\(\s*(\w+)\s*\)|=\s*(\S+))?\s*;?\s*$", re.I)
_READ = re.compile(r"^\s*(SELECT|WITH|VALUES|SHOW|EXPLAIN)\b", re.I)
_CONTROL = re.compile(r"^\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b", re.I)


class Connection:
    """sqlite3.Connection's surface (isolation_level=None) over one psycopg connection."""

    def __init__(self, url: str):
        self.url = url
        self.total_changes = 0
        self._trace = None
        self._pg = self._open(url)

    @staticmethod
    def _open(url: str) -> psycopg.Connection:
        # a desk waits for a lock (the site's write lock above all) as long as a file's
        # busy timeout, then gives up in a sentence (storage_fault: 'busy'), never for ever
        pg = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            options=f"-c lock_timeout={BUSY_TIMEOUT_MS}",
        )
        pg.row_factory = _row_factory
        pg.adapters.register_loader("numeric", _WholeNumeric)
        pg.adapters.register_dumper(bool, _BoolAsInt)
        return pg

    @property
    def raw(self) -> psycopg.Connection:
        """The psycopg connection, for db/ code written for PostgreSQL only."""
        return self._pg

    @property
    def in_transaction(self) -> bool:
        return self._pg.info.transaction_status != pq.TransactionStatus.IDLE

    def lastval(self) -> int | None:
        try:
            with self._pg.cursor() as cur:
                cur.execute("SELECT lastval()")
                return cur.fetchone()[0]
        except psycopg.errors.ObjectNotInPrerequisiteState:  # no sequence used yet
            return None

    def set_trace_callback(self, callback) -> None:
        """As sqlite3's: `callback(sql)` for every statement this connection runs."""
        self._trace = callback

    def execute(self, sql: str, params: Any = ()) -> Cursor:
        if self._trace is not None:
            self._trace(sql)
        begin = _BEGIN.match(sql)
        if begin:
            return self._begin(immediate=(begin.group(2) or "").upper() == "IMMEDIATE")
        pragma = _PRAGMA.match(sql)
        if pragma:
            return self._pragma(pragma.group(1).lower(), pragma.group(2) or pragma.group(3))
        query = to_pyformat(sql)
        params = () if params is None else params
        if self.in_transaction and not _READ.match(sql) and not _CONTROL.match(sql):
            return self._guarded(lambda cur: cur.execute(query, params))
        cur = self._pg.cursor()
        cur.execute(query, params)
        if not _READ.match(sql) and cur.rowcount > 0:
            self.total_changes += cur.rowcount
        return Cursor(self, cur)

    def executemany(self, sql: str, seq_of_params: Iterable[Any]) -> Cursor:
        if self._trace is not None:
            self._trace(sql)
        query = to_pyformat(sql)
        if self.in_transaction:
            return self._guarded(lambda cur: cur.executemany(query, list(seq_of_params)))
        cur = self._pg.cursor()
        cur.executemany(query, list(seq_of_params))
        self.total_changes += max(cur.rowcount, 0)
        return Cursor(self, cur)

    def _begin(self, immediate: bool) -> Cursor:
        """BEGIN; BEGIN IMMEDIATE (every `atomic()`) waits for the site's write lock too.
        Without it two desks interleave: a money row's id is drawn from its sequence before
        the row's transaction commits, and an audit row seals the rows past the last one
        sealed, so another desk's row with a lower id, not yet committed, was never sealed
        and `check` called it written outside the desk."""
        cur = self._pg.cursor()
        cur.execute("BEGIN")
        if immediate:
            try:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            except psycopg.Error:  # the wait ran out: no transaction is left behind
                self._pg.execute("ROLLBACK")
                raise
        return Cursor(self, None)

    def _guarded(self, run) -> Cursor:
        """One write inside a transaction: on failure only it is undone, as in SQLite."""
        cur = self._pg.cursor()
        cur.execute("SAVEPOINT fd_statement")
        try:
            run(cur)
        except BaseException:
            if self._pg.info.transaction_status == pq.TransactionStatus.INERROR:
                with self._pg.cursor() as undo:
                    undo.execute("ROLLBACK TO SAVEPOINT fd_statement")
                    undo.execute("RELEASE SAVEPOINT fd_statement")
            raise
        rowcount = cur.rowcount
        rows = cur.fetchall() if cur.description else None
        self._pg.execute("RELEASE SAVEPOINT fd_statement")
        self.total_changes += max(rowcount, 0)
        if rows is None:
            return Cursor(self, None, rowcount)
        names = [c.name for c in cur.description]
        return Cursor.of_rows(self, names, (tuple(r) for r in rows))

    def _pragma(self, name: str, arg: str | None) -> Cursor:
        """The SQLite PRAGMAs callers read, answered for PostgreSQL."""
        if name == "user_version":
            from db.core.migrations.pg import current_version

            return Cursor.of_rows(self, ["user_version"], [(current_version(self),)])
        if name == "database_list":
            return Cursor.of_rows(self, ["seq", "name", "file"], [(0, "main", "")])
        if name in ("quick_check", "integrity_check"):
            return Cursor.of_rows(self, [name], [("ok",)])
        if name == "data_version":
            return Cursor.of_rows(self, ["data_version"], [(0,)])
        if name == "table_info" and arg:
            cur = self._pg.cursor()
            cur.execute(
                "SELECT c.ordinal_position - 1 AS cid, c.column_name AS name,"
                " upper(c.data_type) AS type, (c.is_nullable = 'NO')::int AS notnull,"
                " c.column_default AS dflt_value,"
                " coalesce((SELECT k.ordinal_position FROM information_schema.key_column_usage k"
                "  JOIN information_schema.table_constraints t"
                "   ON t.constraint_name = k.constraint_name AND t.table_schema = k.table_schema"
                "  WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_schema = c.table_schema"
                "   AND k.table_name = c.table_name AND k.column_name = c.column_name), 0) AS pk"
                " FROM information_schema.columns c"
                " WHERE c.table_schema = current_schema() AND c.table_name = %s"
                " ORDER BY c.ordinal_position",
                (arg,),
            )
            return Cursor(self, cur)
        # settings SQLite needs and PostgreSQL has no use for (foreign_keys, journal_mode...)
        return Cursor.of_rows(self, [name], [])

    def commit(self) -> None:
        if self.in_transaction:
            self._pg.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self._pg.execute("ROLLBACK")

    def close(self) -> None:
        self._pg.close()

    def reopen(self, url: str | None = None) -> None:
        """Connect again (to `url`, another database of the same server, when given)."""
        self._pg.close()
        self.url = url or self.url
        self._pg = self._open(self.url)
        self.total_changes = 0


class PgDatabase:
    """What `db.core.connection.connect` gives for a postgresql:// target."""

    engine = POSTGRESQL

    def __init__(self, url: str):
        self.url = url
        self.conn = Connection(url)

    def execute(self, sql: str, params: Any = ()) -> Cursor:
        return self.conn.execute(sql, params)

    def close(self) -> None:
        self.conn.close()

    def __repr__(self) -> str:
        return f"<PgDatabase {redact(self.url)}>"
