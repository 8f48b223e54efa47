"""The audit trail: every change made through a service writes a row in its transaction."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import db.audit as audit_db
from db.connection import in_transaction
from services import permissions
from services.clock import iso
from services.context import AppContext
from services.permissions import Perm


def record(ctx: AppContext, action: str, entity: str, entity_id: Any,
           before: Any = None, after: Any = None) -> int:
    """Append an audit row; refuses to run outside the change's own transaction."""
    if not in_transaction(ctx.db):
        raise RuntimeError("audit rows are written inside the transaction of the change")
    user = ctx.user
    return audit_db.append(
        ctx.db, at=iso(ctx.clock.now()), user_id=user.id if user else None,
        username=user.username if user else "system", action=action, entity=entity,
        entity_id=entity_id, before=before, after=after,
    )


@dataclass(frozen=True)
class ChainReport:
    sound: bool
    row_id: int | None = None
    reason: str | None = None


def verify_chain(db) -> ChainReport:
    """Recompute every row's hash; report the first row that was altered or removed."""
    broken = audit_db.first_break(db)
    if broken is None:
        return ChainReport(True)
    return ChainReport(False, broken.row_id, broken.reason)


def list_rows(ctx: AppContext, *, offset: int = 0, limit: int = 200, entity: str | None = None,
              text: str = "") -> list[dict]:
    """Newest first; for supervisors and admins."""
    permissions.require(ctx, Perm.VIEW_AUDIT)
    return audit_db.rows(ctx.db, offset=offset, limit=limit, entity=entity, text=text)
