"""SQL for complaint, suggestion and praise cases and the steps of their flow.

A case's status only moves along `complaint_transitions`; a trigger checks every change
against that table, so no code path (nor a hand-typed UPDATE) can skip or reverse a step.
Steps are append-only; cases are never deleted and their record text never changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row
from db.core.search import ESCAPE, contains

if TYPE_CHECKING:
    import sqlite_utils

FLOW = ("new", "forwarded", "in_progress", "resolved", "followed_up", "closed")

CASE_COLUMNS = (
    "c.id, c.case_no, c.kind, c.form, c.channel, c.phone, c.name, c.shop_id, c.area,"
    " c.category, c.text, c.opened_at, c.due_at, c.opened_by, c.status, c.forwarded_to,"
    " c.first_response_at, c.resolved_at, c.closed_at, c.reached, c.satisfaction,"
    " c.followup_comment, c.scan IS NOT NULL AS has_scan,"
    " coalesce(s.name_zh, '') AS shop_zh, coalesce(s.name_en, '') AS shop_en,"
    " coalesce(u.display_name, u.username, '') AS opened_by_name"
)
CASE_FROM = (
    "complaint_cases c LEFT JOIN shops s ON s.id = c.shop_id"
    " LEFT JOIN users u ON u.id = c.opened_by"
)


def insert_case(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "complaint_cases", row)


def case_by_id(db: sqlite_utils.Database, case_id: int) -> dict | None:
    row = db.conn.execute(
        f"SELECT {CASE_COLUMNS} FROM {CASE_FROM} WHERE c.id = ?", (case_id,)
    ).fetchone()
    return dict(row) if row else None


def case_by_no(db: sqlite_utils.Database, case_no: str) -> dict | None:
    row = db.conn.execute(
        f"SELECT {CASE_COLUMNS} FROM {CASE_FROM} WHERE c.case_no = ?", (case_no,)
    ).fetchone()
    return dict(row) if row else None


def scan_of(db: sqlite_utils.Database, case_id: int) -> bytes | None:
    row = db.conn.execute("SELECT scan FROM complaint_cases WHERE id = ?", (case_id,)).fetchone()
    return row["scan"] if row else None


def move_case(
    db: sqlite_utils.Database,
    case_id: int,
    status_from: str,
    status_to: str,
    *,
    at: str,
    user_id: int | None,
    note: str,
    **fields,
) -> int:
    """Append the step, then move the case; both triggers check the flow."""
    step = db.conn.execute(
        "INSERT INTO complaint_steps (case_id, status_from, status_to, at, user_id, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (case_id, status_from, status_to, at, user_id, note),
    ).lastrowid
    sets = "".join(f", {k} = :{k}" for k in fields)
    db.conn.execute(
        f"UPDATE complaint_cases SET status = :status{sets} WHERE id = :id",
        {**fields, "status": status_to, "id": case_id},
    )
    return step


def steps_of(db: sqlite_utils.Database, case_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT st.*, coalesce(u.display_name, u.username, '') AS user_name"
            " FROM complaint_steps st LEFT JOIN users u ON u.id = st.user_id"
            " WHERE st.case_id = ? ORDER BY st.id",
            (case_id,),
        )
    ]


def handler_ids(db: sqlite_utils.Database, case_id: int) -> set[int]:
    """Users who took the case in hand or resolved it."""
    return {
        r[0]
        for r in db.conn.execute(
            "SELECT DISTINCT user_id FROM complaint_steps WHERE case_id = ?"
            " AND status_to IN ('in_progress','resolved') AND user_id IS NOT NULL",
            (case_id,),
        )
    }


SEARCHED = ("case_no", "text", "name", "area")


def _where(
    status: str | None,
    phone: str | None,
    text: str,
    opened_from: str | None = None,
    opened_to: str | None = None,
) -> tuple[str, list]:
    where, params = [], []
    if opened_from:
        where.append("c.opened_at >= ?")
        params.append(opened_from)
    if opened_to:
        where.append("c.opened_at < ?")
        params.append(opened_to)
    if status == "open":
        where.append("c.status NOT IN ('closed')")
    elif status == "unanswered":
        where.append("c.first_response_at IS NULL")
    elif status:
        where.append("c.status = ?")
        params.append(status)
    if phone:
        where.append("c.phone = ?")
        params.append(phone)
    if text:
        where.append("(" + " OR ".join(f"c.{col} LIKE ? {ESCAPE}" for col in SEARCHED) + ")")
        params += [contains(text)] * len(SEARCHED)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def cases(
    db: sqlite_utils.Database,
    *,
    status: str | None = None,
    phone: str | None = None,
    text: str = "",
    offset: int = 0,
    limit: int = 200,
    opened_from: str | None = None,
    opened_to: str | None = None,
    before_id: int | None = None,
) -> list[dict]:
    """Cases newest first; `before_id` (the last row shown) pages on by key."""
    where, params = _where(status, phone, text, opened_from, opened_to)
    if before_id is not None:
        where = f"{where} AND c.id < ?" if where else " WHERE c.id < ?"
        params = [*params, before_id]
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {CASE_COLUMNS} FROM {CASE_FROM}{where} ORDER BY c.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    ]


def count_cases(
    db: sqlite_utils.Database,
    *,
    status: str | None = None,
    phone: str | None = None,
    text: str = "",
    opened_from: str | None = None,
    opened_to: str | None = None,
) -> int:
    where, params = _where(status, phone, text, opened_from, opened_to)
    return db.conn.execute(f"SELECT count(*) FROM complaint_cases c{where}", params).fetchone()[0]


def unanswered_counts(db: sqlite_utils.Database, now: str, soon: str) -> tuple[int, int]:
    """(overdue, due before `soon`) among cases without a first response."""
    row = db.conn.execute(
        "SELECT coalesce(sum(CASE WHEN due_at < :now THEN 1 ELSE 0 END), 0),"
        " coalesce(sum(CASE WHEN due_at >= :now AND due_at < :soon THEN 1 ELSE 0 END), 0)"
        " FROM complaint_cases WHERE first_response_at IS NULL",
        {"now": now, "soon": soon},
    ).fetchone()
    return row[0], row[1]


def opened_between(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {CASE_COLUMNS} FROM {CASE_FROM} WHERE c.opened_at >= ? AND c.opened_at < ?"
            " ORDER BY c.id",
            (start, end),
        )
    ]
