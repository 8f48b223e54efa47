"""SQL for lendable kinds and items, loans (append-only) and their one-time settlements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

KIND_FIELDS = (
    "code",
    "prefix",
    "name_zh",
    "name_en",
    "deposit_fen",
    "loan_minutes",
    "return_before_closing",
    "replacement_fen",
    "active",
)

OPEN = "NOT EXISTS (SELECT 1 FROM loan_settlements s WHERE s.loan_id = l.id)"

LOAN_COLUMNS = (
    "l.*, i.code AS item_code, k.id AS kind_id, k.code AS kind_code, k.name_zh, k.name_en,"
    " k.return_before_closing, k.replacement_fen,"
    " s.id AS settlement_id, s.at AS settled_at, s.condition, s.refund_fen, s.forfeit_fen,"
    " s.extra_charge_fen, s.reason AS settle_reason"
)
LOAN_FROM = (
    "loans l JOIN lending_items i ON i.id = l.item_id JOIN lending_kinds k ON k.id = i.kind_id"
    " LEFT JOIN loan_settlements s ON s.loan_id = l.id"
)


# --- kinds ------------------------------------------------------------------
def kinds(db: sqlite_utils.Database, active_only: bool = False) -> list[dict]:
    where = " WHERE active = 1" if active_only else ""
    return [dict(r) for r in db.conn.execute(f"SELECT * FROM lending_kinds{where} ORDER BY id")]


def kind_by_id(db: sqlite_utils.Database, kind_id: int) -> dict | None:
    row = db.conn.execute("SELECT * FROM lending_kinds WHERE id = ?", (kind_id,)).fetchone()
    return dict(row) if row else None


def kind_by_code(db: sqlite_utils.Database, code: str) -> dict | None:
    row = db.conn.execute("SELECT * FROM lending_kinds WHERE code = ?", (code,)).fetchone()
    return dict(row) if row else None


def insert_kind(db: sqlite_utils.Database, *, at: str, **fields) -> int:
    assert set(fields) <= set(KIND_FIELDS), fields
    return insert_row(db, "lending_kinds", {**fields, "created_at": at, "updated_at": at})


def update_kind(db: sqlite_utils.Database, kind_id: int, *, at: str, **fields) -> None:
    assert set(fields) <= set(KIND_FIELDS) - {"code", "prefix"}, fields
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(
        f"UPDATE lending_kinds SET {sets}, updated_at = :at WHERE id = :id",
        {**fields, "at": at, "id": kind_id},
    )


# --- items ------------------------------------------------------------------
ITEM_SELECT = (
    "SELECT i.*, k.code AS kind_code, k.name_zh, k.name_en, k.deposit_fen, k.loan_minutes,"
    " k.return_before_closing, k.replacement_fen, k.active AS kind_active,"
    f" (SELECT l.id FROM loans l WHERE l.item_id = i.id AND {OPEN}) AS open_loan_id"
    " FROM lending_items i JOIN lending_kinds k ON k.id = i.kind_id"
)


def item_by_code(db: sqlite_utils.Database, code: str) -> dict | None:
    row = db.conn.execute(f"{ITEM_SELECT} WHERE i.code = ?", (code,)).fetchone()
    return dict(row) if row else None


def item_by_id(db: sqlite_utils.Database, item_id: int) -> dict | None:
    row = db.conn.execute(f"{ITEM_SELECT} WHERE i.id = ?", (item_id,)).fetchone()
    return dict(row) if row else None


def items(
    db: sqlite_utils.Database,
    *,
    kind_id: int | None = None,
    include_retired: bool = True,
    offset: int = 0,
    limit: int = 1000,
) -> list[dict]:
    where, params = [], []
    if kind_id is not None:
        where.append("i.kind_id = ?")
        params.append(kind_id)
    if not include_retired:
        where.append("i.retired_at IS NULL")
    sql = ITEM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY i.kind_id, i.code LIMIT ? OFFSET ?"
    return [dict(r) for r in db.conn.execute(sql, (*params, limit, offset))]


def count_items_of_kind(db: sqlite_utils.Database, kind_id: int) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM lending_items WHERE kind_id = ?", (kind_id,)
    ).fetchone()[0]


def insert_item(db: sqlite_utils.Database, *, kind_id: int, code: str, note: str, at: str) -> int:
    cur = db.conn.execute(
        "INSERT INTO lending_items (kind_id, code, note, created_at) VALUES (?, ?, ?, ?)",
        (kind_id, code, note, at),
    )
    return cur.lastrowid


def retire_item(
    db: sqlite_utils.Database, item_id: int, *, at: str, reason: str, user_id: int
) -> None:
    db.conn.execute(
        "UPDATE lending_items SET retired_at = ?, retired_reason = ?, retired_by = ? WHERE id = ?",
        (at, reason, user_id, item_id),
    )


# --- loans ------------------------------------------------------------------
def insert_loan(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "loans", row)


def insert_settlement(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "loan_settlements", row)


def loan_by_id(db: sqlite_utils.Database, loan_id: int) -> dict | None:
    row = db.conn.execute(
        f"SELECT {LOAN_COLUMNS} FROM {LOAN_FROM} WHERE l.id = ?", (loan_id,)
    ).fetchone()
    return dict(row) if row else None


def loan_by_slip(db: sqlite_utils.Database, slip_no: str) -> dict | None:
    row = db.conn.execute(
        f"SELECT {LOAN_COLUMNS} FROM {LOAN_FROM} WHERE l.slip_no = ?", (slip_no,)
    ).fetchone()
    return dict(row) if row else None


def open_loans_by_phone(db: sqlite_utils.Database, phone: str) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {LOAN_COLUMNS} FROM {LOAN_FROM} WHERE l.borrower_phone = ? AND {OPEN}"
            " ORDER BY l.id",
            (phone,),
        )
    ]


def open_loans(
    db: sqlite_utils.Database,
    *,
    offset: int = 0,
    limit: int = 200,
    after_id: int | None = None,
    lent_from: str | None = None,
    lent_to: str | None = None,
    due_from: str | None = None,
    due_to: str | None = None,
) -> list[dict]:
    """Everything out, earliest due first: overdue, then due today, then later. Lent in
    [lent_from, lent_to) and due in [due_from, due_to) where given; `after_id` (the last row
    shown) pages on by key, from the loan after it in that order."""
    where, params = [OPEN], []
    for clause, value in (
        ("l.lent_at >= ?", lent_from),
        ("l.lent_at < ?", lent_to),
        ("l.due_at >= ?", due_from),
        ("l.due_at < ?", due_to),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    if after_id is not None:
        where.append(
            "(l.due_at > (SELECT due_at FROM loans WHERE id = ?)"
            " OR (l.due_at = (SELECT due_at FROM loans WHERE id = ?) AND l.id > ?))"
        )
        params += [after_id, after_id, after_id]
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {LOAN_COLUMNS} FROM {LOAN_FROM} WHERE {' AND '.join(where)}"
            " ORDER BY l.due_at, l.id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    ]


def open_loans_before_closing(db: sqlite_utils.Database) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {LOAN_COLUMNS} FROM {LOAN_FROM} WHERE {OPEN} AND k.return_before_closing = 1"
            " ORDER BY l.due_at, l.id"
        )
    ]


def held_totals(db: sqlite_utils.Database) -> dict:
    """Count of open loans and the deposits they hold, by payment method too."""
    rows = db.conn.execute(
        f"SELECT l.method, count(*) AS n, coalesce(sum(l.deposit_fen), 0) AS fen"
        f" FROM loans l WHERE {OPEN} GROUP BY l.method"
    ).fetchall()
    by_method = {r["method"]: r["fen"] for r in rows}
    return {
        "count": sum(r["n"] for r in rows),
        "deposit_fen": sum(by_method.values()),
        "by_method": by_method,
    }


# --- vouchers (schema 18) -----------------------------------------------------------------------
VOUCHER_SELECT = (
    "SELECT v.*, u.username AS issued_by_name, l.slip_no, s.condition, s.reason,"
    " a.username AS approved_by_name FROM loan_vouchers v"
    " JOIN users u ON u.id = v.issued_by JOIN loans l ON l.id = v.loan_id"
    " JOIN loan_settlements s ON s.id = v.settlement_id"
    " LEFT JOIN users a ON a.id = s.approved_by"
)


def insert_voucher(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "loan_vouchers", row)


def vouchers_of_loan(db: sqlite_utils.Database, loan_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(f"{VOUCHER_SELECT} WHERE v.loan_id = ? ORDER BY v.id", (loan_id,))
    ]


def voucher_by_no(db: sqlite_utils.Database, voucher_no: str) -> dict | None:
    row = db.conn.execute(f"{VOUCHER_SELECT} WHERE v.voucher_no = ?", (voucher_no,)).fetchone()
    return dict(row) if row else None
