"""Checks and masks for the identifiers the desk handles: phones, credit codes."""

from __future__ import annotations

import re

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def normalise_phone(text: str) -> str:
    """Drop spaces, dashes and a +86 prefix as typed or scanned."""
    digits = re.sub(r"[\s\-()]", "", text or "")
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    return digits


def is_mainland_mobile(text: str) -> bool:
    return bool(MOBILE_RE.match(normalise_phone(text)))


def mask_phone(text: str | None) -> str:
    """138****1234: enough for the customer to recognise, not enough to call."""
    phone = normalise_phone(text or "")
    if len(phone) >= 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return "*" * len(phone)


def mask_id(last4: str, length: int = 18) -> str:
    """110***********1234 style; the desk only ever keeps the last four characters."""
    return "*" * (length - 4) + last4


def uscc_check_char(first17: str) -> str | None:
    """The GB 32100 check character for the first 17 characters, or None if invalid."""
    try:
        total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    except ValueError:
        return None
    return USCC_CHARS[(31 - total % 31) % 31]


def is_valid_uscc(code: str) -> bool:
    """An 18-character unified social credit code with a correct check character."""
    code = (code or "").strip().upper()
    return len(code) == 18 and uscc_check_char(code[:17]) == code[17]
