"""The price list of the desk's paid services (DOMAIN.md 5): admins keep it, with names in
both languages. A price change applies from then on: every change is a new row of price
history, and a sold receipt keeps the prices it was sold at on its own lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

import db.sales.sales as sales_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.core.identifiers import canonical_id
from services.core.permissions import Perm, requires

CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")
MAX_PRICE_FEN = 1_000_000  # ¥10,000: far above any desk service, catches a slipped key

# code, Chinese name, English name, unit zh, unit en, price in fen
DEFAULT_PRICES = (
    ("WRAP-S", "礼品包装(小)", "Gift wrapping, small", "件", "item", 500),
    ("WRAP-M", "礼品包装(中)", "Gift wrapping, medium", "件", "item", 1000),
    ("WRAP-L", "礼品包装(大)", "Gift wrapping, large", "件", "item", 2000),
    ("FAX-OUT", "发送传真", "Fax, send", "页", "page", 300),
    ("FAX-IN", "接收传真", "Fax, receive", "页", "page", 100),
    ("COPY-A4", "复印 A4 黑白", "Photocopy A4, black", "页", "page", 50),
    ("COPY-A3", "复印 A3 黑白", "Photocopy A3, black", "页", "page", 100),
    ("COPY-A4C", "复印 A4 彩色", "Photocopy A4, colour", "页", "page", 200),
    ("COPY-A3C", "复印 A3 彩色", "Photocopy A3, colour", "页", "page", 400),
    ("PRINT-A4", "打印 A4 黑白", "Printing A4, black", "页", "page", 100),
    ("PRINT-A4C", "打印 A4 彩色", "Printing A4, colour", "页", "page", 300),
    ("TYPE", "打字", "Typing", "页", "page", 1000),
    ("SCAN", "扫描", "Scanning", "页", "page", 100),
)


@dataclass(frozen=True)
class PriceItem:
    id: int
    code: str
    name_zh: str
    name_en: str
    unit_zh: str
    unit_en: str
    price_fen: int
    active: bool = True

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class PriceChange:
    price_fen: int
    valid_from: str
    username: str


def _item_id(item_id) -> int:
    return validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "service number"))


def _item(row: dict) -> PriceItem:
    return PriceItem(
        row["id"],
        row["code"],
        row["name_zh"],
        row["name_en"],
        row["unit_zh"],
        row["unit_en"],
        row["price_fen"] or 0,
        bool(row["active"]),
    )


def _check_price(price_fen: int) -> None:
    if (
        not isinstance(price_fen, int)
        or isinstance(price_fen, bool)
        or not 0 <= price_fen <= MAX_PRICE_FEN
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "A price is between ¥0.00 and ¥10,000.00."))


def _check_names(name_zh: str, name_en: str) -> tuple[str, str]:
    name_zh, name_en = (
        validation.text(name_zh, QT_TRANSLATE_NOOP("Desk", "Chinese name"), 40),
        validation.text(name_en, QT_TRANSLATE_NOOP("Desk", "English name"), 60),
    )
    if not name_zh or not name_en:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A service needs a Chinese and an English name.")
        )
    return name_zh, name_en


@requires(Perm.COUNTER)
def list_prices(ctx: AppContext, include_inactive: bool = False) -> list[PriceItem]:
    """The services on sale with today's price, in list order."""
    return [_item(r) for r in sales_db.price_items(ctx.db, active_only=not include_inactive)]


