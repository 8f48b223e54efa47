"""The audit trail's key and what it seals (DOMAIN.md, Records; issue 16, defect 11).

The hash chain of audit_log (db/core/audit.py) shows a row changed or removed, but anyone
with the sqlite3 shell can recompute it. So each audit row also gets a MAC under a key kept
outside the database file (services/core/keys: the OS keyring, else an owner-only file in
the user's config folder, named for the site), chained MAC to MAC, and covering the money
rows (sales, cash movements, deposits, invoices, points) written in its transaction, each by
a digest of its columns. Without the key nobody can write a MAC that checks.

Outside the file, the chain's head is printed as an anchor (a short code a person compares,
and a QR) on every daily ledger, hand-over voucher and month export; `frontdesk check
--anchor CODE` and the health page check a printed anchor against the file, which catches
what the key alone cannot: rows cut off the end of the trail, or a trail rebuilt whole.

An older database is keyed when it is upgraded to schema 13 (its chain checked first, then
every row given its MAC and the money rows sealed by one "audit.keyed" row). After that, a
row without a MAC is a break: the MACs are never rebuilt for a database already keyed."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

import db.admin.settings as settings_db
import db.core.audit as audit_db
from services.core import keys
from services.core.errors import QT_TRANSLATE_NOOP, DomainError
from services.core.permissions import internal

FINGERPRINT_SETTING = "audit.key_fingerprint"
SECRET_NAME = "audit-{identity}"
ANCHOR_RE = re.compile(r"^\s*(?:FDA:)?(\d+)-([A-Z2-7]{4})-?([A-Z2-7]{4})\s*$")


class AuditKeyMissing(DomainError):
    pass


def _fingerprint(key: bytes) -> str:
    return hmac.new(key, b"front-desk audit key", hashlib.sha256).hexdigest()[:16]


def _name(ctx) -> str:
    """The key's name in the key store: the site's identity (made here when the file has
    none yet, without marking the site as served by this PC: a backup does that)."""
    identity = settings_db.get(ctx.db, keys.IDENTITY_SETTING)
    if not identity:
        identity = secrets.token_hex(16)
        settings_db.put(ctx.db, keys.IDENTITY_SETTING, identity)
    return SECRET_NAME.format(identity=identity)


MISSING_KEY = QT_TRANSLATE_NOOP(
    "Desk",
    "The audit trail's key of this site is not on this computer, or is not the one this"
    " database was keyed with; the trail cannot be checked or extended. Restore the key (the"
    " keyring or the key folder of the user's config) from the PC the site was kept on.",
)


def _missing() -> AuditKeyMissing:
    return AuditKeyMissing(MISSING_KEY)


@internal
def stored_key(ctx) -> bytes | None:
    """The site's audit key if this database is keyed and the key is here and is its own;
    None when the database was never keyed; AuditKeyMissing when it is keyed but the key is
    absent or another."""
    fingerprint = settings_db.get(ctx.db, FINGERPRINT_SETTING)
    if fingerprint is None:
        return None
    key = keys.load_secret(_name(ctx))
    if key is None or _fingerprint(key) != fingerprint:
        raise _missing()
    return key


@internal
def ensure_keyed(ctx, upgraded: bool) -> None:
    """Key a database whose trail has rows but no MACs yet: one just upgraded to schema 13
    (`upgraded`), or one whose site has no audit key on this computer yet. Its chain is
    checked first (a broken chain is left for the check to report, never keyed over), then
    every row gets its MAC and one "audit.keyed" row seals the money rows already there."""
    db = ctx.db
    if settings_db.get(db, FINGERPRINT_SETTING) is not None:
        return  # keyed already (a missing key is the check's to say): no key store at open
    if audit_db.mac_count(db) < 0 or stored_key(ctx) is not None:
        return
    if db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0:
        return  # a new file: its first audit row makes the key (seal)
    if audit_db.mac_count(db) > 0:
        raise _missing()  # MACs but no fingerprint: never rebuilt here
    name = _name(ctx)
    if keys.load_secret(name) is not None and not upgraded:
        raise _unkeyed()  # this site was keyed here before: a trail stripped of its MACs
    if audit_db.first_break(db) is not None:
        return
    _key_every_row(ctx, keys.secret(name))


def _unkeyed() -> AuditKeyMissing:
    return AuditKeyMissing(
        QT_TRANSLATE_NOOP(
            "Desk",
            "This database's audit trail is not keyed although its schema is; it may have"
            " been rolled back by hand. Check it against a printed anchor.",
        )
    )


def _key_every_row(ctx, key: bytes) -> None:
    db = ctx.db
    from db.core.connection import atomic
    from services.core import audit  # late: audit uses this module for every row

    with atomic(db):
        prev, n = audit_db.GENESIS, 0
        for row in audit_db.iter_all(db):
            prev = audit_db.keyed_mac(key, prev, row["hash"], [])
            audit_db.write_mac(db, row["id"], prev)
            n += 1
        settings_db.put(db, FINGERPRINT_SETTING, _fingerprint(key))
        audit.record(ctx, "audit.keyed", "audit", None, None, {"rows_keyed": n})


@internal
def seal(ctx, audit_id: int, row_hash: str) -> None:
    """Inside the change's transaction: seal the money rows written since the last seal and
    give the new audit row its MAC. A database not keyed yet is keyed first."""
    db = ctx.db
    if audit_db.mac_count(db) < 0:
        return  # before schema 13
    try:
        key = stored_key(ctx)
    except AuditKeyMissing:
        # a restore on a new PC before the admin entered the key: the desk goes on, these rows
        # wait for their MACs (enter_key) and the check says the key is missing meanwhile
        return
    if key is None:
        if audit_db.mac_count(db) > 0:
            raise _missing()
        if audit_id != _first_unkeyed(db):
            raise _unkeyed()  # older rows without MACs: only ensure_keyed keys them
        key = keys.secret(_name(ctx))  # a new database: its first audit row makes the key
        settings_db.put(db, FINGERPRINT_SETTING, _fingerprint(key))
    seals = []
    for table in audit_db.MONEY_TABLES:
        for row in audit_db.unsealed_rows(db, table):
            digest = audit_db.row_digest(table, row)
            audit_db.write_seal(db, audit_id, table, row["id"], digest)
            seals.append([table, row["id"], digest])
    prev = audit_db.mac_before(db, audit_id)
    audit_db.write_mac(db, audit_id, audit_db.keyed_mac(key, prev, row_hash, seals))


def _first_unkeyed(db) -> int:
    return db.conn.execute("SELECT min(id) FROM audit_log").fetchone()[0]


# --- the key on paper: read for the recovery sheet, entered on a new PC ---------------------
@internal
def key_hex(ctx) -> str:
    """The site's audit key as 64 hex digits (for the admin's recovery sheet)."""
    key = stored_key(ctx)
    if key is None:
        raise _unkeyed()
    return key.hex()


@internal
def enter_key(ctx, text: str) -> int:
    """Put the audit key from the recovery sheet on this computer (it must match the
    fingerprint the database keeps), then give the rows written meanwhile their MACs (the
    tail after the last row that has one). Returns how many rows were keyed."""
    from db.core.connection import atomic

    cleaned = "".join((text or "").split()).lower()
    try:
        key = bytes.fromhex(cleaned) if len(cleaned) == 64 else None
    except ValueError:
        key = None
    if key is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Desk", "The audit key on the recovery sheet has 64 characters, 0-9 and a-f."
            )
        )
    fingerprint = settings_db.get(ctx.db, FINGERPRINT_SETTING)
    if fingerprint is None or fingerprint != _fingerprint(key):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Desk", "This audit key does not belong to this site's database; check the sheet."
            )
        )
    keys.store_secret(_name(ctx), key)
    db = ctx.db
    with atomic(db):
        found = audit_db.head(db)
        prev, start = (found[1], found[0] + 1) if found else (audit_db.GENESIS, 1)
        n = 0
        for row in db.conn.execute(
            "SELECT id, hash FROM audit_log WHERE id >= ? ORDER BY id", (start,)
        ).fetchall():
            prev = audit_db.keyed_mac(key, prev, row["hash"], [])
            audit_db.write_mac(db, row["id"], prev)
            n += 1
    return n


# --- checking ------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyedBreak:
    row_id: int
    reason: str  # 'key' (a MAC is wrong), 'unkeyed' (a row has none), 'money:<table>', ...


@internal
def first_keyed_break(ctx, start: int = 1, money: bool = True) -> KeyedBreak | None:
    """The MACs from `start` on, then (`money`) every money row against its seal."""
    db = ctx.db
    if audit_db.mac_count(db) < 0:
        return None
    try:
        key = stored_key(ctx)
    except AuditKeyMissing:
        return KeyedBreak(0, "no key")
    if key is None:
        if db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0:
            return None  # a new file: nothing written yet
        return KeyedBreak(_first_unkeyed(db), "unkeyed")
    prev_mac = audit_db.mac_before(db, start) if start > 1 else audit_db.GENESIS
    broken = audit_db.walk_macs(db, key, start, prev_mac)
    if broken is not None:
        return KeyedBreak(*broken)
    found = audit_db.first_money_break(db) if money else None
    if found is not None:
        return KeyedBreak(found[1], f"money: {found[0]}")
    return None


@dataclass(frozen=True)
class Anchor:
    audit_id: int
    code: str  # e.g. 1234-ABCD-EFGH

    @property
    def qr_text(self) -> str:
        return f"FDA:{self.code}"


@internal
def current_anchor(ctx) -> Anchor | None:
    """The chain's head as a code to print (None for an unkeyed or empty trail)."""
    try:
        key = stored_key(ctx)
    except AuditKeyMissing:
        return None
    found = audit_db.head(ctx.db) if key is not None else None
    if found is None:
        return None
    tag = audit_db.anchor_tag(key, *found)
    return Anchor(found[0], f"{found[0]}-{tag[:4]}-{tag[4:]}")


