"""SQL for finance: month locks, income hand-overs, and the read-only queries of the daily
ledger and the monthly export. Every range is [start, end) in stored UTC text."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from db.core.dialect import group_concat

if TYPE_CHECKING:
    import sqlite_utils


def _all(db: sqlite_utils.Database, sql: str, params=()) -> list[dict]:
    return [dict(r) for r in db.conn.execute(sql, params).fetchall()]


def _one(db: sqlite_utils.Database, sql: str, params=()) -> dict | None:
    row = db.conn.execute(sql, params).fetchone()
    return dict(row) if row is not None else None


# --- month locks ---------------------------------------------------------------------------
def insert_lock_event(db: sqlite_utils.Database, **row) -> int:
    cur = db.conn.execute(
        "INSERT INTO month_locks (month, action, at, user_id, reason)"
        " VALUES (:month, :action, :at, :user_id, :reason)",
        row,
    )
    return cur.lastrowid


def last_lock_event(db: sqlite_utils.Database, month: str) -> dict | None:
    return _one(
        db,
        "SELECT l.*, u.username, u.display_name FROM month_locks l"
        " JOIN users u ON u.id = l.user_id WHERE l.month = ?"
        " ORDER BY l.id DESC LIMIT 1",
        (month,),
    )


def lock_events(db: sqlite_utils.Database, limit: int = 500) -> list[dict]:
    return _all(
        db,
        "SELECT l.*, u.username, u.display_name FROM month_locks l"
        " JOIN users u ON u.id = l.user_id ORDER BY l.id DESC LIMIT ?",
        (limit,),
    )


# --- hand-overs ----------------------------------------------------------------------------
def insert_handover(
    db: sqlite_utils.Database,
    *,
    handover_no: str,
    desk: str,
    business_date: str,
    at: str,
    user_id: int,
    figures: dict,
) -> int:
    cur = db.conn.execute(
        "INSERT INTO handovers (handover_no, desk, business_date, at, user_id, figures)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (handover_no, desk, business_date, at, user_id, json.dumps(figures, ensure_ascii=False)),
    )
    return cur.lastrowid


def handover_of(db: sqlite_utils.Database, business_date: str, desk: str) -> dict | None:
    """The desk's voucher of the day, or one that covered the whole site ('', issued before
    desks were kept)."""
    row = _one(
        db,
        "SELECT h.*, u.username, u.display_name FROM handovers h"
        " JOIN users u ON u.id = h.user_id WHERE h.business_date = ? AND h.desk IN (?, '')"
        " ORDER BY h.desk DESC",
        (business_date, desk),
    )
    if row is not None:
        row["figures"] = json.loads(row["figures"])
    return row


def handovers_of_day(db: sqlite_utils.Database, business_date: str) -> list[dict]:
    """Every voucher of the day, desk by desk."""
    rows = _all(
        db,
        "SELECT h.*, u.username, u.display_name FROM handovers h"
        " JOIN users u ON u.id = h.user_id WHERE h.business_date = ? ORDER BY h.desk",
        (business_date,),
    )
    for row in rows:
        row["figures"] = json.loads(row["figures"])
    return rows


# --- money ---------------------------------------------------------------------------------
# A desk's rows: those of its shifts (desk None: the whole site). Plain standard SQL, so the
# same text runs on both engines.
AT_DESK = " AND {alias}shift_id IN (SELECT id FROM shifts WHERE desk = ?)"


def _at_desk(desk: str | None, alias: str = "") -> tuple[str, tuple]:
    return ("", ()) if desk is None else (AT_DESK.format(alias=alias), (desk,))


def movements_between(
    db: sqlite_utils.Database, start: str, end: str, desk: str | None = None
) -> list[dict]:
    where, args = _at_desk(desk, "m.")
    return _all(
        db,
        "SELECT m.*, coalesce(u.username, '') AS username, s.desk FROM cash_movements m"
        " JOIN shifts s ON s.id = m.shift_id LEFT JOIN users u ON u.id = m.user_id"
        f" WHERE m.at >= ? AND m.at < ?{where} ORDER BY m.at, m.id",
        (start, end, *args),
    )


def totals_by_kind_and_method(
    db: sqlite_utils.Database, start: str, end: str, desk: str | None = None
) -> list[dict]:
    where, args = _at_desk(desk)
    return _all(
        db,
        "SELECT kind, method, count(*) AS n, sum(amount_fen) AS amount_fen"
        f" FROM cash_movements WHERE at >= ? AND at < ?{where}"
        " GROUP BY kind, method ORDER BY kind, method",
        (start, end, *args),
    )


def receipts_between(
    db: sqlite_utils.Database,
    start: str,
    end: str,
    lang: str = "zh_CN",
    desk: str | None = None,
) -> list[dict]:
    """Receipts sold in the range (at the desk, or anywhere on the site) with their lines in
    one language, the desk they were sold at and their void (if any, whenever it was)."""
    name = "l.name_zh" if lang.startswith("zh") else "l.name_en"
    where, args = _at_desk(desk, "s.")
    lines = group_concat(db, f"{name} || ' x' || l.quantity")
    return _all(
        db,
        "SELECT s.receipt_no, s.sold_at, s.method, s.total_fen, u.username,"
        " v.at AS voided_at, v.reason AS void_reason, sh.desk,"
        f" (SELECT {lines}"
        "  FROM sale_lines l WHERE l.sale_id = s.id) AS lines"
        " FROM sales s JOIN users u ON u.id = s.user_id JOIN shifts sh ON sh.id = s.shift_id"
        " LEFT JOIN sale_voids v ON v.sale_id = s.id"
        f" WHERE s.sold_at >= ? AND s.sold_at < ?{where} ORDER BY s.sold_at, s.id",
        (start, end, *args),
    )


def receipt_totals(
    db: sqlite_utils.Database, start: str, end: str, desk: str | None = None
) -> dict:
    where, args = _at_desk(desk, "s.")
    return _one(
        db,
        "SELECT count(*) AS n, coalesce(sum(s.total_fen), 0) AS fen,"
        " count(v.id) AS voided_n,"
        " coalesce(sum(CASE WHEN v.id IS NULL THEN 0 ELSE s.total_fen END), 0)"
        " AS voided_fen FROM sales s LEFT JOIN sale_voids v ON v.sale_id = s.id"
        f" WHERE s.sold_at >= ? AND s.sold_at < ?{where}",
        (start, end, *args),
    )


def voids_between(
    db: sqlite_utils.Database, start: str, end: str, desk: str | None = None
) -> list[dict]:
    """Receipts voided in the range (at the desk that voided them, or anywhere)."""
    where, args = _at_desk(desk, "v.")
    return _all(
        db,
        "SELECT s.receipt_no, s.sold_at, s.method, s.total_fen, v.at, v.reason,"
        " u.username FROM sale_voids v JOIN sales s ON s.id = v.sale_id"
        f" JOIN users u ON u.id = v.user_id WHERE v.at >= ? AND v.at < ?{where}"
        " ORDER BY v.at",
        (start, end, *args),
    )


def income_by_service_and_method(
    db: sqlite_utils.Database, start: str, end: str, desk: str | None = None
) -> list[dict]:
    where, args = _at_desk(desk, "s.")
    return _all(
        db,
        # an item's name as sold (one per item: both engines need it aggregated)
        "SELECT max(l.name_zh) AS name_zh, max(l.name_en) AS name_en, s.method,"
        " sum(l.quantity) AS quantity,"
        " sum(l.amount_fen) AS amount_fen FROM sale_lines l"
        " JOIN sales s ON s.id = l.sale_id"
        f" WHERE s.sold_at >= ? AND s.sold_at < ?{where}"
        " AND NOT EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = s.id)"
        " GROUP BY l.item_id, s.method ORDER BY name_en, s.method",
        (start, end, *args),
    )


# --- deposits ------------------------------------------------------------------------------
LOAN_SELECT = (
    "SELECT l.slip_no, l.lent_at, l.due_at, l.deposit_fen, l.method, l.borrower_phone,"
    " i.code AS item_code, k.name_zh, k.name_en, s.at AS settled_at, s.condition,"
    " s.refund_fen, s.forfeit_fen, s.extra_charge_fen,"
    " (SELECT sh.desk FROM shifts sh WHERE sh.id = l.shift_id) AS desk"
    " FROM loans l JOIN lending_items i ON i.id = l.item_id"
    " JOIN lending_kinds k ON k.id = i.kind_id LEFT JOIN loan_settlements s ON s.loan_id = l.id"
)


def loans_lent_between(
    db: sqlite_utils.Database, start: str, end: str, desk: str | None = None
) -> list[dict]:
    """Loans lent in the range (at the desk, or anywhere on the site)."""
    where, args = _at_desk(desk, "l.")
    return _all(
        db,
        LOAN_SELECT + f" WHERE l.lent_at >= ? AND l.lent_at < ?{where} ORDER BY l.lent_at",
        (start, end, *args),
    )


def loans_settled_between(
    db: sqlite_utils.Database, start: str, end: str, desk: str | None = None
) -> list[dict]:
    """Loans settled in the range (at the desk that took them back, or anywhere)."""
    where, args = _at_desk(desk, "s.")
    return _all(
        db,
        LOAN_SELECT + f" WHERE s.at >= ? AND s.at < ?{where} ORDER BY s.at",
        (start, end, *args),
    )


def loans_out_at(db: sqlite_utils.Database, moment: str) -> list[dict]:
    """Loans lent before `moment` and not settled before it: deposits held, items out."""
    return _all(
        db,
        LOAN_SELECT + " WHERE l.lent_at < ? AND (s.at IS NULL OR s.at >= ?) ORDER BY l.lent_at",
        (moment, moment),
    )


def loans_touching(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Loans lent in the range, settled in it, or still out at its start."""
    return _all(
        db,
        LOAN_SELECT + " WHERE l.lent_at < ? AND (s.at IS NULL OR s.at >= ?) ORDER BY l.lent_at",
        (end, start),
    )


