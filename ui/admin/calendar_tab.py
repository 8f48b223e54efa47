"""Settings › Calendar: opening hours, the weekdays the site is shut, holidays (a year's
list imported from CSV) and the complaint response time; saving shows how many open cases'
deadlines move."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTimeEdit,
)

from services.admin import calendar_settings as cal
from services.members.rules import today
from ui.admin.settings_tab import REFUSED, SettingsTab
from ui.common.forms import date_edit


class CalendarTab(SettingsTab):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.opens, self.closes = QTimeEdit(), QTimeEdit()
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        self.response = QSpinBox()
        self.response.setRange(1, cal.MAX_RESPONSE_HOURS)
        self.response.setSuffix(self.tr(" business hours"))
        days = QHBoxLayout()
        self.weekdays = []
        locale = QLocale()
        for n in range(7):
            box = QCheckBox(locale.dayName(n + 1, QLocale.ShortFormat))
            self.weekdays.append(box)
            days.addWidget(box)
        days.addStretch()
        hours_box = QGroupBox(self.tr("Opening hours"))
        form = QFormLayout(hours_box)
        form.addRow(self.tr("Opens"), self.opens)
        form.addRow(self.tr("Closes"), self.closes)
        form.addRow(self.tr("Closed on"), days)
        form.addRow(self.tr("First response to a complaint within"), self.response)
        self.holidays = QListWidget()
        self.new_holiday = date_edit(today(self.ctx))
        add = QPushButton(self.tr("Add holiday"))
        add.clicked.connect(self.add_holiday)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self.remove_holiday)
        import_csv = QPushButton(self.tr("Import a year from CSV…"))
        import_csv.clicked.connect(self.choose_csv)
        row = QHBoxLayout()
        for widget in (self.new_holiday, add, remove, import_csv):
            row.addWidget(widget)
        row.addStretch()
        holiday_box = QGroupBox(self.tr("Holidays (the desk's clock stops for deadlines)"))
        holiday_layout = QFormLayout(holiday_box)
        holiday_layout.addRow(row)
        holiday_layout.addRow(self.holidays)
        save = QPushButton(self.tr("Save calendar"))
        save.clicked.connect(self.save)
        self.body.addWidget(hours_box)
        self.body.addWidget(holiday_box)
        self.body.addWidget(self.note)
        self.body.addWidget(save)
        self.load()

    def load(self) -> None:
        calendar = self.run(cal.get_calendar, self.ctx)
        if calendar is REFUSED:
            return
        opens, closes = calendar.opening.split("-")
        self.opens.setTime(QTime.fromString(opens, "HH:mm"))
        self.closes.setTime(QTime.fromString(closes, "HH:mm"))
        for n, box in enumerate(self.weekdays):
            box.setChecked(n in calendar.closed_weekdays)
        self.response.setValue(calendar.response_hours)
        self.holidays.clear()
        self.holidays.addItems(list(calendar.holidays))

    def calendar(self) -> cal.SiteCalendar:
        days = [self.holidays.item(i).text() for i in range(self.holidays.count())]
        return cal.SiteCalendar(
            opening=f"{self.opens.time().toString('HH:mm')}-{self.closes.time().toString('HH:mm')}",
            closed_weekdays=tuple(n for n, box in enumerate(self.weekdays) if box.isChecked()),
            holidays=tuple(sorted(set(days))),
            response_hours=self.response.value(),
        )

    def add_holiday(self) -> None:
        day = self.new_holiday.date().toString("yyyy-MM-dd")
        days = {self.holidays.item(i).text() for i in range(self.holidays.count())} | {day}
        self.holidays.clear()
        self.holidays.addItems(sorted(days))

    def remove_holiday(self) -> None:
        for item in self.holidays.selectedItems():
            self.holidays.takeItem(self.holidays.row(item))

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Holiday list"), "", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        year, ok = QInputDialog.getInt(
            self,
            self.tr("Holiday list"),
            self.tr("Holidays of the year"),
            self.new_holiday.date().year(),
            2000,
            2100,
        )
        if ok:
            self.import_holidays(Path(path), year)

    def import_holidays(self, path: Path, year: int) -> None:
        """The year's dates from the file take the place of that year's holidays."""
        days = self.call(cal.read_holiday_csv, self.ctx, path.read_bytes(), year)
        if days is REFUSED:
            return
        kept = [
            self.holidays.item(i).text()
            for i in range(self.holidays.count())
            if not self.holidays.item(i).text().startswith(f"{year}-")
        ]
        self.holidays.clear()
        self.holidays.addItems(sorted(set(kept) | set(days)))
        self.saved(
            self.tr(
                "%n holiday(s) of %1 read; save the calendar to keep them.", "", len(days)
            ).replace("%1", str(year))
        )

    def save(self) -> None:
        new = self.calendar()
        effect = self.call(cal.preview_calendar, self.ctx, new)
        if effect is REFUSED:
            return
        if effect.moved and not self.confirm(
            self.tr("The deadlines of %n open case(s) move.", "", effect.moved)
        ):
            return
        done = self.call(cal.update_calendar, self.ctx, new)
        if done is REFUSED:
            return
        self.saved(
            self.tr("Saved. The deadlines of %n open case(s) moved.", "", done.moved)
            if done.moved
            else self.tr("Saved.")
        )
        self.done("complaints")
