"""SQL of the shop directory: per-shop details (hours, brand, keywords), facilities, the
search index derived from both, and the desk's standard answers.

The shops table belongs to the shops module and is never altered here; the index keeps a
`source` text per entry so rows whose shop, details or facility changed are found by SQL
and re-indexed (pinyin is computed by the service), whoever changed them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row
from db.core.search import contains

if TYPE_CHECKING:
    import sqlite_utils

# What an index entry was built from: when this text changes the entry is rebuilt.
SHOP_SOURCE = (
    "s.name_zh || '|' || s.name_en || '|' || s.unit || '|' || s.floor || '|' ||"
    " s.category || '|' || s.phone || '|' || s.active || '|' ||"
    " COALESCE(d.hours, '') || '|' || COALESCE(d.brand, '') || '|' ||"
    " COALESCE(d.keywords, '') || '|' || COALESCE(fl.name_zh, '') || '|' ||"
    " COALESCE(fl.name_en, '')"
)
FACILITY_SOURCE = (
    "f.kind || '|' || f.name_zh || '|' || f.name_en || '|' || f.floor || '|' ||"
    " f.location || '|' || f.hours || '|' || f.active || '|' || COALESCE(fl.name_zh, '') ||"
    " '|' || COALESCE(fl.name_en, '')"
)

ENTRY_SELECT = f"""
SELECT 's:' || s.id AS entry, 'shop' AS kind, s.id AS ref_id, s.name_zh, s.name_en, s.unit,
       s.floor, s.category, s.phone, COALESCE(d.hours, '') AS hours,
       COALESCE(d.brand, '') AS brand, COALESCE(d.keywords, '') AS keywords, s.active,
       COALESCE(fl.name_zh, '') AS floor_zh, COALESCE(fl.name_en, '') AS floor_en,
       {SHOP_SOURCE} AS source
FROM shops s LEFT JOIN directory_shop_details d ON d.shop_id = s.id
     LEFT JOIN floors fl ON fl.code = s.floor
UNION ALL
SELECT 'f:' || f.id, 'facility', f.id, f.name_zh, f.name_en, f.location, f.floor, f.kind, '',
       f.hours, '', '', f.active, COALESCE(fl.name_zh, ''), COALESCE(fl.name_en, ''),
       {FACILITY_SOURCE}
