"""The redemption catalogue (积分兑换): gifts and coupons with a points cost, and their
stock, kept as an append-only ledger of additions and redemptions."""

from __future__ import annotations

import re
from dataclasses import dataclass

import db.members.points as points_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DeskText, NotFound, ValidationError
from services.core.identifiers import canonical_id
from services.core.permissions import Perm, requires

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{0,19}$")


@dataclass(frozen=True)
class Reward:
    id: int
    code: str
    name_zh: str
    name_en: str
    points_cost: int
    stock: int
    active: bool

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") or not self.name_en else self.name_en


def _reward(row: dict) -> Reward:
    return Reward(
        row["id"],
        row["code"],
        row["name_zh"],
        row["name_en"],
        row["points_cost"],
        row["stock"],
        bool(row["active"]),
    )


@requires(Perm.COUNTER)
def list_rewards(ctx: AppContext, active_only: bool = True) -> list[Reward]:
    """The catalogue, cheapest first, with the stock of each."""
    return [_reward(r) for r in points_db.rewards(ctx.db, active_only)]


def _check_cost(points_cost: int) -> None:
    if not isinstance(points_cost, int) or isinstance(points_cost, bool) or points_cost < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "A gift costs 1 point or more."))
    validation.whole_number(
        points_cost, QT_TRANSLATE_NOOP("Desk", "points cost"), 1, validation.MAX_COUNT
    )


@requires(Perm.MANAGE_SETTINGS)
def add_reward(
    ctx: AppContext, code: str, name_zh: str, name_en: str, points_cost: int, stock: int = 0
) -> Reward:
    """Admins add a gift or coupon to the catalogue, with its opening stock."""
    code = canonical_id(code, QT_TRANSLATE_NOOP("Desk", "gift code"))
    if not CODE_RE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A gift code is 1 to 20 letters, digits or dashes."),
            field=DeskText("gift code"),
        )
    name_zh = validation.text(name_zh, QT_TRANSLATE_NOOP("Desk", "Chinese name"), 60)
    name_en = validation.text(name_en, QT_TRANSLATE_NOOP("Desk", "English name"), 120)
    if not name_zh:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter the gift's Chinese name."),
            field=DeskText("Chinese name"),
        )
    _check_cost(points_cost)
    validation.whole_number(stock, QT_TRANSLATE_NOOP("Desk", "stock"), 0, validation.MAX_COUNT)
    with atomic(ctx.db):
        if points_db.reward_by_code(ctx.db, code):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Gift code {code} is taken."), code=code
            )
        now = iso(ctx.clock.now())
        item_id = points_db.insert_reward(
            ctx.db,
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            points_cost=points_cost,
            created_at=now,
            updated_at=now,
        )
        if stock:
            _add_stock(ctx, item_id, stock, "opening stock")
        audit.record(
            ctx,
            "reward.add",
            "reward",
            item_id,
            None,
            {"code": code, "points_cost": points_cost, "stock": stock},
        )
        return _reward(points_db.reward_by_id(ctx.db, item_id))


@requires(Perm.MANAGE_SETTINGS)
def update_reward(
    ctx: AppContext, reward_id: int, *, points_cost: int | None = None, active: bool | None = None
) -> Reward:
    """Admins change a gift's cost or take it out of (or back into) the catalogue."""
    reward_id = validation.record_id(reward_id)
    changes: dict = {}
    if points_cost is not None:
        _check_cost(points_cost)
        changes["points_cost"] = points_cost
    if active is not None:
        changes["active"] = int(
            validation.flag(active, QT_TRANSLATE_NOOP("Desk", "in the catalogue"))
        )
    with atomic(ctx.db):
        row = points_db.reward_by_id(ctx.db, reward_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "This gift is not in the catalogue."))
        if changes:
            points_db.update_reward(ctx.db, reward_id, **changes, updated_at=iso(ctx.clock.now()))
            audit.record(
                ctx, "reward.update", "reward", reward_id, {k: row[k] for k in changes}, changes
            )
        return _reward(points_db.reward_by_id(ctx.db, reward_id))


def _add_stock(ctx: AppContext, reward_id: int, quantity: int, reason: str) -> None:
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Add 1 or more to the stock."))
    validation.whole_number(
        quantity, QT_TRANSLATE_NOOP("Desk", "quantity"), 1, validation.MAX_COUNT
    )
    points_db.insert_stock(
        ctx.db,
        item_id=reward_id,
        at=iso(ctx.clock.now()),
        user_id=ctx.user.id,
        change=quantity,
        reason=reason,
    )


@requires(Perm.MANAGE_SETTINGS)
def restock_reward(ctx: AppContext, reward_id: int, quantity: int, reason: str = "") -> Reward:
    """Gifts delivered to the desk raise the stock (the desk's own count, audited)."""
    reward_id = validation.record_id(reward_id)
    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 100) or "delivery"
    with atomic(ctx.db):
        if points_db.reward_by_id(ctx.db, reward_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "This gift is not in the catalogue."))
        _add_stock(ctx, reward_id, quantity, reason)
        audit.record(ctx, "reward.restock", "reward", reward_id, None, {"quantity": quantity})
        return _reward(points_db.reward_by_id(ctx.db, reward_id))
