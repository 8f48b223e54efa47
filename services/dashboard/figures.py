"""The dashboard: what the desk has done today, what is waiting for it, and the last 30
days at a glance. One small function per module, each a few aggregate queries, so a new
module adds one function to MODULES and its figures to the page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.dashboard.figures as dashboard_db
import db.directory.inquiries as inquiries_db
from services.admin import site
from services.complaints import cases as complaints
from services.core.clock import business_day, iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm, requires
from services.lending import loans as lending
from services.lost_found import due as found_due
from services.shifts import desks, shifts

SERIES_DAYS = 30
COUNT_LABELS = {
    "loans_out": QT_TRANSLATE_NOOP("Desk", "Items lent"),
    "loans_back": QT_TRANSLATE_NOOP("Desk", "Items back"),
    "receipts": QT_TRANSLATE_NOOP("Desk", "Service receipts"),
    "enrolments": QT_TRANSLATE_NOOP("Desk", "Members enrolled"),
    "found_items": QT_TRANSLATE_NOOP("Desk", "Items found"),
    "lost_reports": QT_TRANSLATE_NOOP("Desk", "Lost reports"),
    "complaints": QT_TRANSLATE_NOOP("Desk", "Cases opened"),
    "inquiries": QT_TRANSLATE_NOOP("Desk", "Inquiries"),
}


@dataclass
class Dashboard:
    """Figures of the site's day `day` (counts, income) and of this moment (waiting work)."""

    day: date
    counts: dict[str, int] = field(default_factory=dict)
    income_by_kind: dict[str, int] = field(default_factory=dict)  # movement kind -> net fen
    shift: shifts.BlindFigures | None = None  # this desk's: never the expected cash
    desk: str = ""  # this desk (the drawer shown is its own; every other figure the site's)
    open_desks: list[str] = field(default_factory=list)  # desks of the site with a shift open
    desks_in_service: int = 0
    items_out: int = 0
    items_overdue: int = 0
    deposits_held_fen: int = 0
    found_due: dict[str, int] = field(default_factory=dict)  # police/dispose/soon -> n
    complaints_overdue: int = 0
    complaints_due_soon: int = 0
    income_by_day: list[tuple[str, int]] = field(default_factory=list)  # (YYYY-MM-DD, fen)
    loans_by_day: list[tuple[str, int]] = field(default_factory=list)  # (YYYY-MM-DD, n)
    complaints_by_category: list[tuple[str, int]] = field(default_factory=list)

    @property
    def income_fen(self) -> int:
        return sum(self.income_by_kind.values())

    @property
    def found_due_now(self) -> int:
        """Found items the desk must act on today (police hand-over or disposal)."""
        return self.found_due.get("police", 0) + self.found_due.get("dispose", 0)


def _bounds(tz: ZoneInfo, first: date, last: date) -> tuple[str, str]:
    return (
        iso(datetime.combine(first, time(0), tz)),
        iso(datetime.combine(last + timedelta(days=1), time(0), tz)),
    )


def _days(tz: ZoneInfo, last: date) -> list[tuple[str, str, str]]:
    """(day, start, end) of the SERIES_DAYS site days ending with `last`."""
    days = [last - timedelta(days=n) for n in range(SERIES_DAYS - 1, -1, -1)]
    return [(d.isoformat(), *_bounds(tz, d, d)) for d in days]


# --- one function per module --------------------------------------------------------------
def _today(ctx: AppContext, board: Dashboard, start: str, end: str) -> None:
    board.counts = dashboard_db.day_counts(ctx.db, start, end)
    board.counts["inquiries"] = sum(
        n for _, _, n in inquiries_db.counts_by_hour(ctx.db, board.day.isoformat())
    )
    board.income_by_kind = {
        r["kind"]: r["amount_fen"] for r in dashboard_db.income_by_kind(ctx.db, start, end)
    }


def _shift(ctx: AppContext, board: Dashboard) -> None:
    """This desk's drawer as a blind close allows: the float and the number of movements,
    never its expected total (the deposits held are shown with lending); and which of the
    site's desks have a shift open."""
    shift = shifts.current_shift(ctx)
    if shift is not None:
        board.shift = shifts.blind_figures(ctx, shift)
    board.desk = shift.desk if shift is not None else ctx.desk
    in_service = desks.desk_choices(ctx)
    board.desks_in_service = len(in_service)
    board.open_desks = [d.code for d in in_service if d.open_shift]


def _lending(ctx: AppContext, board: Dashboard, days: list) -> None:
    held = lending.held_totals(ctx)
    board.items_out, board.deposits_held_fen = held.count, held.deposit_fen
    board.items_overdue = dashboard_db.overdue_loans(ctx.db, iso(ctx.clock.now()))
    by_day = dashboard_db.loans_by_day(ctx.db, days)
    board.loans_by_day = [(d, by_day.get(d, 0)) for d, _, _ in days]


def _lost_found(ctx: AppContext, board: Dashboard) -> None:
    board.found_due = found_due.due_counts(ctx)


def _complaints(ctx: AppContext, board: Dashboard, days: list) -> None:
    counts = complaints.due_counts(ctx)
    board.complaints_overdue, board.complaints_due_soon = counts.overdue, counts.due_soon
    board.complaints_by_category = list(
        dashboard_db.complaints_by_category(ctx.db, days[0][1], days[-1][2]).items()
    )


def _income(ctx: AppContext, board: Dashboard, days: list) -> None:
    by_day = dashboard_db.income_by_day(ctx.db, days)
    board.income_by_day = [(d, by_day.get(d, 0)) for d, _, _ in days]


@requires(Perm.COUNTER)
def dashboard(ctx: AppContext) -> Dashboard:
    """Today's counts and income (site time zone), the open shift's float and number of
    movements (blind: never its expected cash), items out and overdue, deposits held, found
    items and complaints due, and the last 30 days."""
    tz = ZoneInfo(site.timezone(ctx))
    day = business_day(ctx.clock.now(), site.timezone(ctx))
    start, end = _bounds(tz, day, day)
    days = _days(tz, day)
    board = Dashboard(day)
    _today(ctx, board, start, end)
    _shift(ctx, board)
    _lending(ctx, board, days)
    _lost_found(ctx, board)
    _complaints(ctx, board, days)
    _income(ctx, board, days)
    return board
