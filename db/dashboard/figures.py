"""SQL of the dashboard: a few aggregate queries over ranges of stored UTC times.

Days are passed in as [start, end) pairs already cut at the site's midnight, so a day
series is one join against a small VALUES list and every range uses an index on its
time column (see migration 10), whatever the site's time zone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# Deposits are money held for customers, not income.
NOT_INCOME = ("deposit_in", "deposit_refund", "deposit_forfeit")
_NOT_INCOME_SQL = "(" + ", ".join(f"'{k}'" for k in NOT_INCOME) + ")"


def _days_cte(days: list[tuple[str, str, str]]) -> tuple[str, list]:
    """WITH days(day, day_start, day_end) AS (VALUES ...) for the (day, start, end) triples
    (`end` is a reserved word on PostgreSQL)."""
    marks = ", ".join("(?, ?, ?)" for _ in days)
    params = [v for triple in days for v in triple]
    return f"WITH days(day, day_start, day_end) AS (VALUES {marks})", params


def income_by_kind(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Money movements of [start, end) other than deposits: kind, count, net fen."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT kind, count(*) AS n, sum(amount_fen) AS amount_fen FROM cash_movements"
            f" WHERE at >= ? AND at < ? AND kind NOT IN {_NOT_INCOME_SQL}"
            " GROUP BY kind ORDER BY kind",
            (start, end),
        )
    ]


def day_counts(db: sqlite_utils.Database, start: str, end: str) -> dict:
    """Counts of the desk's work in [start, end): one row of scalar sub-queries."""
    row = db.conn.execute(
        "SELECT"
        " (SELECT count(*) FROM loans WHERE lent_at >= :s AND lent_at < :e) AS loans_out,"
        " (SELECT count(*) FROM loan_settlements WHERE at >= :s AND at < :e) AS loans_back,"
        " (SELECT count(*) FROM sales WHERE sold_at >= :s AND sold_at < :e) AS receipts,"
        " (SELECT count(*) FROM members WHERE enrolled_at >= :s AND enrolled_at < :e)"
        "   AS enrolments,"
        " (SELECT count(*) FROM found_items WHERE found_at >= :s AND found_at < :e)"
        "   AS found_items,"
        " (SELECT count(*) FROM lost_reports WHERE reported_at >= :s AND reported_at < :e)"
        "   AS lost_reports,"
        " (SELECT count(*) FROM complaint_cases WHERE opened_at >= :s AND opened_at < :e)"
        "   AS complaints",
        {"s": start, "e": end},
    ).fetchone()
    return dict(row)


def overdue_loans(db: sqlite_utils.Database, now: str) -> int:
    """Loans not yet back whose due time has passed."""
    return db.conn.execute(
        "SELECT count(*) FROM loans l WHERE l.due_at < ?"
        " AND NOT EXISTS (SELECT 1 FROM loan_settlements s WHERE s.loan_id = l.id)",
        (now,),
    ).fetchone()[0]


def income_by_day(db: sqlite_utils.Database, days: list[tuple[str, str, str]]) -> dict[str, int]:
    """Net income (deposits left out) per site day."""
    cte, params = _days_cte(days)
    return {
        r[0]: r[1]
        for r in db.conn.execute(
            f"{cte} SELECT d.day, sum(m.amount_fen) FROM days d JOIN cash_movements m"
            f" ON m.at >= d.day_start AND m.at < d.day_end WHERE m.kind NOT IN {_NOT_INCOME_SQL}"
            " GROUP BY d.day",
            params,
        )
    }


def loans_by_day(db: sqlite_utils.Database, days: list[tuple[str, str, str]]) -> dict[str, int]:
    cte, params = _days_cte(days)
    return {
        r[0]: r[1]
        for r in db.conn.execute(
            f"{cte} SELECT d.day, count(*) FROM days d JOIN loans l"
            " ON l.lent_at >= d.day_start AND l.lent_at < d.day_end GROUP BY d.day",
            params,
        )
    }


def complaints_by_category(db: sqlite_utils.Database, start: str, end: str) -> dict[str, int]:
    """Complaints proper (not suggestions or praise) opened in [start, end) per category."""
    return {
        r[0]: r[1]
        for r in db.conn.execute(
            "SELECT category, count(*) FROM complaint_cases"
            " WHERE opened_at >= ? AND opened_at < ? AND kind = 'complaint'"
            " GROUP BY category ORDER BY count(*) DESC, category",
            (start, end),
        )
    }
