"""Users: sign-in with lock-out, own password change, and admin's add/disable (never delete)."""

from __future__ import annotations

import re
from datetime import timedelta

import db.admin.users as users_db
from db.core.connection import atomic
from services.admin.passwords import check_password, hash_password, needs_rehash
from services.core import audit, permissions, validation
from services.core.clock import iso, parse_iso
from services.core.context import AppContext, User
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.permissions import Perm, Role, before_sign_in, internal, requires, signed_in

MAX_FAILED_SIGN_INS = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
USERNAME_RE = re.compile(r"^[\w.\-]{2,32}$")


class SignInRefused(DomainError):
    pass


def _user(row: dict) -> User:
    return User(row["id"], row["username"], row["display_name"], row["role"], bool(row["active"]))


def _public(row: dict) -> dict:
    return {k: row[k] for k in ("username", "display_name", "role", "active")}


def check_new_password(password: str) -> None:
    password = password if isinstance(password, str) else ""
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A password has at most {n} characters."),
            n=MAX_PASSWORD_LENGTH,
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A password needs at least {n} characters."),
            n=MIN_PASSWORD_LENGTH,
        )


def check_username(username: str) -> str:
    username = validation.text(username, QT_TRANSLATE_NOOP("Desk", "user name"), 32)
    if not USERNAME_RE.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "A user name is 2 to 32 letters, digits, dots, dashes or underscores."
            )
        )
    return username


def check_role(role: str) -> Role:
    try:
        return Role(role)
    except (ValueError, TypeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Unknown role: {role}."), role=role
        ) from None


@internal
def create_user(
    ctx: AppContext, username: str, role: str, password: str, display_name: str = ""
) -> User:
    """Insert a user and its audit row; the caller holds the transaction and the right."""
    username, role = check_username(username), check_role(role)
    check_new_password(password)
    display_name = validation.text(display_name, QT_TRANSLATE_NOOP("Desk", "display name"), 64)
    if users_db.by_name(ctx.db, username):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The user name {name} is taken."), name=username
        )
    user_id = users_db.insert(
        ctx.db,
        username=username,
        display_name=display_name,
        role=role.value,
        password_hash=hash_password(password),
        created_at=iso(ctx.clock.now()),
    )
    row = users_db.by_id(ctx.db, user_id)
    audit.record(ctx, "user.add", "user", user_id, None, _public(row))
    return _user(row)


@requires(Perm.MANAGE_USERS)
def add_user(
    ctx: AppContext, username: str, role: str, password: str, display_name: str = ""
) -> User:
    """Admins add users; a user is never deleted, only disabled."""
    with atomic(ctx.db):
        return create_user(ctx, username, role, password, display_name)


@requires(Perm.MANAGE_USERS)
def list_users(ctx: AppContext) -> list[dict]:
    return users_db.all_users(ctx.db)


def _find(ctx: AppContext, username: str) -> dict:
    username = validation.text(username, QT_TRANSLATE_NOOP("Desk", "user name"), 64)
    row = users_db.by_name(ctx.db, username)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No user named {name}."), name=username)
    return row


@requires(Perm.MANAGE_USERS)
def set_active(ctx: AppContext, username: str, active: bool) -> None:
    """Disable (or enable again) an account; admins may not disable themselves."""
    active = validation.flag(active, QT_TRANSLATE_NOOP("Desk", "account active"))
    with atomic(ctx.db):
        row = _find(ctx, username)
        if not active and row["id"] == ctx.user.id:
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "You cannot disable your own account."))
        if bool(row["active"]) == active:
            return
        users_db.update(ctx.db, row["id"], active=int(active), failed_sign_ins=0, locked_until=None)
        audit.record(
            ctx,
            "user.enable" if active else "user.disable",
            "user",
            row["id"],
            {"active": bool(row["active"])},
            {"active": active},
        )


@requires(Perm.MANAGE_USERS)
def disable_user(ctx: AppContext, username: str) -> None:
    set_active(ctx, username, False)


