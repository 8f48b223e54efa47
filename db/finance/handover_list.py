"""SQL of the list of hand-over vouchers: newest first, by desk and business day, paged on
by key (the handovers table belongs to db.finance.finance)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def handovers(
    db: sqlite_utils.Database,
    *,
    desk: str | None = None,
    day_from: str | None = None,
    day_to: str | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[dict]:
    """Vouchers newest first: of one desk, for business days day_from..day_to (ISO dates,
    both included) where given; `before_id` (the last row shown) pages on by key."""
    where, params = [], []
    for clause, value in (
        ("h.desk = ?", desk),
        ("h.business_date >= ?", day_from),
        ("h.business_date <= ?", day_to),
        ("h.id < ?", before_id),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    filtered = " WHERE " + " AND ".join(where) if where else ""
    rows = [
        dict(r)
        for r in db.conn.execute(
            "SELECT h.*, u.username, u.display_name FROM handovers h"
            f" JOIN users u ON u.id = h.user_id{filtered} ORDER BY h.id DESC LIMIT ?",
            (*params, limit),
        )
    ]
    for row in rows:
        row["figures"] = json.loads(row["figures"])
    return rows
