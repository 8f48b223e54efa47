"""SQL of claim attempts: every check of a found item's hidden detail, and the supervisor
releases that let a claimant try again after too many wrong answers (append-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def insert_attempt(
    db: sqlite_utils.Database, *, item_id: int, at: str, user_id: int, via: str, agrees: bool
) -> int:
    return db.conn.execute(
        "INSERT INTO found_item_claim_attempts (found_item_id, at, user_id, via, agrees)"
        " VALUES (?, ?, ?, ?, ?)",
        (item_id, at, user_id, via, int(agrees)),
    ).lastrowid


def insert_release(
    db: sqlite_utils.Database, *, item_id: int, at: str, user_id: int, released_by: int, reason: str
) -> int:
    return db.conn.execute(
        "INSERT INTO found_item_claim_releases (found_item_id, at, user_id, released_by, reason)"
        " VALUES (?, ?, ?, ?, ?)",
        (item_id, at, user_id, released_by, reason),
    ).lastrowid


def wrong_and_releases(db: sqlite_utils.Database, item_id: int) -> tuple[int, int]:
    """The item's wrong answers ever and its supervisor releases ever."""
    row = db.conn.execute(
        "SELECT (SELECT count(*) FROM found_item_claim_attempts"
        "        WHERE found_item_id = ? AND agrees = 0),"
        " (SELECT count(*) FROM found_item_claim_releases WHERE found_item_id = ?)",
        (item_id, item_id),
    ).fetchone()
    return row[0], row[1]


def attempts(db: sqlite_utils.Database, item_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT a.*, u.username FROM found_item_claim_attempts a"
            " LEFT JOIN users u ON u.id = a.user_id WHERE a.found_item_id = ? ORDER BY a.id",
            (item_id,),
        )
    ]
