"""Parts of the desk's forms: labels that take Alt keys, the line saying what was refused,
combo boxes of stored codes and payment methods, and date fields in the site's local time."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from services.shifts.shifts import METHODS
from ui.common.formatting import label, local_now, method_label, site_zone
from ui.session import DeskSession


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt key goes to the first field of its row (QFormLayout only
    sets a buddy when the row is a single widget)."""
    caption = QLabel(text)
    caption.setBuddy(widget)
    return caption


def problem_label() -> QLabel:
    """The red line under a form's fields that says what the desk refused."""
    problem = QLabel()
    problem.setStyleSheet("color: #b00020;")
    problem.setWordWrap(True)
    return problem


def code_combo(labels: dict) -> QComboBox:
    """The stored codes of `labels`, each shown by its translated name."""
    combo = QComboBox()
    for code in labels:
        combo.addItem(label(labels, code), code)
    return combo


def method_combo() -> QComboBox:
    """How the customer pays: cash, WeChat Pay, Alipay …"""
    combo = QComboBox()
    for method in METHODS:
        combo.addItem(method_label(method), method)
    return combo


# --- dates -------------------------------------------------------------------------------------
def date_edit(day: date | None = None) -> QDateEdit:
    """A day field (yyyy-MM-dd) with a calendar to pick from."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_time_edit() -> QDateTimeEdit:
    """A local date and time to the minute, with a calendar."""
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def now_to_edit(session: DeskSession) -> QDateTime:
    """Now on the desk's wall clock, to the minute, for a date-time field."""
    here = local_now(session).replace(tzinfo=None, second=0, microsecond=0)
    return QDateTime(here)


def aware(session: DeskSession, value: QDateTime) -> datetime:
    """A local date-time typed at the counter, in the site's time zone."""
    return value.toPython().replace(tzinfo=site_zone(session))


class PeriodBar(QWidget):
    """The period a register covers: a day, or with "Whole month" that day's month."""

    changed = Signal()

    def __init__(self, day: date, whole_month: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = date_edit(day)
        self.month = QCheckBox(self.tr("Whole &month"))
        self.month.setChecked(whole_month)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Day:")), self.day, self.month):
            row.addWidget(widget)
        self.day.dateChanged.connect(lambda _day: self.changed.emit())
        self.month.toggled.connect(lambda _checked: self.changed.emit())

    def period(self) -> tuple[date, date]:
        """The first and the last day, both included."""
        day = self.day.date().toPython()
        if not self.month.isChecked():
            return day, day
        first = day.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