# --- invoices ------------------------------------------------------------------------------
INVOICE_SELECT = (
    "SELECT i.invoice_no, i.kind, i.issued_at, i.seller_name, i.buyer_kind, i.buyer_name,"
    " i.buyer_tax_id, i.net_fen, i.tax_fen, i.total_fen, i.reason, o.invoice_no AS original_no,"
    " v.at AS voided_at, v.reason AS void_reason, u.username FROM invoices i"
    " JOIN users u ON u.id = i.user_id LEFT JOIN invoices o ON o.id = i.original_id"
    " LEFT JOIN invoice_voids v ON v.invoice_id = i.id"
)


def invoices_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(
        db,
        INVOICE_SELECT + " WHERE i.issued_at >= ? AND i.issued_at < ? ORDER BY i.issued_at, i.id",
        (start, end),
    )


def invoice_voids_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(db, INVOICE_SELECT + " WHERE v.at >= ? AND v.at < ? ORDER BY v.at", (start, end))


# --- shifts --------------------------------------------------------------------------------
def shifts_between(
    db: sqlite_utils.Database, start: str, end: str, desk: str | None = None
) -> list[dict]:
    """Shifts open at any time in the range (at the desk, or at every desk)."""
    where, args = ("", ()) if desk is None else (" AND s.desk = ?", (desk,))
    return _all(
        db,
        "SELECT s.*, o.username AS opened_by_name, c.username AS closed_by_name"
        " FROM shifts s JOIN users o ON o.id = s.opened_by"
        " LEFT JOIN users c ON c.id = s.closed_by"
        f" WHERE s.opened_at < ? AND (s.closed_at IS NULL OR s.closed_at >= ?){where}"
        " ORDER BY s.opened_at, s.id",  # shifts opened the same second at two desks
        (end, start, *args),
    )


