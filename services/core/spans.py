"""A span of the site's calendar days as list pages filter by it: the first and the last day
(both included, either left open) turned into the stored UTC bounds [start, end) a query
compares its timestamps with."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.admin import site
from services.core import validation
from services.core.clock import iso
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import internal


@internal
def utc_span(ctx, first: date | None, last: date | None) -> tuple[str | None, str | None]:
    """[start, end) in stored UTC form of the site's days first..last; None where open."""
    first = validation.day(first, QT_TRANSLATE_NOOP("Desk", "first day"), required=False)
    last = validation.day(last, QT_TRANSLATE_NOOP("Desk", "last day"), required=False)
    if first and last and last < first:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The span ends before it starts."))
    if first is None and last is None:
        return None, None
    tz = ZoneInfo(site.timezone(ctx))
    start = iso(datetime.combine(first, time(0), tz)) if first else None
    end = iso(datetime.combine(last + timedelta(days=1), time(0), tz)) if last else None
    return start, end


@internal
def choice(value, labels, field: str) -> str | None:
    """A status (or other code) to filter by: None or '' for any, else one of `labels`."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in labels:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Choose the {field} from the list."),
            field=validation.field_name(field),
        )
    return value
