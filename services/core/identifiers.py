"""Identifiers the desk handles — receipt, slip, tag, card and invoice numbers, shop codes,
phones — in ONE canonical form, applied before every duplicate check, look-up and unique
index (DOMAIN.md, People): Unicode NFKC (the full-width "Ａ-１２３" a Chinese input method
types is "A-123"), invisible format characters (zero-width space, joiners, BOM, bidi marks,
soft hyphen) removed, surrounding white space (a scanner's tab or CR) trimmed, one case
(case folded, then written in capitals as the desk prints its numbers), and any control
character left inside refused. Also the checks and masks of phones and credit codes."""

from __future__ import annotations

import re
import unicodedata

from services.core.errors import QT_TRANSLATE_NOOP, DeskText, ValidationError

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
MAX_IDENTIFIER = 64


def _is_invisible(ch: str) -> bool:
    # Cf: format characters (U+200B..U+200F, U+2060, U+FEFF, U+00AD, U+202A..U+202E, ...)
    return unicodedata.category(ch) == "Cf"


def _is_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Cc"


def fold(text: str) -> str:
    """The canonical form of a string, without refusing anything: NFKC, invisible characters
    removed, white space and control characters trimmed from both ends (a scanner's CR, tab
    or NUL), case folded. Control characters inside are kept (canonical_id refuses them)."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if not _is_invisible(ch))
    text = unicodedata.normalize("NFKC", text.casefold().upper())
    start, end = 0, len(text)
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return text[start:end]


def has_control(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in text)


def canonical_id(
    value, field: str = QT_TRANSLATE_NOOP("Desk", "number"), max_len: int = MAX_IDENTIFIER
) -> str:
    """An identifier as typed or scanned, in its canonical form; refuses non-text, control
    characters inside it and more than max_len characters (the message names the field)."""
    name = field if isinstance(field, DeskText) else DeskText(field)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "{field} must be text."), field=name)
    code = fold(value)
    if has_control(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The {field} contains a control character (from a scanner or a paste);"
                " type it again.",
            ),
            field=name,
        )
    if len(code) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The {field} is too long (at most {n} characters)."),
            field=name,
            n=max_len,
        )
    return code


def same_id(a: str, b: str) -> bool:
    """Whether two identifiers are one (for comparisons done in Python, not SQL)."""
    return fold(a) == fold(b)


def normalise_phone(text: str) -> str:
    """The canonical phone: NFKC (full-width digits), invisible characters dropped, spaces,
    dashes, brackets and a +86 prefix dropped as typed or scanned."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if not _is_invisible(ch))
    digits = re.sub(r"[\s\-()]", "", text)
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
    code = fold(code).replace(" ", "")
    return len(code) == 18 and uscc_check_char(code[:17]) == code[17]
