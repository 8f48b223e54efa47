"""The list of this desk's shifts on the Shift page: newest first, filtered by status (open,
closed, closed with a difference in the count) and the site's days opened, paged on by key."""

from __future__ import annotations

from datetime import date

import db.shifts.history as history_db
from services.core import spans, validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires
from services.shifts.shifts import Shift, _desk, _shift

STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Desk", "Open"),
    "closed": QT_TRANSLATE_NOOP("Desk", "Closed"),
    "difference": QT_TRANSLATE_NOOP("Desk", "Closed with a difference"),
}


@requires(Perm.COUNTER)
def list_shifts(
    ctx: AppContext,
    *,
    status: str | None = None,
    opened_from: date | None = None,
    opened_to: date | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[Shift]:
    """This desk's shifts, newest first; in `status` and opened between two of the site's
    days (both included) when given; `before_id` (the last row shown) pages on by key."""
    _offset, limit = page_args(0, limit)
    status = spans.choice(status, STATUS_LABELS, QT_TRANSLATE_NOOP("Desk", "status"))
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    start, end = spans.utc_span(ctx, opened_from, opened_to)
    rows = history_db.shifts_of_desk(
        ctx.db,
        _desk(ctx, None),  # this counter, as its shifts are kept
        status=status,
        opened_from=start,
        opened_to=end,
        before_id=before_id,
        limit=limit,
    )
    return [_shift(r) for r in rows]
