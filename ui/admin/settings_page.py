"""Settings: one place for everything a site sets up itself, one tab each (admins): the site
profile with printer test pages and backups, the desks, the calendar, complaint lists,
loyalty rules and rewards, lendable item kinds, found-item categories, the directory,
printers, and records (retention, purge, archives). Every change is checked, shows what it
touches, and is audited with before and after."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.admin import site
from services.core.identifiers import fold, is_valid_uscc
from ui.admin.backup_settings import BackupSettingsBox
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.forms import FormGuard, message_label
from ui.first_run_wizard import COMMON_ZONES
from ui.session import DeskSession, desk_tr

ERROR_STYLE, SAVED_STYLE = "color: #b00020;", "color: #1b5e20;"


TABS = [  # key, title, module, class (built when the tab is first opened)
    ("desks", QT_TRANSLATE_NOOP("SettingsPage", "Desks"), "ui.shifts.desks_tab", "DesksTab"),
    (
        "calendar",
        QT_TRANSLATE_NOOP("SettingsPage", "Calendar"),
        "ui.admin.calendar_tab",
        "CalendarTab",
    ),
    (
        "complaints",
        QT_TRANSLATE_NOOP("SettingsPage", "Complaints"),
        "ui.admin.lists_tabs",
        "ComplaintListsTab",
    ),
    ("loyalty", QT_TRANSLATE_NOOP("SettingsPage", "Loyalty"), "ui.admin.loyalty_tab", "LoyaltyTab"),
    (
        "lending",
        QT_TRANSLATE_NOOP("SettingsPage", "Lendable items"),
        "ui.lending.items_page",
        "ItemsPage",
    ),
    (
        "found",
        QT_TRANSLATE_NOOP("SettingsPage", "Found items"),
        "ui.admin.lists_tabs",
        "FoundCategoriesTab",
    ),
    (
        "directory",
        QT_TRANSLATE_NOOP("SettingsPage", "Directory"),
        "ui.admin.lists_tabs",
        "DirectoryTab",
    ),
    (
        "printers",
        QT_TRANSLATE_NOOP("SettingsPage", "Printers"),
        "ui.printing.printers_page",
        "PrintersPage",
    ),
    (
        "records",
        QT_TRANSLATE_NOOP("SettingsPage", "Records"),
        "ui.admin.retention_tab",
        "RetentionTab",
    ),
]


class SettingsPage(DeskPage):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, parent)
        self.tabs = QTabWidget()
        self.built: dict[str, QWidget] = {}
        site_tab = QWidget()
        self.tabs.addTab(self._scrolled(site_tab), self.tr("Site"))
        for key, title, _module, _cls in TABS:
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setProperty("tab_key", key)
            self.tabs.addTab(holder, self.tr(title))
        self.tabs.currentChanged.connect(self._open_tab)
        self.body.addWidget(self.tabs)
        self._site_profile(session, site_tab)
        self.load()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def _open_tab(self, index: int) -> None:
        holder = self.tabs.widget(index)
        key = holder.property("tab_key")
        if key:
            self.tab(key)

    def tab(self, key: str) -> QWidget:
        """The tab's page, built the first time it is asked for."""
        if key not in self.built:
            import importlib

            index = [t[0] for t in TABS].index(key) + 1
            _key, _title, module, cls = TABS[index - 1]
            page = getattr(importlib.import_module(module), cls)(self.session, self)
            self.built[key] = page
            self.tabs.widget(index).setWidget(page)
        return self.built[key]

    def show_tab(self, key: str) -> QWidget:
        page = self.tab(key)
        self.tabs.setCurrentIndex([t[0] for t in TABS].index(key) + 1)
        return page

    def _site_profile(self, session: DeskSession, site_tab: QWidget) -> None:
        layout = QVBoxLayout(site_tab)
        self.kind = QComboBox()
        for code, label in site.SITE_KIND_LABELS.items():
            self.kind.addItem(desk_tr(label), code)
        self.name, self.address, self.tax_id = QLineEdit(), QLineEdit(), QLineEdit()
        self.tax_id.setMaxLength(18)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES)
        self.language = QComboBox()
        for code, label in site.LANGUAGE_LABELS.items():
            self.language.addItem(label, code)
        self.message = message_label()
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("Save site profile"))
        save.clicked.connect(self.save)
        profile_box = QGroupBox(self.tr("Site profile"))
        form = QFormLayout(profile_box)
        form.addRow(self.tr("Site kind"), self.kind)
        form.addRow(self.tr("Site name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Tax ID"), self.tax_id)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Language of documents and new users"), self.language)
        form.addRow(self.message)
        form.addRow(save)
        # every problem of the profile at once, beside its field
        self.guard = FormGuard(profile_box, submit=self.save, problem=self.message)
        self.guard.field(self.name, required=True)
        self.guard.field(self.tax_id, self._tax_id_problem)
        self.guard.field(self.timezone, self._timezone_problem, True, "tz")
        layout.addWidget(profile_box)
        layout.addWidget(self._printer_box())
        layout.addWidget(BackupSettingsBox(session, self))
        layout.addStretch()

    def page_title(self) -> str:
        return self.tr("<h2>Settings</h2>")

    def _printer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Printers"))
        row = QHBoxLayout(box)
        for text, layout_name in [
            (self.tr("Receipt printer test page…"), "receipt"),
            (self.tr("A4 printer test page…"), "a4"),
        ]:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, n=layout_name: self.printer_test(n))
            row.addWidget(button)
        row.addStretch()
        return box

    def load(self) -> None:
        profile = site.get_profile(self.ctx)
        self.kind.setCurrentIndex(self.kind.findData(profile.kind))
        self.name.setText(profile.name)
        self.address.setText(profile.address)
        self.tax_id.setText(profile.tax_id)
        if self.timezone.findText(profile.timezone) < 0:
            self.timezone.addItem(profile.timezone)
        self.timezone.setCurrentText(profile.timezone)
        self.language.setCurrentIndex(self.language.findData(profile.language))

    def profile(self) -> site.SiteProfile:
        return site.SiteProfile(
            kind=self.kind.currentData(),
            name=self.name.text(),
            address=self.address.text(),
            tax_id=self.tax_id.text(),
            timezone=self.timezone.currentText().strip(),
            language=self.language.currentData(),
        )

    def _tax_id_problem(self) -> str | None:
        code = fold(self.tax_id.text()).replace(" ", "")
        if not code or is_valid_uscc(code):
            return None
        return desk_tr(
            "The tax ID must be an 18-character unified social credit code with a"
            " correct check character."
        )

    def _timezone_problem(self) -> str | None:
        zone = self.timezone.currentText().strip()
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            return desk_tr("Unknown time zone: {tz}.").format(tz=zone)
        return None

    def save(self) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        if self.guard.run(site.update_profile, self.ctx, self.profile()) is REFUSED:
            return
        self.message.setStyleSheet(SAVED_STYLE)
        self.message.setText(self.tr("Saved."))

    def printer_test(self, layout_name: str) -> None:
        from services.admin.printer_test import printer_test_pdf
        from ui.documents.preview_dialog import DocumentPreviewDialog

        pdf = self.run_noted(
            self.message.setText,
            printer_test_pdf,
            self.ctx,
            layout_name,
            self.printer_test_labels(),
        )
        if pdf is REFUSED:
            return
        # a test page has no number: nothing to log, no copy limit
        DocumentPreviewDialog(
            self.session, pdf, None, None, self.tr("Printer test page"), self
        ).exec()

    def printer_test_labels(self) -> dict:
        return {"title": self.tr("Printer test page")}
