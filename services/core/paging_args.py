"""The offset and limit a list page asks for, checked once for every service that pages."""

from __future__ import annotations

from services.core.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_OFFSET = 10**9  # rows; far beyond any table at a desk, far inside SQLite's integers
MAX_LIMIT = 1000


def page_args(offset, limit, max_limit: int = MAX_LIMIT) -> tuple[int, int]:
    """(offset, limit) as whole numbers: offset 0..MAX_OFFSET, limit clamped to 1..max_limit.

    A too-big page is cut down rather than refused (a list asks for 'as many as fit'), but a
    float, a bool, None or a negative offset is a caller's mistake and is refused."""
    for value in (offset, limit):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "A list page is asked for by whole row numbers.")
            )
    if not 0 <= offset <= MAX_OFFSET:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A list page must start between row 0 and row {n}."),
            n=MAX_OFFSET,
        )
    return offset, min(max(1, limit), max_limit)
