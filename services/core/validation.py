"""Small checks for what a service is handed: text, whole numbers, record ids, fen, times.

Each refuses with a ValidationError naming the field (a DeskText, so the field's name is
translated with the message), so a typo, a scanner burst or a wrong type from a caller never
reaches Python arithmetic or SQLite as an exception of its own."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from services.core.errors import QT_TRANSLATE_NOOP, DeskText, ValidationError
from services.core.identifiers import normalise_phone

MAX_RECORD_ID = 2**63 - 1  # SQLite's largest INTEGER
MAX_FEN = 10**12  # ¥10 billion: far above any desk amount, far below SQLite's limit
MAX_COUNT = 10**6  # pieces, items, points in one operation
# control characters a scanner or a paste may carry (NUL also cuts SQLite's FTS queries short),
# refused in every field; a multi-line field takes line breaks (LF, CRLF) and tabs nowhere
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MULTILINE_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
YEARS = range(2000, 2101)  # dates a desk records; keeps date arithmetic far from its limits


def field_name(field: str) -> DeskText:
    """A field's name as a translatable message param."""
    return field if isinstance(field, DeskText) else DeskText(field)


def text(
    value, field: str, max_len: int = 200, required: bool = False, multiline: bool = False
) -> str:
    """Stripped text; None counts as empty. Refuses non-text, control characters (line
    breaks only where the field is multi-line), over-long and missing text: nothing is cut
    or dropped silently, and the message names the field and its limit."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "{field} must be text."), field=field_name(field)
        )
    value = value.strip()
    if multiline:
        value = value.replace("\r\n", "\n")
    if (MULTILINE_CONTROL if multiline else CONTROL).search(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The {field} contains a control character (from a scanner or a paste);"
                " type it again without it.",
            )
            if not multiline
            else QT_TRANSLATE_NOOP(
                "Desk",
                "The {field} contains a control character other than a line break (from a"
                " scanner or a paste); type it again without it.",
            ),
            field=field_name(field),
        )
    if required and not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter the {field}."), field=field_name(field)
        )
    if len(value) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The {field} is too long (at most {n} characters)."),
            field=field_name(field),
            n=max_len,
        )
    return value


def phone(value, field: str, required: bool = False) -> str:
    """A phone as typed or scanned, kept as its digits: 7 to 12 of them (a landline with its
    area code, or a mobile); spaces, dashes and a +86 prefix are dropped, and the full-width
    digits of a Chinese input method read as digits."""
    digits = normalise_phone(unicodedata.normalize("NFKC", text(value, field, 40)))
    if not digits and not required:
        return ""
    if not digits.isascii() or not digits.isdigit() or not 7 <= len(digits) <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter the {field} as 7 to 12 digits."),
            field=field_name(field),
        )
    return digits


def whole_number(value, field: str, lo: int = 0, hi: int = MAX_COUNT) -> int:
    """An int (not a bool, not a float) between lo and hi inclusive."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The {field} must be a whole number."),
            field=field_name(field),
        )
    if not lo <= value <= hi:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The {field} must be between {lo} and {hi}."),
            field=field_name(field),
            lo=lo,
            hi=hi,
        )
    return value


def flag(value, field: str) -> bool:
    """A yes/no: a bool, or 0/1 as SQLite keeps it."""
    if value not in (True, False) or not isinstance(value, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The {field} is yes or no."), field=field_name(field)
        )
    return bool(value)


def record_id(value, field: str = QT_TRANSLATE_NOOP("Desk", "record number")) -> int:
    """A row id as SQLite stores it: a positive int below 2**63."""
    return whole_number(value, field, 1, MAX_RECORD_ID)


def fen(value, field: str, lo: int = 0, hi: int = MAX_FEN) -> int:
    """An amount in integer fen: no floats, no bools, no negatives (unless lo says so)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The {field} must be an amount in whole fen."),
            field=field_name(field),
        )
    if not lo <= value <= hi:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The {field} is out of range."), field=field_name(field)
        )
    return value


def moment(value, field: str, required: bool = True) -> datetime | None:
    """A timezone-aware datetime (None allowed when not required)."""
    if value is None and not required:
        return None
    if not isinstance(value, datetime) or value.tzinfo is None or value.year not in YEARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter a valid date and time for the {field}."),
            field=field_name(field),
        )
    return value


def day(value, field: str, required: bool = True) -> date | None:
    """A calendar date (not a datetime)."""
    if value is None and not required:
        return None
    if isinstance(value, datetime) or not isinstance(value, date) or value.year not in YEARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter a valid date for the {field}."),
            field=field_name(field),
        )
    return value
