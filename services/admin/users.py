"""Users: sign-in with lock-out, own password change, and admin's add/disable (never delete)."""

from __future__ import annotations

import functools
import re
import secrets
from datetime import timedelta

import db.admin.users as users_db
from db.core.connection import atomic, in_transaction
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


@functools.cache
def _dummy_hash() -> str:
    """A hash at today's cost of a password nobody knows, checked when a name is unknown so
    that refusing an unknown name takes as long as refusing a wrong password."""
    return hash_password(secrets.token_urlsafe(24))


def _password_agrees(row: dict | None, password: str) -> bool:
    """The same work whether or not the user exists: one password check either way."""
    agrees = check_password(password, row["password_hash"] if row else _dummy_hash())
    return agrees and row is not None


def _locked(row: dict | None, now) -> SignInRefused | None:
    if row is None or not row["locked_until"] or parse_iso(row["locked_until"]) <= now:
        return None
    minutes = max(1, int((parse_iso(row["locked_until"]) - now).total_seconds() + 59) // 60)
    return SignInRefused(
        QT_TRANSLATE_NOOP(
            "Desk",
            "Too many wrong passwords: this account is locked for {minutes} more minute(s).",
        ),
        minutes=minutes,
    )


def _count_failure(ctx: AppContext, user_id: int | None, action: str, detail: dict) -> None:
    """One wrong password toward the account's lock, which sign-in and sign-off share, and its
    audit row; in a transaction of its own, so the refused operation's rollback keeps it.
    A file opened read-only (a backup whose admin signs a restore) keeps nothing."""
    now = ctx.clock.now()
    with atomic(ctx.db):
        if not users_db.writable(ctx.db):
            return
        row = users_db.by_id(ctx.db, user_id) if user_id is not None else None
        if row is None:
            if ctx.user is not None:  # a name nobody holds, given at a signed-in counter
                audit.record(ctx, f"user.{action}_failed", "user", None, None, detail)
            return
        actor = ctx if ctx.user is not None else ctx.signed_in_as(_user(row))
        failed = row["failed_sign_ins"] + 1
        if failed >= MAX_FAILED_SIGN_INS:
            until = iso(now + timedelta(minutes=LOCK_MINUTES))
            users_db.update(ctx.db, row["id"], failed_sign_ins=0, locked_until=until)
            audit.record(
                actor, "user.locked", "user", row["id"], None, {"locked_until": until, **detail}
            )
        else:
            users_db.update(ctx.db, row["id"], failed_sign_ins=failed)
            audit.record(
                actor,
                f"user.{action}_failed",
                "user",
                row["id"],
                None,
                {"failed_sign_ins": failed, **detail},
            )


@before_sign_in
def sign_in(ctx: AppContext, username: str, password: str) -> User:
    """Check the password; five wrong tries (at sign-in or sign-off) lock the account for
    five minutes. An unknown name costs the same password check as a known one."""
    now = ctx.clock.now()
    refused = SignInRefused(QT_TRANSLATE_NOOP("Desk", "Wrong user name or password."))
    username = validation.text(username, QT_TRANSLATE_NOOP("Desk", "user name"), 64)
    if not isinstance(password, str) or len(password) > MAX_PASSWORD_LENGTH:
        password = ""  # refused below, after the same work as any other wrong password
    with atomic(ctx.db):
        row = users_db.by_name(ctx.db, username)
        agrees = _password_agrees(row, password)
        locked = _locked(row, now)
        if locked is not None:
            raise locked
        if row is None:
            raise refused
        if agrees and not row["active"]:
            raise SignInRefused(QT_TRANSLATE_NOOP("Desk", "This account is disabled."))
        if agrees:
            # a hash made at an older, cheaper cost is replaced now that the password is known
            rehashed = (
                {"password_hash": hash_password(password)}
                if needs_rehash(row["password_hash"])
                else {}
            )
            users_db.update(ctx.db, row["id"], failed_sign_ins=0, locked_until=None, **rehashed)
            audit.record(ctx.signed_in_as(_user(row)), "user.sign_in", "user", row["id"])
            return _user(row)
    # the failure is kept in its own transaction, then reported
    _count_failure(ctx, row["id"], "sign_in", {})
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


class SignOffRefused(ValidationError):
    pass


@before_sign_in
def verify_password(ctx: AppContext, username: str, password: str, perm: Perm) -> User:
    """A second person's signature (四眼原则: a cash difference, compensation, found cash,
    points above the cap, a restore): an active user other than the one signed in, whose
    role holds `perm` as the users table has it now. A wrong password counts toward the
    same lock as sign-in and is audited; the signature is audited with what it was for."""
    now = ctx.clock.now()
    username = validation.text(username, QT_TRANSLATE_NOOP("Desk", "user name"), 64)
    if not isinstance(password, str) or len(password) > MAX_PASSWORD_LENGTH:
        password = ""
    row = users_db.by_name(ctx.db, username)
    if row is not None and ctx.user is not None and row["id"] == ctx.user.id:
        raise SignOffRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "A second signature is another person's: {name} is signed in here and cannot"
                " sign off their own operation.",
            ),
            name=row["username"],
        )
    agrees = _password_agrees(row, password)
    locked = _locked(row, now)
    if locked is not None:
        raise locked
    if not agrees:
        user_id, detail = (row["id"] if row else None), {"for": str(perm)}
        raise permissions.keep_after_refusal(
            ctx,
            ValidationError(QT_TRANSLATE_NOOP("Desk", "The sign-off name or password is wrong.")),
            lambda: _count_failure(ctx, user_id, "sign_off", detail),
        )
    if not row["active"]:
        raise SignOffRefused(
            QT_TRANSLATE_NOOP("Desk", "The account of {name} is disabled; it cannot sign off."),
            name=row["username"],
        )
    user = _user(row)
    permissions.require(ctx.signed_in_as(user), perm)
    if ctx.user is not None and in_transaction(ctx.db):
        users_db.update(ctx.db, row["id"], failed_sign_ins=0)
        audit.record(
            ctx,
            "user.sign_off",
            "user",
            row["id"],
            None,
            {"signer": user.username, "for": str(perm)},
        )
    return user
