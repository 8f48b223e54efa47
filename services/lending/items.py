"""Kinds of lendable items (from the site profile) and the numbered items themselves.
Items are retired (lost, broken), never deleted. Nothing here knows what an umbrella is:
the defaults below are only the first-use seed for a mall or a clinic."""

from __future__ import annotations

import re
from dataclasses import dataclass

import db.lending.lending as lending_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, permissions, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.paging_args import page_args
from services.core.permissions import Perm, internal, requires, signed_in

DAY = 24 * 60
DEFAULT_KINDS = {
    "mall": [
        dict(
            code="umbrella",
            prefix="U",
            name_zh="爱心雨伞",
            name_en="Umbrella",
            deposit_fen=5000,
            loan_minutes=7 * DAY,
            return_before_closing=0,
            replacement_fen=5000,
        ),
        dict(
            code="stroller",
            prefix="S",
            name_zh="爱心童车",
            name_en="Stroller",
            deposit_fen=0,
            loan_minutes=6 * 60,
            return_before_closing=1,
            replacement_fen=60000,
        ),
        dict(
            code="wheelchair",
            prefix="W",
            name_zh="轮椅",
            name_en="Wheelchair",
            deposit_fen=0,
            loan_minutes=6 * 60,
            return_before_closing=1,
            replacement_fen=80000,
        ),
    ],
    "clinic": [
        dict(
            code="wheelchair",
            prefix="W",
            name_zh="轮椅",
            name_en="Wheelchair",
            deposit_fen=20000,
            loan_minutes=4 * 60,
            return_before_closing=1,
            replacement_fen=120000,
        ),
        dict(
            code="walking_frame",
            prefix="F",
            name_zh="助行器",
            name_en="Walking frame",
            deposit_fen=10000,
            loan_minutes=4 * 60,
            return_before_closing=1,
            replacement_fen=30000,
        ),
        dict(
            code="umbrella",
            prefix="U",
            name_zh="雨伞",
            name_en="Umbrella",
            deposit_fen=5000,
            loan_minutes=7 * DAY,
            return_before_closing=0,
            replacement_fen=5000,
        ),
    ],
}
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
PREFIX_RE = re.compile(r"^[A-Z]{1,3}$")
ITEM_CODE_RE = re.compile(r"^[A-Z]{1,3}-\d{3,6}$")


class ItemRefused(DomainError):
    pass


@dataclass(frozen=True)
class Kind:
    id: int
    code: str
    prefix: str
    name_zh: str
    name_en: str
    deposit_fen: int
    loan_minutes: int
    return_before_closing: bool
    replacement_fen: int
    active: bool


def _kind(row: dict) -> Kind:
    return Kind(
        row["id"],
        row["code"],
        row["prefix"],
        row["name_zh"],
        row["name_en"],
        row["deposit_fen"],
        row["loan_minutes"],
        bool(row["return_before_closing"]),
        row["replacement_fen"],
        bool(row["active"]),
    )


@internal
def ensure_kinds(ctx: AppContext) -> None:
    """First use: seed the site kind's usual lendable kinds (a setup step, audited)."""
    if lending_db.kinds(ctx.db):
        return
    with atomic(ctx.db):
        if lending_db.kinds(ctx.db):
            return
        now = iso(ctx.clock.now())
        for spec in DEFAULT_KINDS.get(site.get_profile(ctx).kind, DEFAULT_KINDS["mall"]):
            kind_id = lending_db.insert_kind(ctx.db, at=now, **spec)
            audit.record(ctx, "lending_kind.seed", "lending_kind", kind_id, None, spec)


@requires(Perm.COUNTER)
def list_kinds(ctx: AppContext, active_only: bool = False) -> list[Kind]:
    ensure_kinds(ctx)
    return [_kind(r) for r in lending_db.kinds(ctx.db, active_only)]


FIELD_NAMES = {
    "name_zh": QT_TRANSLATE_NOOP("Desk", "Chinese name"),
    "name_en": QT_TRANSLATE_NOOP("Desk", "English name"),
    "deposit_fen": QT_TRANSLATE_NOOP("Desk", "deposit"),
    "replacement_fen": QT_TRANSLATE_NOOP("Desk", "replacement price"),
    "loan_minutes": QT_TRANSLATE_NOOP("Desk", "loan period in minutes"),
}
MAX_LOAN_MINUTES = 366 * 24 * 60


# --- the fields of the kind form, each checked as add_kind and update_kind check it ------------
def checked_code(code) -> str:
    """A kind's code: a-z, digits and _, 2 to 32 characters, starting with a letter."""
    code = (code or "").strip().lower() if isinstance(code, str) else ""
    if not CODE_RE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "The code is 2 to 32 letters a-z, digits or _ (e.g. umbrella)."
            )
        )
    return code


