"""SQL of the visitor search: one visitor's records across the desk's modules by their
phone (each an index lookup; migration 10 adds the lost-report and claim phone indexes),
and the documents a scanned number names. Rows carry full phones: the service masks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.lending.lending import LOAN_COLUMNS, LOAN_FROM

if TYPE_CHECKING:
    import sqlite_utils

LIMIT = 50  # a visitor's history on one screen; older records are on the module's page


def _rows(db: sqlite_utils.Database, sql: str, params) -> list[dict]:
    return [dict(r) for r in db.conn.execute(sql, params)]


def _one(db: sqlite_utils.Database, sql: str, params) -> dict | None:
    row = db.conn.execute(sql, params).fetchone()
    return dict(row) if row else None


def loans_by_phone(db: sqlite_utils.Database, phone: str) -> list[dict]:
    """Every loan of the phone, those still out first, then newest."""
    return _rows(
        db,
        f"SELECT {LOAN_COLUMNS} FROM {LOAN_FROM} WHERE l.borrower_phone = ?"
        " ORDER BY s.id IS NOT NULL, l.id DESC LIMIT ?",
        (phone, LIMIT),
    )


def loan_by_slip(db: sqlite_utils.Database, slip_no: str) -> dict | None:
    return _one(db, f"SELECT {LOAN_COLUMNS} FROM {LOAN_FROM} WHERE l.slip_no = ?", (slip_no,))


def loan_by_voucher(db: sqlite_utils.Database, voucher_no: str) -> dict | None:
    """The loan whose return issued a refund or compensation voucher (schema 18)."""
    return _one(
        db,
        f"SELECT {LOAN_COLUMNS} FROM {LOAN_FROM}"
        " WHERE l.id = (SELECT loan_id FROM loan_vouchers WHERE voucher_no = ?)",
        (voucher_no,),
    )


def lost_reports_by_phone(db: sqlite_utils.Database, phone: str) -> list[dict]:
    return _rows(
        db,
        "SELECT * FROM lost_reports WHERE contact_phone = ? ORDER BY id DESC LIMIT ?",
        (phone, LIMIT),
    )


def lost_report_by_no(db: sqlite_utils.Database, report_no: str) -> dict | None:
    return _one(db, "SELECT * FROM lost_reports WHERE report_no = ?", (report_no,))


CLAIM_SELECT = (
    "SELECT c.id, c.receipt_no, c.claimant_name, c.phone, c.claimed_at, f.id AS item_id,"
    " f.tag_no, f.category, f.description FROM found_item_claims c"
    " JOIN found_items f ON f.id = c.found_item_id"
)


def claims_by_phone(db: sqlite_utils.Database, phone: str) -> list[dict]:
    return _rows(db, f"{CLAIM_SELECT} WHERE c.phone = ? ORDER BY c.id DESC LIMIT ?", (phone, LIMIT))


def claim_by_receipt(db: sqlite_utils.Database, receipt_no: str) -> dict | None:
    return _one(db, f"{CLAIM_SELECT} WHERE c.receipt_no = ?", (receipt_no,))


def claim_of_item(db: sqlite_utils.Database, item_id: int) -> dict | None:
    return _one(db, f"{CLAIM_SELECT} WHERE c.found_item_id = ?", (item_id,))


def found_item_by_tag(db: sqlite_utils.Database, tag_no: str) -> dict | None:
    return _one(
        db,
        "SELECT id, tag_no, category, description, found_place, found_at, status,"
        " closed_at FROM found_items WHERE tag_no = ?",
        (tag_no,),
    )


CASE_SELECT = (
    "SELECT id, case_no, kind, category, phone, status, opened_at, due_at,"
    " first_response_at, closed_at, substr(text, 1, 80) AS text"
    " FROM complaint_cases"
)


def cases_by_phone(db: sqlite_utils.Database, phone: str) -> list[dict]:
    return _rows(db, f"{CASE_SELECT} WHERE phone = ? ORDER BY id DESC LIMIT ?", (phone, LIMIT))


def case_by_no(db: sqlite_utils.Database, case_no: str) -> dict | None:
    return _one(db, f"{CASE_SELECT} WHERE case_no = ?", (case_no,))


def member_phone_by_card(db: sqlite_utils.Database, card_no: str) -> str | None:
    row = _one(
        db,
        "SELECT m.phone FROM member_cards c JOIN members m ON m.id = c.member_id"
        " WHERE c.card_no = ?",
        (card_no,),
    )
    return row["phone"] if row else None


def member_phone_by_redemption(db: sqlite_utils.Database, receipt_no: str) -> str | None:
    row = _one(
        db,
        "SELECT m.phone FROM redemptions r JOIN members m ON m.id = r.member_id"
        " WHERE r.receipt_no = ?",
        (receipt_no,),
    )
    return row["phone"] if row else None


def member_receipts(db: sqlite_utils.Database, member_id: int) -> list[dict]:
    """A member's desk receipts: points redemptions and card reissue fees, newest first."""
    return _rows(
        db,
        "SELECT * FROM ("
        " SELECT 'redemption' AS kind, r.receipt_no, r.at, r.points,"
        "  NULL AS amount_fen, i.name_zh, i.name_en"
        "  FROM redemptions r JOIN reward_items i ON i.id = r.item_id"
        "  WHERE r.member_id = :m"
        " UNION ALL"
        " SELECT 'card_fee', c.fee_receipt_no, c.issued_at, NULL, c.fee_fen,"
        "  '', '' FROM member_cards c"
        "  WHERE c.member_id = :m AND c.fee_receipt_no IS NOT NULL"
        ") receipts ORDER BY at DESC LIMIT :n",
        {"m": member_id, "n": LIMIT},
    )


