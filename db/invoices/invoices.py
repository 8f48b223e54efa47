"""SQL for invoices (代开发票): the invoice with its lines and source purchase receipts, voids,
and red-letter (credit) invoices that point at their original. Nothing is deleted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

INVOICE_SELECT = (
    "SELECT i.*, u.username, u.display_name, o.invoice_no AS original_no,"
    " v.at AS voided_at, v.reason AS void_reason, vu.username AS voided_by,"
    # INDEXED BY: red-letter invoices are rare, so ANALYZE sees original_id almost all NULL
    # and would scan every invoice for each row of the register
    " (SELECT coalesce(sum(r.total_fen), 0) FROM invoices r INDEXED BY invoices_original"
    "  WHERE r.original_id = i.id"
    "  AND NOT EXISTS (SELECT 1 FROM invoice_voids rv WHERE rv.invoice_id = r.id))"
    "  AS credited_fen"
    " FROM invoices i JOIN users u ON u.id = i.user_id"
    " LEFT JOIN invoices o ON o.id = i.original_id"
    " LEFT JOIN invoice_voids v ON v.invoice_id = i.id LEFT JOIN users vu ON vu.id = v.user_id"
)


def _insert(db: sqlite_utils.Database, table: str, fields: dict) -> int:
    return insert_row(db, table, fields)


def insert_invoice(db: sqlite_utils.Database, **fields) -> int:
    return _insert(db, "invoices", fields)


def insert_line(db: sqlite_utils.Database, **fields) -> int:
    return _insert(db, "invoice_lines", fields)


def insert_source(db: sqlite_utils.Database, **fields) -> int:
    return _insert(db, "invoice_sources", fields)


def insert_void(db: sqlite_utils.Database, **fields) -> int:
    return _insert(db, "invoice_voids", fields)


def release_sources(db: sqlite_utils.Database, invoice_id: int) -> None:
    """A voided invoice gives its purchase receipts back, so they can be invoiced right."""
    db.conn.execute(
        "UPDATE invoice_sources SET released = 1 WHERE invoice_id = ? AND released = 0",
        (invoice_id,),
    )


def source_holder(db: sqlite_utils.Database, shop_id: int | None, receipt_no: str) -> dict | None:
    """The live invoice that already covers this purchase receipt, if any."""
    row = db.conn.execute(
        "SELECT i.invoice_no, i.issued_at FROM invoice_sources s"
        " JOIN invoices i ON i.id = s.invoice_id"
        " WHERE coalesce(s.shop_id, 0) = coalesce(?, 0) AND s.receipt_no = ? AND s.released = 0",
        (shop_id, receipt_no),
    ).fetchone()
    return dict(row) if row else None


def invoice_by_no(db: sqlite_utils.Database, invoice_no: str) -> dict | None:
    row = db.conn.execute(f"{INVOICE_SELECT} WHERE i.invoice_no = ?", (invoice_no,)).fetchone()
    return dict(row) if row else None


def invoice_by_e_no(db: sqlite_utils.Database, e_invoice_no: str) -> dict | None:
    row = db.conn.execute(
        "SELECT invoice_no FROM invoices WHERE e_invoice_no = ?", (e_invoice_no,)
    ).fetchone()
    return dict(row) if row else None


def lines_of(db: sqlite_utils.Database, invoice_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no", (invoice_id,)
        )
    ]


def credited_lines(db: sqlite_utils.Database, invoice_id: int) -> dict[int, dict]:
    """Per line of an original: quantity and tax already credited by live red-letters."""
    return {
        r["original_line_id"]: dict(r)
        for r in db.conn.execute(
            "SELECT l.original_line_id, -sum(l.quantity) AS quantity, -sum(l.tax_fen) AS tax_fen"
            " FROM invoice_lines l JOIN invoices r ON r.id = l.invoice_id"
            " WHERE r.original_id = ? AND NOT EXISTS"
            " (SELECT 1 FROM invoice_voids v WHERE v.invoice_id = r.id)"
            " GROUP BY l.original_line_id",
            (invoice_id,),
        )
    }


def sources_of(db: sqlite_utils.Database, invoice_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT s.*, sh.name_zh AS shop_name FROM invoice_sources s"
            " LEFT JOIN shops sh ON sh.id = s.shop_id WHERE s.invoice_id = ? ORDER BY s.id",
            (invoice_id,),
        )
    ]


def reds_of(db: sqlite_utils.Database, invoice_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            f"{INVOICE_SELECT} WHERE i.original_id = ? ORDER BY i.id", (invoice_id,)
        )
    ]


STATUS_WHERE = {  # the register's status filter
    "valid": "v.invoice_id IS NULL AND i.kind = 'blue'",
    "red": "v.invoice_id IS NULL AND i.kind = 'red'",
    "voided": "v.invoice_id IS NOT NULL",
}


def invoices_between(
    db: sqlite_utils.Database,
    start: str,
    end: str,
    offset: int = 0,
    limit: int = 200,
    *,
    status: str | None = None,
    before_id: int | None = None,
) -> list[dict]:
    """Invoices of [start, end) (ISO UTC), newest first: only those in `status` (valid blue,
    red-letter, voided) when given; `before_id` (the last row shown) pages on by key."""
    where, params = ["i.issued_at >= ?", "i.issued_at < ?"], [start, end]
    if status is not None:
        where.append(STATUS_WHERE[status])
    if before_id is not None:
        where.append("i.id < ?")
        params.append(before_id)
    return [
        dict(r)
        for r in db.conn.execute(
            f"{INVOICE_SELECT} WHERE {' AND '.join(where)} ORDER BY i.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    ]


def count_between(db: sqlite_utils.Database, start: str, end: str) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM invoices WHERE issued_at >= ? AND issued_at < ?", (start, end)
    ).fetchone()[0]


def totals_by_rate(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Per kind and tax rate: net, tax and gross of invoices not voided."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT i.kind, l.tax_rate, count(DISTINCT i.id) AS n, sum(l.net_fen) AS net_fen,"
            " sum(l.tax_fen) AS tax_fen, sum(l.gross_fen) AS gross_fen"
            " FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
            " WHERE i.issued_at >= ? AND i.issued_at < ?"
            " AND NOT EXISTS (SELECT 1 FROM invoice_voids v WHERE v.invoice_id = i.id)"
            " GROUP BY i.kind, l.tax_rate ORDER BY l.tax_rate, i.kind",
            (start, end),
        )
    ]


def voided_between(db: sqlite_utils.Database, start: str, end: str) -> dict:
    row = db.conn.execute(
        "SELECT count(*) AS n, coalesce(sum(i.total_fen), 0) AS total_fen FROM invoices i"
        " JOIN invoice_voids v ON v.invoice_id = i.id"
        " WHERE i.issued_at >= ? AND i.issued_at < ?",
        (start, end),
    ).fetchone()
    return dict(row)
