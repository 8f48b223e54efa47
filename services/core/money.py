"""Money at the edge: integer fen inside, "¥12.50" on paper and screen. Never floats."""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from services.core.errors import QT_TRANSLATE_NOOP, ValidationError

SYMBOL = "¥"
MAX_YUAN_DIGITS = 15  # far above any desk amount, well inside SQLite's 64-bit integers

# optional sign, optional ¥ (half- or full-width), digits with optional thousands commas,
# optional decimals; the decimal count is checked apart to give the clerk a precise message
_AMOUNT = re.compile(r"^([+-])?\s*¥?\s*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.([0-9]*))?$")


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
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Desk", "\"{text}\" is not an amount; enter yuan such as 12.50."), text=cleaned)
    sign, whole, decimals = match.group(1), (match.group(2) or "0"), match.group(3) or ""
    if len(decimals) > 2:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Desk", "\"{text}\" has more than two decimals; the smallest unit is one fen (0.01)."),
            text=cleaned)
    whole = whole.replace(",", "")
    if len(whole.lstrip("0")) > MAX_YUAN_DIGITS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "\"{text}\" is too large an amount."),
                              text=cleaned)
    try:
        amount = Decimal(f"{whole}.{decimals or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Desk", "\"{text}\" is not an amount; enter yuan such as 12.50."), text=cleaned)
    fen = int(amount * 100)
    return -fen if sign == "-" else fen
