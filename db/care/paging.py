"""SQL for what the paging desk adds to the shared broadcast log (db.lost_found's
`broadcasts`): the kind of announcement, where the person is met, and how often it repeats.
One optional row per broadcast; both append-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils


def insert_details(db: sqlite_utils.Database, **row) -> None:
    insert_row(db, "paging_details", row)


def pages(
    db: sqlite_utils.Database,
    *,
    source: str | None = None,
    at_from: str | None = None,
    at_to: str | None = None,
    before_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[dict]:
    """Broadcasts newest first: from one source, made within [at_from, at_to) where given;
    `before_id` (the last row shown) pages on by key."""
    where, params = [], []
    for clause, value in (
        ("b.source = ?", source),
        ("b.at >= ?", at_from),
        ("b.at < ?", at_to),
        ("b.id < ?", before_id),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    filtered = " WHERE " + " AND ".join(where) if where else ""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT b.*, coalesce(d.kind, '') AS kind, coalesce(d.meet_at, '') AS meet_at,"
            " coalesce(d.interval_minutes, 0) AS interval_minutes,"
            " coalesce(u.display_name, u.username, '') AS user_name"
            " FROM broadcasts b LEFT JOIN paging_details d ON d.broadcast_id = b.id"
            f" LEFT JOIN users u ON u.id = b.user_id{filtered}"
            " ORDER BY b.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    ]


def count_since(db: sqlite_utils.Database, since: str) -> int:
    return db.conn.execute("SELECT count(*) FROM broadcasts WHERE at >= ?", (since,)).fetchone()[0]
