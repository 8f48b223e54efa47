"""SQL for the service price list (with its price history), sales with their lines, and
voids. Sales, lines, prices and voids are append-only: a wrong sale gets a void row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

ITEM_SELECT = (
    "SELECT i.*, (SELECT p.price_fen FROM prices p WHERE p.item_id = i.id"
    " ORDER BY p.id DESC LIMIT 1) AS price_fen FROM price_items i"
)
SALE_SELECT = (
    "SELECT s.*, u.username, u.display_name, v.at AS voided_at, v.reason AS void_reason,"
    " v.shift_id AS void_shift_id, vu.username AS voided_by"
    " FROM sales s JOIN users u ON u.id = s.user_id"
    " LEFT JOIN sale_voids v ON v.sale_id = s.id LEFT JOIN users vu ON vu.id = v.user_id"
)


# --- price list ----------------------------------------------------------------------------
def price_items(db: sqlite_utils.Database, active_only: bool = False) -> list[dict]:
    where = " WHERE i.active = 1" if active_only else ""
    return [dict(r) for r in db.conn.execute(f"{ITEM_SELECT}{where} ORDER BY i.sort_key, i.id")]


def price_item(db: sqlite_utils.Database, item_id: int) -> dict | None:
    row = db.conn.execute(f"{ITEM_SELECT} WHERE i.id = ?", (item_id,)).fetchone()
    return dict(row) if row else None


def price_item_by_code(db: sqlite_utils.Database, code: str) -> dict | None:
    row = db.conn.execute(f"{ITEM_SELECT} WHERE i.code = ?", (code,)).fetchone()
    return dict(row) if row else None


def insert_price_item(db: sqlite_utils.Database, *, at: str, **fields) -> int:
    return insert_row(db, "price_items", {**fields, "created_at": at, "updated_at": at})


def update_price_item(db: sqlite_utils.Database, item_id: int, *, at: str, **fields) -> None:
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(
        f"UPDATE price_items SET {sets}, updated_at = :at WHERE id = :id",
        {**fields, "at": at, "id": item_id},
    )


def insert_price(
    db: sqlite_utils.Database, item_id: int, price_fen: int, at: str, user_id: int | None
) -> int:
    return db.conn.execute(
        "INSERT INTO prices (item_id, price_fen, valid_from, user_id) VALUES (?, ?, ?, ?)",
        (item_id, price_fen, at, user_id),
    ).lastrowid


def price_history(db: sqlite_utils.Database, item_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT p.*, u.username FROM prices p LEFT JOIN users u ON u.id = p.user_id"
            " WHERE p.item_id = ? ORDER BY p.id DESC",
            (item_id,),
        )
    ]


# --- sales ---------------------------------------------------------------------------------
def insert_sale(db: sqlite_utils.Database, **fields) -> int:
    return insert_row(db, "sales", fields)


def insert_line(db: sqlite_utils.Database, **fields) -> int:
    return insert_row(db, "sale_lines", fields)


def insert_void(db: sqlite_utils.Database, **fields) -> int:
    return insert_row(db, "sale_voids", fields)


def sale_by_receipt(db: sqlite_utils.Database, receipt_no: str) -> dict | None:
    row = db.conn.execute(f"{SALE_SELECT} WHERE s.receipt_no = ?", (receipt_no,)).fetchone()
    return dict(row) if row else None


def lines_of(db: sqlite_utils.Database, sale_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (sale_id,)
        )
    ]


def sales_between(
    db: sqlite_utils.Database,
    start: str,
    end: str,
    offset: int = 0,
    limit: int = 200,
    *,
    voided: bool | None = None,
    before_id: int | None = None,
) -> list[dict]:
    """Sales of [start, end) (ISO UTC), newest first, a page at a time: only the voided ones
    (or only those standing) when `voided` is given; `before_id` (the last row shown) pages
    on by key."""
    where, params = ["sold_at >= ?", "sold_at < ?"], [start, end]
    if voided is not None:
        where.append(f"id {'' if voided else 'NOT '}IN (SELECT sale_id FROM sale_voids)")
    if before_id is not None:
        where.append("id < ?")
        params.append(before_id)
    # the page's ids first (from the sold_at index alone), then only their rows are read:
    # a span of a year costs a sort of ids, not of whole joined rows
    page = f"SELECT id FROM sales WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ? OFFSET ?"
    return [
        dict(r)
        for r in db.conn.execute(
            f"{SALE_SELECT} WHERE s.id IN ({page}) ORDER BY s.id DESC", (*params, limit, offset)
        )
    ]


def count_between(db: sqlite_utils.Database, start: str, end: str) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM sales WHERE sold_at >= ? AND sold_at < ?", (start, end)
    ).fetchone()[0]


def totals_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Per payment method: count and sum of sales, and of those voided."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT s.method, count(*) AS n, sum(s.total_fen) AS total_fen,"
            " sum(CASE WHEN v.id IS NOT NULL THEN 1 ELSE 0 END) AS voided_n,"
            " coalesce(sum(CASE WHEN v.id IS NOT NULL THEN s.total_fen END), 0) AS voided_fen"
            " FROM sales s LEFT JOIN sale_voids v ON v.sale_id = s.id"
            " WHERE s.sold_at >= ? AND s.sold_at < ? GROUP BY s.method ORDER BY s.method",
            (start, end),
        )
    ]


def income_by_item(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Income per service over sales not voided."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT l.item_id, max(l.name_zh) AS name_zh, max(l.name_en) AS name_en,"
            " sum(l.quantity) AS quantity,"
            " sum(l.amount_fen) AS amount_fen FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
            " WHERE s.sold_at >= ? AND s.sold_at < ?"
            " AND NOT EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = s.id)"
            " GROUP BY l.item_id ORDER BY amount_fen DESC",
            (start, end),
        )
    ]