FROM facilities f LEFT JOIN floors fl ON fl.code = f.floor
"""


# --- shop details and facilities ----------------------------------------------------------
def details(db: sqlite_utils.Database, shop_id: int) -> dict | None:
    row = db.conn.execute(
        "SELECT * FROM directory_shop_details WHERE shop_id = ?", (shop_id,)
    ).fetchone()
    return dict(row) if row else None


def put_details(
    db: sqlite_utils.Database, shop_id: int, *, hours: str, brand: str, keywords: str, at: str
) -> None:
    db.conn.execute(
        "INSERT INTO directory_shop_details (shop_id, hours, brand, keywords, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (shop_id) DO UPDATE SET hours = excluded.hours,"
        " brand = excluded.brand, keywords = excluded.keywords,"
        " updated_at = excluded.updated_at",
        (shop_id, hours, brand, keywords, at),
    )


FACILITY_FIELDS = ("kind", "name_zh", "name_en", "floor", "location", "hours", "active")


def facility(db: sqlite_utils.Database, facility_id: int) -> dict | None:
    row = db.conn.execute("SELECT * FROM facilities WHERE id = ?", (facility_id,)).fetchone()
    return dict(row) if row else None


def facilities(
    db: sqlite_utils.Database, floor: str | None = None, active_only: bool = True
) -> list[dict]:
    where, params = [], []
    if floor is not None:
        where.append("floor = ?")
        params.append(floor)
    if active_only:
        where.append("active = 1")
    sql = "SELECT * FROM facilities" + (" WHERE " + " AND ".join(where) if where else "")
    return [dict(r) for r in db.conn.execute(sql + " ORDER BY floor, kind, id", params)]


def insert_facility(db: sqlite_utils.Database, *, at: str, **fields) -> int:
    assert set(fields) <= set(FACILITY_FIELDS), fields
    return insert_row(db, "facilities", {**fields, "created_at": at, "updated_at": at})


def update_facility(db: sqlite_utils.Database, facility_id: int, *, at: str, **fields) -> None:
    assert fields and set(fields) <= set(FACILITY_FIELDS), fields
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(
        f"UPDATE facilities SET {sets}, updated_at = :at WHERE id = :id",
        {**fields, "at": at, "id": facility_id},
    )


# --- the search index ---------------------------------------------------------------------
def stale_entries(db: sqlite_utils.Database) -> list[dict]:
    """Shops and facilities whose index entry is missing or built from older data."""
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT e.* FROM ({ENTRY_SELECT}) e LEFT JOIN directory_index i ON i.entry = e.entry"
            " WHERE i.source IS NULL OR i.source <> e.source"
        )
    ]


def index_incomplete(db: sqlite_utils.Database) -> bool:
    """Some shop or facility has no index entry yet (three counts, no scan of the index)."""
    return (
        db.conn.execute(
            "SELECT (SELECT count(*) FROM shops) + (SELECT count(*) FROM facilities)"
            " <> (SELECT count(*) FROM directory_index)"
        ).fetchone()[0]
        == 1
    )


def put_entry(
    db: sqlite_utils.Database,
    *,
    entry: str,
    kind: str,
    ref_id: int,
    active: int,
    source: str,
    haystack: str,
    initials: str,
) -> None:
    db.conn.execute(
        "INSERT INTO directory_index (entry, kind, ref_id, active, source, haystack, initials)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry) DO UPDATE SET kind = excluded.kind,"
        " ref_id = excluded.ref_id, active = excluded.active, source = excluded.source,"
        " haystack = excluded.haystack, initials = excluded.initials",
        (entry, kind, ref_id, active, source, haystack, initials),
    )


_like = contains


def search(
    db: sqlite_utils.Database, terms: list[str], floor: str = "", limit: int = 500
) -> list[dict]:
    """Open entries whose index text holds every term (substring LIKE, so one- and
    two-character Chinese words are found too)."""
    clauses, params = ["i.active = 1"], []
    for term in terms:
        clauses.append("i.haystack LIKE ? ESCAPE '\\'")
        params.append(_like(term))
    if floor:
        clauses.append("e.floor = ?")
        params.append(floor)
    sql = (
        f"SELECT e.*, i.initials FROM directory_index i JOIN ({ENTRY_SELECT}) e"
        f" ON e.entry = i.entry WHERE {' AND '.join(clauses)} LIMIT ?"
    )
    return [dict(r) for r in db.conn.execute(sql, [*params, limit])]


def entry(db: sqlite_utils.Database, key: str) -> dict | None:
    row = db.conn.execute(f"SELECT * FROM ({ENTRY_SELECT}) e WHERE entry = ?", (key,)).fetchone()
    return dict(row) if row else None


def floors(db: sqlite_utils.Database) -> list[str]:
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT floor FROM shops WHERE active = 1 AND floor <> '' UNION"
            " SELECT floor FROM facilities WHERE active = 1 AND floor <> '' ORDER BY 1"
        )
    ]


def entries_on_floor(db: sqlite_utils.Database, floor: str) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT * FROM ({ENTRY_SELECT}) e WHERE active = 1 AND floor = ?"
            " ORDER BY kind DESC, unit, name_zh",
            (floor,),
        )
    ]


# --- answers ------------------------------------------------------------------------------
ANSWER_FIELDS = (
    "topic",
    "title_zh",
    "title_en",
    "body_zh",
    "body_en",
    "keywords",
    "valid_from",
    "valid_until",
    "active",
)


def answer(db: sqlite_utils.Database, answer_id: int) -> dict | None:
    row = db.conn.execute("SELECT * FROM answers WHERE id = ?", (answer_id,)).fetchone()
    return dict(row) if row else None


def insert_answer(db: sqlite_utils.Database, *, at: str, user_id: int, **fields) -> int:
    assert set(fields) <= set(ANSWER_FIELDS), fields
    row = {**fields, "created_at": at, "updated_at": at, "updated_by": user_id}
    return insert_row(db, "answers", row)


def update_answer(
    db: sqlite_utils.Database, answer_id: int, *, at: str, user_id: int, **fields
) -> None:
    assert fields and set(fields) <= set(ANSWER_FIELDS), fields
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(
        f"UPDATE answers SET {sets}, updated_at = :at, updated_by = :user_id WHERE id = :id",
        {**fields, "at": at, "user_id": user_id, "id": answer_id},
    )


def search_answers(
    db: sqlite_utils.Database,
    terms: list[str],
    *,
    today: str | None,
    active_only: bool,
    topic: str = "",
    offset: int = 0,
    limit: int = 200,
) -> list[dict]:
    """Answers holding every term; with `today` only those in force that day."""
    text = (
        "lower(title_zh || ' ' || title_en || ' ' || body_zh || ' ' || body_en || ' ' ||"
        " keywords || ' ' || topic)"
    )
    clauses, params = [], []
    for term in terms:
        clauses.append(f"{text} LIKE ? ESCAPE '\\'")
        params.append(_like(term))
    if active_only:
        clauses.append("active = 1")
    if today is not None:
        clauses.append(
            "(valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until >= ?)"
        )
        params += [today, today]
    if topic:
        clauses.append("topic = ?")
        params.append(topic)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT * FROM answers{where} ORDER BY topic, valid_until IS NULL, valid_until, id"
            " LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
