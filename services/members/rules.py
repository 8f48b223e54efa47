"""The loyalty programme's rules from the site settings, and the checks every points
operation shares: the business day, a card that may still earn and redeem, a receipt."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.admin.settings as settings_db
import db.directory.shops as shops_db
import db.members.members as members_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core.clock import business_day, iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.identifiers import canonical_id
from services.core.money import format_fen
from services.core.permissions import Perm, internal, requires, signed_in

PREFIX = "members."


class MemberRefused(DomainError):
    pass


@dataclass(frozen=True)
class MemberRules:
    enrol_threshold_fen: int = 20000  # a receipt of ¥200 or more enrols
    receipt_window_days: int = 7  # 0: only today's receipts
    points_rate_fen: int = 1000  # ¥10 = 1 point
    points_lifetime_days: int = 365
    manual_cap_points: int = 200  # per member and business day, without a supervisor
    reissue_fee_fen: int = 1000


@signed_in
def rules(ctx) -> MemberRules:
    values = {
        f.name: int(site.get_setting(ctx, PREFIX + f.name, f.default)) for f in fields(MemberRules)
    }
    return MemberRules(**values)


@requires(Perm.MANAGE_SETTINGS)
def update_rules(ctx: AppContext, new: MemberRules) -> MemberRules:
    """Admins set the programme's thresholds, window, rate, lifetime, cap and fee."""
    for value in asdict(new).values():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Rules are whole numbers, 0 or more."))
    if new.points_rate_fen <= 0 or new.points_lifetime_days <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "The points rate and the points lifetime must be more than 0."
            )
        )
    with atomic(ctx.db):
        before = rules(ctx)
        for name, value in asdict(new).items():
            settings_db.put(ctx.db, PREFIX + name, value)
        audit.record(ctx, "members.rules", "setting", "members", asdict(before), asdict(new))
    return new


@signed_in
def today(ctx: AppContext) -> date:
    return business_day(ctx.clock.now(), site.timezone(ctx))


@internal
def day_bounds(ctx: AppContext, day: date) -> tuple[str, str]:
    """Stored (UTC) times of the start of `day` and of the next day at the site."""
    tz = ZoneInfo(site.timezone(ctx))
    start = datetime.combine(day, time(0), tz)
    return iso(start), iso(start + timedelta(days=1))


@internal
def local_text(ctx: AppContext, stored: str | None) -> str:
    if not stored:
        return ""
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d %H:%M")


def points_for(amount_fen: int, rate_fen: int) -> int:
    """floor(amount / rate): ¥9.99 at ¥10 a point is 0 points."""
    return amount_fen // rate_fen


@internal
def usable_card(ctx: AppContext, card_no: str) -> dict:
    """The card row if it may earn and redeem; a lost or replaced card is refused."""
    card_no = canonical_id(card_no, QT_TRANSLATE_NOOP("Desk", "card number"))
    card = members_db.card_by_no(ctx.db, card_no)
    if card is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No member card {card}."), card=card_no)
    if ctx.db.conn.execute(
        "SELECT erased_at FROM members WHERE id = ?", (card["member_id"],)
    ).fetchone()["erased_at"]:
        raise MemberRefused(
            QT_TRANSLATE_NOOP(
                "Desk", "Card {card} belonged to a member erased on request; it is closed."
            ),
            card=card["card_no"],
        )
    if card["status"] == "lost":
        raise MemberRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Card {card} was reported lost on {at} and is blocked. Reissue a card"
                " to the member first.",
            ),
            card=card["card_no"],
            at=local_text(ctx, card["lost_at"]),
        )
    if card["status"] == "replaced":
        raise MemberRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Card {card} was replaced by card {new}; it can never earn or redeem points again.",
            ),
            card=card["card_no"],
            new=card["replaced_by"] or "",
        )
    return card


@dataclass(frozen=True)
class ShoppingReceipt:
    shop_id: int
    receipt_no: str
    receipt_date: date
    amount_fen: int


@internal
def check_receipt(ctx: AppContext, receipt: ShoppingReceipt, window_days: int) -> dict:
    """The shop row when the receipt is complete and inside the window, else a clear no."""
    shop_id = receipt.shop_id
    valid_id = (
        isinstance(shop_id, int)
        and not isinstance(shop_id, bool)
        and 0 < shop_id <= validation.MAX_RECORD_ID
    )
    shop = shops_db.by_id(ctx.db, shop_id) if valid_id else None
    if shop is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the shop of the receipt."))
    receipt_no = canonical_id(receipt.receipt_no, QT_TRANSLATE_NOOP("Desk", "receipt number"))
    if not receipt_no:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Enter the receipt number."))
    amount = receipt.amount_fen
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Enter the receipt amount."))
    validation.fen(amount, QT_TRANSLATE_NOOP("Desk", "receipt amount"))
    validation.day(receipt.receipt_date, QT_TRANSLATE_NOOP("Desk", "receipt date"))
    day = today(ctx)
    if receipt.receipt_date > day:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The receipt date is in the future."))
    if (day - receipt.receipt_date).days > window_days:
        raise MemberRefused(
            QT_TRANSLATE_NOOP(
                "Desk", "The receipt of {date} is older than {days} days and cannot earn points."
            ),
            date=receipt.receipt_date.isoformat(),
            days=window_days,
        )
    return shop


def below_threshold(amount_fen: int, threshold_fen: int) -> MemberRefused:
    return MemberRefused(
        QT_TRANSLATE_NOOP(
            "Desk", "The receipt ({amount}) is below the {threshold} needed to enrol."
        ),
        amount=format_fen(amount_fen),
        threshold=format_fen(threshold_fen),
    )
