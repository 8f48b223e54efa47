"""Money at the edge: integer fen inside, "¥12.50" on paper and screen. Never floats."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from services.core.errors import QT_TRANSLATE_NOOP, ValidationError

SYMBOL = "¥"
MAX_YUAN_DIGITS = 15  # far above any desk amount, well inside SQLite's 64-bit integers

# optional sign, optional ¥ (half- or full-width), digits with optional thousands commas,
# optional decimals; the decimal count is checked apart to give the clerk a precise message
_AMOUNT = re.compile(r"^([+-])?\s*¥?\s*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.([0-9]*))?$")


# how a customer pays at the desk (the drawer holds only cash)
METHODS = ("cash", "wechat", "alipay", "card")
METHOD_LABELS = {
    "cash": QT_TRANSLATE_NOOP("Desk", "Cash"),
    "wechat": QT_TRANSLATE_NOOP("Desk", "WeChat Pay"),
    "alipay": QT_TRANSLATE_NOOP("Desk", "Alipay"),
    "card": QT_TRANSLATE_NOOP("Desk", "Bank card"),
}


class MoneyKind(StrEnum):
    """What a row of the desk's money ledger (cash_movements.kind) records. The values are
    the strings stored, so a kind compares equal to what the database holds."""

    DEPOSIT_IN = "deposit_in"  # a deposit taken when an item is lent
    DEPOSIT_REFUND = "deposit_refund"  # the deposit handed back (negative)
    DEPOSIT_FORFEIT = "deposit_forfeit"  # the deposit kept for damage or loss (negative) ...
    COMPENSATION = "compensation"  # ... and booked again as income
    SERVICE_INCOME = "service_income"  # a paid service sold on a receipt
    SERVICE_VOID = "service_void"  # a receipt voided (negative)
    CARD_FEE = "card_fee"  # a member's card reissued for a fee

    @property
    def label(self) -> str:
        """The source string naming the kind; the reader's language comes from translate."""
        return MONEY_KIND_LABELS[self]


MONEY_KIND_LABELS = {
    MoneyKind.DEPOSIT_IN: QT_TRANSLATE_NOOP("Desk", "Deposit taken"),
    MoneyKind.DEPOSIT_REFUND: QT_TRANSLATE_NOOP("Desk", "Deposit refunded"),
    MoneyKind.DEPOSIT_FORFEIT: QT_TRANSLATE_NOOP("Desk", "Deposit forfeited"),
    MoneyKind.COMPENSATION: QT_TRANSLATE_NOOP("Desk", "Compensation for damage or loss"),
    MoneyKind.SERVICE_INCOME: QT_TRANSLATE_NOOP("Desk", "Service income"),
    MoneyKind.SERVICE_VOID: QT_TRANSLATE_NOOP("Desk", "Service sale voided"),
    MoneyKind.CARD_FEE: QT_TRANSLATE_NOOP("Desk", "Card reissue fee"),
}


def money_kind_text(kind: str, translate: Callable[[str], str]) -> str:
    """A stored kind in the reader's language; a kind of the site's own (not a MoneyKind)
    as stored."""
    return translate(MONEY_KIND_LABELS[kind]) if kind in MONEY_KIND_LABELS else kind


def format_fen(fen: int, *, grouping: bool = False) -> str:
    """12345 -> '¥123.45', -150 -> '-¥1.50'; grouping=True gives '¥1,234.50'."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"money is an int of fen, not {type(fen).__name__}")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    whole = f"{yuan:,}" if grouping else str(yuan)
    return f"{sign}{SYMBOL}{whole}.{cents:02d}"


def parse_yuan(text: str) -> int:
    """'12.5' -> 1250 fen; accepts '¥1,234.50' and '-1.5'; refuses garbage and sub-fen amounts."""
    # NFKC turns what a Chinese input method types (１２．５, ￥) into 12.5 and ¥
    cleaned = unicodedata.normalize("NFKC", text or "").strip()
    match = _AMOUNT.match(cleaned)
    if not cleaned or match is None or (match.group(2) is None and not match.group(3)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", '"{text}" is not an amount; enter yuan such as 12.50.'),
            text=cleaned,
        )
    sign, whole, decimals = match.group(1), (match.group(2) or "0"), match.group(3) or ""
    if len(decimals) > 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", '"{text}" has more than two decimals; the smallest unit is one fen (0.01).'
            ),
            text=cleaned,
        )
    whole = whole.replace(",", "")
    if len(whole.lstrip("0")) > MAX_YUAN_DIGITS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", '"{text}" is too large an amount.'), text=cleaned
        )
    try:
        amount = Decimal(f"{whole}.{decimals or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", '"{text}" is not an amount; enter yuan such as 12.50.'),
            text=cleaned,
        ) from None
    fen = int(amount * 100)
    return -fen if sign == "-" else fen
