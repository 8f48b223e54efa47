"""SQL of the records the service level reads from other areas: hotline and counter
inquiries of the tally, and complaint cases (times and scores only, never the customer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.directory.inquiries import COUNTED

if TYPE_CHECKING:
    import sqlite_utils


def inquiries_between(db: sqlite_utils.Database, first_day: str, end_day: str) -> list[dict]:
    """Counted inquiries of the days [first_day, end_day): channel, clerk, answer seconds."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT q.id, q.day, q.channel, q.user_id, q.answer_seconds FROM inquiries q"
            f" WHERE q.day >= ? AND q.day < ? AND {COUNTED} ORDER BY q.id",
            (first_day, end_day),
        )
    ]


def complaints_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Cases opened in [start, end) (UTC instants): kind, who took it and the times."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT id, kind, opened_by, opened_at, due_at, first_response_at, resolved_at,"
            " satisfaction FROM complaint_cases WHERE opened_at >= ? AND opened_at < ?"
            " ORDER BY id",
            (start, end),
        )
    ]
