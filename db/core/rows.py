"""Writing one row: the statement is built from the row's own columns.

On SQLite sqlite-utils builds it (inside the caller's transaction it works in a savepoint and
never commits); on PostgreSQL it is one INSERT ... RETURNING. Either way a row written here
stands or falls with the rest of the operation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from db.core.dialect import POSTGRESQL, engine

if TYPE_CHECKING:
    import sqlite_utils

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def insert_row(db: sqlite_utils.Database, table: str, row: dict) -> int:
    """Insert `row` into `table`; its new id."""
    if engine(db) == POSTGRESQL:
        for name in (table, *row):
            if not NAME.match(name):
                raise ValueError(f"not a table or column name: {name!r}")
        columns = ", ".join(row)
        values = ", ".join(f":{name}" for name in row)
        written = db.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING *", row
        ).fetchone()
        # its id; a table keyed otherwise (a detail row of another) gives its first column
        return written["id"] if "id" in written.keys() else written[0]
    return db.table(table).insert(row).last_rowid
