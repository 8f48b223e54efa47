"""SQL for site settings: one JSON value per key."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def get_all(db: sqlite_utils.Database) -> dict[str, Any]:
    return {r["key"]: json.loads(r["value"]) for r in db.conn.execute("SELECT * FROM settings")}


def get(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row["value"]) if row else default


def put(db: sqlite_utils.Database, key: str, value: Any) -> None:
    db.conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )
