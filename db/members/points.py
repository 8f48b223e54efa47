"""SQL for points: credited receipts (once ever), earning batches with their expiry, uses of
batches by returns, redemptions and expiries, and the reward catalogue with its stock.
Every table here is append-only except the catalogue's names and costs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

REMAINING = (
    "e.points - coalesce((SELECT sum(u.points) FROM point_uses u WHERE u.batch_id = e.id), 0)"
)


def _insert(db, table: str, row: dict) -> int:
    return insert_row(db, table, row)


def insert_receipt(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "point_receipts", row)


def insert_entry(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "point_entries", row)


def insert_use(db: sqlite_utils.Database, *, entry_id: int, batch_id: int, points: int) -> int:
    return _insert(db, "point_uses", {"entry_id": entry_id, "batch_id": batch_id, "points": points})


def receipt(
    db: sqlite_utils.Database, shop_id: int, receipt_no: str, receipt_date: str
) -> dict | None:
    row = db.conn.execute(
        "SELECT r.*, c.card_no, e.id AS entry_id, e.points,"
        " (SELECT x.at FROM point_entries x WHERE x.receipt_id = r.id AND x.kind = 'return')"
        " AS returned_at"
        " FROM point_receipts r JOIN member_cards c ON c.id = r.card_id"
        " JOIN point_entries e ON e.receipt_id = r.id AND e.kind = 'receipt'"
        " WHERE r.shop_id = ? AND r.receipt_no = ? AND r.receipt_date = ?",
        (shop_id, receipt_no, receipt_date),
    ).fetchone()
    return dict(row) if row else None


def batches(
    db: sqlite_utils.Database, member_id: int, *, with_points_left: bool = True
) -> list[dict]:
    """Earning batches of a member, oldest expiry first (the order redemption uses them)."""
    having = f" AND {REMAINING} > 0" if with_points_left else ""
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT e.*, {REMAINING} AS remaining FROM point_entries e"
            f" WHERE e.member_id = ? AND e.points > 0{having} ORDER BY e.expires_on, e.id",
            (member_id,),
        )
    ]


def due_batches(
    db: sqlite_utils.Database, on_or_before: str, member_id: int | None = None
) -> list[dict]:
    """Batches whose expiry day has come and that still hold points."""
    member = " AND e.member_id = ?" if member_id is not None else ""
    params = (on_or_before,) + ((member_id,) if member_id is not None else ())
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT e.*, {REMAINING} AS remaining FROM point_entries e"
            f" WHERE e.points > 0 AND e.expires_on <= ?{member} AND {REMAINING} > 0"
            " ORDER BY e.member_id, e.expires_on, e.id",
            params,
        )
    ]


def balance(db: sqlite_utils.Database, member_id: int, today: str) -> int:
    """Points still usable today: what is left in batches not yet expired."""
    return db.conn.execute(
        f"SELECT coalesce(sum({REMAINING}), 0) FROM point_entries e"
        " WHERE e.member_id = ? AND e.points > 0 AND e.expires_on > ?",
        (member_id, today),
    ).fetchone()[0]


def entries(
    db: sqlite_utils.Database, member_id: int, offset: int = 0, limit: int = 200
) -> list[dict]:
    """The member's statement lines, newest first, with the receipt or gift they concern."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT e.*, c.card_no, r.receipt_no, r.receipt_date, r.amount_fen,"
            " s.name_zh AS shop_zh, s.name_en AS shop_en,"
            " d.receipt_no AS redemption_no, g.name_zh AS gift_zh, g.name_en AS gift_en,"
            " d.quantity, u.username, a.username AS approved_by_name"
            " FROM point_entries e LEFT JOIN member_cards c ON c.id = e.card_id"
            " LEFT JOIN point_receipts r ON r.id = e.receipt_id"
            " LEFT JOIN shops s ON s.id = r.shop_id"
            " LEFT JOIN redemptions d ON d.id = e.redemption_id"
            " LEFT JOIN reward_items g ON g.id = d.item_id"
            " LEFT JOIN users u ON u.id = e.user_id LEFT JOIN users a ON a.id = e.approved_by"
            " WHERE e.member_id = ? ORDER BY e.id DESC LIMIT ? OFFSET ?",
            (member_id, limit, offset),
        )
    ]


def manual_points_on(db: sqlite_utils.Database, member_id: int, start: str, end: str) -> int:
    """Manual points given to a member between two stored times (one business day)."""
    return db.conn.execute(
        "SELECT coalesce(sum(points), 0) FROM point_entries WHERE member_id = ?"
        " AND kind = 'manual' AND at >= ? AND at < ?",
        (member_id, start, end),
    ).fetchone()[0]


# --- reward catalogue and stock -----------------------------------------------------------
REWARD_SELECT = (
    "SELECT g.*, coalesce((SELECT sum(change) FROM reward_stock s"
    " WHERE s.item_id = g.id), 0) AS stock FROM reward_items g"
)


def insert_reward(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "reward_items", row)


def update_reward(db: sqlite_utils.Database, item_id: int, **fields) -> None:
    assert set(fields) <= {"name_zh", "name_en", "points_cost", "active", "updated_at"}
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(f"UPDATE reward_items SET {sets} WHERE id = :id", {**fields, "id": item_id})


def rewards(db: sqlite_utils.Database, active_only: bool = False) -> list[dict]:
    where = " WHERE g.active = 1" if active_only else ""
    return [
        dict(r) for r in db.conn.execute(f"{REWARD_SELECT}{where} ORDER BY g.points_cost, g.id")
    ]


def reward_by_id(db: sqlite_utils.Database, item_id: int) -> dict | None:
    row = db.conn.execute(f"{REWARD_SELECT} WHERE g.id = ?", (item_id,)).fetchone()
    return dict(row) if row else None


def reward_by_code(db: sqlite_utils.Database, code: str) -> dict | None:
    row = db.conn.execute(f"{REWARD_SELECT} WHERE g.code = ?", (code,)).fetchone()
    return dict(row) if row else None


def insert_stock(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "reward_stock", row)


def insert_redemption(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "redemptions", row)


def redemption(db: sqlite_utils.Database, redemption_id: int) -> dict | None:
    row = db.conn.execute(
        "SELECT d.*, c.card_no, g.code, g.name_zh, g.name_en, g.points_cost, m.name"
        " FROM redemptions d JOIN member_cards c ON c.id = d.card_id"
        " JOIN reward_items g ON g.id = d.item_id JOIN members m ON m.id = d.member_id"
        " WHERE d.id = ?",
        (redemption_id,),
    ).fetchone()
    return dict(row) if row else None
