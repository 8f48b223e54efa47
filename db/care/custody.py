"""SQL for items held at the desk for departments, suppliers or customers (代保管).

Rows are never deleted; the pick-up is written once and the record of the deposit never
changes afterwards.
"""
from __future__ import annotations

import sqlite_utils

SCHEMA = """
CREATE TABLE custody_items (
    id            INTEGER PRIMARY KEY,
    description   TEXT NOT NULL,
    quantity      INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    owner_kind    TEXT NOT NULL CHECK (owner_kind IN ('department','supplier','customer')),
    held_for      TEXT NOT NULL,
    left_by       TEXT NOT NULL,
    left_phone    TEXT NOT NULL DEFAULT '',
    storage       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    received_at   TEXT NOT NULL,
    received_by   INTEGER REFERENCES users (id),
    picked_up_at  TEXT,
    picked_up_by  TEXT,
    released_by   INTEGER REFERENCES users (id)
);
CREATE INDEX custody_items_open ON custody_items (picked_up_at, id);
CREATE TRIGGER custody_items_no_delete BEFORE DELETE ON custody_items
BEGIN SELECT RAISE(ABORT, 'custody_items rows are never deleted'); END;
CREATE TRIGGER custody_items_pickup_once BEFORE UPDATE ON custody_items
WHEN OLD.picked_up_at IS NOT NULL
  OR NEW.description IS NOT OLD.description OR NEW.quantity IS NOT OLD.quantity
  OR NEW.owner_kind IS NOT OLD.owner_kind OR NEW.held_for IS NOT OLD.held_for
  OR NEW.left_by IS NOT OLD.left_by OR NEW.left_phone IS NOT OLD.left_phone
  OR NEW.received_at IS NOT OLD.received_at OR NEW.received_by IS NOT OLD.received_by
BEGIN SELECT RAISE(ABORT, 'a custody record is only completed once by its pick-up'); END;
"""

SELECT = (
    "SELECT c.*, coalesce(r.display_name, r.username, '') AS received_by_name,"
    " coalesce(o.display_name, o.username, '') AS released_by_name"
    " FROM custody_items c LEFT JOIN users r ON r.id = c.received_by"
    " LEFT JOIN users o ON o.id = c.released_by"
)


def insert_item(db: sqlite_utils.Database, **row) -> int:
    cols = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    return db.conn.execute(f"INSERT INTO custody_items ({cols}) VALUES ({marks})",
                           row).lastrowid


def item(db: sqlite_utils.Database, item_id: int) -> dict | None:
    row = db.conn.execute(f"{SELECT} WHERE c.id = ?", (item_id,)).fetchone()
    return dict(row) if row else None


def pick_up(db: sqlite_utils.Database, item_id: int, *, at: str, picked_up_by: str,
            released_by: int | None) -> None:
    db.conn.execute("UPDATE custody_items SET picked_up_at = ?, picked_up_by = ?,"
                    " released_by = ? WHERE id = ?", (at, picked_up_by, released_by, item_id))


def items(db: sqlite_utils.Database, *, held_only: bool = False, offset: int = 0,
          limit: int = 200) -> list[dict]:
    where = " WHERE c.picked_up_at IS NULL" if held_only else ""
    return [dict(r) for r in db.conn.execute(
        f"{SELECT}{where} ORDER BY c.id DESC LIMIT ? OFFSET ?", (limit, offset))]
