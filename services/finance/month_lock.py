"""Month locks (DOMAIN.md 8): the monthly export locks its month; from then on any change
dated in that month is refused with a message naming the lock, until an admin unlocks it
with a reason. Locks are append-only lock/unlock events; the newest event of a month wins."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import db.finance.finance as finance_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.permissions import Perm, internal, requires

MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
# Audit actions that record access or the lock itself, not a change to a month's books:
# signing in, printing, revealing, restoring and the lock events go on in a locked month.
UNLOCKED_ACTIONS = ("user.", "document.", "month.", "database.")
UNLOCKED_SUFFIXES = ("reveal_phone",)


class MonthLocked(DomainError):
    pass


@dataclass(frozen=True)
class MonthLock:
    month: str
    locked: bool
    at: str | None = None  # time of the newest lock or unlock event
    by: str | None = None  # the login, as the audit trail keeps it
    reason: str = ""
    by_name: str = ""  # the same person as people know them (the display name)


def parse_month(text: str) -> str:
    """'2026-03' (refuses anything else with a clear message)."""
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "month"), 20)
    match = MONTH_RE.match(text)
    if not match or int(match.group(1)) not in validation.YEARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Give the month as YYYY-MM, for example 2026-03 (not {text})."
            ),
            text=text,
        )
    return text


@internal
def month_of(ctx, moment: datetime | date | str) -> str:
    """The site's business month of a stored time, a datetime or a date."""
    if isinstance(moment, str):
        moment = parse_iso(moment) if "T" in moment else date.fromisoformat(moment)
    if isinstance(moment, datetime):
        moment = moment.astimezone(ZoneInfo(site.timezone(ctx))).date()
    return f"{moment.year:04d}-{moment.month:02d}"


@internal
def month_bounds(ctx, month: str) -> tuple[str, str]:
    """[start, end) of the site's month in stored UTC form."""
    year, mon = int(month[:4]), int(month[5:7])
    tz = ZoneInfo(site.timezone(ctx))
    nxt = date(year + (mon == 12), mon % 12 + 1, 1)
    return (
        iso(datetime.combine(date(year, mon, 1), time(0), tz)),
        iso(datetime.combine(nxt, time(0), tz)),
    )


@internal
def lock_state(ctx, month: str) -> MonthLock:
    db = ctx.db
    row = finance_db.last_lock_event(db, month)
    if row is None:
        return MonthLock(month, False)
    return MonthLock(
        month,
        row["action"] == "lock",
        row["at"],
        row["username"],
        row["reason"],
        row["display_name"] or row["username"] or "",
    )


def _local(ctx, stored: str) -> str:
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d %H:%M")


@internal
def ensure_open(ctx: AppContext, moment: datetime | date | str | None) -> None:
    """Refuse a change dated in a locked month, naming the lock (month, who, when)."""
    if moment is None:
        return
    month = month_of(ctx, moment)
    state = lock_state(ctx, month)
    if state.locked:
        raise MonthLocked(
            QT_TRANSLATE_NOOP(
                "Desk",
                "{month} is locked: it was exported and locked by {user} on {at}. Changes"
                " dated in a locked month are refused; an admin can unlock it with a reason.",
            ),
            month=month,
            user=state.by_name or state.by,
            at=_local(ctx, state.at),
        )


@internal
def check_audited_change(ctx: AppContext, action: str) -> None:
    """Called by audit.record for every change: refuse it when now's month is locked."""
    if action.startswith(UNLOCKED_ACTIONS) or action.endswith(UNLOCKED_SUFFIXES):
        return
    ensure_open(ctx, ctx.clock.now())


@requires(Perm.MONTH_LOCK)
def lock_month(ctx: AppContext, month: str) -> MonthLock:
    """Lock a month (the export does it); locking a locked month changes nothing."""
    month = parse_month(month)
    with atomic(ctx.db):
        if not lock_state(ctx, month).locked:
            finance_db.insert_lock_event(
                ctx.db,
                month=month,
                action="lock",
                at=iso(ctx.clock.now()),
                user_id=ctx.user.id,
                reason="",
            )
            audit.record(ctx, "month.lock", "month", month, None, {"locked": True})
        return lock_state(ctx, month)


@requires(Perm.MONTH_UNLOCK)
def unlock_month(ctx: AppContext, month: str, reason: str) -> MonthLock:
    """An admin unlocks a locked month; the reason is kept and audited."""
    month = parse_month(month)
    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say why the month is unlocked."))
    with atomic(ctx.db):
        state = lock_state(ctx, month)
        if not state.locked:
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "{month} is not locked."), month=month)
        finance_db.insert_lock_event(
            ctx.db,
            month=month,
            action="unlock",
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            reason=reason,
        )
        audit.record(
            ctx,
            "month.unlock",
            "month",
            month,
            {"locked": True, "locked_by": state.by, "locked_at": state.at},
            {"locked": False, "reason": reason},
        )
        return lock_state(ctx, month)


@requires(Perm.DAILY_LEDGER)
def month_locks(ctx: AppContext) -> list[MonthLock]:
    """Every month that was ever locked, newest month first, with its present state."""
    months = sorted({r["month"] for r in finance_db.lock_events(ctx.db, 10_000)}, reverse=True)
    return [lock_state(ctx, m) for m in months]
