"""SQL for the desk's user accounts."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

COLUMNS = "id, username, display_name, role, active, failed_sign_ins, locked_until, created_at"


def by_name(db: sqlite_utils.Database, username: str) -> dict | None:
    row = db.conn.execute(
        f"SELECT {COLUMNS}, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()
    return dict(row) if row else None


def by_id(db: sqlite_utils.Database, user_id: int) -> dict | None:
    row = db.conn.execute(f"SELECT {COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
    return dict(row) if row else None


def all_users(db: sqlite_utils.Database) -> list[dict]:
    return [dict(r) for r in db.conn.execute(f"SELECT {COLUMNS} FROM users ORDER BY username")]


def count(db: sqlite_utils.Database) -> int:
    return db.conn.execute("SELECT count(*) FROM users").fetchone()[0]


def insert(
    db: sqlite_utils.Database,
    *,
    username: str,
    display_name: str,
    role: str,
    password_hash: str,
    created_at: str,
) -> int:
    cur = db.conn.execute(
        "INSERT INTO users (username, display_name, role, password_hash, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (username, display_name, role, password_hash, created_at),
    )
    return cur.lastrowid


def update(db: sqlite_utils.Database, user_id: int, **fields) -> None:
    allowed = {"display_name", "role", "password_hash", "active", "failed_sign_ins", "locked_until"}
    assert set(fields) <= allowed, fields
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    db.conn.execute(f"UPDATE users SET {sets} WHERE id = :id", {**fields, "id": user_id})


def writable(db: sqlite_utils.Database) -> bool:
    """False for a file opened read-only (a backup read before a restore): a write there
    fails before it changes anything, and a statement that matches no row changes nothing."""
    try:
        db.conn.execute("UPDATE users SET id = id WHERE 1 = 0")
    except sqlite3.OperationalError:
        return False
    return True
