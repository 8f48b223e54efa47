"""SQL of scoring sheets (versioned, never changed) and quality checks with their scores."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils


def current_sheet(db: sqlite_utils.Database) -> dict | None:
    row = db.conn.execute("SELECT * FROM qc_sheets ORDER BY version DESC LIMIT 1").fetchone()
    return dict(row) if row else None


def sheet_by_id(db: sqlite_utils.Database, sheet_id: int) -> dict | None:
    row = db.conn.execute("SELECT * FROM qc_sheets WHERE id = ?", (sheet_id,)).fetchone()
    return dict(row) if row else None


def sheet_items(db: sqlite_utils.Database, sheet_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT * FROM qc_sheet_items WHERE sheet_id = ? ORDER BY position", (sheet_id,)
        )
    ]


def insert_sheet(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "qc_sheets", row)


def insert_sheet_item(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "qc_sheet_items", row)


def insert_check(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "qc_checks", row)


def insert_score(db: sqlite_utils.Database, **row) -> None:
    insert_row(db, "qc_scores", row)


CHECK_COLUMNS = (
    "c.id, c.at, c.day, c.desk, c.sheet_id, s.version AS sheet_version, c.channel, c.service,"
    " c.reference, c.clerk_id, c.checker_id, c.comment,"
    " coalesce(cu.display_name, cu.username) AS clerk_name,"
    " coalesce(ch.display_name, ch.username) AS checker_name,"
    " (SELECT coalesce(sum(x.points), 0) FROM qc_scores x WHERE x.check_id = c.id) AS total,"
    " (SELECT sum(i.points) FROM qc_sheet_items i WHERE i.sheet_id = c.sheet_id) AS max_total"
)
CHECK_FROM = (
    "qc_checks c JOIN qc_sheets s ON s.id = c.sheet_id"
    " JOIN users cu ON cu.id = c.clerk_id JOIN users ch ON ch.id = c.checker_id"
)


def check_by_id(db: sqlite_utils.Database, check_id: int) -> dict | None:
    row = db.conn.execute(
        f"SELECT {CHECK_COLUMNS} FROM {CHECK_FROM} WHERE c.id = ?", (check_id,)
    ).fetchone()
    return dict(row) if row else None


def check_scores(db: sqlite_utils.Database, check_id: int) -> list[dict]:
    """The items of the check's own sheet with the points given (every item of the sheet)."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT i.id AS item_id, i.position, i.section, i.title_zh, i.title_en,"
            " i.points AS max_points, x.points"
            " FROM qc_checks c JOIN qc_sheet_items i ON i.sheet_id = c.sheet_id"
            " LEFT JOIN qc_scores x ON x.check_id = c.id AND x.item_id = i.id"
            " WHERE c.id = ? ORDER BY i.position",
            (check_id,),
        )
    ]


def list_checks(
    db: sqlite_utils.Database, clerk_id: int | None, offset: int, limit: int
) -> list[dict]:
    where, params = ("WHERE c.clerk_id = ?", [clerk_id]) if clerk_id is not None else ("", [])
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {CHECK_COLUMNS} FROM {CHECK_FROM} {where} ORDER BY c.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]


def section_scores_between(db: sqlite_utils.Database, first_day: str, end_day: str) -> list[dict]:
    """One row per check and section of its sheet: points given and points possible."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT c.id AS check_id, c.day, c.desk, c.clerk_id, c.channel, i.section,"
            " coalesce(sum(x.points), 0) AS points, sum(i.points) AS max_points"
            " FROM qc_checks c JOIN qc_sheet_items i ON i.sheet_id = c.sheet_id"
            " LEFT JOIN qc_scores x ON x.check_id = c.id AND x.item_id = i.id"
            " WHERE c.day >= ? AND c.day < ? GROUP BY c.id, i.section ORDER BY c.id, i.section",
            (first_day, end_day),
        )
    ]
