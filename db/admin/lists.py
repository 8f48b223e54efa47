"""SQL of what a change of the desk's lists touches (the settings page shows it first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def open_cases_in(db: sqlite_utils.Database, column: str, values: list[str]) -> int:
    """Cases not closed whose category (or forwarding department) is one of `values`."""
    if column not in ("category", "forwarded_to") or not values:
        return 0
    marks = ",".join("?" * len(values))
    return db.conn.execute(
        f"SELECT count(*) FROM complaint_cases WHERE status <> 'closed' AND {column} IN ({marks})",
        values,
    ).fetchone()[0]


def held_found_items(db: sqlite_utils.Database, category: str) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM found_items WHERE status = 'held' AND category = ?", (category,)
    ).fetchone()[0]
