"""Who may do what (DOMAIN.md, People). Checked in every guarded service operation."""

from __future__ import annotations

import functools
from enum import StrEnum

import db.admin.users as users_db
from db.core.connection import in_transaction, storage_fault
from services.core.errors import (
    QT_TRANSLATE_NOOP,
    STORAGE_MESSAGES,
    DeskText,
    DomainError,
    PermissionDenied,
    StorageError,
    ValidationError,
)


class Role(StrEnum):
    CLERK = "clerk"
    SHIFT_LEAD = "shift_lead"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.CLERK: QT_TRANSLATE_NOOP("Desk", "Clerk"),
    Role.SHIFT_LEAD: QT_TRANSLATE_NOOP("Desk", "Shift lead"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Desk", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Desk", "Admin"),
}

_COUNTER = {Role.CLERK, Role.SHIFT_LEAD, Role.SUPERVISOR, Role.ADMIN}
_LEAD = {Role.SHIFT_LEAD, Role.SUPERVISOR, Role.ADMIN}
_SUPERVISOR = {Role.SUPERVISOR, Role.ADMIN}
_ADMIN = {Role.ADMIN}


class Perm(StrEnum):
    COUNTER = "counter"  # every counter operation
    VOID = "void"  # void or reverse a document
    FORFEIT = "forfeit"  # charge compensation from a deposit
    CLOSE_SHIFT = "close_shift"  # cash count and shift close
    DAILY_LEDGER = "daily_ledger"
    HANDOVER = "handover"  # income hand-over to finance
    ASSIGN_COMPLAINT = "assign_complaint"
    POINTS_ABOVE_CAP = "points_above_cap"
    REVEAL_PERSONAL = "reveal_personal"  # logged
    MONTH_EXPORT = "month_export"
    MONTH_LOCK = "month_lock"
    MONTH_UNLOCK = "month_unlock"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"  # site profile, prices, retention, shops
    VIEW_AUDIT = "view_audit"
    EDIT_ANSWERS = "edit_answers"  # the desk's standard answers
    RELEASE_CLAIM = "release_claim"  # lift a found item's limit of wrong claim answers
    QUALITY_CHECK = "quality_check"  # score services on the sheet, read the service level


PERM_LABELS = {
    Perm.COUNTER: QT_TRANSLATE_NOOP("Desk", "counter operations"),
    Perm.VOID: QT_TRANSLATE_NOOP("Desk", "voiding or reversing documents"),
    Perm.FORFEIT: QT_TRANSLATE_NOOP("Desk", "forfeiting deposits"),
    Perm.CLOSE_SHIFT: QT_TRANSLATE_NOOP("Desk", "counting cash and closing shifts"),
    Perm.DAILY_LEDGER: QT_TRANSLATE_NOOP("Desk", "printing the daily ledger"),
    Perm.HANDOVER: QT_TRANSLATE_NOOP("Desk", "handing income over to finance"),
    Perm.ASSIGN_COMPLAINT: QT_TRANSLATE_NOOP("Desk", "assigning and closing complaints"),
    Perm.POINTS_ABOVE_CAP: QT_TRANSLATE_NOOP("Desk", "manual points above the daily cap"),
    Perm.REVEAL_PERSONAL: QT_TRANSLATE_NOOP("Desk", "revealing personal data"),
    Perm.MONTH_EXPORT: QT_TRANSLATE_NOOP("Desk", "the monthly finance export"),
    Perm.MONTH_LOCK: QT_TRANSLATE_NOOP("Desk", "locking a month"),
    Perm.MONTH_UNLOCK: QT_TRANSLATE_NOOP("Desk", "unlocking a month"),
    Perm.MANAGE_USERS: QT_TRANSLATE_NOOP("Desk", "managing users"),
    Perm.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Desk", "changing settings"),
    Perm.VIEW_AUDIT: QT_TRANSLATE_NOOP("Desk", "reading the audit trail"),
    Perm.EDIT_ANSWERS: QT_TRANSLATE_NOOP("Desk", "editing the desk's standard answers"),
    Perm.RELEASE_CLAIM: QT_TRANSLATE_NOOP("Desk", "releasing a claim after too many wrong answers"),
    Perm.QUALITY_CHECK: QT_TRANSLATE_NOOP("Desk", "quality checks and the service level"),
}

GRANTS: dict[Perm, set[Role]] = {
    Perm.COUNTER: _COUNTER,
    Perm.VOID: _LEAD,
    Perm.FORFEIT: _LEAD,
    Perm.CLOSE_SHIFT: _LEAD,
    Perm.DAILY_LEDGER: _LEAD,
    Perm.HANDOVER: _LEAD,
    Perm.ASSIGN_COMPLAINT: _SUPERVISOR,
    Perm.POINTS_ABOVE_CAP: _SUPERVISOR,
    Perm.REVEAL_PERSONAL: _SUPERVISOR,
    Perm.MONTH_EXPORT: _SUPERVISOR,
    Perm.MONTH_LOCK: _SUPERVISOR,
    Perm.MONTH_UNLOCK: _ADMIN,
    Perm.MANAGE_USERS: _ADMIN,
    Perm.MANAGE_SETTINGS: _ADMIN,
    Perm.VIEW_AUDIT: _SUPERVISOR,
    Perm.EDIT_ANSWERS: _SUPERVISOR,
    Perm.RELEASE_CLAIM: _SUPERVISOR,
    Perm.QUALITY_CHECK: _SUPERVISOR,
}


