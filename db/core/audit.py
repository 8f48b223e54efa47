"""The audit trail: append-only rows, each hashed together with the one before it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from db.core.search import ESCAPE, contains

GENESIS = "0" * 64


def canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def row_hash(row: dict) -> str:
    fields = [
        row["id"],
        row["at"],
        row["user_id"],
        row["username"],
        row["action"],
        row["entity"],
        row["entity_id"],
        row["before"],
        row["after"],
        row["prev_hash"],
    ]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    db: sqlite_utils.Database,
    *,
    at: str,
    user_id: int | None,
    username: str,
    action: str,
    entity: str,
    entity_id: Any,
    before: Any,
    after: Any,
) -> int:
    """Write one audit row; the caller's transaction holds the write lock, so ids are serial."""
    last = db.conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    row = {
        "id": (last["id"] + 1) if last else 1,
        "at": at,
        "user_id": user_id,
        "username": username,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "before": canonical(before),
        "after": canonical(after),
        "prev_hash": last["hash"] if last else GENESIS,
    }
    row["hash"] = row_hash(row)
    db.conn.execute(
        "INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id, before,"
        " after, prev_hash, hash) VALUES (:id, :at, :user_id, :username, :action, :entity,"
        " :entity_id, :before, :after, :prev_hash, :hash)",
        row,
    )
    return row["id"]


@dataclass(frozen=True)
class ChainBreak:
    row_id: int
    reason: str  # 'hash' (row altered), 'link' (a row before it removed or replaced), 'gap'


def first_break(db: sqlite_utils.Database, batch: int = 5000) -> ChainBreak | None:
    """Walk the chain from the start; the first row whose hash or link is wrong."""
    return walk(db, batch=batch)[0]


def walk(
    db: sqlite_utils.Database, start: tuple[int, str] | None = None, batch: int = 5000
) -> tuple[ChainBreak | None, int, str]:
    """Walk the chain from the start, or on from a verified (id, hash) whose row must still
    carry that hash; returns (first break or None, last id walked, its hash)."""
    prev_hash, expected_id = GENESIS, 1
    if start is not None:
        anchor = db.conn.execute("SELECT * FROM audit_log WHERE id = ?", (start[0],)).fetchone()
        if anchor is None:
            return ChainBreak(start[0], "gap"), 0, GENESIS
        if anchor["hash"] != start[1] or row_hash(dict(anchor)) != start[1]:
            return ChainBreak(start[0], "hash"), 0, GENESIS
        prev_hash, expected_id = start[1], start[0] + 1
    cur = db.conn.execute("SELECT * FROM audit_log WHERE id >= ? ORDER BY id", (expected_id,))
    while rows := cur.fetchmany(batch):
        for r in rows:
            row = dict(r)
            if row["id"] != expected_id:
                return ChainBreak(row["id"], "gap"), expected_id - 1, prev_hash
            if row["prev_hash"] != prev_hash:
                return ChainBreak(row["id"], "link"), expected_id - 1, prev_hash
            if row_hash(row) != row["hash"]:
                return ChainBreak(row["id"], "hash"), expected_id - 1, prev_hash
            prev_hash, expected_id = row["hash"], expected_id + 1
    return None, expected_id - 1, prev_hash


# --- checkpoint: the last row a full walk found sound, so start-up only walks what is new ---
def checkpoint_seal(last_id: int, last_hash: str, verified_at: str) -> str:
    payload = json.dumps(["audit-checkpoint", last_id, last_hash, verified_at])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def read_checkpoint(db: sqlite_utils.Database) -> tuple[int, str] | None:
    """(last id, hash) of the checkpoint; None when there is none or its seal is wrong."""
    try:
        row = db.conn.execute("SELECT * FROM audit_checkpoint WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a file from before migration 11 (e.g. an old backup)
        return None
    if row is None or row["seal"] != checkpoint_seal(
        row["last_id"], row["last_hash"], row["verified_at"]
    ):
        return None
    return row["last_id"], row["last_hash"]


def write_checkpoint(
    db: sqlite_utils.Database, last_id: int, last_hash: str, verified_at: str
) -> None:
    db.conn.execute(
        "INSERT INTO audit_checkpoint (id, last_id, last_hash, verified_at, seal)"
        " VALUES (1, :i, :h, :at, :seal) ON CONFLICT (id) DO UPDATE SET last_id = :i,"
        " last_hash = :h, verified_at = :at, seal = :seal WHERE :i >= audit_checkpoint.last_id",
        {
            "i": last_id,
            "h": last_hash,
            "at": verified_at,
            "seal": checkpoint_seal(last_id, last_hash, verified_at),
        },
    )


def rows(
    db: sqlite_utils.Database,
    *,
    offset: int = 0,
    limit: int = 200,
    entity: str | None = None,
    text: str = "",
) -> list[dict]:
    where, params = [], {}
    if entity:
        where.append("entity = :entity")
        params["entity"] = entity
    if text:
        where.append(
            f"(action LIKE :t {ESCAPE} OR username LIKE :t {ESCAPE} OR entity_id = :exact)"
        )
        params["t"], params["exact"] = contains(text), text
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT :limit OFFSET :offset"
    params.update(limit=limit, offset=offset)
    return [dict(r) for r in db.conn.execute(sql, params)]


def iter_all(db: sqlite_utils.Database) -> Iterator[dict]:
    for r in db.conn.execute("SELECT * FROM audit_log ORDER BY id"):
        yield dict(r)


def chain_head(db: sqlite_utils.Database) -> tuple[int, int, str]:
    """(rows, last id, last hash) of the audit trail: what a copy's trail must end with."""
    row = db.conn.execute(
        "SELECT count(*) AS n, max(id) AS last_id,"
        " (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS last_hash FROM audit_log"
    ).fetchone()
    return row[0], row[1] or 0, row[2] or GENESIS


def rows_up_to(db: sqlite_utils.Database, last_id: int) -> tuple[int, str]:
    """(rows with id <= last_id, the hash of row last_id) in this file."""
    row = db.conn.execute(
        "SELECT count(*), (SELECT hash FROM audit_log WHERE id = :id) FROM audit_log"
        " WHERE id <= :id",
        {"id": last_id},
    ).fetchone()
    return row[0], row[1] or GENESIS
