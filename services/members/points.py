"""Points (DOMAIN.md 1): a shopping receipt earns floor(amount / rate) once ever; each earning
is a batch that expires after the programme's lifetime; returns, redemptions and expiries use
batches oldest first. Manual back-entry (后台补录积分) needs a reason, above the daily cap a
supervisor. Everything is an appended row; nothing is updated or deleted."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import db.members.members as members_db
import db.members.points as points_db
from db.core.connection import atomic
from services.core import audit, permissions, validation
from services.core import numbering as numbers
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.core.identifiers import canonical_id
from services.core.paging_args import page_args
from services.core.permissions import Perm, internal, requires
from services.members.rules import (
    MemberRefused,
    ShoppingReceipt,
    check_receipt,
    day_bounds,
    points_for,
    rules,
    today,
    usable_card,
)

MAX_MANUAL = 100_000


@dataclass(frozen=True)
class PointsEntry:
    id: int
    kind: str  # receipt, manual, return, redeem, expire
    points: int  # + earned, - used
    balance: int  # the member's usable points after it
    card_no: str
    expires_on: str | None = None


@dataclass(frozen=True)
class Redemption:
    id: int
    receipt_no: str
    card_no: str
    reward_code: str
    name_zh: str
    name_en: str
    quantity: int
    points: int
    balance: int
    at: str


def _entry(
    ctx: AppContext,
    entry_id: int,
    kind: str,
    points: int,
    member_id: int,
    card_no: str,
    expires_on: str | None = None,
) -> PointsEntry:
    return PointsEntry(
        entry_id, kind, points, member_balance(ctx, member_id, today(ctx)), card_no, expires_on
    )


@internal
def member_balance(ctx, member_id: int, day: date) -> int:
    db = ctx.db
    return points_db.balance(db, member_id, day.isoformat())


def _use_batches(ctx: AppContext, entry_id: int, points: int, batches: list[dict]) -> None:
    """Take `points` from the batches in the order given (oldest first)."""
    left = points
    for batch in batches:
        if left == 0:
            break
        take = min(left, batch["remaining"])
        if take > 0:
            points_db.insert_use(ctx.db, entry_id=entry_id, batch_id=batch["id"], points=take)
            left -= take
    assert left == 0, "caller checked the balance"


@internal
def book_expiries(ctx: AppContext, member_id: int | None = None) -> int:
    """Write an expiry for every batch whose day has come; inside the caller's transaction."""
    day = today(ctx).isoformat()
    expired = 0
    for batch in points_db.due_batches(ctx.db, day, member_id):
        entry_id = points_db.insert_entry(
            ctx.db,
            member_id=batch["member_id"],
            card_id=batch["card_id"],
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id if ctx.user else None,
            kind="expire",
            points=-batch["remaining"],
            reason=f"batch {batch['id']} of {batch['at'][:10]}",
        )
        points_db.insert_use(
            ctx.db, entry_id=entry_id, batch_id=batch["id"], points=batch["remaining"]
        )
        expired += batch["remaining"]
    return expired


@requires(Perm.COUNTER)
def expire_points(ctx: AppContext) -> int:
    """The day's sweep: batches past their lifetime lose what is left in them."""
    with atomic(ctx.db):
        expired = book_expiries(ctx)
        if expired:
            audit.record(
                ctx, "points.expire", "points", today(ctx).isoformat(), None, {"points": expired}
            )
    return expired


def _batch_expiry(ctx: AppContext) -> str:
    return (today(ctx) + timedelta(days=rules(ctx).points_lifetime_days)).isoformat()


@internal
def credit_receipt_to(
    ctx: AppContext, member_id: int, card: dict, receipt: ShoppingReceipt
) -> PointsEntry:
    """Credit a checked receipt inside the caller's transaction (enrolment uses it too)."""
    programme = rules(ctx)
    check_receipt(ctx, receipt, programme.receipt_window_days)
    number = canonical_id(receipt.receipt_no, QT_TRANSLATE_NOOP("Desk", "receipt number"))
    if points_db.receipt(ctx.db, receipt.shop_id, number, receipt.receipt_date.isoformat()):
        raise MemberRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Receipt {number} of {date} from this shop has already earned points;"
                " a receipt earns points only once.",
            ),
            number=number,
            date=receipt.receipt_date.isoformat(),
        )
    now = iso(ctx.clock.now())
    receipt_id = points_db.insert_receipt(
        ctx.db,
        shop_id=receipt.shop_id,
        receipt_no=number,
        receipt_date=receipt.receipt_date.isoformat(),
        amount_fen=receipt.amount_fen,
        member_id=member_id,
        card_id=card["id"],
        at=now,
        user_id=ctx.user.id,
    )
    points = points_for(receipt.amount_fen, programme.points_rate_fen)
    entry_id = expires = None
    if points:
        expires = _batch_expiry(ctx)
        entry_id = points_db.insert_entry(
            ctx.db,
            member_id=member_id,
            card_id=card["id"],
            at=now,
            user_id=ctx.user.id,
            kind="receipt",
            points=points,
            expires_on=expires,
            receipt_id=receipt_id,
        )
    audit.record(
        ctx,
        "points.credit",
        "member",
        member_id,
        None,
        {
            "card": card["card_no"],
            "shop_id": receipt.shop_id,
            "receipt_no": number,
            "receipt_date": receipt.receipt_date.isoformat(),
            "amount_fen": receipt.amount_fen,
            "points": points,
        },
    )
    return _entry(ctx, entry_id or 0, "receipt", points, member_id, card["card_no"], expires)


