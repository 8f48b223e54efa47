"""Which engine a database runs on, and the few spellings where SQLite and PostgreSQL differ.

SQL in db/ is written once where the two engines agree (most of it: `?` placeholders, `:name`
parameters, `||`, `coalesce`, `ON CONFLICT`, `RETURNING`, window functions). Where they differ,
the module keeps both forms side by side and picks one with `pick(db, sqlite=..., postgresql=...)`,
or uses one of the small helpers here. Services never see the difference."""

from __future__ import annotations

import functools
import re
from typing import Any

SQLITE, POSTGRESQL = "sqlite", "postgresql"


def engine(db: Any) -> str:
    """'sqlite' or 'postgresql' for a database object from db.core.connection.connect."""
    return getattr(db, "engine", SQLITE)


def is_postgresql(db: Any) -> bool:
    return engine(db) == POSTGRESQL


def pick(db: Any, *, sqlite: str, postgresql: str) -> str:
    """The statement written for `db`'s engine."""
    return postgresql if engine(db) == POSTGRESQL else sqlite


def no_limit(db: Any) -> int | None:
    """The LIMIT parameter meaning "all rows" (-1 on SQLite, NULL on PostgreSQL)."""
    return None if engine(db) == POSTGRESQL else -1


def like_nocase(db: Any) -> str:
    """LIKE as SQLite means it (case-insensitive for ASCII letters)."""
    return "ILIKE" if engine(db) == POSTGRESQL else "LIKE"


def group_concat(db: Any, expr: str, sep: str = ", ") -> str:
    """The aggregate joining text values with `sep` (`sep` is a literal written by db/)."""
    quoted = "'" + sep.replace("'", "''") + "'"
    if engine(db) == POSTGRESQL:
        return f"string_agg(({expr})::text, {quoted})"
    return f"group_concat({expr}, {quoted})"


def insert_or_ignore(db: Any, table: str, columns: str, values: str, conflict: str) -> str:
    """INSERT that leaves an existing row (same `conflict` key) as it is."""
    if engine(db) == POSTGRESQL:
        return (
            f"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT ({conflict}) DO NOTHING"
        )
    return f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({values})"


INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.I)


@functools.lru_cache(maxsize=4096)
def to_pyformat(sql: str) -> str:
    """SQLite's parameter style (`?` and `:name`) in psycopg's (`%s` and `%(name)s`); a literal
    `%` becomes `%%`. String literals, quoted names and comments are left as written. SQLite's
    `INDEXED BY` hints are dropped (PostgreSQL's planner has none); LIKE becomes ILIKE, as
    SQLite's LIKE ignores the case of ASCII letters."""
    sql = INDEXED_BY.sub("", sql)
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in ("'", '"'):
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:  # '' inside a literal
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "?":
            out.append("%s")
            i += 1
        elif ch == "%":
            out.append("%%")
            i += 1
        elif ch == ":" and i + 1 < n and sql[i + 1] == ":":  # a PostgreSQL cast
            out.append("::")
            i += 2
        elif (ch == "L" or ch == "l") and sql[i : i + 4].upper() == "LIKE" and _word_at(sql, i, 4):
            out.append("ILIKE")  # SQLite's LIKE ignores the case of ASCII letters
            i += 4
        elif ch.isalnum() or ch == "_":  # a whole word, so LIKE inside a name stays
            end = i
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(sql[i:end])
            i = end
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_"):
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(f"%({sql[i + 1 : end]})s")
            i = end
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _word_at(sql: str, i: int, length: int) -> bool:
    before = sql[i - 1] if i > 0 else " "
    after = sql[i + length] if i + length < len(sql) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")
