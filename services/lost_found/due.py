"""Held found items the desk must act on: for the police, past their retention, or falling
due soon; counted and listed per category in SQL, whatever the number held."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import db.lost_found.lost_found as lf_db
from services.core import validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires
from services.lost_found.items import (
    Category,
    FoundItem,
    _add_months,
    _item,
    categories,
    retention_ends,
)


@dataclass(frozen=True)
class DueItem:
    item: FoundItem
    action: str  # 'police', 'dispose' or 'soon'
    due_at: str | None  # end of retention (None for police items)


DUE_ACTIONS = {
    "police": QT_TRANSLATE_NOOP("Desk", "Hand to police"),
    "dispose": QT_TRANSLATE_NOOP("Desk", "May be disposed"),
    "soon": QT_TRANSLATE_NOOP("Desk", "Retention ends soon"),
}


# A month-rule category's end of retention clamps to the month's last day (31 Jan + 1 month
# = 28 Feb), so items found up to this long after the exact cut-off may also have ended.
CLAMP_FRINGE = timedelta(days=4)
DUE_ORDER = {"police": 0, "dispose": 1, "soon": 2}


def _ended_by(ctx: AppContext, category: Category, moment: datetime) -> tuple[str, list[dict]]:
    """Held items of a days/months category whose retention ends by `moment`: every item
    found at or before the returned cut-off (ISO text, compared in SQL on the index), plus
    the returned few found just after it whose month-end clamp brings them in."""
    if category.rule == "days":
        return iso(moment - timedelta(days=category.period)), []
    cut = _add_months(moment, -category.period)
    fringe = lf_db.held_of_category(
        ctx.db, category.code, after=iso(cut), upto=iso(cut + CLAMP_FRINGE)
    )
    return iso(cut), [r for r in fringe if retention_ends(category, r["found_at"]) <= moment]


def _disposal_rule(cats: dict[str, Category], code: str) -> Category | None:
    """The category when its items are disposed of after a period; None for police items
    (a category the site has since removed is treated as one for the police)."""
    category = cats.get(code)
    return category if category and category.rule in ("days", "months") else None


@requires(Perm.COUNTER)
def due_counts(ctx: AppContext, soon_days: int = 3) -> dict[str, int]:
    """How many held items the desk must act on (police / dispose) and how many fall due
    within `soon_days`: counted in SQL per category, whatever the number held."""
    soon_days = validation.whole_number(soon_days, QT_TRANSLATE_NOOP("Desk", "days ahead"), 0, 3660)
    cats, now = categories(ctx), ctx.clock.now()
    later = now + timedelta(days=soon_days)
    out = dict.fromkeys(DUE_ORDER, 0)
    for code in lf_db.held_categories(ctx.db):
        category = _disposal_rule(cats, code)
        if category is None:
            out["police"] += lf_db.count_held(ctx.db, code)
            continue
        cut, fringe = _ended_by(ctx, category, now)
        ended = lf_db.count_held(ctx.db, code, upto=cut) + len(fringe)
        cut, fringe = _ended_by(ctx, category, later)
        out["dispose"] += ended
        out["soon"] += lf_db.count_held(ctx.db, code, upto=cut) + len(fringe) - ended
    return {action: n for action, n in out.items() if n}


@requires(Perm.COUNTER)
def due_for_action(
    ctx: AppContext, soon_days: int = 3, offset: int = 0, limit: int | None = None
) -> list[DueItem]:
    """Held items the desk must act on: police items, items past retention, and items whose
    retention ends within `soon_days`; most urgent first. Read per category from the index,
    at most offset + limit rows of each (all when limit is None)."""
    soon_days = validation.whole_number(soon_days, QT_TRANSLATE_NOOP("Desk", "days ahead"), 0, 3660)
    if limit is not None:
        offset, limit = page_args(offset, limit)
    want = None if limit is None else offset + limit
    cats, now = categories(ctx), ctx.clock.now()
    later = now + timedelta(days=soon_days)
    out: list[DueItem] = []
    for code in lf_db.held_categories(ctx.db):
        category = _disposal_rule(cats, code)
        if category is None:
            rows = lf_db.held_of_category(ctx.db, code, limit=want)
            out += [DueItem(_item(r), "police", None) for r in rows]
            continue
        cut, fringe = _ended_by(ctx, category, now)
        rows = lf_db.held_of_category(ctx.db, code, upto=cut, limit=want) + fringe
        out += [_due(category, r, "dispose") for r in rows]
        soon_cut, soon_fringe = _ended_by(ctx, category, later)
        more = None if want is None else want + len(fringe)
        rows = lf_db.held_of_category(ctx.db, code, after=cut, upto=soon_cut, limit=more)
        out += [
            _due(category, r, "soon")
            for r in rows + soon_fringe
            if retention_ends(category, r["found_at"]) > now
        ]
    out.sort(key=lambda d: (DUE_ORDER[d.action], d.due_at or "", d.item.found_at, d.item.id))
    return out[offset:] if want is None else out[offset:want]


def _due(category: Category, row: dict, action: str) -> DueItem:
    return DueItem(_item(row), action, iso(retention_ends(category, row["found_at"])))
