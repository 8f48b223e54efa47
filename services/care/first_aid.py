"""The first-aid kit (应急药品, desk rules 5.2.12): medicines kept apart by kind (internal,
external, and equipment apart from both), each use written in the kit's own ledger with
what, how much, for whom and by whom; restocking is written too. Stock never goes below
zero. Low stock and near-expiry medicines are flagged so the desk asks for more in time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import db.care.first_aid as first_aid_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, spans, validation
from services.core.clock import business_day, iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.identifiers import mask_phone
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires

KIND_LABELS = {
    "internal": QT_TRANSLATE_NOOP("Desk", "Internal use"),
    "external": QT_TRANSLATE_NOOP("Desk", "External use"),
    "equipment": QT_TRANSLATE_NOOP("Desk", "Equipment"),
}
MOVE_LABELS = {
    "restock": QT_TRANSLATE_NOOP("Desk", "Restocked"),
    "use": QT_TRANSLATE_NOOP("Desk", "Used"),
    "discard": QT_TRANSLATE_NOOP("Desk", "Discarded"),
}
NEAR_EXPIRY_SETTING = "first_aid.near_expiry_days"
DEFAULT_NEAR_EXPIRY_DAYS = 30


class StockRefused(DomainError):
    pass


@dataclass(frozen=True)
class Medicine:
    id: int
    name: str
    kind: str
    unit: str
    stock: int
    low_stock: int
    expires_on: str | None
    active: bool
    low: bool = False
    near_expiry: bool = False
    expired: bool = False


@dataclass(frozen=True)
class Move:
    id: int
    medicine: str
    medicine_kind: str
    unit: str
    kind: str
    change: int
    for_whom: str
    note: str
    at: str
    user_name: str
    expires_on: str | None


def _today(ctx: AppContext) -> date:
    return business_day(ctx.clock.now(), site.timezone(ctx))


def _medicine(ctx: AppContext, row: dict) -> Medicine:
    today = _today(ctx)
    days = int(site.get_setting(ctx, NEAR_EXPIRY_SETTING, DEFAULT_NEAR_EXPIRY_DAYS))
    expiry = date.fromisoformat(row["expires_on"]) if row["expires_on"] else None
    has_stock = row["stock"] > 0
    return Medicine(
        row["id"],
        row["name"],
        row["kind"],
        row["unit"],
        row["stock"],
        row["low_stock"],
        row["expires_on"],
        bool(row["active"]),
        low=row["stock"] <= row["low_stock"],
        near_expiry=bool(has_stock and expiry and expiry <= today + timedelta(days)),
        expired=bool(has_stock and expiry and expiry < today),
    )


def _load(ctx: AppContext, medicine_id: int) -> dict:
    medicine_id = validation.record_id(medicine_id, QT_TRANSLATE_NOOP("Desk", "medicine number"))
    row = first_aid_db.medicine(ctx.db, medicine_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such medicine in the kit."))
    return row


def _quantity(quantity) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= 1000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The quantity is a whole number from 1 to 1000.")
        )
    return quantity


def _expiry(text: str) -> str:
    try:
        expires = date.fromisoformat((text or "").strip())
    except (AttributeError, ValueError):
        expires = None
    if expires is None or expires.year not in validation.YEARS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Write the expiry date like 2027-06-30."))
    return expires.isoformat()


@requires(Perm.COUNTER)
def add_medicine(
    ctx: AppContext, name: str, kind: str, unit: str = "", low_stock: int = 2
) -> Medicine:
    """A new medicine or item of equipment in the kit, with its low-stock level."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The medicine needs a name."))
    if kind not in KIND_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "A medicine is for internal or external use, or is equipment."
            )
        )
    if not isinstance(low_stock, int) or low_stock < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The low-stock level is zero or more."))
    validation.whole_number(
        low_stock, QT_TRANSLATE_NOOP("Desk", "low-stock level"), 0, validation.MAX_COUNT
    )
    name = validation.text(name, QT_TRANSLATE_NOOP("Desk", "name"), 60)
    unit = validation.text(unit, QT_TRANSLATE_NOOP("Desk", "unit"), 10)
    with atomic(ctx.db):
        if first_aid_db.medicine_by_name(ctx.db, name):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "{name} is already in the kit."), name=name
            )
        mid = first_aid_db.insert_medicine(
            ctx.db,
            name=name,
            kind=kind,
            unit=validation.text(unit, QT_TRANSLATE_NOOP("Desk", "unit"), 10),
            low_stock=low_stock,
            created_at=iso(ctx.clock.now()),
        )
        audit.record(ctx, "first_aid.add", "medicine", mid, None, {"name": name, "kind": kind})
        return _medicine(ctx, first_aid_db.medicine(ctx.db, mid))


