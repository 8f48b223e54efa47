"""Writing one row: the statement is built by sqlite-utils from the row's own columns.

Inside the caller's transaction sqlite-utils works in a savepoint and never commits, so a row
written here stands or falls with the rest of the operation."""

from __future__ import annotations

import sqlite_utils


def insert_row(db: sqlite_utils.Database, table: str, row: dict) -> int:
    """Insert `row` into `table`; its new id."""
    return db.table(table).insert(row).last_rowid
