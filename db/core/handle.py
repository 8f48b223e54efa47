"""The desk's handle on its SQLite file: the connection, with sqlite-utils behind it.

sqlite-utils and what it loads (click, dateutil, pluggy) take about 80 ms to import, which
every start would pay before its first window if the handle were sqlite-utils' own from the
open; the desk needs sqlite-utils only to write its first row (db/core/rows.insert_row), so
its handle is made then, on the same connection."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


class SqliteDatabase:
    """`conn`, `execute` and `close` of its own; anything else (`table(...)`, `query(...)`)
    is sqlite-utils' Database on this connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' own handle has it

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()

    @property
    def utils(self) -> sqlite_utils.Database:
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not set up yet (a copy being made): nothing to hand on
            raise AttributeError(name)
        return getattr(self.utils, name)