@requires(Perm.COUNTER)
def restock(
    ctx: AppContext, medicine_id: int, quantity: int, expires_on: str, note: str = ""
) -> Medicine:
    """Stock added; the kit's expiry date is the earliest of what it holds."""
    quantity, expires_on = _quantity(quantity), _expiry(expires_on)
    with atomic(ctx.db):
        row = _load(ctx, medicine_id)
        held = row["expires_on"] if row["stock"] > 0 else None
        first_aid_db.insert_move(
            ctx.db,
            medicine_id=medicine_id,
            kind="restock",
            change=quantity,
            expires_on=expires_on,
            note=validation.text(note, QT_TRANSLATE_NOOP("Desk", "note"), 200),
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
        )
        first_aid_db.set_expiry(ctx.db, medicine_id, min(filter(None, (held, expires_on))))
        audit.record(
            ctx,
            "first_aid.restock",
            "medicine",
            medicine_id,
            None,
            {"quantity": quantity, "expires_on": expires_on},
        )
        return _medicine(ctx, first_aid_db.medicine(ctx.db, medicine_id))


def _take(
    ctx: AppContext, medicine_id: int, kind: str, quantity: int, for_whom: str, note: str
) -> Medicine:
    with atomic(ctx.db):
        row = _load(ctx, medicine_id)
        if quantity > row["stock"]:
            raise StockRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "Only {stock} {unit} of {name} left; {quantity} cannot be taken."
                ),
                stock=row["stock"],
                unit=row["unit"],
                name=row["name"],
                quantity=quantity,
            )
        first_aid_db.insert_move(
            ctx.db,
            medicine_id=medicine_id,
            kind=kind,
            change=-quantity,
            for_whom=for_whom,
            note=validation.text(note, QT_TRANSLATE_NOOP("Desk", "note"), 200),
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
        )
        audit.record(
            ctx,
            f"first_aid.{kind}",
            "medicine",
            medicine_id,
            None,
            {"quantity": quantity, "for": for_whom},
        )
        return _medicine(ctx, first_aid_db.medicine(ctx.db, medicine_id))


@requires(Perm.COUNTER)
def record_use(
    ctx: AppContext,
    medicine_id: int,
    quantity: int,
    *,
    phone: str = "",
    description: str = "",
    note: str = "",
) -> Medicine:
    """A medicine given out: for whom (kept only as a masked phone or a description)."""
    quantity = _quantity(quantity)
    phone = validation.phone(phone, QT_TRANSLATE_NOOP("Desk", "phone"))
    who = [
        mask_phone(phone) if phone else "",
        validation.text(description, QT_TRANSLATE_NOOP("Desk", "description"), 80),
    ]
    for_whom = " ".join(w for w in who if w)
    if not for_whom:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Say who the medicine was for (phone or a description).")
        )
    return _take(ctx, medicine_id, "use", quantity, for_whom, note)


@requires(Perm.COUNTER)
def discard(ctx: AppContext, medicine_id: int, quantity: int, reason: str) -> Medicine:
    """Expired or spoiled stock taken out of the kit, with the reason."""
    quantity = _quantity(quantity)
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Give the reason for discarding."))
    return _take(ctx, medicine_id, "discard", quantity, "", reason)


@requires(Perm.COUNTER)
def list_medicines(ctx: AppContext) -> list[Medicine]:
    """The kit, internal and external kept apart (sorted by kind, then name)."""
    return [_medicine(ctx, r) for r in first_aid_db.medicines(ctx.db)]


@requires(Perm.COUNTER)
def needing_attention(ctx: AppContext) -> list[Medicine]:
    """Low-stock, near-expiry or expired medicines: what to report for restocking."""
    return [m for m in list_medicines(ctx) if m.low or m.near_expiry or m.expired]


@requires(Perm.COUNTER)
def list_moves(
    ctx: AppContext,
    medicine_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
    *,
    kind: str | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    before_id: int | None = None,
) -> list[Move]:
    """The kit's ledger, newest first; one kind of move (restocked, used, discarded) and made
    between two of the site's days (both included) when given; `before_id` (the last row
    shown) pages on by key."""
    offset, limit = page_args(offset, limit)
    kind = spans.choice(kind, MOVE_LABELS, QT_TRANSLATE_NOOP("Desk", "kind of entry"))
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    start, end = spans.utc_span(ctx, day_from, day_to)
    if medicine_id is not None:
        medicine_id = validation.record_id(
            medicine_id, QT_TRANSLATE_NOOP("Desk", "medicine number")
        )
    return [
        Move(
            r["id"],
            r["name"],
            r["medicine_kind"],
            r["unit"],
            r["kind"],
            r["change"],
            r["for_whom"],
            r["note"],
            r["at"],
            r["user_name"],
            r["expires_on"],
        )
        for r in first_aid_db.moves(
            ctx.db,
            medicine_id=medicine_id,
            kind=kind,
            at_from=start,
            at_to=end,
            before_id=before_id,
            offset=offset,
            limit=limit,
        )
    ]
