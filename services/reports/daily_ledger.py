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
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import Perm, internal, requires, signed_in
from services.reports import tables
from services.reports.tables import finance, lending
from services.reports.tables.base import Section, Span

# the hand-over voucher reads the day's money and shifts through this module
from services.reports.tables.finance import money_totals as money_totals
from services.reports.tables.shifts import SHIFTS_OF_DAY, ShiftLine, shift_lines
from services.shifts import desks


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
    desk: str | None = None  # one desk's ledger, or None for the whole site
    desk_name: str = ""  # the desk as people read it ('' for the whole site)

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


@internal
def ledger_desk(ctx, desk: str | None) -> str | None:
    """The desk a ledger is of: None (or '') for the whole site, else a desk of the register
    named in any case or width (a retired desk still has its days)."""
    if desk is None or desk == "":
        return None
    code = desks.canonical_code(desk)
    if not any(d.code == code for d in desks.desk_list(ctx)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "There is no desk {desk} at this site."), desk=code
        )
    return code


@requires(Perm.DAILY_LEDGER)
def daily_ledger(
    ctx: AppContext, day: date, lang: str | None = None, desk: str | None = None
) -> DailyLedger:
    """Everything done on the site's calendar day `day`, masked, with its totals: at one
    desk (its shifts, their money, receipts and loans) or at the whole site (desk None),
    whose money totals are the sum of its desks'."""
    day = validation.day(day, QT_TRANSLATE_NOOP("Desk", "day"))
    desk = ledger_desk(ctx, desk)
    profile = site.get_profile(ctx)
    lang = lang or profile.language
    span = Span.day(ctx, *day_bounds(ctx, day), lang, desk)
    by_method, by_kind = finance.totals(span)
    out = lending.items_out(span)
    lines = shift_lines(ctx, span.start, span.end, desk)
    printed = ctx.clock.now().astimezone(span.tz)
    return DailyLedger(
        day,
        profile.name,
        printed.strftime("%Y-%m-%d %H:%M"),
        totals=[finance.BY_METHOD.section(span), finance.BY_KIND.section(span)],
        sections=[
            table.section(span)
            for table in tables.DAY_SECTIONS
            if desk is None or table in tables.DESK_SECTIONS
        ],
        out_section=lending.ITEMS_OUT.section(span, out),
        shift_section=SHIFTS_OF_DAY.section(span, lines),
        by_method=by_method,
        by_kind=by_kind,
        held_count=len(out),
        held_fen=sum(r["deposit_fen"] for r in out),
        items_out=out,
        shifts=lines,
        desk=desk,
        desk_name=span.desk_name(desk),
    )
