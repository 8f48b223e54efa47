"""SQL for shifts (one open per desk) and the append-only ledger of money movements."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# staff are named as people know them: their display name, the user name when they have none
SHIFT_COLUMNS = (
    "s.*, COALESCE(NULLIF(uo.display_name, ''), uo.username) AS opened_by_name,"
    " COALESCE(NULLIF(uc.display_name, ''), uc.username) AS closed_by_name,"
    " us.username AS signed_off_by_name"  # who signed: the account that gave its password
)
SHIFT_FROM = (
    "shifts s LEFT JOIN users uo ON uo.id = s.opened_by LEFT JOIN users uc ON uc.id = s.closed_by"
    " LEFT JOIN users us ON us.id = s.signed_off_by"
)


def _shift(row) -> dict | None:
    if row is None:
        return None
    d = dict(row)
    for key in ("float_counts", "counted_counts"):
        d[key] = json.loads(d[key]) if d.get(key) else None
    return d


def open_shift(db: sqlite_utils.Database, desk: str) -> dict | None:
    return _shift(
        db.conn.execute(
            f"SELECT {SHIFT_COLUMNS} FROM {SHIFT_FROM} WHERE s.desk = ? AND s.closed_at IS NULL",
            (desk,),
        ).fetchone()
    )


def shift_by_id(db: sqlite_utils.Database, shift_id: int) -> dict | None:
    return _shift(
        db.conn.execute(
            f"SELECT {SHIFT_COLUMNS} FROM {SHIFT_FROM} WHERE s.id = ?", (shift_id,)
        ).fetchone()
    )


def recent_shifts(db: sqlite_utils.Database, desk: str, limit: int = 50) -> list[dict]:
    return [
        _shift(r)
        for r in db.conn.execute(
            f"SELECT {SHIFT_COLUMNS} FROM {SHIFT_FROM} WHERE s.desk = ? ORDER BY s.id DESC LIMIT ?",
            (desk, limit),
        )
    ]


def insert_shift(
    db: sqlite_utils.Database,
    *,
    desk: str,
    opened_at: str,
    opened_by: int,
    float_fen: int,
    float_counts: dict,
) -> int:
    cur = db.conn.execute(
        "INSERT INTO shifts (desk, opened_at, opened_by, float_fen, float_counts)"
        " VALUES (?, ?, ?, ?, ?)",
        (desk, opened_at, opened_by, float_fen, json.dumps(float_counts, sort_keys=True)),
    )
    return cur.lastrowid


def close_shift(
    db: sqlite_utils.Database,
    shift_id: int,
    *,
    closed_at: str,
    closed_by: int,
    counted_fen: int,
    counted_counts: dict,
    expected_fen: int,
    difference_fen: int,
    reason: str,
    signed_off_by: int | None,
    report_no: str,
) -> None:
    cur = db.conn.execute(
        "UPDATE shifts SET closed_at = ?, closed_by = ?, counted_fen = ?, counted_counts = ?,"
        " expected_fen = ?, difference_fen = ?, reason = ?, signed_off_by = ?, report_no = ?"
        " WHERE id = ? AND closed_at IS NULL",
        (
            closed_at,
            closed_by,
            counted_fen,
            json.dumps(counted_counts, sort_keys=True),
            expected_fen,
            difference_fen,
            reason,
            signed_off_by,
            report_no,
            shift_id,
        ),
    )
    assert cur.rowcount == 1, "the shift was open when the close began"


def insert_movement(
    db: sqlite_utils.Database,
    *,
    shift_id: int,
    at: str,
    user_id: int | None,
    kind: str,
    method: str,
    amount_fen: int,
    ref: str,
) -> int:
    cur = db.conn.execute(
        "INSERT INTO cash_movements (shift_id, at, user_id, kind, method, amount_fen, ref)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (shift_id, at, user_id, kind, method, amount_fen, ref),
    )
    return cur.lastrowid


def movements(db: sqlite_utils.Database, shift_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT m.*, u.username FROM cash_movements m LEFT JOIN users u ON u.id = m.user_id"
            " WHERE m.shift_id = ? ORDER BY m.id",
            (shift_id,),
        )
    ]


def totals_by_kind_and_method(db: sqlite_utils.Database, shift_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT kind, method, count(*) AS n, sum(amount_fen) AS amount_fen FROM cash_movements"
            " WHERE shift_id = ? GROUP BY kind, method ORDER BY kind, method",
            (shift_id,),
        )
    ]


def cash_in_out(db: sqlite_utils.Database, shift_id: int) -> tuple[int, int]:
    """Cash into the drawer and cash out of it (both as positive fen)."""
    row = db.conn.execute(
        "SELECT coalesce(sum(CASE WHEN amount_fen > 0 THEN amount_fen END), 0),"
        " coalesce(sum(CASE WHEN amount_fen < 0 THEN -amount_fen END), 0)"
        " FROM cash_movements WHERE shift_id = ? AND method = 'cash'",
        (shift_id,),
    ).fetchone()
    return row[0], row[1]


# --- the cash counts of a shift (first count and recounts, append-only) ----------------------
def insert_count(
    db: sqlite_utils.Database,
    *,
    shift_id: int,
    counted_at: str,
    counted_by: int,
    counted_fen: int,
    counted_counts: dict,
    expected_fen: int,
    last_movement_id: int,
) -> int:
    """The next count of the shift: its number is taken in the same statement."""
    cur = db.conn.execute(
        "INSERT INTO shift_counts (shift_id, seq, counted_at, counted_by, counted_fen,"
        " counted_counts, expected_fen, last_movement_id)"
        " VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM shift_counts WHERE shift_id = ?),"
        " ?, ?, ?, ?, ?, ?)",
        (
            shift_id,
            shift_id,
            counted_at,
            counted_by,
            counted_fen,
            json.dumps(counted_counts, sort_keys=True),
            expected_fen,
            last_movement_id,
        ),
    )
    return cur.lastrowid


def counts(db: sqlite_utils.Database, shift_id: int) -> list[dict]:
    rows = db.conn.execute(
        "SELECT c.*, COALESCE(NULLIF(u.display_name, ''), u.username) AS counted_by_name"
        " FROM shift_counts c LEFT JOIN users u ON u.id = c.counted_by"
        " WHERE c.shift_id = ? ORDER BY c.seq",
        (shift_id,),
    )
    return [{**dict(r), "counted_counts": json.loads(r["counted_counts"])} for r in rows]


def last_movement_id(db: sqlite_utils.Database, shift_id: int) -> int:
    return db.conn.execute(
        "SELECT coalesce(max(id), 0) FROM cash_movements WHERE shift_id = ?", (shift_id,)
    ).fetchone()[0]


def movement_count(db: sqlite_utils.Database, shift_id: int) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM cash_movements WHERE shift_id = ?", (shift_id,)
    ).fetchone()[0]


def blind_desks_with_cash(db: sqlite_utils.Database, start: str, end: str) -> list[str]:
    """Desks whose open, not yet counted shift took or paid cash in [start, end)."""
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT DISTINCT s.desk FROM shifts s JOIN cash_movements m ON m.shift_id = s.id"
            " WHERE s.closed_at IS NULL AND m.method = 'cash' AND m.at >= ? AND m.at < ?"
            " AND NOT EXISTS (SELECT 1 FROM shift_counts c WHERE c.shift_id = s.id)"
            " ORDER BY s.desk",
            (start, end),
        )
    ]