# --- points --------------------------------------------------------------------------------
def points_balances_at(db: sqlite_utils.Database, moment: str) -> list[dict]:
    """Each member's points balance from the entries booked before `moment`."""
    return _all(
        db,
        "SELECT m.id AS member_id, m.phone, m.erased_at, sum(e.points) AS points,"
        " (SELECT card_no FROM member_cards c WHERE c.member_id = m.id"
        "  ORDER BY c.id DESC LIMIT 1) AS card_no"
        " FROM point_entries e JOIN members m ON m.id = e.member_id"
        " WHERE e.at < ? GROUP BY m.id HAVING sum(e.points) <> 0 ORDER BY m.id",
        (moment,),
    )


def members_enrolled_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(
        db,
        "SELECT m.id, m.phone, m.erased_at, m.enrolled_at, u.username,"
        " (SELECT card_no FROM member_cards c WHERE c.member_id = m.id"
        "  ORDER BY c.id LIMIT 1) AS card_no FROM members m"
        " JOIN users u ON u.id = m.enrolled_by"
        " WHERE m.enrolled_at >= ? AND m.enrolled_at < ? ORDER BY m.enrolled_at",
        (start, end),
    )


def point_entries_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(
        db,
        "SELECT e.at, e.kind, e.points, e.reason, m.phone, m.erased_at,"
        " coalesce(u.username, '') AS username FROM point_entries e"
        " JOIN members m ON m.id = e.member_id LEFT JOIN users u ON u.id = e.user_id"
        " WHERE e.at >= ? AND e.at < ? AND e.kind <> 'receipt' ORDER BY e.at",
        (start, end),
    )