def card_fee_receipt(db: sqlite_utils.Database, receipt_no: str) -> dict | None:
    return _one(
        db,
        "SELECT c.fee_receipt_no AS receipt_no, c.issued_at AS at, c.fee_fen,"
        " m.phone FROM member_cards c JOIN members m ON m.id = c.member_id"
        " WHERE c.fee_receipt_no = ?",
        (receipt_no,),
    )


# visitors known by the end of their phone or by their name: the phones of every module
PHONE_OF = {
    "member": ("members", "phone"),
    "loan": ("loans", "borrower_phone"),
    "lost_report": ("lost_reports", "contact_phone"),
    "complaint": ("complaint_cases", "phone"),
}
VISITOR_PHONES = (
    "SELECT id, phone, name, 'member' AS source, enrolled_at AS at FROM members"
    " WHERE erased_at IS NULL AND phone <> ''"
    " UNION ALL SELECT id, borrower_phone, borrower_name, 'loan', lent_at FROM loans"
    " UNION ALL SELECT id, contact_phone, contact_name, 'lost_report', reported_at"
    " FROM lost_reports WHERE contact_phone <> ''"
    " UNION ALL SELECT id, phone, name, 'complaint', opened_at FROM complaint_cases"
    " WHERE phone <> ''"
)


def visitors_like(db: sqlite_utils.Database, phone_end: str, name: str, limit: int) -> list[dict]:
    """One row per phone whose last digits are `phone_end`, or whose name starts with
    `name` (either may be ''): the newest name given with it and where it was last seen."""
    return _rows(
        db,
        "SELECT MAX(source || ':' || id) AS token, MAX(name) AS name, phone, MAX(at) AS at"
        " FROM ("
        f"{VISITOR_PHONES}) v WHERE (? <> '' AND phone LIKE '%' || ?)"
        " OR (? <> '' AND name LIKE ? || '%') GROUP BY phone ORDER BY at DESC LIMIT ?",
        (phone_end, phone_end, name, name, limit),
    )


def phone_of_record(db: sqlite_utils.Database, source: str, record_id: int) -> str | None:
    """The phone kept on one record of a module (see PHONE_OF)."""
    table, column = PHONE_OF[source]
    row = _one(db, f"SELECT {column} AS phone FROM {table} WHERE id = ?", (record_id,))
    return row["phone"] if row else None