@requires(Perm.COUNTER)
def credit_receipt(ctx: AppContext, card_no: str, receipt: ShoppingReceipt) -> PointsEntry:
    """A shopping receipt earns floor(amount / rate) points, once ever, inside the window."""
    with atomic(ctx.db):
        card = usable_card(ctx, card_no)
        book_expiries(ctx, card["member_id"])
        try:
            return credit_receipt_to(ctx, card["member_id"], card, receipt)
        except sqlite3.IntegrityError:  # another counter credited it a moment ago
            raise MemberRefused(
                QT_TRANSLATE_NOOP("Desk", "This receipt has already earned points.")
            ) from None


@requires(Perm.COUNTER)
def return_receipt(
    ctx: AppContext, shop_id: int, receipt_no: str, receipt_date: date, reason: str = ""
) -> PointsEntry:
    """Goods returned: exactly the receipt's points come off, from its own batch first."""
    shop_id = validation.record_id(shop_id, QT_TRANSLATE_NOOP("Desk", "shop number"))
    receipt_date = validation.day(receipt_date, QT_TRANSLATE_NOOP("Desk", "receipt date"))
    number = canonical_id(receipt_no, QT_TRANSLATE_NOOP("Desk", "receipt number"))
    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200)
    with atomic(ctx.db):
        row = points_db.receipt(ctx.db, shop_id, number, receipt_date.isoformat())
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Desk", "Receipt {number} of {date} from this shop never earned points."
                ),
                number=number,
                date=receipt_date.isoformat(),
            )
        if row["returned_at"]:
            raise MemberRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "The points of receipt {number} were already taken back."
                ),
                number=number,
            )
        member_id, points = row["member_id"], row["points"]
        book_expiries(ctx, member_id)
        batches = points_db.batches(ctx.db, member_id)
        batches.sort(key=lambda b: b["id"] != row["entry_id"])  # its own batch first
        if sum(b["remaining"] for b in batches) < points:
            raise MemberRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The member has fewer than the {points} points of this receipt left;"
                    " the gifts redeemed with them must come back first.",
                ),
                points=points,
            )
        card = members_db.member_by_id(ctx.db, member_id)
        entry_id = points_db.insert_entry(
            ctx.db,
            member_id=member_id,
            card_id=card["card_id"],
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            kind="return",
            points=-points,
            receipt_id=row["id"],
            reason=validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200),
        )
        _use_batches(ctx, entry_id, points, batches)
        audit.record(
            ctx,
            "points.return",
            "member",
            member_id,
            None,
            {"receipt_no": number, "receipt_date": receipt_date.isoformat(), "points": -points},
        )
        return _entry(ctx, entry_id, "return", -points, member_id, card["card_no"])


@requires(Perm.COUNTER)
def add_manual_points(
    ctx: AppContext,
    card_no: str,
    points: int,
    reason: str,
    approver_username: str = "",
    approver_password: str = "",
) -> PointsEntry:
    """Back-entry of points with a reason; above the day's cap a supervisor signs off."""
    from services.admin.users import verify_password

    permissions.require(ctx, Perm.COUNTER)
    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200)
    if not isinstance(points, int) or isinstance(points, bool) or not 0 < points <= MAX_MANUAL:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Enter the points to add (1 or more)."))
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Say why the points are added by hand (for example the receipt number)."
            )
        )
    with atomic(ctx.db):
        card = usable_card(ctx, card_no)
        member_id = card["member_id"]
        book_expiries(ctx, member_id)
        cap = rules(ctx).manual_cap_points
        given = points_db.manual_points_on(ctx.db, member_id, *day_bounds(ctx, today(ctx)))
        approver = None
        if given + points > cap and not permissions.holds(ctx, Perm.POINTS_ABOVE_CAP):
            if not approver_username:
                raise MemberRefused(
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "Today's manual points for this member would reach {total}, above"
                        " the cap of {cap}: a supervisor must sign off.",
                    ),
                    total=given + points,
                    cap=cap,
                )
            approver = verify_password(
                ctx, approver_username, approver_password, Perm.POINTS_ABOVE_CAP
            )
        expires = _batch_expiry(ctx)
        entry_id = points_db.insert_entry(
            ctx.db,
            member_id=member_id,
            card_id=card["id"],
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            kind="manual",
            points=points,
            expires_on=expires,
            reason=reason,
            approved_by=approver.id if approver else None,
        )
        audit.record(
            ctx,
            "points.manual",
            "member",
            member_id,
            None,
            {
                "card": card["card_no"],
                "points": points,
                "reason": reason,
                "approved_by": approver.username if approver else None,
            },
        )
        return _entry(ctx, entry_id, "manual", points, member_id, card["card_no"], expires)


