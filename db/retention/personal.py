"""SQL of what the desk holds about one person: their member record and cards, and the
loans, complaint cases and lost reports kept under their mobile number."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def member(db: sqlite_utils.Database, member_id: int) -> dict | None:
    row = db.conn.execute(
        "SELECT id, name, phone, id_type, id_last4, enrolled_at, erased_at FROM members"
        " WHERE id = ?",
        (member_id,),
    ).fetchone()
    return dict(row) if row else None


def cards(db: sqlite_utils.Database, member_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT card_no, status, issued_at, lost_at FROM member_cards WHERE member_id = ?"
            " ORDER BY id",
            (member_id,),
        )
    ]


def receipts_credited(db: sqlite_utils.Database, member_id: int) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM point_receipts WHERE member_id = ?", (member_id,)
    ).fetchone()[0]


def redemptions(db: sqlite_utils.Database, member_id: int) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM redemptions WHERE member_id = ?", (member_id,)
    ).fetchone()[0]


def records_by_phone(db: sqlite_utils.Database, phone: str) -> list[dict]:
    """Loans, complaint cases and lost reports under this (unmasked) number, oldest first."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT 'loan' AS kind, slip_no AS number, lent_at AS at, '' AS status"
            " FROM loans WHERE borrower_phone = :p"
            " UNION ALL SELECT 'case', case_no, opened_at, status FROM complaint_cases"
            " WHERE phone = :p"
            " UNION ALL SELECT 'lost_report', report_no, reported_at, status FROM lost_reports"
            " WHERE contact_phone = :p ORDER BY 3",
            {"p": phone},
        )
    ]