def checked_prefix(prefix) -> str:
    """A kind's label prefix: 1 to 3 letters A-Z."""
    prefix = (prefix or "").strip().upper() if isinstance(prefix, str) else ""
    if not PREFIX_RE.match(prefix):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The label prefix is 1 to 3 letters A-Z (e.g. U).")
        )
    return prefix


def checked_kind_name(key: str, value) -> str:
    """A kind's name in one language (`key` name_zh or name_en): required, within its limit."""
    return validation.text(value, FIELD_NAMES[key], 60 if key == "name_zh" else 120, required=True)


def checked_price(key: str, fen: int) -> int:
    """A deposit or replacement price (`key` deposit_fen or replacement_fen) in fen."""
    if not isinstance(fen, int) or isinstance(fen, bool) or fen < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Deposits and replacement prices are 0 or more.")
        )
    return validation.fen(fen, FIELD_NAMES[key])


def _validate_kind(spec: dict) -> dict:
    out = dict(spec)
    for key in ("name_zh", "name_en"):
        out[key] = (out.get(key) or "").strip()
        if not out[key]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "A kind of item needs a name in both languages.")
            )
        validation.text(out[key], FIELD_NAMES[key], 60 if key == "name_zh" else 120)
    for key in ("deposit_fen", "replacement_fen"):
        value = out.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Deposits and replacement prices are 0 or more.")
            )
        validation.fen(value, FIELD_NAMES[key])
    minutes = out.get("loan_minutes")
    if not isinstance(minutes, int) or minutes <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The loan period must be positive."))
    validation.whole_number(minutes, FIELD_NAMES["loan_minutes"], 1, MAX_LOAN_MINUTES)
    out["return_before_closing"] = int(bool(out.get("return_before_closing")))
    out["active"] = int(bool(out.get("active", 1)))
    return out


@requires(Perm.MANAGE_SETTINGS)
def add_kind(
    ctx: AppContext,
    code: str,
    prefix: str,
    name_zh: str,
    name_en: str,
    deposit_fen: int,
    loan_minutes: int,
    return_before_closing: bool = False,
    replacement_fen: int = 0,
) -> Kind:
    """Admins add a kind of lendable item; its code and label prefix never change."""
    code, prefix = (code or "").strip().lower(), (prefix or "").strip().upper()
    if not CODE_RE.match(code) or not PREFIX_RE.match(prefix):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "A kind needs a short code (a-z) and a label prefix of 1 to 3 letters."
            )
        )
    spec = _validate_kind(
        dict(
            code=code,
            prefix=prefix,
            name_zh=name_zh,
            name_en=name_en,
            deposit_fen=deposit_fen,
            loan_minutes=loan_minutes,
            return_before_closing=return_before_closing,
            replacement_fen=replacement_fen,
        )
    )
    with atomic(ctx.db):
        if any(k["code"] == code or k["prefix"] == prefix for k in lending_db.kinds(ctx.db)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk", "That code or label prefix is already used by another kind."
                )
            )
        kind_id = lending_db.insert_kind(ctx.db, at=iso(ctx.clock.now()), **spec)
        audit.record(ctx, "lending_kind.add", "lending_kind", kind_id, None, spec)
        return _kind(lending_db.kind_by_id(ctx.db, kind_id))


@requires(Perm.MANAGE_SETTINGS)
def update_kind(ctx: AppContext, kind_id: int, **changes) -> Kind:
    """Admins change names, deposit, period, rules or replacement price; loans already out
    keep the deposit they were lent with."""
    kind_id = validation.record_id(kind_id, QT_TRANSLATE_NOOP("Desk", "kind number"))
    with atomic(ctx.db):
        before = lending_db.kind_by_id(ctx.db, kind_id)
        if before is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such kind of item."))
        editable = set(lending_db.KIND_FIELDS) - {"code", "prefix"}
        if set(changes) - editable:
            raise ValueError(sorted(set(changes) - editable))
        merged = _validate_kind({**{k: before[k] for k in editable}, **changes})
        lending_db.update_kind(
            ctx.db, kind_id, at=iso(ctx.clock.now()), **{k: merged[k] for k in editable}
        )
        audit.record(
            ctx,
            "lending_kind.update",
            "lending_kind",
            kind_id,
            {k: before[k] for k in editable},
            {k: merged[k] for k in editable},
        )
        return _kind(lending_db.kind_by_id(ctx.db, kind_id))