@requires(Perm.COUNTER)
def get_price_item(ctx: AppContext, item_id: int) -> PriceItem:
    item_id = _item_id(item_id)
    row = sales_db.price_item(ctx.db, item_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such service on the price list."))
    return _item(row)


@requires(Perm.MANAGE_SETTINGS)
def add_price_item(
    ctx: AppContext,
    code: str,
    name_zh: str,
    name_en: str,
    price_fen: int,
    unit_zh: str = "",
    unit_en: str = "",
) -> PriceItem:
    """A new service on the list, with its first price."""
    code = canonical_id(code, QT_TRANSLATE_NOOP("Desk", "service code"))
    if not CODE_RE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A service code is 1-20 letters, digits, - or _.")
        )
    name_zh, name_en = _check_names(name_zh, name_en)
    _check_price(price_fen)
    at = iso(ctx.clock.now())
    with atomic(ctx.db):
        if sales_db.price_item_by_code(ctx.db, code) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "There is already a service with code {code}."), code=code
            )
        sort_key = len(sales_db.price_items(ctx.db)) + 1
        item_id = sales_db.insert_price_item(
            ctx.db,
            at=at,
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            unit_zh=validation.text(unit_zh, QT_TRANSLATE_NOOP("Desk", "Chinese unit"), 10),
            unit_en=validation.text(unit_en, QT_TRANSLATE_NOOP("Desk", "English unit"), 12),
            sort_key=sort_key,
        )
        sales_db.insert_price(ctx.db, item_id, price_fen, at, ctx.user.id)
        audit.record(
            ctx,
            "price.add",
            "price_item",
            item_id,
            None,
            {"code": code, "name_zh": name_zh, "name_en": name_en, "price_fen": price_fen},
        )
        return _item(sales_db.price_item(ctx.db, item_id))


@requires(Perm.MANAGE_SETTINGS)
def change_price(ctx: AppContext, item_id: int, price_fen: int) -> PriceItem:
    """A new price from now on; receipts already sold keep theirs."""
    _check_price(price_fen)
    item_id = _item_id(item_id)
    with atomic(ctx.db):
        row = sales_db.price_item(ctx.db, item_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such service on the price list."))
        if row["price_fen"] == price_fen:
            return _item(row)
        sales_db.insert_price(ctx.db, item_id, price_fen, iso(ctx.clock.now()), ctx.user.id)
        audit.record(
            ctx,
            "price.change",
            "price_item",
            item_id,
            {"price_fen": row["price_fen"]},
            {"price_fen": price_fen},
        )
        return _item(sales_db.price_item(ctx.db, item_id))


@requires(Perm.MANAGE_SETTINGS)
def update_price_item(
    ctx: AppContext,
    item_id: int,
    *,
    name_zh: str | None = None,
    name_en: str | None = None,
    unit_zh: str | None = None,
    unit_en: str | None = None,
    active: bool | None = None,
) -> PriceItem:
    """Rename a service or take it off (and back onto) the list; the code never changes."""
    item_id = _item_id(item_id)
    with atomic(ctx.db):
        row = sales_db.price_item(ctx.db, item_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such service on the price list."))
        zh, en = _check_names(
            row["name_zh"] if name_zh is None else name_zh,
            row["name_en"] if name_en is None else name_en,
        )
        fields = {
            "name_zh": zh,
            "name_en": en,
            "unit_zh": validation.text(
                row["unit_zh"] if unit_zh is None else unit_zh,
                QT_TRANSLATE_NOOP("Desk", "Chinese unit"),
                10,
            ),
            "unit_en": validation.text(
                row["unit_en"] if unit_en is None else unit_en,
                QT_TRANSLATE_NOOP("Desk", "English unit"),
                12,
            ),
            "active": int(row["active"] if active is None else bool(active)),
        }
        changes = {k: v for k, v in fields.items() if row[k] != v}
        if changes:
            sales_db.update_price_item(ctx.db, item_id, at=iso(ctx.clock.now()), **changes)
            audit.record(
                ctx, "price.update", "price_item", item_id, {k: row[k] for k in changes}, changes
            )
        return _item(sales_db.price_item(ctx.db, item_id))


@requires(Perm.COUNTER)
def price_history(ctx: AppContext, item_id: int) -> list[PriceChange]:
    """Every price the service has had, newest first."""
    item_id = _item_id(item_id)
    return [
        PriceChange(r["price_fen"], r["valid_from"], r["username"] or "")
        for r in sales_db.price_history(ctx.db, item_id)
    ]


@requires(Perm.MANAGE_SETTINGS)
def ensure_default_prices(ctx: AppContext) -> list[PriceItem]:
    """The usual services of a mall desk, added once when the list is empty."""
    if sales_db.price_items(ctx.db):
        return []
    return [
        add_price_item(ctx, code, zh, en, fen, uzh, uen)
        for code, zh, en, uzh, uen, fen in DEFAULT_PRICES
    ]
