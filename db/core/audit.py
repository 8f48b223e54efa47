"""The audit trail: append-only rows, each hashed together with the one before it."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.core.dialect import POSTGRESQL, engine, pick
from db.core.search import ESCAPE, contains

if TYPE_CHECKING:
    import sqlite_utils

GENESIS = "0" * 64
AUDIT_APPEND_LOCK = 0x46444553_00000001  # PostgreSQL advisory lock key: "FDES", the chain


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
    """Write one audit row; the caller's transaction holds the write lock, so ids are serial.
    On PostgreSQL, where desks write at once, a transaction-level advisory lock serialises the
    append (held to the commit), so the chain never forks."""
    if engine(db) == POSTGRESQL:
        db.conn.execute("SELECT pg_advisory_xact_lock(?)", (AUDIT_APPEND_LOCK,))
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
def checkpoint_seal(
    last_id: int, last_hash: str, verified_at: str, key: bytes | None = None
) -> str:
    """The checkpoint's seal: keyed with the audit key (schema 13 on), so only the desk can
    move the checkpoint; a plain hash in files written before."""
    payload = json.dumps(["audit-checkpoint", last_id, last_hash, verified_at]).encode("utf-8")
    if key is not None:
        return hmac.new(key, payload, hashlib.sha256).hexdigest()
    return hashlib.sha256(payload).hexdigest()


def read_checkpoint(db: sqlite_utils.Database, key: bytes | None = None) -> tuple[int, str] | None:
    """(last id, hash) of the checkpoint; None when there is none or its seal is wrong."""
    try:
        row = db.conn.execute("SELECT * FROM audit_checkpoint WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a file from before migration 11 (e.g. an old backup)
        return None
    if row is None or row["seal"] != checkpoint_seal(
        row["last_id"], row["last_hash"], row["verified_at"], key
    ):
        return None
    return row["last_id"], row["last_hash"]


def write_checkpoint(
    db: sqlite_utils.Database,
    last_id: int,
    last_hash: str,
    verified_at: str,
    key: bytes | None = None,
) -> None:
    db.conn.execute(
        "INSERT INTO audit_checkpoint (id, last_id, last_hash, verified_at, seal)"
        " VALUES (1, :i, :h, :at, :seal) ON CONFLICT (id) DO UPDATE SET last_id = :i,"
        " last_hash = :h, verified_at = :at, seal = :seal WHERE :i >= audit_checkpoint.last_id",
        {
            "i": last_id,
            "h": last_hash,
            "at": verified_at,
            "seal": checkpoint_seal(last_id, last_hash, verified_at, key),
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


# --- the keyed chain (schema 13): a MAC per audit row, and the money rows it seals ---------
# table -> columns left out of its seal (changed by design after the row is written: a
# source receipt released by a voided invoice; a borrower's phone and name masked by the
# retention purge). Every other column of these tables is sealed by the audit row of the
# transaction that wrote it.
MONEY_TABLES: dict[str, tuple[str, ...]] = {
    "sales": (),
    "sale_lines": (),
    "sale_voids": (),
    "cash_movements": (),
    "loans": ("borrower_phone", "borrower_name"),
    "loan_settlements": (),
    "invoices": (),
    "invoice_lines": (),
    "invoice_voids": (),
    "invoice_sources": ("released",),
    "point_receipts": (),
    "point_entries": (),
    "point_uses": (),
    "redemptions": (),
}


def keyed_mac(key: bytes, prev_mac: str, row_hash: str, seals: list) -> str:
    """The MAC of an audit row: its hash, the MAC before it and the money rows it seals."""
    payload = json.dumps([prev_mac, row_hash, seals], separators=(",", ":"))
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def row_digest(table: str, row: dict) -> str:
    """A money row's digest over its sealed columns."""
    left_out = MONEY_TABLES[table]
    kept = sorted((k, v) for k, v in row.items() if k not in left_out)
    payload = json.dumps([table, kept], ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def unsealed_rows(db: sqlite_utils.Database, table: str) -> list[dict]:
    """Rows of a money table past the last one sealed, in id order."""
    last = db.conn.execute(
        "SELECT coalesce(max(last_id), 0) FROM audit_seals WHERE tbl = ?", (table,)
    ).fetchone()[0]
    return [
        dict(r) for r in db.conn.execute(f"SELECT * FROM {table} WHERE id > ? ORDER BY id", (last,))
    ]


def write_seal(db: sqlite_utils.Database, audit_id: int, table: str, row_id: int, digest: str):
    db.conn.execute(
        "INSERT INTO audit_seals (audit_id, tbl, first_id, last_id, digest) VALUES (?, ?, ?, ?, ?)",
        (audit_id, table, row_id, row_id, digest),
    )


def seals_of(db: sqlite_utils.Database, audit_id: int) -> list[list]:
    return [
        [r["tbl"], r["last_id"], r["digest"]]
        for r in db.conn.execute(
            "SELECT tbl, last_id, digest FROM audit_seals WHERE audit_id = ? ORDER BY id",
            (audit_id,),
        )
    ]


def write_mac(db: sqlite_utils.Database, audit_id: int, mac: str) -> None:
    db.conn.execute("INSERT INTO audit_macs (audit_id, mac) VALUES (?, ?)", (audit_id, mac))


def mac_before(db: sqlite_utils.Database, audit_id: int) -> str:
    row = db.conn.execute(
        "SELECT mac FROM audit_macs WHERE audit_id < ? ORDER BY audit_id DESC LIMIT 1",
        (audit_id,),
    ).fetchone()
    return row[0] if row else GENESIS


def mac_of(db: sqlite_utils.Database, audit_id: int) -> str | None:
    row = db.conn.execute("SELECT mac FROM audit_macs WHERE audit_id = ?", (audit_id,)).fetchone()
    return row[0] if row else None


def mac_count(db: sqlite_utils.Database) -> int:
    """-1 before schema 13 (no MAC table), else 0 when no audit row has a MAC yet and 1 when
    some have: every audited change asks, and counting millions of MACs each time cost a
    change 65 ms on a site with three million audit rows."""
    try:
        return db.conn.execute("SELECT EXISTS (SELECT 1 FROM audit_macs)").fetchone()[0]
    except sqlite3.OperationalError:  # before schema 13
        return -1


def head(db: sqlite_utils.Database) -> tuple[int, str] | None:
    """(id, MAC) of the last audit row that has a MAC."""
    row = db.conn.execute(
        "SELECT audit_id, mac FROM audit_macs ORDER BY audit_id DESC LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else None


def audit_row(db: sqlite_utils.Database, audit_id: int) -> dict | None:
    row = db.conn.execute("SELECT * FROM audit_log WHERE id = ?", (audit_id,)).fetchone()
    return dict(row) if row else None


def walk_macs(
    db: sqlite_utils.Database, key: bytes, start: int = 1, prev_mac: str = GENESIS
) -> tuple[int, str] | None:
    """Check each audit row's MAC from `start` on (after a verified MAC `prev_mac`); returns
    the first (row id, reason) that is wrong, or None."""
    macs = db.conn.execute(
        "SELECT l.id, l.hash, m.mac FROM audit_log l LEFT JOIN audit_macs m ON m.audit_id = l.id"
        " WHERE l.id >= ? ORDER BY l.id",
        (start,),
    )
    while rows := macs.fetchmany(2000):
        for audit_id, row_hash, mac in rows:
            if mac is None:
                return audit_id, "unkeyed"
            if keyed_mac(key, prev_mac, row_hash, seals_of(db, audit_id)) != mac:
                return audit_id, "key"
            prev_mac = mac
    # a MAC whose audit row is gone, from `start` on (by key: NOT IN would first read every
    # audit id, 0.4 s at start-up on a file of three million rows)
    stray = db.conn.execute(
        "SELECT min(m.audit_id) FROM audit_macs m WHERE m.audit_id >= ?"
        " AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.id = m.audit_id)",
        (start,),
    ).fetchone()[0]
    return (stray, "gap") if stray is not None else None


def purged(db: sqlite_utils.Database, table: str) -> list[tuple[int, int]]:
    try:
        return [
            (r[0], r[1])
            for r in db.conn.execute(
                "SELECT first_id, last_id FROM purged_ranges WHERE tbl = ?", (table,)
            )
        ]
    except sqlite3.OperationalError:  # no retention purge in this schema
        return []


def first_money_break(db: sqlite_utils.Database) -> tuple[str, int] | None:
    """The first money row that disagrees with its seal, lost its row without a recorded
    purge, or was written without an audit row sealing it: (table, row id)."""
    for table in MONEY_TABLES:
        gone = purged(db, table)
        seals = db.conn.execute(
            "SELECT last_id, digest FROM audit_seals WHERE tbl = ? ORDER BY last_id", (table,)
        )
        rows = db.conn.execute(f"SELECT * FROM {table} ORDER BY id")
        current = rows.fetchone()
        for row_id, digest in seals:
            while current is not None and current["id"] < row_id:
                return table, current["id"]  # a row no audit row sealed
            if current is None or current["id"] > row_id:
                if not any(a <= row_id <= b for a, b in gone):
                    return table, row_id  # a sealed row removed
                continue
            if row_digest(table, dict(current)) != digest:
                return table, row_id
            current = rows.fetchone()
        if current is not None:
            return table, current["id"]
    return None


def anchor_tag(key: bytes, audit_id: int, mac: str) -> str:
    """Eight letters a person compares: a keyed code of the chain's head."""
    import base64

    digest = hmac.new(key, f"anchor:{audit_id}:{mac}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:8]


def missing_guards(db: sqlite_utils.Database) -> list[str]:
    """The append-only triggers the schema steps made (and did not drop) that the file no
    longer has: a guard dropped to edit rows in place."""
    import re

    from db.core.migrations import MIGRATIONS
    from db.core.migrations.pg import PG_MIGRATIONS

    steps = PG_MIGRATIONS if engine(db) == POSTGRESQL else MIGRATIONS
    expected: list[str] = []
    for step in steps:
        for verb, name in re.findall(
            r"(CREATE|DROP)\s+TRIGGER\s+(?:IF\s+\w+\s+\w+\s+)?(\w+)", step.sql
        ):
            if verb == "CREATE":
                expected.append(name)
            elif name in expected:
                expected.remove(name)
    version = db.conn.execute("PRAGMA user_version").fetchone()[0]
    if version < steps[-1].version:
        return []  # an older file: its own steps made fewer guards
    present = {
        r[0]
        for r in db.conn.execute(
            pick(
                db,
                sqlite="SELECT name FROM sqlite_master WHERE type = 'trigger'",
                postgresql="SELECT tgname FROM pg_trigger WHERE NOT tgisinternal",
            )
        )
    }
    return [name for name in expected if name not in present]
