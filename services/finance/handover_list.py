"""The list of hand-over vouchers on the Finance page: newest first, by desk and business
day, paged on by key, for those who hand income over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import db.finance.handover_list as list_db
from services.core import validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires
from services.finance.handover import Handover, _handover


@dataclass(frozen=True)
class ListedHandover:
    """One voucher as the list shows it; `voucher` is the whole of it (for a reprint)."""

    id: int
    handover_no: str
    day: date
    desk: str
    at: str
    by: str
    receipt_count: int
    net_fen: int
    voucher: Handover


@requires(Perm.HANDOVER)
def list_handovers(
    ctx: AppContext,
    *,
    desk: str | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[ListedHandover]:
    """Vouchers newest first; of one desk (its code) and for business days day_from..day_to
    (both included) when given; `before_id` (the last row shown) pages on by key."""
    _offset, limit = page_args(0, limit)
    if desk is not None:
        desk = validation.text(desk, QT_TRANSLATE_NOOP("Desk", "desk"), 40)
    day_from = validation.day(day_from, QT_TRANSLATE_NOOP("Desk", "first day"), required=False)
    day_to = validation.day(day_to, QT_TRANSLATE_NOOP("Desk", "last day"), required=False)
    if day_from and day_to and day_to < day_from:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The span ends before it starts."))
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    rows = list_db.handovers(
        ctx.db,
        desk=desk,
        day_from=day_from.isoformat() if day_from else None,
        day_to=day_to.isoformat() if day_to else None,
        before_id=before_id,
        limit=limit,
    )
    listed = []
    for row in rows:
        voucher = _handover(row)
        figures = voucher.figures
        listed.append(
            ListedHandover(
                row["id"],
                voucher.handover_no,
                voucher.day,
                voucher.desk,
                voucher.at,
                voucher.by_name,
                figures.get("receipt_count", 0),
                figures.get("net_fen", 0),
                voucher,
            )
        )
    return listed
