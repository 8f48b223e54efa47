"""SQL for what the paging desk adds to the shared broadcast log (db.lost_found's
`broadcasts`): the kind of announcement, where the person is met, and how often it repeats.
One optional row per broadcast; both append-only."""

from __future__ import annotations

import sqlite_utils

from db.core.rows import insert_row


def insert_details(db: sqlite_utils.Database, **row) -> None:
    insert_row(db, "paging_details", row)


def pages(db: sqlite_utils.Database, *, offset: int = 0, limit: int = 200) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT b.*, coalesce(d.kind, '') AS kind, coalesce(d.meet_at, '') AS meet_at,"
            " coalesce(d.interval_minutes, 0) AS interval_minutes,"
            " coalesce(u.display_name, u.username, '') AS user_name"
            " FROM broadcasts b LEFT JOIN paging_details d ON d.broadcast_id = b.id"
            " LEFT JOIN users u ON u.id = b.user_id ORDER BY b.id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
    ]


def count_since(db: sqlite_utils.Database, since: str) -> int:
    return db.conn.execute("SELECT count(*) FROM broadcasts WHERE at >= ?", (since,)).fetchone()[0]
