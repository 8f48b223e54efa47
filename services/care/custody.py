"""Items held at the desk (代保管, desk rules 5.1.3): for a department, a supplier or a
customer, with who left it, for whom, and when and by whom it was picked up. No signature is
taken; the record is never deleted and the pick-up is written once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import db.care.custody as custody_db
from db.core.connection import atomic
from services.core import audit, spans, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.identifiers import mask_phone
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires

OWNER_LABELS = {
    "department": QT_TRANSLATE_NOOP("Desk", "Department"),
    "supplier": QT_TRANSLATE_NOOP("Desk", "Supplier"),
    "customer": QT_TRANSLATE_NOOP("Desk", "Customer"),
}


class CustodyRefused(DomainError):
    pass


@dataclass(frozen=True)
class HeldItem:
    id: int
    description: str
    quantity: int
    owner_kind: str
    held_for: str
    left_by: str
    left_phone_masked: str
    storage: str
    note: str
    received_at: str
    received_by_name: str
    picked_up_at: str | None
    picked_up_by: str | None
    released_by_name: str

    @property
    def held(self) -> bool:
        return self.picked_up_at is None

    @property
    def ref(self) -> str:
        return f"K{self.id:05d}"


def _item(row: dict) -> HeldItem:
    return HeldItem(
        row["id"],
        row["description"],
        row["quantity"],
        row["owner_kind"],
        row["held_for"],
        row["left_by"],
        mask_phone(row["left_phone"]),
        row["storage"],
        row["note"],
        row["received_at"],
        row["received_by_name"],
        row["picked_up_at"],
        row["picked_up_by"],
        row["released_by_name"],
    )


def _text(value: str, message: str, size: int) -> str:
    """Required text: refused when missing, over `size` or with a control character."""
    value = validation.text(value, QT_TRANSLATE_NOOP("Desk", "text"), size)
    if not value:
        raise ValidationError(message)
    return value


@requires(Perm.COUNTER)
def take_in(
    ctx: AppContext,
    description: str,
    owner_kind: str,
    held_for: str,
    left_by: str,
    *,
    quantity: int = 1,
    left_phone: str = "",
    storage: str = "",
    note: str = "",
) -> HeldItem:
    """An item left at the desk to be held for someone."""
    if owner_kind not in OWNER_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Items are held for a department, a supplier or a customer.")
        )
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= 999:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The quantity is a whole number from 1 to 999.")
        )
    row = dict(
        description=_text(description, QT_TRANSLATE_NOOP("Desk", "Describe the item."), 200),
        owner_kind=owner_kind,
        held_for=_text(held_for, QT_TRANSLATE_NOOP("Desk", "Say who the item is held for."), 80),
        left_by=_text(left_by, QT_TRANSLATE_NOOP("Desk", "Say who left the item."), 80),
        quantity=quantity,
        left_phone=validation.phone(left_phone, QT_TRANSLATE_NOOP("Desk", "phone of who left it")),
        storage=validation.text(storage, QT_TRANSLATE_NOOP("Desk", "storage place"), 40),
        note=validation.text(note, QT_TRANSLATE_NOOP("Desk", "note"), 200),
        received_at=iso(ctx.clock.now()),
        received_by=ctx.user.id,
    )
    with atomic(ctx.db):
        item_id = custody_db.insert_item(ctx.db, **row)
        audit.record(
            ctx,
            "custody.take_in",
            "custody",
            item_id,
            None,
            {"for": row["held_for"], "what": row["description"]},
        )
        return _item(custody_db.item(ctx.db, item_id))


@requires(Perm.COUNTER)
def hand_out(ctx: AppContext, item_id: int, picked_up_by: str) -> HeldItem:
    """The item picked up; who took it is written, once."""
    who = _text(picked_up_by, QT_TRANSLATE_NOOP("Desk", "Say who picked the item up."), 80)
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "held item number"))
    with atomic(ctx.db):
        row = custody_db.item(ctx.db, item_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such held item."))
        if row["picked_up_at"] is not None:
            raise CustodyRefused(
                QT_TRANSLATE_NOOP("Desk", "{what} was already picked up by {who}."),
                what=row["description"],
                who=row["picked_up_by"],
            )
        custody_db.pick_up(
            ctx.db, item_id, at=iso(ctx.clock.now()), picked_up_by=who, released_by=ctx.user.id
        )
        audit.record(ctx, "custody.hand_out", "custody", item_id, None, {"by": who})
        return _item(custody_db.item(ctx.db, item_id))


STATUS_LABELS = {
    "held": QT_TRANSLATE_NOOP("Desk", "Still held"),
    "picked_up": QT_TRANSLATE_NOOP("Desk", "Picked up"),
}


@requires(Perm.COUNTER)
def list_items(
    ctx: AppContext,
    *,
    held_only: bool = False,
    status: str | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
    before_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[HeldItem]:
    """Newest first; `held_only` (or status 'held') shows what is still at the desk, status
    'picked_up' what has left it; taken in between two of the site's days (both included)
    when given; `before_id` (the last row shown) pages on by key."""
    offset, limit = page_args(offset, limit)
    status = spans.choice(status, STATUS_LABELS, QT_TRANSLATE_NOOP("Desk", "status"))
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    start, end = spans.utc_span(ctx, received_from, received_to)
    rows = custody_db.items(
        ctx.db,
        held_only=bool(held_only) or status == "held",
        picked_up_only=status == "picked_up",
        received_from=start,
        received_to=end,
        before_id=before_id,
        offset=offset,
        limit=limit,
    )
    return [_item(r) for r in rows]
