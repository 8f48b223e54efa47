"""The desk's shifts: those of the day on the ledger, those of the month in the export."""

from __future__ import annotations

from dataclasses import dataclass

import db.finance.finance as finance_db
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import internal
from services.reports.tables.base import DATE_TIME, MONEY, Column, Span, Table, mask_text

OPEN = QT_TRANSLATE_NOOP("Desk", "open")


@dataclass(frozen=True)
class ShiftLine:
    id: int
    desk: str
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


@internal
def shift_lines(ctx: AppContext, start: str, end: str, desk: str | None = None) -> list[ShiftLine]:
    """The shifts of [start, end) (at one desk, or at every desk), the reason for a
    difference masked."""
    return [
        ShiftLine(
            r["id"],
            r["desk"],
            r["report_no"] or "",
            r["opened_at"],
            r["opened_by_name"],
            r["closed_at"] or "",
            r["closed_by_name"] or "",
            r["float_fen"],
            r["expected_fen"],
            r["counted_fen"],
            r["difference_fen"],
            mask_text(r["reason"]),
        )
        for r in finance_db.shifts_between(ctx.db, start, end, desk)
    ]


def _lines(span: Span) -> list[ShiftLine]:
    return shift_lines(span.ctx, span.start, span.end, span.desk)


def _money(heading: str, attribute: str, width: float) -> Column:
    return Column(heading, lambda s, line: getattr(line, attribute), MONEY, width)


FIGURES = (
    _money(QT_TRANSLATE_NOOP("Desk", "Cash float"), "float_fen", 1.2),
    _money(QT_TRANSLATE_NOOP("Desk", "Expected cash"), "expected_fen", 1.2),
    _money(QT_TRANSLATE_NOOP("Desk", "Counted cash"), "counted_fen", 1.2),
    _money(QT_TRANSLATE_NOOP("Desk", "Difference"), "difference_fen", 1.3),
    Column(QT_TRANSLATE_NOOP("Desk", "Reason"), lambda s, line: line.reason, width=1.4),
)
REPORT_NO = QT_TRANSLATE_NOOP("Desk", "Report no.")
OPENED = QT_TRANSLATE_NOOP("Desk", "Opened")
CLOSED = QT_TRANSLATE_NOOP("DeskTime", "Closed")  # when the shift was closed

DESK = Column(QT_TRANSLATE_NOOP("Desk", "Desk"), lambda s, line: s.desk_name(line.desk))

SHIFTS_OF_DAY = Table(
    "shifts",
    QT_TRANSLATE_NOOP("Desk", "Shifts of the day"),
    (
        Column(REPORT_NO, lambda s, line: line.report_no or s.words(OPEN), width=2),
        DESK.at(1.4),
        Column(OPENED, lambda s, line: f"{s.moment(line.opened_at)} {line.opened_by}", width=1.6),
        Column(CLOSED, lambda s, line: f"{s.moment(line.closed_at)} {line.closed_by}", width=1.6),
    )
    + FIGURES,
    _lines,
)

MONTH_SHIFTS = Table(
    "shifts",
    QT_TRANSLATE_NOOP("Desk", "Shifts"),
    (
        Column(REPORT_NO, lambda s, line: line.report_no),
        Column(OPENED, lambda s, line: line.opened_at, DATE_TIME),
        Column(QT_TRANSLATE_NOOP("Desk", "Opened by"), lambda s, line: line.opened_by),
        Column(CLOSED, lambda s, line: line.closed_at, DATE_TIME),
        Column(QT_TRANSLATE_NOOP("Desk", "Closed by"), lambda s, line: line.closed_by),
    )
    + FIGURES
    + (DESK,),  # last: the columns finance already reads keep their places
    _lines,
)
