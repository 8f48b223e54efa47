"""SQL for the first-aid kit (应急药品): medicines and their append-only stock ledger.

Stock is the sum of the ledger; a trigger refuses any row that would take it below zero.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

MEDICINE_SELECT = (
    "SELECT m.*, coalesce((SELECT sum(change) FROM medicine_moves v"
    " WHERE v.medicine_id = m.id), 0) AS stock FROM medicines m"
)


def insert_medicine(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "medicines", row)


def medicine(db: sqlite_utils.Database, medicine_id: int) -> dict | None:
    row = db.conn.execute(f"{MEDICINE_SELECT} WHERE m.id = ?", (medicine_id,)).fetchone()
    return dict(row) if row else None


def medicine_by_name(db: sqlite_utils.Database, name: str) -> dict | None:
    row = db.conn.execute(f"{MEDICINE_SELECT} WHERE m.name = ?", (name,)).fetchone()
    return dict(row) if row else None


def medicines(db: sqlite_utils.Database, active_only: bool = True) -> list[dict]:
    where = " WHERE m.active = 1" if active_only else ""
    return [dict(r) for r in db.conn.execute(f"{MEDICINE_SELECT}{where} ORDER BY m.kind, m.name")]


def set_expiry(db: sqlite_utils.Database, medicine_id: int, expires_on: str | None) -> None:
    db.conn.execute("UPDATE medicines SET expires_on = ? WHERE id = ?", (expires_on, medicine_id))


def set_active(db: sqlite_utils.Database, medicine_id: int, active: bool) -> None:
    db.conn.execute("UPDATE medicines SET active = ? WHERE id = ?", (int(active), medicine_id))


def insert_move(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "medicine_moves", row)


def moves(
    db: sqlite_utils.Database,
    *,
    medicine_id: int | None = None,
    kind: str | None = None,
    at_from: str | None = None,
    at_to: str | None = None,
    before_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[dict]:
    """The kit's ledger newest first: of one medicine, of one kind of move, made within
    [at_from, at_to) where given; `before_id` (the last row shown) pages on by key."""
    clauses, params = [], []
    for clause, value in (
        ("v.medicine_id = ?", medicine_id),
        ("v.kind = ?", kind),
        ("v.at >= ?", at_from),
        ("v.at < ?", at_to),
        ("v.id < ?", before_id),
    ):
        if value is not None:
            clauses.append(clause)
            params.append(value)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT v.*, m.name, m.kind AS medicine_kind, m.unit,"
            " coalesce(u.display_name, u.username, '') AS user_name"
            " FROM medicine_moves v JOIN medicines m ON m.id = v.medicine_id"
            f" LEFT JOIN users u ON u.id = v.user_id{where} ORDER BY v.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    ]
