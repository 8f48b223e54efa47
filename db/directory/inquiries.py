"""SQL of the inquiry tally: one append-only row per question a visitor asked; a row recorded
by mistake is taken back by a second row that cancels it (and counts minus one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

# Rows that count: not themselves a cancel, and not cancelled by a later row.
COUNTED = (
    "q.cancels_id IS NULL AND NOT EXISTS (SELECT 1 FROM inquiries c WHERE c.cancels_id = q.id)"
)


def insert(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "inquiries", row)


def by_id(db: sqlite_utils.Database, inquiry_id: int) -> dict | None:
    row = db.conn.execute(
        "SELECT q.*, s.name_zh AS shop_zh, s.name_en AS shop_en,"
        " EXISTS (SELECT 1 FROM inquiries c WHERE c.cancels_id = q.id) AS cancelled"
        " FROM inquiries q LEFT JOIN shops s ON s.id = q.shop_id WHERE q.id = ?",
        (inquiry_id,),
    ).fetchone()
    return dict(row) if row else None


def counts_by_hour(db: sqlite_utils.Database, day: str) -> list[tuple[int, str, int]]:
    return [
        (r[0], r[1], r[2])
        for r in db.conn.execute(
            f"SELECT q.hour, q.type, count(*) FROM inquiries q WHERE q.day = ? AND {COUNTED}"
            " GROUP BY q.hour, q.type ORDER BY q.hour, q.type",
            (day,),
        )
    ]


def hotline_figures(db: sqlite_utils.Database, day: str, within_seconds: int) -> dict:
    row = db.conn.execute(
        "SELECT count(*) AS calls, count(q.answer_seconds) AS timed,"
        " sum(CASE WHEN q.answer_seconds <= ? THEN 1 ELSE 0 END) AS within,"
        " avg(q.answer_seconds) AS average,"
        " max(q.answer_seconds) AS longest"
        f" FROM inquiries q WHERE q.day = ? AND q.channel = 'hotline' AND {COUNTED}",
        (within_seconds, day),
    ).fetchone()
    return dict(row)


def recent(
    db: sqlite_utils.Database,
    day: str,
    user_id: int | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[dict]:
    """The day's counted inquiries, newest first."""
    where, params = ["q.day = ?", COUNTED], [day]
    if user_id is not None:
        where.append("q.user_id = ?")
        params.append(user_id)
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT q.*, s.name_zh AS shop_zh, s.name_en AS shop_en, 0 AS cancelled"
            " FROM inquiries q LEFT JOIN shops s ON s.id = q.shop_id"
            f" WHERE {' AND '.join(where)} ORDER BY q.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]


def top_shops(db: sqlite_utils.Database, day: str, limit: int = 10) -> list[dict]:
    """The shops visitors asked the way to most often that day."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT s.id, s.name_zh, s.name_en, s.unit, count(*) AS asked FROM inquiries q"
            f" JOIN shops s ON s.id = q.shop_id WHERE q.day = ? AND {COUNTED}"
            " GROUP BY s.id ORDER BY asked DESC, s.name_zh LIMIT ?",
            (day, limit),
        )
    ]