@requires(Perm.COUNTER)
def list_items(
    ctx: AppContext,
    kind_id: int | None = None,
    include_retired: bool = True,
    offset: int = 0,
    limit: int = 1000,
) -> list[dict]:
    """Items with their kind and whether they are out, retired or in."""
    offset, limit = page_args(offset, limit)
    if kind_id is not None:
        kind_id = validation.record_id(kind_id, QT_TRANSLATE_NOOP("Desk", "kind number"))
    rows = lending_db.items(
        ctx.db, kind_id=kind_id, include_retired=include_retired, offset=offset, limit=limit
    )
    for r in rows:
        r["state"] = "retired" if r["retired_at"] else "out" if r["open_loan_id"] else "in"
    return rows


@requires(Perm.MANAGE_SETTINGS)
def add_items(ctx: AppContext, kind_id: int, count: int = 1, note: str = "") -> list[str]:
    """Admins number new items of a kind (prefix-001, -002, ...) for QR labels."""
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 500:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Add between 1 and 500 items at once."))
    note = validation.text(note, QT_TRANSLATE_NOOP("Desk", "note"), 200)
    kind_id = validation.record_id(kind_id, QT_TRANSLATE_NOOP("Desk", "kind number"))
    with atomic(ctx.db):
        kind = lending_db.kind_by_id(ctx.db, kind_id)
        if kind is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such kind of item."))
        n, codes = lending_db.count_items_of_kind(ctx.db, kind_id), []
        now = iso(ctx.clock.now())
        while len(codes) < count:
            n += 1
            code = f"{kind['prefix']}-{n:03d}"
            if lending_db.item_by_code(ctx.db, code) is None:
                item_id = lending_db.insert_item(
                    ctx.db, kind_id=kind_id, code=code, note=note, at=now
                )
                audit.record(
                    ctx,
                    "lending_item.add",
                    "lending_item",
                    item_id,
                    None,
                    {"code": code, "kind": kind["code"]},
                )
                codes.append(code)
        return codes


@requires(Perm.COUNTER)
def retire_item(ctx: AppContext, code: str, reason: str) -> None:
    """Admins (or a shift lead) take an item out of use for good: lost, broken, worn."""
    if not permissions.holds(ctx, Perm.FORFEIT):
        permissions.require(ctx, Perm.MANAGE_SETTINGS)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say why the item is retired."))
    with atomic(ctx.db):
        item = lending_db.item_by_code(ctx.db, (code or "").strip())
        if item is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Desk", "No lendable item or deposit slip {code}."), code=code
            )
        if item["retired_at"]:
            raise ItemRefused(
                QT_TRANSLATE_NOOP("Desk", "Item {code} is already retired."), code=item["code"]
            )
        if item["open_loan_id"]:
            raise ItemRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Item {code} is out on loan; settle the loan first (as lost if it is"
                    " not coming back).",
                ),
                code=item["code"],
            )
        lending_db.retire_item(
            ctx.db, item["id"], at=iso(ctx.clock.now()), reason=reason, user_id=ctx.user.id
        )
        audit.record(
            ctx,
            "lending_item.retire",
            "lending_item",
            item["id"],
            None,
            {"code": item["code"], "reason": reason},
        )


TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class DeskRules:
    closing_time: str  # HH:MM, site time: items that must come back are due by then
    signoff_above_fen: int  # a cash difference above this needs a shift lead's sign-off


def checked_closing_time(text) -> str:
    """The desk's closing time as typed: HH:MM."""
    text = (text or "").strip() if isinstance(text, str) else ""
    if not TIME_RE.match(text):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Enter the closing time as HH:MM."))
    return text


def checked_signoff_above(fen) -> int:
    """The cash difference above which a close needs a sign-off, in fen: 0 or more."""
    if not isinstance(fen, int) or isinstance(fen, bool) or fen < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The sign-off threshold is 0 or more."))
    return validation.fen(fen, QT_TRANSLATE_NOOP("Desk", "sign-off threshold"))


@signed_in
def desk_rules(ctx) -> DeskRules:
    from services.lending import loans as lending
    from services.shifts import shifts

    return DeskRules(
        site.get_setting(ctx, lending.CLOSING_SETTING, lending.DEFAULT_CLOSING),
        shifts.signoff_above_fen(ctx),
    )


@requires(Perm.MANAGE_SETTINGS)
def set_desk_rules(ctx: AppContext, closing_time: str, signoff_above_fen: int) -> DeskRules:
    """Admins set the closing time and the sign-off threshold (audited settings)."""
    from services.lending import loans as lending
    from services.shifts import shifts

    permissions.require(ctx, Perm.MANAGE_SETTINGS)
    closing_time = checked_closing_time(closing_time)
    signoff_above_fen = checked_signoff_above(signoff_above_fen)
    with atomic(ctx.db):
        site.put_setting(ctx, lending.CLOSING_SETTING, closing_time)
        site.put_setting(ctx, shifts.SIGNOFF_SETTING, signoff_above_fen)
    return desk_rules(ctx)