class AnchorRefused(DomainError):
    pass


@internal
def check_anchor(ctx, code: str) -> int:
    """Whether a printed anchor is a head this file's trail passed through, unchanged; the
    audit row it names. Refuses (AnchorRefused) with what is wrong."""
    match = ANCHOR_RE.match((code or "").upper())
    if match is None:
        raise AnchorRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "{code} is not an audit anchor; it reads like 1234-ABCD-EFGH, as printed on"
                " the daily ledger, the hand-over voucher and the month export.",
            ),
            code=(code or "").strip(),
        )
    audit_id, tag = int(match.group(1)), match.group(2) + match.group(3)
    key = stored_key(ctx)
    if key is None:
        raise _unkeyed()
    mac = audit_db.mac_of(ctx.db, audit_id)
    if mac is None:
        raise AnchorRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The audit trail no longer holds row {row} that the anchor {code} was printed"
                " at: rows were removed from its end.",
            ),
            row=audit_id,
            code=code.strip(),
        )
    if not hmac.compare_digest(audit_db.anchor_tag(key, audit_id, mac), tag):
        raise AnchorRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The audit trail at row {row} is not the one the anchor {code} was printed"
                " from: the trail was rewritten up to that row.",
            ),
            row=audit_id,
            code=code.strip(),
        )
    return audit_id
