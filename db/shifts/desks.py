"""SQL of the site's register of desks (counters): a code in canonical form, names in both
languages, active or retired. Rows are never deleted and a code never changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

COLUMNS = "id, code, name_zh, name_en, active"
EDITABLE = {"name_zh", "name_en", "active"}


def all_desks(db: sqlite_utils.Database) -> list[dict]:
    """Every desk, retired ones too, with whether a shift is open at it now."""
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {COLUMNS},"
            " (SELECT count(*) FROM shifts s WHERE s.desk = d.code AND s.closed_at IS NULL)"
            " AS open_shifts"
            " FROM desks d ORDER BY id"
        )
    ]


def by_id(db: sqlite_utils.Database, desk_id: int) -> dict | None:
    row = db.conn.execute(f"SELECT {COLUMNS} FROM desks WHERE id = ?", (desk_id,)).fetchone()
    return dict(row) if row else None


def by_code(db: sqlite_utils.Database, code: str) -> dict | None:
    row = db.conn.execute(f"SELECT {COLUMNS} FROM desks WHERE code = ?", (code,)).fetchone()
    return dict(row) if row else None


def insert(db: sqlite_utils.Database, *, code: str, name_zh: str, name_en: str) -> int:
    return insert_row(
        db, "desks", {"code": code, "name_zh": name_zh, "name_en": name_en, "active": 1}
    )


def update(db: sqlite_utils.Database, desk_id: int, **fields) -> None:
    assert fields and set(fields) <= EDITABLE, fields
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(f"UPDATE desks SET {sets} WHERE id = :id", {**fields, "id": desk_id})


def used(db: sqlite_utils.Database, code: str) -> bool:
    """A shift was ever opened at the desk (its code then stays as it is)."""
    return (
        db.conn.execute("SELECT 1 FROM shifts WHERE desk = ? LIMIT 1", (code,)).fetchone()
        is not None
    )
