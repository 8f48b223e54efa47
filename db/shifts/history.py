"""SQL of the list of a desk's shifts: newest first, by status and the time opened, paged on
by key (the shifts table and its columns belong to db.shifts.shifts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.shifts.shifts import SHIFT_COLUMNS, SHIFT_FROM, _shift

if TYPE_CHECKING:
    import sqlite_utils

STATUS_WHERE = {
    "open": "s.closed_at IS NULL",
    "closed": "s.closed_at IS NOT NULL",
    "difference": "s.closed_at IS NOT NULL AND s.difference_fen <> 0",
}


def shifts_of_desk(
    db: sqlite_utils.Database,
    desk: str,
    *,
    status: str | None = None,
    opened_from: str | None = None,
    opened_to: str | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[dict]:
    """The desk's shifts newest first: in `status` (open, closed, closed with a difference),
    opened within [opened_from, opened_to) where given; `before_id` (the last row shown)
    pages on by key."""
    where, params = ["s.desk = ?"], [desk]
    if status is not None:
        where.append(STATUS_WHERE[status])
    for clause, value in (
        ("s.opened_at >= ?", opened_from),
        ("s.opened_at < ?", opened_to),
        ("s.id < ?", before_id),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    return [
        _shift(r)
        for r in db.conn.execute(
            f"SELECT {SHIFT_COLUMNS} FROM {SHIFT_FROM} WHERE {' AND '.join(where)}"
            " ORDER BY s.id DESC LIMIT ?",
            (*params, limit),
        )
    ]
