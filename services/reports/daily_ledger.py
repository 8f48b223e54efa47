"""The daily ledger (日报/台账) as data, without Qt: the day's sections from every module,
money totals by payment method and by kind from the desk's money ledger (cash_movements),
deposits still held and items still out at the end of the day, and the day's shifts.
Each table is defined once in services/reports/tables, shared with the month export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.admin import site
from services.core import validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm, internal, requires, signed_in
from services.reports import tables
from services.reports.tables import finance, lending
from services.reports.tables.base import Section, Span

# the hand-over voucher reads the day's money and shifts through this module
from services.reports.tables.finance import money_totals as money_totals
from services.reports.tables.shifts import SHIFTS_OF_DAY, ShiftLine, shift_lines


@dataclass
class DailyLedger:
    day: date
    site_name: str
    printed_at: str  # local time text
    totals: list[Section]  # net money by payment method, then by kind
    sections: list[Section]  # what each desk area did, in the ledger's order
    out_section: Section  # items still out at the end of the day
    shift_section: Section
    by_method: dict[str, int]  # method -> net fen of the day
    by_kind: list[dict]  # kind, method, n, amount_fen
    held_count: int
    held_fen: int
    items_out: list[dict]  # masked phones
    shifts: list[ShiftLine]

    @property
    def net_fen(self) -> int:
        return sum(self.by_method.values())


@signed_in
def business_today(ctx: AppContext) -> date:
    return ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx))).date()


@internal
def day_bounds(ctx, day: date) -> tuple[str, str]:
    tz = ZoneInfo(site.timezone(ctx))
    start = datetime.combine(day, time(0), tz)
    return iso(start), iso(start + timedelta(days=1))


@requires(Perm.DAILY_LEDGER)
def daily_ledger(ctx: AppContext, day: date, lang: str | None = None) -> DailyLedger:
    """Everything the desk did on the site's calendar day `day`, masked, with its totals."""
    day = validation.day(day, QT_TRANSLATE_NOOP("Desk", "day"))
    profile = site.get_profile(ctx)
    span = Span.day(ctx, *day_bounds(ctx, day), lang or profile.language)
    by_method, by_kind = finance.totals(span)
    out = lending.items_out(span)
    lines = shift_lines(ctx, span.start, span.end)
    printed = ctx.clock.now().astimezone(span.tz)
    return DailyLedger(
        day,
        profile.name,
        printed.strftime("%Y-%m-%d %H:%M"),
        totals=[finance.BY_METHOD.section(span), finance.BY_KIND.section(span)],
        sections=[table.section(span) for table in tables.DAY_SECTIONS],
        out_section=lending.ITEMS_OUT.section(span, out),
        shift_section=SHIFTS_OF_DAY.section(span, lines),
        by_method=by_method,
        by_kind=by_kind,
        held_count=len(out),
        held_fen=sum(r["deposit_fen"] for r in out),
        items_out=out,
        shifts=lines,
    )
