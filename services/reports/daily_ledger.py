"""The daily ledger (日报/台账) as data, without Qt: the day's sections from every module,
money totals by payment method and by kind from the desk's money ledger (cash_movements),
deposits still held and items still out at the end of the day, and the day's shifts."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.finance.finance as finance_db
from services.reports import ledger_sections
from services.core import permissions
from services.admin import site
from services.core import validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.identifiers import mask_phone
from services.reports.ledger_sections import Day, Section
from services.core.permissions import Perm


@dataclass(frozen=True)
class ShiftLine:
    id: int
    report_no: str
    opened_at: str
    opened_by: str
    closed_at: str
    closed_by: str
    float_fen: int
    expected_fen: int | None
    counted_fen: int | None
    difference_fen: int | None
    reason: str


@dataclass
class DailyLedger:
    day: date
    site_name: str
    printed_at: str                      # local time text
    sections: list[Section]
    by_method: dict[str, int]            # method -> net fen of the day
    by_kind: list[dict]                  # kind, method, n, amount_fen
    held_count: int
    held_fen: int
    items_out: list[dict] = field(default_factory=list)   # masked phones
    shifts: list[ShiftLine] = field(default_factory=list)

    @property
    def net_fen(self) -> int:
        return sum(self.by_method.values())


def business_today(ctx: AppContext) -> date:
    return ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx.db))).date()


def day_bounds(db, day: date) -> tuple[str, str]:
    tz = ZoneInfo(site.timezone(db))
    start = datetime.combine(day, time(0), tz)
    return iso(start), iso(start + timedelta(days=1))


def money_totals(db, start: str, end: str) -> tuple[dict[str, int], list[dict]]:
    """Net money by payment method and by kind over [start, end): the figures the ledger,
    the hand-over voucher and the monthly export all share."""
    by_kind = finance_db.totals_by_kind_and_method(db, start, end)
    by_method: dict[str, int] = {}
    for row in by_kind:
        by_method[row["method"]] = by_method.get(row["method"], 0) + row["amount_fen"]
    return by_method, by_kind


def shift_lines(db, start: str, end: str) -> list[ShiftLine]:
    return [ShiftLine(r["id"], r["report_no"] or "", r["opened_at"], r["opened_by_name"],
                      r["closed_at"] or "", r["closed_by_name"] or "", r["float_fen"],
                      r["expected_fen"], r["counted_fen"], r["difference_fen"],
                      ledger_sections.mask_text(r["reason"]))
            for r in finance_db.shifts_between(db, start, end)]


def out_rows(day: Day, moment: str) -> list[dict]:
    return [{"slip_no": r["slip_no"], "item": f"{day.name(r)} {r['item_code']}",
             "phone_masked": mask_phone(r["borrower_phone"]), "lent_at": r["lent_at"],
             "due_at": r["due_at"], "deposit_fen": r["deposit_fen"]}
            for r in finance_db.loans_out_at(day.db, moment)]


def daily_ledger(ctx: AppContext, day: date, lang: str | None = None) -> DailyLedger:
    """Everything the desk did on the site's calendar day `day`, masked, with its totals."""
    permissions.require(ctx, Perm.DAILY_LEDGER)
    day = validation.day(day, QT_TRANSLATE_NOOP("Desk", "day"))
    profile = site.get_profile(ctx.db)
    lang = lang or profile.language
    start, end = day_bounds(ctx.db, day)
    view = Day(ctx.db, start, end, lang, ctx.translate)
    sections = [build(view) for build in ledger_sections.SECTIONS]
    by_method, by_kind = money_totals(ctx.db, start, end)
    out = out_rows(view, end)
    printed = ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx.db)))
    return DailyLedger(day, profile.name, printed.strftime("%Y-%m-%d %H:%M"), sections,
                       by_method, by_kind, len(out), sum(r["deposit_fen"] for r in out), out,
                       shift_lines(ctx.db, start, end))
