"""SQL for document numbers (one gapless counter per series and year) and the print log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.dialect import is_postgresql

if TYPE_CHECKING:
    import sqlite_utils


def next_number(db: sqlite_utils.Database, series: str, year: int) -> int:
    """Take the next number; must run inside the caller's write transaction."""
    assert db.conn.in_transaction, "document numbers are taken inside the caller's transaction"
    row = db.conn.execute(
        "INSERT INTO document_counters (series, year, last_number) VALUES (?, ?, 1)"
        " ON CONFLICT (series, year) DO UPDATE SET last_number = document_counters.last_number + 1"
        " RETURNING last_number",
        (series, year),
    ).fetchone()
    return row[0]


def last_number(db: sqlite_utils.Database, series: str, year: int) -> int:
    row = db.conn.execute(
        "SELECT last_number FROM document_counters WHERE series = ? AND year = ?", (series, year)
    ).fetchone()
    return row[0] if row else 0


def count_prints(db: sqlite_utils.Database, kind: str, number: str) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM document_prints WHERE document_kind = ? AND document_no = ?",
        (kind, number),
    ).fetchone()[0]


def record_print(
    db: sqlite_utils.Database,
    *,
    kind: str,
    number: str,
    copy_no: int,
    output: str,
    user_id: int | None,
    at: str,
) -> int:
    cur = db.conn.execute(
        "INSERT INTO document_prints (document_kind, document_no, copy_no, output, user_id,"
        " printed_at) VALUES (?, ?, ?, ?, ?, ?)",
        (kind, number, copy_no, output, user_id, at),
    )
    return cur.lastrowid


def prints_of(db: sqlite_utils.Database, kind: str, number: str) -> list[dict]:
    if is_postgresql(db) and "\x00" in f"{kind}{number}":
        return []  # PostgreSQL text holds no NUL: no document's kind or number has one
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT * FROM document_prints WHERE document_kind = ? AND document_no = ? ORDER BY id",
            (kind, number),
        )
    ]
