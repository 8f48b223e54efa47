"""Who may do what (DOMAIN.md, People). Checked in every guarded service operation."""
from __future__ import annotations

from enum import StrEnum

from services.core.errors import QT_TRANSLATE_NOOP, DeskText, PermissionDenied


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
    COUNTER = "counter"                  # every counter operation
    VOID = "void"                        # void or reverse a document
    FORFEIT = "forfeit"                  # charge compensation from a deposit
    CLOSE_SHIFT = "close_shift"          # cash count and shift close
    DAILY_LEDGER = "daily_ledger"
    HANDOVER = "handover"                # income hand-over to finance
    ASSIGN_COMPLAINT = "assign_complaint"
    POINTS_ABOVE_CAP = "points_above_cap"
    REVEAL_PERSONAL = "reveal_personal"  # logged
    MONTH_EXPORT = "month_export"
    MONTH_LOCK = "month_lock"
    MONTH_UNLOCK = "month_unlock"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"  # site profile, prices, retention, shops
    VIEW_AUDIT = "view_audit"
    EDIT_ANSWERS = "edit_answers"        # the desk's standard answers


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
}


def allowed(role: str | None, perm: Perm) -> bool:
    return role is not None and Role(role) in GRANTS[perm]


def require(ctx, perm: Perm) -> None:
    """Raise PermissionDenied unless the signed-in user's role holds `perm`."""
    user = ctx.user
    if user is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Desk", "Please sign in first."))
    if not user.active:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Desk", "This account is disabled."))
    if not allowed(user.role, perm):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Desk", "Your role ({role}) does not allow {what}."),
            role=DeskText(ROLE_LABELS[Role(user.role)]), what=DeskText(PERM_LABELS[perm]),
        )
