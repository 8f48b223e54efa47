"""The pen the fixture builder writes with: plain SQL rows, audit rows on the chain, document
numbers, settings and a clock, as a Front Desk of an old schema version wrote them.

Nothing here calls a service: the services of today expect today's schema. What the desk
wrote is copied in its stored form (JSON settings, scrypt hashes, keyed ID hashes), frozen
here so that a change in today's code cannot quietly change what an old database holds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

import sqlite_utils

import db.core.audit as audit_db

PASSWORD = "fixture-pass-1"
# the member ID key file that sits beside the database (<db>.member-key): 32 bytes in hex
MEMBER_KEY = hashlib.sha256(b"front desk fixture member key").digest()
SERIES_PREFIX = {
    "receipt": "R",
    "invoice": "FP",
    "deposit_slip": "D",
    "found_tag": "L",
    "complaint": "C",
    "shift_report": "Z",
    "handover": "H",
    "member_card": "M",
    "lost_report": "LR",
    "claim_receipt": "CR",
    "redemption": "JF",
    "fee_receipt": "RF",
    "lending_voucher": "V",
}
FIRST_DAY = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai, a Monday


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def password_hash(password: str, username: str) -> str:
    """scrypt as the desk stores it; the salt comes from the name so rebuilds are identical."""
    salt = hashlib.sha256(f"fixture salt {username}".encode()).digest()[:16]
    n, r, p = 2**14, 8, 1
    key = hashlib.scrypt(
        password.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=64 * 1024 * 1024
    )
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(key).decode()}"


def key_fingerprint() -> str:
    return hmac.new(MEMBER_KEY, b"front-desk member key", hashlib.sha256).hexdigest()[:16]


def id_hash(id_type: str, number: str) -> str:
    return hmac.new(MEMBER_KEY, f"{id_type}:{number}".encode(), hashlib.sha256).hexdigest()


class Desk:
    """One counter of the site: who is signed in, what time it is, and the rows it writes."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.now = FIRST_DAY
        self.user = ""
        self.user_ids: dict[str, int] = {}

    # --- time and the person at the counter ------------------------------------------------
    def day(self, n: int) -> None:
        """Go to 09:00 of the n-th day of the story (day 1 is the first)."""
        self.now = FIRST_DAY + timedelta(days=n - 1)

    def tick(self, minutes: int = 6) -> str:
        self.now += timedelta(minutes=minutes)
        return self.at

    @property
    def at(self) -> str:
        return iso(self.now)

    def later(self, **delta) -> str:
        return iso(self.now + timedelta(**delta))

    def uid(self, username: str | None = None) -> int | None:
        return self.user_ids.get(username or self.user)

    def sign_in(self, username: str) -> None:
        self.user = username
        self.tick(1)
        self.audit("user.sign_in", "user", self.uid())

    # --- rows ----------------------------------------------------------------------------------
    def add(self, table: str, **row) -> int:
        cols = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        return self.db.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", row).lastrowid

    def update(self, table: str, row_id: int, **fields) -> None:
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        self.db.conn.execute(
            f"UPDATE {table} SET {sets} WHERE id = :row_id", {**fields, "row_id": row_id}
        )

    def audit(self, action: str, entity: str, entity_id, before=None, after=None) -> None:
        audit_db.append(
            self.db,
            at=self.at,
            user_id=self.uid(),
            username=self.user or "system",
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=before,
            after=after,
        )

    def number(self, series: str) -> str:
        """The series' next document number of the year, taken as the desk takes it."""
        year = self.now.year
        last = self.db.conn.execute(
            "INSERT INTO document_counters (series, year, last_number) VALUES (?, ?, 1)"
            " ON CONFLICT (series, year) DO UPDATE SET last_number = last_number + 1"
            " RETURNING last_number",
            (series, year),
        ).fetchone()[0]
        return f"{SERIES_PREFIX[series]}{year}-{last:06d}"

    def setting(self, key: str, value) -> None:
        self.db.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def movement(self, shift_id: int, kind: str, method: str, amount_fen: int, ref: str) -> int:
        return self.add(
            "cash_movements",
            shift_id=shift_id,
            at=self.at,
            user_id=self.uid(),
            kind=kind,
            method=method,
            amount_fen=amount_fen,
            ref=ref,
        )
