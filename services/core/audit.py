"""The audit trail: every change made through a service writes a row in its transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import db.core.audit as audit_db
from db.core.connection import atomic, in_transaction
from services.core import validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.paging_args import page_args
from services.core.permissions import Perm, internal, requires


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
    return audit_db.append(
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


@dataclass(frozen=True)
class ChainReport:
    sound: bool
    row_id: int | None = None
    reason: str | None = None


@internal
def verify_chain(ctx) -> ChainReport:
    """Recompute every row's hash; report the first row that was altered or removed."""
    db = ctx.db
    broken = audit_db.first_break(db)
    if broken is None:
        return ChainReport(True)
    return ChainReport(False, broken.row_id, broken.reason)


@internal
def verify_chain_and_remember(ctx, now: datetime) -> ChainReport:
    """The full walk; when sound, the last row walked becomes the checkpoint."""
    db = ctx.db
    broken, last_id, last_hash = audit_db.walk(db)
    if broken is not None:
        return ChainReport(False, broken.row_id, broken.reason)
    try:
        with atomic(db):
            audit_db.write_checkpoint(db, last_id, last_hash, iso(now))
    except sqlite3.Error:
        pass  # a checkpoint only saves time at start; a read-only file still checks sound
    return ChainReport(True)


@internal
def verify_since_checkpoint(ctx) -> ChainReport:
    """Start-up's check: the rows after the checkpoint (all rows when there is none, or its
    seal is wrong), and that the checkpoint's row still carries its hash. Rows before the
    checkpoint are walked again by the full check in the background."""
    db = ctx.db
    broken = audit_db.walk(db, start=audit_db.read_checkpoint(db))[0]
    if broken is None:
        return ChainReport(True)
    return ChainReport(False, broken.row_id, broken.reason)


@requires(Perm.VIEW_AUDIT)
def list_rows(
    ctx: AppContext, *, offset: int = 0, limit: int = 200, entity: str | None = None, text: str = ""
) -> list[dict]:
    """Newest first; for supervisors and admins."""
    offset, limit = page_args(offset, limit)
    entity = validation.text(entity, QT_TRANSLATE_NOOP("Desk", "record kind"), 40) or None
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 200)
    return audit_db.rows(ctx.db, offset=offset, limit=limit, entity=entity, text=text)
