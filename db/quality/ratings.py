"""SQL of counter ratings: one append-only row per service (rated, keyed or skipped) and of
the hotline calls that rang out unanswered. Neither holds anything about the customer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils


def insert_rating(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "service_ratings", row)


def rating_by_id(db: sqlite_utils.Database, rating_id: int) -> dict | None:
    row = db.conn.execute("SELECT * FROM service_ratings WHERE id = ?", (rating_id,)).fetchone()
    return dict(row) if row else None


def rating_for(db: sqlite_utils.Database, service: str, reference: str) -> dict | None:
    row = db.conn.execute(
        "SELECT * FROM service_ratings WHERE service = ? AND reference = ?", (service, reference)
    ).fetchone()
    return dict(row) if row else None


def ratings_between(db: sqlite_utils.Database, first_day: str, end_day: str) -> list[dict]:
    """Ratings of the business days [first_day, end_day)."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT id, day, desk, service, clerk_id, source, score, reasons"
            " FROM service_ratings WHERE day >= ? AND day < ? ORDER BY id",
            (first_day, end_day),
        )
    ]


def insert_missed_call(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "hotline_missed_calls", row)


def missed_calls_between(db: sqlite_utils.Database, first_day: str, end_day: str) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT id, day, desk, rang_seconds, user_id FROM hotline_missed_calls"
            " WHERE day >= ? AND day < ? ORDER BY id",
            (first_day, end_day),
        )
    ]


def desks(db: sqlite_utils.Database) -> list[str]:
    """Every desk that has a rating, a check or a shift."""
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT desk FROM service_ratings UNION SELECT desk FROM qc_checks"
            " UNION SELECT desk FROM shifts ORDER BY 1"
        )
    ]
