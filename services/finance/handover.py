"""Income hand-over to finance (DOMAIN.md 8): the shift lead hands a desk's income of the day
over with a numbered voucher: receipt number range, counts and amounts by payment method,
voids, cash counted at the desk's shift closes, deposits still held (the site's). One voucher
per desk and business day; its figures are stored with it so every reprint shows what was
handed over. A voucher issued before desks were kept covered the whole site (desk '')."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import db.finance.finance as finance_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core import numbering as numbers
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError
from services.core.permissions import Perm, internal, requires
from services.finance import month_lock
from services.reports import daily_ledger


class HandoverRefused(DomainError):
    pass


@dataclass(frozen=True)
class Handover:
    handover_no: str
    day: date
    at: str
    by: str
    figures: dict
    desk: str = ""  # '' for a voucher of the whole site (before desks were kept)
    by_name: str = ""  # who handed over, as people know them (the display name)


@internal
def day_figures(ctx, day: date, desk: str | None = None) -> dict:
    """What the voucher states, from the same money ledger as the daily ledger: one desk's
    receipts, money and shift closes (every desk's with desk None)."""
    db = ctx.db
    start, end = daily_ledger.day_bounds(ctx, day)
    receipts = finance_db.receipts_between(db, start, end, desk=desk)
    voids = finance_db.voids_between(db, start, end, desk)
    by_method, by_kind = daily_ledger.money_totals(ctx, start, end, desk)
    counts: dict[str, int] = {}
    for row in by_kind:
        counts[row["method"]] = counts.get(row["method"], 0) + row["n"]
    closed = [
        s for s in daily_ledger.shift_lines(ctx, start, end, desk) if start <= s.closed_at < end
    ]
    held = finance_db.loans_out_at(db, end)
    return {
        "receipt_first": receipts[0]["receipt_no"] if receipts else "",
        "receipt_last": receipts[-1]["receipt_no"] if receipts else "",
        "receipt_count": len(receipts),
        "receipt_fen": sum(r["total_fen"] for r in receipts),
        "void_count": len(voids),
        "void_fen": sum(r["total_fen"] for r in voids),
        "by_method": {m: {"n": counts.get(m, 0), "fen": fen} for m, fen in by_method.items()},
        "net_fen": sum(by_method.values()),
        "shifts": [
            {
                "report_no": s.report_no,
                "float_fen": s.float_fen,
                "expected_fen": s.expected_fen,
                "counted_fen": s.counted_fen,
                "difference_fen": s.difference_fen,
            }
            for s in closed
        ],
        "cash_counted_fen": sum(s.counted_fen or 0 for s in closed),
        "float_fen": sum(s.float_fen for s in closed),
        "held_count": len(held),
        "held_fen": sum(r["deposit_fen"] for r in held),
    }


def _handover(row: dict) -> Handover:
    return Handover(
        row["handover_no"],
        date.fromisoformat(row["business_date"]),
        row["at"],
        row["username"],
        row["figures"],
        row["desk"],
        row.get("display_name") or row["username"],
    )


def _voucher_desk(ctx, desk: str | None) -> str:
    """The desk a voucher is of: the one named (in any case or width), else this PC's."""
    return daily_ledger.ledger_desk(ctx, desk or ctx.desk)


@requires(Perm.HANDOVER)
def handover_of(ctx: AppContext, day: date, desk: str | None = None) -> Handover | None:
    """The desk's voucher already issued for the day (this PC's desk unless one is named),
    or the whole site's of a day before desks were kept; None when there is none."""
    day = validation.day(day, QT_TRANSLATE_NOOP("Desk", "day"))
    row = finance_db.handover_of(ctx.db, day.isoformat(), _voucher_desk(ctx, desk))
    return _handover(row) if row else None


@requires(Perm.HANDOVER)
def handovers_of_day(ctx: AppContext, day: date) -> list[Handover]:
    """Every voucher of the day, desk by desk."""
    day = validation.day(day, QT_TRANSLATE_NOOP("Desk", "day"))
    return [_handover(r) for r in finance_db.handovers_of_day(ctx.db, day.isoformat())]


@requires(Perm.HANDOVER)
def hand_over(ctx: AppContext, day: date, desk: str | None = None) -> Handover:
    """Issue a desk's numbered hand-over voucher of the day (this PC's desk unless one is
    named): once per desk and day, not in a locked month."""
    day = validation.day(day, QT_TRANSLATE_NOOP("Desk", "day"))
    desk = _voucher_desk(ctx, desk)
    tz_today = daily_ledger.business_today(ctx)
    if day > tz_today:
        raise HandoverRefused(
            QT_TRANSLATE_NOOP("Desk", "{day} has not come yet."), day=day.isoformat()
        )
    with atomic(ctx.db):
        month_lock.ensure_open(ctx, day)
        existing = finance_db.handover_of(ctx.db, day.isoformat(), desk)
        if existing is not None:
            raise HandoverRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The income of {day} was already handed over with voucher {no};"
                    " print a copy of it instead.",
                ),
                day=day.isoformat(),
                no=existing["handover_no"],
            )
        figures = day_figures(ctx, day, desk)
        number = numbers.take_number(ctx, "handover")
        finance_db.insert_handover(
            ctx.db,
            handover_no=number,
            desk=desk,
            business_date=day.isoformat(),
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            figures=figures,
        )
        audit.record(
            ctx,
            "handover.issue",
            "handover",
            number,
            None,
            {
                "day": day.isoformat(),
                "desk": desk,
                "net_fen": figures["net_fen"],
                "cash_counted_fen": figures["cash_counted_fen"],
            },
        )
        return _handover(finance_db.handover_of(ctx.db, day.isoformat(), desk))


@internal
def site_name(ctx) -> str:
    return site.get_profile(ctx).name
