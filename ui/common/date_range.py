"""The date-range filter of the desk's list pages: From and To day fields (one Tab leaves
each, like every date field of the desk) with the quick choices Today, This week, This month
and All dates. The days are the site's calendar days; the page hands `span()` to its service,
which filters in SQL."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.common.formatting import today
from ui.common.forms import date_edit
from ui.session import DeskSession

ALL, TODAY, WEEK, MONTH, CHOSEN = "all", "today", "week", "month", "chosen"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateRangeBar(QWidget):
    """`span()` is (first, last), both included, or (None, None) for all dates; a register's
    bar (`allow_all=False`) always covers days."""

    changed = Signal()

    def __init__(
        self,
        session: DeskSession,
        initial: str = ALL,
        caption: str | None = None,
        parent: QWidget | None = None,
        allow_all: bool = True,
    ):
        super().__init__(parent)
        self.session = session
        self.quick = QComboBox()
        self.quick.setObjectName("date_range")
        for key, text in (
            *([(ALL, self.tr("All dates"))] if allow_all else []),
            (TODAY, self.tr("Today")),
            (WEEK, self.tr("This week")),
            (MONTH, self.tr("This month")),
            (CHOSEN, self.tr("From – to")),
        ):
            self.quick.addItem(text, key)
        self.first, self.last = date_edit(), date_edit()
        self.first.setObjectName("date_from")
        self.last.setObjectName("date_to")
        self.first.setToolTip(self.tr("First day shown"))
        self.last.setToolTip(self.tr("Last day shown"))
        self._quiet = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(caption or self.tr("Dates:")))
        row.addWidget(self.quick)
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.last)
        self.quick.currentIndexChanged.connect(self._quick_chosen)
        self.first.dateChanged.connect(lambda _d: self._typed(self.first))
        self.last.dateChanged.connect(lambda _d: self._typed(self.last))
        self.choose(initial, emit=False)

    # --- what the page reads ----------------------------------------------------------------
    def span(self) -> tuple[date | None, date | None]:
        if self.quick.currentData() == ALL:
            return None, None
        return self.first.date().toPython(), self.last.date().toPython()

    def period(self) -> tuple[date, date]:
        """The days shown, first and last (a register's period, which is never all dates)."""
        return self.first.date().toPython(), self.last.date().toPython()

    def is_all(self) -> bool:
        return self.quick.currentData() == ALL

    # --- what the user or a test does -------------------------------------------------------
    def choose(self, key: str, emit: bool = True) -> None:
        """Switch to a quick choice (ALL, TODAY, WEEK, MONTH) or to the days shown (CHOSEN)."""
        self._quiet = True
        try:
            self.quick.setCurrentIndex(self.quick.findData(key))
            self._show_days(key)
        finally:
            self._quiet = False
        if emit:
            self.changed.emit()

    def set_span(self, first: date, last: date) -> None:
        """Show the days first..last (both included)."""
        self._quiet = True
        try:
            self.first.setDate(_qdate(first))
            self.last.setDate(_qdate(last))
            self.quick.setCurrentIndex(self.quick.findData(CHOSEN))
        finally:
            self._quiet = False
        self.changed.emit()

    # --- inside -----------------------------------------------------------------------------
    def _show_days(self, key: str) -> None:
        day = today(self.session)
        spans = {
            TODAY: (day, day),
            WEEK: (day - timedelta(days=day.weekday()), day + timedelta(days=6 - day.weekday())),
            MONTH: (
                day.replace(day=1),
                (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1),
            ),
            ALL: (day - timedelta(days=30), day),  # where a chosen span starts
        }
        if key in spans:
            first, last = spans[key]
            self.first.setDate(_qdate(first))
            self.last.setDate(_qdate(last))

    def _quick_chosen(self, _index: int) -> None:
        if self._quiet:
            return
        self.choose(self.quick.currentData())

    def _typed(self, edited) -> None:
        """A day typed or picked: the span is the days shown; To never before From."""
        if self._quiet:
            return
        self._quiet = True
        try:
            if self.last.date() < self.first.date():
                other = self.last if edited is self.first else self.first
                other.setDate(edited.date())
            self.quick.setCurrentIndex(self.quick.findData(CHOSEN))
        finally:
            self._quiet = False
        self.changed.emit()
