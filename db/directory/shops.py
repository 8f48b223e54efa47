"""SQL for the site's tenants (shops). Rows are never deleted; a shop is closed instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.dialect import pick
from db.core.search import contains

if TYPE_CHECKING:
    import sqlite_utils

COLUMNS = (
    "id, name_zh, name_en, unit, floor, category, phone, tax_id, active, created_at, updated_at"
)
EDITABLE = {
    "name_zh",
    "name_en",
    "unit",
    "floor",
    "category",
    "phone",
    "tax_id",
    "active",
    "updated_at",
}
SEARCHED = ("name_zh", "name_en", "unit", "floor", "category")
ORDER = "ORDER BY floor, unit, name_zh, id"


def insert(
    db: sqlite_utils.Database,
    *,
    name_zh: str,
    name_en: str,
    unit: str,
    floor: str,
    category: str,
    phone: str,
    tax_id: str,
    active: bool,
    created_at: str,
) -> int:
    cur = db.conn.execute(
        "INSERT INTO shops (name_zh, name_en, unit, floor, category, phone, tax_id, active,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            name_zh,
            name_en,
            unit,
            floor,
            category,
            phone,
            tax_id,
            int(active),
            created_at,
            created_at,
        ),
    )
    return cur.lastrowid


def update(db: sqlite_utils.Database, shop_id: int, **fields) -> None:
    assert fields and set(fields) <= EDITABLE, fields
    if "active" in fields:
        fields["active"] = int(fields["active"])
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(f"UPDATE shops SET {sets} WHERE id = :id", {**fields, "id": shop_id})


def by_id(db: sqlite_utils.Database, shop_id: int) -> dict | None:
    row = db.conn.execute(f"SELECT {COLUMNS} FROM shops WHERE id = ?", (shop_id,)).fetchone()
    return dict(row) if row else None


_like = contains


def _where(text: str, active_only: bool) -> tuple[str, list]:
    """Every word of `text` must occur in one of the searched columns.

    Plain substring LIKE (not FTS) so one- and two-character Chinese words are found; LIKE is
    case-insensitive for ASCII in SQLite (a PostgreSQL engine would use ILIKE). A mall has
    hundreds of shops, so the scan is cheap.
    """
    clauses, params = [], []
    if active_only:
        clauses.append("active = 1")
    for term in text.split():
        clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in SEARCHED) + ")")
        params.extend([_like(term)] * len(SEARCHED))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def search(
    db: sqlite_utils.Database,
    text: str = "",
    active_only: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[dict]:
    where, params = _where(text, active_only)
    sql = f"SELECT {COLUMNS} FROM shops{where} {ORDER} LIMIT ? OFFSET ?"
    return [dict(r) for r in db.conn.execute(sql, [*params, limit, offset])]


def count(db: sqlite_utils.Database, text: str = "", active_only: bool = True) -> int:
    where, params = _where(text, active_only)
    return db.conn.execute(f"SELECT count(*) FROM shops{where}", params).fetchone()[0]


def all_active(db: sqlite_utils.Database) -> list[dict]:
    return [
        dict(r) for r in db.conn.execute(f"SELECT {COLUMNS} FROM shops WHERE active = 1 {ORDER}")
    ]


def by_name_zh(db: sqlite_utils.Database, name_zh: str) -> list[dict]:
    """Shops with exactly this Chinese name, open ones first."""
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {COLUMNS} FROM shops WHERE name_zh = ? ORDER BY active DESC, id DESC",
            (name_zh,),
        )
    ]


def with_unit(db: sqlite_utils.Database, unit: str) -> list[dict]:
    """Shops at this unit (any letter case), open ones first, newest first."""
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {COLUMNS} FROM shops WHERE "
            + pick(db, sqlite="unit = ? COLLATE NOCASE", postgresql="lower(unit) = lower(?)")
            + " ORDER BY active DESC, id DESC",
            (unit,),
        )
    ]


def distinct_values(db: sqlite_utils.Database, column: str) -> list[str]:
    """The floors or categories already in use, for the edit form's suggestions."""
    assert column in ("floor", "category"), column
    return [
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT {column} FROM shops WHERE {column} <> '' ORDER BY {column}"
        )
    ]