def allowed(role: str | None, perm: Perm) -> bool:
    return role is not None and Role(role) in GRANTS[perm]


def current_role(ctx) -> Role:
    """The signed-in user's role as the users table holds it now: a user disabled, demoted or
    never stored loses their rights at the next call, in every open session."""
    user = ctx.user
    if user is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Desk", "Please sign in first."))
    row = users_db.by_id(ctx.db, user.id)
    if row is None or row["username"] != user.username or not row["active"]:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Desk", "This account is disabled."))
    return Role(row["role"])


def holds(ctx, perm: Perm) -> bool:
    """Whether the signed-in user's role, read from the database now, holds `perm` (for a
    rule that asks for more when it does not, such as a second signature)."""
    return current_role(ctx) in GRANTS[perm]


def require(ctx, perm: Perm) -> None:
    """Raise PermissionDenied unless the signed-in user's role (read from the database) holds
    `perm`. Used inside an operation whose right depends on its input; a whole operation
    declares its right with @requires."""
    role = current_role(ctx)
    if role not in GRANTS[perm]:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Desk", "Your role ({role}) does not allow {what}."),
            role=DeskText(ROLE_LABELS[role]),
            what=DeskText(PERM_LABELS[perm]),
        )


# What a public service function declares: a Perm, SIGNED_IN (any active user) or
# BEFORE_SIGN_IN (start-up and sign-in itself, no user yet). Tests read `.permission`.
SIGNED_IN = "signed_in"
BEFORE_SIGN_IN = "before_sign_in"


# What a refused operation must still keep (a wrong sign-off password toward the lock, a
# wrong claim answer toward the item's limit): the refusal rolls the operation back, so the
# outermost declared operation writes these once its transaction has ended.
KEEP_AFTER_REFUSAL = "keep_after_refusal"


def keep_after_refusal(ctx, error: DomainError, keep) -> DomainError:
    """Have `keep()` run in a transaction of its own after `error` rolled the operation
    back (at once when no transaction is open); returns the error for `raise`."""
    if not in_transaction(ctx.db):
        keep()
    else:
        error.__dict__.setdefault(KEEP_AFTER_REFUSAL, []).append(keep)
    return error


def _keep_what_the_refusal_keeps(ctx, error: DomainError) -> None:
    if in_transaction(ctx.db):
        return  # an outer operation's transaction is still open: its wrapper does it
    for keep in error.__dict__.pop(KEEP_AFTER_REFUSAL, ()):
        keep()


NUL_TYPED = QT_TRANSLATE_NOOP(
    "Desk",
    "What was typed or scanned contains a control character (NUL, from a scanner or a"
    " paste); type it again without it.",
)


def _holds_nul(args, kwargs) -> bool:
    """A NUL in an argument, or in a list or mapping of them. No text of the desk holds one
    (PostgreSQL cannot store it, SQLite cuts text at it): the fields refuse it by name; a
    look-up that passed one on to the server failed there instead, and is told here."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, dict):
            value = (*value.keys(), *value.values())
        items = value if isinstance(value, list | tuple | set | frozenset) else (value,)
        if any(isinstance(item, str) and "\x00" in item for item in items):
            return True
    return False


def _declare(permission, check):
    def decorate(fn):
        @functools.wraps(fn)
        def guarded(ctx, *args, **kwargs):
            try:
                check(ctx)
                try:
                    # through __wrapped__, so the role runner can stand in for the body
                    return guarded.__wrapped__(ctx, *args, **kwargs)
                except DomainError as error:
                    _keep_what_the_refusal_keeps(ctx, error)
                    raise
            except DomainError:
                raise
            except Exception as exc:  # a full, read-only or failing disk: a sentence
                if _holds_nul(args, kwargs):  # bad input the server refused, not a fault
                    raise ValidationError(NUL_TYPED) from exc
                fault = storage_fault(exc)
                if fault is None:
                    raise
                raise StorageError(STORAGE_MESSAGES[fault]) from exc

        guarded.permission = permission
        return guarded

    return decorate


def requires(perm: Perm):
    """Declare and check the right an operation needs, against the users table on each call."""
    return _declare(perm, lambda ctx: require(ctx, perm))


def signed_in(fn):
    """Declare an operation any active signed-in user may call (checked on each call)."""
    return _declare(SIGNED_IN, current_role)(fn)


def before_sign_in(fn):
    """Declare an operation that runs with no user: start-up, first run and sign-in."""
    return _declare(BEFORE_SIGN_IN, lambda ctx: None)(fn)


INTERNAL = "internal"


def internal(fn):
    """Declare a building block that other services call inside their own declared operation.
    ui/ never calls one (tests/test_architecture.py), so it needs no check of its own."""
    fn.permission = INTERNAL
    return fn
