"""SQL for items held at the desk for departments, suppliers or customers (代保管).

Rows are never deleted; the pick-up is written once and the record of the deposit never
changes afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

SELECT = (
    "SELECT c.*, coalesce(r.display_name, r.username, '') AS received_by_name,"
    " coalesce(o.display_name, o.username, '') AS released_by_name"
    " FROM custody_items c LEFT JOIN users r ON r.id = c.received_by"
    " LEFT JOIN users o ON o.id = c.released_by"
)


def insert_item(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "custody_items", row)


def item(db: sqlite_utils.Database, item_id: int) -> dict | None:
    row = db.conn.execute(f"{SELECT} WHERE c.id = ?", (item_id,)).fetchone()
    return dict(row) if row else None


def pick_up(
    db: sqlite_utils.Database, item_id: int, *, at: str, picked_up_by: str, released_by: int | None
) -> None:
    db.conn.execute(
        "UPDATE custody_items SET picked_up_at = ?, picked_up_by = ?, released_by = ? WHERE id = ?",
        (at, picked_up_by, released_by, item_id),
    )


def items(
    db: sqlite_utils.Database,
    *,
    held_only: bool = False,
    picked_up_only: bool = False,
    received_from: str | None = None,
    received_to: str | None = None,
    before_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[dict]:
    """Newest first: still held or picked up, taken in within [received_from, received_to)
    where given; `before_id` (the last row shown) pages on by key."""
    where, params = [], []
    if held_only:
        where.append("c.picked_up_at IS NULL")
    if picked_up_only:
        where.append("c.picked_up_at IS NOT NULL")
    for clause, value in (
        ("c.received_at >= ?", received_from),
        ("c.received_at < ?", received_to),
        ("c.id < ?", before_id),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    sql = SELECT + (" WHERE " + " AND ".join(where) if where else "")
    return [
        dict(r)
        for r in db.conn.execute(
            f"{sql} ORDER BY c.id DESC LIMIT ? OFFSET ?", (*params, limit, offset)
        )
    ]
