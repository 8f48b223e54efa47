"""SQL of the site's floors: a code (what shops and facilities keep), names in both languages,
an order and whether the floor is still in use. Rows are never deleted; a floor is retired."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

COLUMNS = "id, code, name_zh, name_en, position, active"
EDITABLE = {"name_zh", "name_en", "position", "active"}


def all_floors(db: sqlite_utils.Database) -> list[dict]:
    """Every floor, retired ones too, with how many open shops and facilities stand on it."""
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {COLUMNS},"
            " (SELECT count(*) FROM shops s WHERE s.floor = f.code AND s.active = 1) AS shops,"
            " (SELECT count(*) FROM facilities x WHERE x.floor = f.code AND x.active = 1)"
            " AS facilities"
            " FROM floors f ORDER BY position, code"
        )
    ]


def by_id(db: sqlite_utils.Database, floor_id: int) -> dict | None:
    row = db.conn.execute(f"SELECT {COLUMNS} FROM floors WHERE id = ?", (floor_id,)).fetchone()
    return dict(row) if row else None


def by_code(db: sqlite_utils.Database, code: str) -> dict | None:
    row = db.conn.execute(f"SELECT {COLUMNS} FROM floors WHERE code = ?", (code,)).fetchone()
    return dict(row) if row else None


def by_upper_code(db: sqlite_utils.Database, code: str) -> dict | None:
    """The floor whose code is `code` but for letter case (codes are unique that way)."""
    row = db.conn.execute(
        f"SELECT {COLUMNS} FROM floors WHERE UPPER(code) = ? ORDER BY id", (code.upper(),)
    ).fetchone()
    return dict(row) if row else None


def last_position(db: sqlite_utils.Database) -> int:
    return db.conn.execute("SELECT COALESCE(MAX(position), 0) FROM floors").fetchone()[0]


def insert(db: sqlite_utils.Database, *, code: str, name_zh: str, name_en: str, position: int):
    return insert_row(
        db,
        "floors",
        {"code": code, "name_zh": name_zh, "name_en": name_en, "position": position, "active": 1},
    )


def update(db: sqlite_utils.Database, floor_id: int, **fields) -> None:
    assert fields and set(fields) <= EDITABLE, fields
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(f"UPDATE floors SET {sets} WHERE id = :id", {**fields, "id": floor_id})


def users_of(db: sqlite_utils.Database, code: str) -> tuple[int, int]:
    """(open shops, facilities in service) standing on the floor."""
    return db.conn.execute(
        "SELECT (SELECT count(*) FROM shops WHERE floor = ? AND active = 1),"
        " (SELECT count(*) FROM facilities WHERE floor = ? AND active = 1)",
        (code, code),
    ).fetchone()