@requires(Perm.COUNTER)
def redeem(ctx: AppContext, card_no: str, reward_id: int, quantity: int = 1) -> Redemption:
    """A gift or coupon for points: stock and points go down together, oldest batch first,
    and a redemption receipt number is taken."""
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Redeem at least one."))
    with atomic(ctx.db):
        card = usable_card(ctx, card_no)
        member_id = card["member_id"]
        book_expiries(ctx, member_id)
        reward = points_db.reward_by_id(ctx.db, reward_id)
        if reward is None or not reward["active"]:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "This gift is not in the catalogue."))
        if reward["stock"] < quantity:
            raise MemberRefused(
                QT_TRANSLATE_NOOP("Desk", "Only {stock} of this gift are in stock."),
                stock=reward["stock"],
            )
        cost = reward["points_cost"] * quantity
        have = member_balance(ctx, member_id, today(ctx))
        if have < cost:
            raise MemberRefused(
                QT_TRANSLATE_NOOP("Desk", "This needs {cost} points; the member has {have}."),
                cost=cost,
                have=have,
            )
        now = iso(ctx.clock.now())
        receipt_no = numbers.take_number(ctx, "redemption")
        redemption_id = points_db.insert_redemption(
            ctx.db,
            receipt_no=receipt_no,
            member_id=member_id,
            card_id=card["id"],
            item_id=reward_id,
            quantity=quantity,
            points=cost,
            at=now,
            user_id=ctx.user.id,
        )
        points_db.insert_stock(
            ctx.db,
            item_id=reward_id,
            at=now,
            user_id=ctx.user.id,
            change=-quantity,
            reason="redemption",
            redemption_id=redemption_id,
        )
        entry_id = points_db.insert_entry(
            ctx.db,
            member_id=member_id,
            card_id=card["id"],
            at=now,
            user_id=ctx.user.id,
            kind="redeem",
            points=-cost,
            redemption_id=redemption_id,
        )
        _use_batches(ctx, entry_id, cost, points_db.batches(ctx.db, member_id))
        audit.record(
            ctx,
            "points.redeem",
            "member",
            member_id,
            None,
            {
                "card": card["card_no"],
                "receipt_no": receipt_no,
                "reward": reward["code"],
                "quantity": quantity,
                "points": cost,
            },
        )
        return Redemption(
            redemption_id,
            receipt_no,
            card["card_no"],
            reward["code"],
            reward["name_zh"],
            reward["name_en"],
            quantity,
            cost,
            member_balance(ctx, member_id, today(ctx)),
            now,
        )


# --- the statement ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Batch:
    id: int
    earned_at: str
    kind: str
    points: int
    remaining: int
    expires_on: str
    card_no: str


@dataclass(frozen=True)
class Statement:
    member_id: int
    balance: int
    batches: list[Batch]  # still holding points, oldest expiry first
    lines: list[dict]  # newest first: kind, points, at, card_no, receipt or gift


@requires(Perm.COUNTER)
def points_statement(
    ctx: AppContext, member_id: int, offset: int = 0, limit: int = 200
) -> Statement:
    """Batches with what is left and when they expire, and every credit, return,
    redemption and expiry, newest first."""
    member_id = validation.record_id(member_id, QT_TRANSLATE_NOOP("Desk", "member number"))
    offset, limit = page_args(offset, limit)
    day = today(ctx)
    cards = {c["id"]: c["card_no"] for c in members_db.cards_of(ctx.db, member_id)}
    batches = [
        Batch(
            b["id"],
            b["at"],
            b["kind"],
            b["points"],
            b["remaining"],
            b["expires_on"],
            cards.get(b["card_id"], ""),
        )
        for b in points_db.batches(ctx.db, member_id)
        if b["expires_on"] > day.isoformat()
    ]
    return Statement(
        member_id,
        member_balance(ctx, member_id, day),
        batches,
        points_db.entries(ctx.db, member_id, offset, limit),
    )