@requires(Perm.MANAGE_USERS)
def change_role(ctx: AppContext, username: str, role: str) -> None:
    role = check_role(role)
    with atomic(ctx.db):
        row = _find(ctx, username)
        if row["id"] == ctx.user.id and role != Role.ADMIN:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "You cannot take away your own admin role.")
            )
        users_db.update(ctx.db, row["id"], role=role.value)
        audit.record(
            ctx, "user.role", "user", row["id"], {"role": row["role"]}, {"role": role.value}
        )


@requires(Perm.MANAGE_USERS)
def reset_password(ctx: AppContext, username: str, new_password: str) -> None:
    """An admin sets a new password for someone who forgot theirs; it also lifts a lock."""
    check_new_password(new_password)
    with atomic(ctx.db):
        row = _find(ctx, username)
        users_db.update(
            ctx.db,
            row["id"],
            password_hash=hash_password(new_password),
            failed_sign_ins=0,
            locked_until=None,
        )
        audit.record(ctx, "user.reset_password", "user", row["id"])


@before_sign_in
def sign_in(ctx: AppContext, username: str, password: str) -> User:
    """Check the password; five wrong tries lock the account for five minutes."""
    now = ctx.clock.now()
    refused = SignInRefused(QT_TRANSLATE_NOOP("Desk", "Wrong user name or password."))
    username = validation.text(username, QT_TRANSLATE_NOOP("Desk", "user name"), 64)
    if not isinstance(password, str) or len(password) > MAX_PASSWORD_LENGTH:
        raise refused
    with atomic(ctx.db):
        row = users_db.by_name(ctx.db, username)
        if row is None:
            raise refused
        actor = ctx.signed_in_as(_user(row))
        if not row["active"]:
            raise SignInRefused(QT_TRANSLATE_NOOP("Desk", "This account is disabled."))
        if row["locked_until"] and parse_iso(row["locked_until"]) > now:
            minutes = max(1, int((parse_iso(row["locked_until"]) - now).total_seconds() + 59) // 60)
            raise SignInRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Too many wrong passwords: this account is locked for {minutes} more"
                    " minute(s).",
                ),
                minutes=minutes,
            )
        if check_password(password, row["password_hash"]):
            # a hash made at an older, cheaper cost is replaced now that the password is known
            rehashed = (
                {"password_hash": hash_password(password)}
                if needs_rehash(row["password_hash"])
                else {}
            )
            users_db.update(ctx.db, row["id"], failed_sign_ins=0, locked_until=None, **rehashed)
            audit.record(actor, "user.sign_in", "user", row["id"])
            return _user(row)
        failed = row["failed_sign_ins"] + 1
        if failed >= MAX_FAILED_SIGN_INS:
            until = iso(now + timedelta(minutes=LOCK_MINUTES))
            users_db.update(ctx.db, row["id"], failed_sign_ins=0, locked_until=until)
            audit.record(actor, "user.locked", "user", row["id"], None, {"locked_until": until})
        else:
            users_db.update(ctx.db, row["id"], failed_sign_ins=failed)
            audit.record(
                actor, "user.sign_in_failed", "user", row["id"], None, {"failed_sign_ins": failed}
            )
    # the failure is committed above, then reported
    raise refused


@signed_in
def change_own_password(ctx: AppContext, old_password: str, new_password: str) -> None:
    """Any signed-in user changes their own password, proving the old one."""
    if ctx.user is None:
        raise SignInRefused(QT_TRANSLATE_NOOP("Desk", "Please sign in first."))
    check_new_password(new_password)
    with atomic(ctx.db):
        row = users_db.by_name(ctx.db, ctx.user.username)
        if not check_password(old_password, row["password_hash"]):
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The current password is wrong."))
        users_db.update(ctx.db, row["id"], password_hash=hash_password(new_password))
        audit.record(ctx, "user.change_password", "user", row["id"])


@before_sign_in
def verify_password(ctx: AppContext, username: str, password: str, perm: Perm) -> User:
    """A second person's sign-off (e.g. a shift lead approving a cash difference)."""
    username = validation.text(username, QT_TRANSLATE_NOOP("Desk", "user name"), 64)
    password = password if isinstance(password, str) else ""
    row = users_db.by_name(ctx.db, username)
    if row is None or not row["active"] or not check_password(password, row["password_hash"]):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The sign-off name or password is wrong."))
    user = _user(row)
    permissions.require(ctx.signed_in_as(user), perm)
    return user