# --- lost and found, complaints, first aid -------------------------------------------------
def found_in_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(
        db,
        "SELECT tag_no, category, description, found_place, registered_at, cash_fen"
        " FROM found_items WHERE registered_at >= ? AND registered_at < ?"
        " ORDER BY registered_at",
        (start, end),
    )


def found_out_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(
        db,
        "SELECT f.tag_no, f.category, f.description, c.claimed_at AS at,"
        " 'claimed' AS outcome, c.receipt_no AS ref FROM found_item_claims c"
        " JOIN found_items f ON f.id = c.found_item_id"
        " WHERE c.claimed_at >= ? AND c.claimed_at < ?"
        " UNION ALL SELECT f.tag_no, f.category, f.description, o.at, o.kind, ''"
        " FROM found_item_outcomes o JOIN found_items f ON f.id = o.found_item_id"
        " WHERE o.at >= ? AND o.at < ? ORDER BY 4",
        (start, end, start, end),
    )


def complaints_opened_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(
        db,
        "SELECT case_no, kind, category, phone, opened_at, status FROM"
        " complaint_cases WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at",
        (start, end),
    )


def complaints_closed_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(
        db,
        "SELECT case_no, kind, category, phone, closed_at, satisfaction FROM"
        " complaint_cases WHERE closed_at >= ? AND closed_at < ? ORDER BY closed_at",
        (start, end),
    )


def first_aid_uses_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return _all(
        db,
        "SELECT m.name, m.unit, v.change, v.for_whom, v.note, v.at FROM"
        " medicine_moves v JOIN medicines m ON m.id = v.medicine_id"
        " WHERE v.kind = 'use' AND v.at >= ? AND v.at < ? ORDER BY v.at",
        (start, end),
    )


def custody_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Held items taken in or handed out in the range."""
    return _all(
        db,
        "SELECT description, quantity, held_for, left_phone, received_at,"
        " picked_up_at FROM custody_items WHERE (received_at >= ? AND received_at < ?)"
        " OR (picked_up_at >= ? AND picked_up_at < ?) ORDER BY received_at",
        (start, end, start, end),
    )
