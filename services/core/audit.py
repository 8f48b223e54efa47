"""The audit trail: every change made through a service writes a row in its transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import db.core.audit as audit_db
from db.core.connection import atomic, in_transaction
from services.core import audit_key, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.paging_args import page_args
from services.core.permissions import Perm, before_sign_in, internal, requires, signed_in


@internal
def record(
    ctx: AppContext, action: str, entity: str, entity_id: Any, before: Any = None, after: Any = None
) -> int:
    """Append an audit row; refuses to run outside the change's own transaction."""
    if not in_transaction(ctx.db):
        raise RuntimeError("audit rows are written inside the transaction of the change")
    from services.finance import month_lock  # late: month_lock writes audit rows itself

    month_lock.check_audited_change(ctx, action)
    user = ctx.user
    audit_id = audit_db.append(
        ctx.db,
        at=iso(ctx.clock.now()),
        user_id=user.id if user else None,
        username=user.username if user else "system",
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=before,
        after=after,
    )
    audit_key.seal(ctx, audit_id, audit_db.audit_row(ctx.db, audit_id)["hash"])
    return audit_id


@dataclass(frozen=True)
class ChainReport:
    sound: bool
    row_id: int | None = None
    reason: str | None = None
    deferred: bool = False  # no checkpoint: nothing walked yet; the whole walk comes later


def _key_or_none(ctx) -> bytes | None:
    try:
        return audit_key.stored_key(ctx)
    except audit_key.AuditKeyMissing:
        return None


@internal
def verify_chain(ctx) -> ChainReport:
    """Recompute every row's hash and MAC and every money row's seal; report the first row
    that was altered or removed (an audit row id, or for money the money row's id)."""
    db = ctx.db
    broken = audit_db.first_break(db)
    if broken is not None:
        return ChainReport(False, broken.row_id, broken.reason)
    dropped = audit_db.missing_guards(db)
    if dropped:
        return ChainReport(False, 0, f"guard: {', '.join(dropped)}")
    keyed = audit_key.first_keyed_break(ctx)
    if keyed is not None:
        return ChainReport(False, keyed.row_id, keyed.reason)
    return ChainReport(True)


@internal
def verify_chain_and_remember(ctx, now: datetime) -> ChainReport:
    """The full walk; when sound, the last row walked becomes the checkpoint (sealed with
    the audit key)."""
    db = ctx.db
    report = verify_chain(ctx)
    if not report.sound:
        return report
    _, last_id, last_hash = audit_db.walk(db, start=audit_db.read_checkpoint(db, _key_or_none(ctx)))
    try:
        with atomic(db):
            audit_db.write_checkpoint(db, last_id, last_hash, iso(now), _key_or_none(ctx))
    except sqlite3.Error:
        pass  # a checkpoint only saves time at start; a read-only file still checks sound
    return ChainReport(True)


@internal
def ensure_checkpoint(ctx, now: datetime) -> ChainReport | None:
    """A file that carries no checkpoint (or one whose seal is wrong) gets one: the full walk,
    which leaves it when the trail is sound. Built, migrated and restored files pass here, so
    their first start never waits for the whole walk. None when a checkpoint was there."""
    if audit_db.read_checkpoint(ctx.db, _key_or_none(ctx)) is not None:
        return None
    return verify_chain_and_remember(ctx, now)


@internal
def verify_since_checkpoint(ctx, walk_whole: bool = True) -> ChainReport:
    """Start-up's check: the rows after the checkpoint (all rows when there is none, or its
    seal is wrong), hashes and MACs, and that the checkpoint's row still carries its hash.
    Rows before the checkpoint, and the money rows, are checked again by the full check in
    the background. With no checkpoint and `walk_whole` False nothing is walked here (the
    report says `deferred`): the window leaves the whole walk to its background check, in a
    process of its own, rather than make the first paint wait for millions of rows."""
    db = ctx.db
    start = audit_db.read_checkpoint(db, _key_or_none(ctx))
    if start is None and not walk_whole:
        return ChainReport(True, deferred=True)
    broken = audit_db.walk(db, start=start)[0]
    if broken is not None:
        return ChainReport(False, broken.row_id, broken.reason)
    first = 1 if start is None else start[0] + 1
    keyed = audit_key.first_keyed_break(ctx, first, money=False)
    if keyed is not None:
        return ChainReport(False, keyed.row_id, keyed.reason)
    return ChainReport(True)


@signed_in
def anchor(ctx) -> audit_key.Anchor | None:
    """The trail's head as printed on the daily ledger, hand-over voucher and month export."""
    return audit_key.current_anchor(ctx)


@before_sign_in
def verify_anchor(ctx, code: str) -> int:
    """A printed anchor checked against this file: the trail still passes through the head
    it was printed from, unchanged; returns its audit row. Refuses with what is wrong."""
    code = validation.text(code, QT_TRANSLATE_NOOP("Desk", "audit anchor"), 40)
    return audit_key.check_anchor(ctx, code)


@requires(Perm.VIEW_AUDIT)
def list_rows(
    ctx: AppContext, *, offset: int = 0, limit: int = 200, entity: str | None = None, text: str = ""
) -> list[dict]:
    """Newest first; for supervisors and admins."""
    offset, limit = page_args(offset, limit)
    entity = validation.text(entity, QT_TRANSLATE_NOOP("Desk", "record kind"), 40) or None
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 200)
    return audit_db.rows(ctx.db, offset=offset, limit=limit, entity=entity, text=text)


@requires(Perm.MANAGE_SETTINGS)
def audit_key_for_sheet(ctx) -> str:
    """The audit trail's key for the admin's recovery sheet (64 hex digits); audited."""
    with atomic(ctx.db):
        key = audit_key.key_hex(ctx)
        record(ctx, "audit.key_sheet", "settings", audit_key.FINGERPRINT_SETTING)
    return key


@requires(Perm.MANAGE_SETTINGS)
def enter_audit_key(ctx, text: str) -> int:
    """On a new PC: the audit key typed from the recovery sheet; the rows written while it was
    missing get their MACs, and the entry is audited. Returns how many rows were keyed."""
    keyed = audit_key.enter_key(ctx, text)
    with atomic(ctx.db):
        record(
            ctx,
            "audit.key_entered",
            "settings",
            audit_key.FINGERPRINT_SETTING,
            None,
            {"rows_keyed": keyed},
        )
    return keyed


@signed_in
def audit_key_missing(ctx) -> bool:
    """True when this database's trail is keyed but its key is not on this computer (a
    restore on a new PC): the admin enters it from the recovery sheet."""
    try:
        audit_key.stored_key(ctx)
    except audit_key.AuditKeyMissing:
        return True
    return False
