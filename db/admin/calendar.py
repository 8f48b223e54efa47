"""SQL of the site calendar's effect on complaint deadlines."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def unanswered_cases(db: sqlite_utils.Database) -> list[dict]:
    """Cases still waiting for their first response: id, number, opened and due times."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT id, case_no, opened_at, due_at FROM complaint_cases"
            " WHERE first_response_at IS NULL ORDER BY id"
        )
    ]


def move_deadline(db: sqlite_utils.Database, case_id: int, due_at: str) -> None:
    db.conn.execute("UPDATE complaint_cases SET due_at = ? WHERE id = ?", (due_at, case_id))
