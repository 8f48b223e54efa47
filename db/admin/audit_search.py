"""SQL of the audit trail's finder: rows by time span, user, area (the kind of record) and
record, newest first; the users and areas that occur, for the filter lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.search import ESCAPE, contains

if TYPE_CHECKING:
    import sqlite_utils


def _where(f: dict) -> tuple[str, dict]:
    parts, params = [], {}
    if f.get("start"):
        parts.append("at >= :start")
        params["start"] = f["start"]
    if f.get("end"):
        parts.append("at < :end")
        params["end"] = f["end"]
    if f.get("username"):
        parts.append("username = :username")
        params["username"] = f["username"]
    if f.get("area"):
        parts.append("entity = :area")
        params["area"] = f["area"]
    if f.get("record"):
        parts.append(f"(entity_id = :record OR entity_id LIKE :record_like {ESCAPE})")
        params["record"], params["record_like"] = f["record"], contains(f["record"])
    if f.get("text"):
        parts.append(
            f"(action LIKE :t {ESCAPE} OR username LIKE :t {ESCAPE} OR entity_id = :exact)"
        )
        params["t"], params["exact"] = contains(f["text"]), f["text"]
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def find(db: sqlite_utils.Database, filters: dict, offset: int, limit: int) -> list[dict]:
    where, params = _where(filters)
    sql = f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT :limit OFFSET :offset"
    return [dict(r) for r in db.conn.execute(sql, {**params, "limit": limit, "offset": offset})]


def count(db: sqlite_utils.Database, filters: dict) -> int:
    where, params = _where(filters)
    return db.conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]


def usernames(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.conn.execute("SELECT username FROM users ORDER BY username")]


def areas(db: sqlite_utils.Database) -> list[str]:
    """Kinds of record in the trail (one index-less pass; the list is short)."""
    return [r[0] for r in db.conn.execute("SELECT DISTINCT entity FROM audit_log ORDER BY 1")]
