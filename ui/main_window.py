"""The main window: the navigation by what the clerk does (groups, each one page of tabs),
menus with shortcuts, the visitor search, scans from anywhere, and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.admin import site
from services.core.database import check_health
from services.core.errors import DomainError
from services.core.permissions import ROLE_LABELS, Role
from services.visitors import scan as scans
from ui import faults, i18n
from ui.common import hub
from ui.common.formatting import local_text, today
from ui.common.scan_router import ScanRouter
from ui.common.shortcuts import GLOBAL_KEYS, ShortcutsDialog, key_text
from ui.pages import GROUPS, PAGES, Group, PageEntry
from ui.session import REFUSED, DeskSession, desk_tr, run_or_note

DEFAULT_SIZE = (1366, 768)


def shift_state_text(session: DeskSession) -> str:
    """'Shift open since 09:00' or 'No shift open', when the shift module is present."""
    from services.shifts import shifts

    shift = shifts.current_shift(session.ctx)
    if shift is None:
        return QCoreApplication.translate("MainWindow", "No shift open")
    opened = local_text(session, shift.opened_at, "%H:%M")
    return QCoreApplication.translate("MainWindow", "Shift open since {time}").format(time=opened)


def desk_text(session: DeskSession) -> str:
    """'Desk: 北门服务台 (north)': the counter this PC is, as the register names it."""
    from services.shifts import desks

    name = desks.desk_label(session.ctx, session.ctx.desk, i18n.current())
    return QCoreApplication.translate("MainWindow", "Desk: {desk}").format(desk=name)


class GroupPage(QTabWidget):
    """One group of the navigation: its pages as tabs, each built when first shown."""

    def __init__(self, window: MainWindow, group: Group, entries: list[PageEntry]):
        super().__init__()
        self.window_, self.group, self.entries = window, group, entries
        self.setObjectName(f"group_{group.key}")
        self.setDocumentMode(True)
        self.holders: list[QWidget] = []
        for entry in entries:
            holder = QWidget()
            holder.setObjectName(f"tab_{entry.key}")
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.holders.append(holder)
            self.addTab(holder, QCoreApplication.translate("Pages", entry.title))
        self.tabBar().setVisible(len(entries) > 1)
        self.tabBar().setFocusPolicy(Qt.NoFocus)  # the tab's page keeps the cursor
        self.currentChanged.connect(self.build)

    def build(self, index: int) -> QWidget | None:
        if index < 0:
            return None
        entry = self.entries[index]
        page = self.window_.built.get(entry.key)
        if page is None:
            page = entry.factory(self.window_.session, self.holders[index])
            self.holders[index].layout().addWidget(page)
            page.show()
            self.window_.built[entry.key] = page
        if self.isVisible():
            QTimer.singleShot(
                0, page, page.focus_first if hasattr(page, "focus_first") else page.setFocus
            )
        return page

    def current_key(self) -> str | None:
        index = self.currentIndex()
        return self.entries[index].key if index >= 0 else None

    def show_key(self, key: str) -> QWidget | None:
        for index, entry in enumerate(self.entries):
            if entry.key == key:
                self.setCurrentIndex(index)
                return self.build(index)
        return None


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    language_change_requested = Signal(str)

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.profile = site.get_profile(session.ctx)
        self.entries: list[PageEntry] = [p for p in PAGES if p.perm is None or session.may(p.perm)]
        self.groups: list[tuple[Group, list[PageEntry]]] = [
            (g, [e for e in self.entries if e.group == g.key]) for g in GROUPS
        ]
        self.groups = [(g, es) for g, es in self.groups if es]
        self.built: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Front Desk — {site}").format(site=self.profile.name))
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self.restore_geometry()
        hub.watch(session, self, self.refresh_status, "shift")
        self.scans = ScanRouter(self, self.open_scanned, self.series_of)
        if self.groups:
            self.nav.setCurrentRow(0)

    # --- layout --------------------------------------------------------------------------------
    def _build_body(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        # a click in the navigation leaves the cursor in the page: a scan never lands here
        self.nav.setFocusPolicy(Qt.NoFocus)
        self.nav.setFixedWidth(170)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 15px; }"
            " QListWidget#navigation::item { padding: 10px 6px; }"
        )
        self.stack = QStackedWidget()
        self.group_pages: dict[str, GroupPage] = {}
        for row, (group, entries) in enumerate(self.groups):
            item = QListWidgetItem(QCoreApplication.translate("Pages", group.title))
            item.setData(Qt.UserRole, group.key)
            item.setToolTip(key_text(f"Ctrl+{row + 1}"))
            self.nav.addItem(item)
            page = GroupPage(self, group, entries)
            self.group_pages[group.key] = page
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.show_group_at)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        # the visitor search stays at hand on every page (Ctrl+K puts the cursor in it)
        from ui.visitors.search_box import VisitorSearchBox

        self.visitor_search = VisitorSearchBox(self.session, self)
        search_bar = self.addToolBar(self.tr("Visitor search"))
        search_bar.setObjectName("visitor_search_bar")
        search_bar.setMovable(False)
        search_bar.addWidget(self.visitor_search)
        search = QShortcut(
            QKeySequence(GLOBAL_KEYS["search"]), self, self.visitor_search.focus_search
        )
        search.setWhatsThis(self.tr("Visitor search: phone, last four digits, name or a number"))

    def show_group_at(self, row: int) -> None:
        if row < 0:
            return
        group, _entries = self.groups[row]
        page = self.group_pages[group.key]
        self.stack.setCurrentWidget(page)
        if page.currentIndex() >= 0:
            page.build(page.currentIndex())
        self.refresh_status()

    def show_page(self, key: str) -> bool:
        for row, (group, entries) in enumerate(self.groups):
            if any(e.key == key for e in entries):
                # the tab first: the group then builds the page asked for, not its first one
                self.group_pages[group.key].show_key(key)
                self.nav.setCurrentRow(row)
                return True
        return False

    def page(self, key: str) -> QWidget | None:
        """The page of `key`, shown (built if need be); None when this user has none."""
        return self.built.get(key) if self.show_page(key) else None

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.group_pages[self.groups[row][0].key].current_key() if row >= 0 else None

    def current_page(self) -> QWidget | None:
        key = self.current_page_key()
        return self.built.get(key) if key else None

    def _build_menus(self) -> None:
        # menu titles carry no Alt letter: Alt letters belong to the fields of the pages;
        # F10 opens the menus
        bar = self.menuBar()
        desk = bar.addMenu(self.tr("Desk"))
        self._action(
            desk, self.tr("Change &password…"), GLOBAL_KEYS["password"], self.change_password
        )
        self._action(desk, self.tr("Check the &database"), None, self.check_database)
        desk.addSeparator()
        self._action(
            desk, self.tr("Sign &out"), GLOBAL_KEYS["sign_out"], self.sign_out_requested.emit
        )
        self._action(desk, self.tr("&Quit"), GLOBAL_KEYS["quit"], self.close)
        go = bar.addMenu(self.tr("Go"))
        for row, (group, _entries) in enumerate(self.groups):
            self._action(
                go,
                QCoreApplication.translate("Pages", group.title),
                f"Ctrl+{row + 1}" if row < 9 else None,
                lambda _=False, r=row: self.nav.setCurrentRow(r),
            )
        go.addSeparator()
        self._action(go, self.tr("Next tab"), GLOBAL_KEYS["next_tab"], lambda: self.step_tab(1))
        self._action(
            go, self.tr("Previous tab"), GLOBAL_KEYS["previous_tab"], lambda: self.step_tab(-1)
        )
        language = bar.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        current = i18n.current()  # the language the window shows, not only the saved one
        for code, label in site.LANGUAGE_LABELS.items():
            action = language.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.language_change_requested.emit(c))
        self.help_menu = bar.addMenu(self.tr("Help"))
        self._action(
            self.help_menu,
            self.tr("&Keyboard shortcuts"),
            GLOBAL_KEYS["shortcuts"],
            self.show_shortcuts,
        )
        self._action(self.help_menu, self.tr("Open &log folder"), None, faults.open_log_folder)
        self._action(self.help_menu, self.tr("&About Front Desk"), None, self.about)
        menus = QShortcut(QKeySequence(GLOBAL_KEYS["menus"]), self, self.open_menus)
        menus.setWhatsThis(self.tr("Open the menus"))

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = menu.addAction(text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def open_menus(self) -> None:
        actions = self.menuBar().actions()
        if actions:
            self.menuBar().setActiveAction(actions[0])

    def step_tab(self, step: int) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, GroupPage) and page.count() > 1:
            page.setCurrentIndex((page.currentIndex() + step) % page.count())

    def _build_status_bar(self) -> None:
        user = self.session.user
        self.user_label = QLabel(self.tr("Signed in: {name}").format(name=user.label))
        self.role_label = QLabel(desk_tr(ROLE_LABELS[Role(user.role)]))
        self.desk_label = QLabel(desk_text(self.session))
        self.desk_label.setObjectName("desk_name")
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shift_state")
        self.date_label = QLabel()
        for label in (self.user_label, self.role_label, self.desk_label, self.shift_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.date_label)
        self.refresh_status()
        # the data refresh through the hub; only the calendar day turns over by the clock
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.refresh_date)
        self.status_timer.start(60_000)

    def refresh_status(self) -> None:
        try:
            self.shift_label.setText(shift_state_text(self.session))
        except ImportError:  # the shift module is not part of this build
            self.shift_label.setText("")
        self.refresh_date()

    def refresh_date(self) -> None:
        day = today(self.session)
        self.date_label.setText(
            QLocale().toString(QDate(day.year, day.month, day.day), QLocale.LongFormat)
        )

    # --- scans from anywhere -------------------------------------------------------------------
    def series_of(self, code: str) -> str | None:
        """The series a scanned code belongs to; None when the desk has nothing of it."""
        try:
            return scans.resolve_scan(self.session.ctx, code).series
        except DomainError:
            return None

    def open_scanned(self, code: str) -> bool:
        """A scanned code: open its record and offer its next action (see ScanRouter). False
        when the desk has nothing of that number (the status bar says so)."""
        target = run_or_note(
            lambda text: self.statusBar().showMessage(text, 8000),
            scans.resolve_scan,
            self.session.ctx,
            code,
        )
        if target is REFUSED:
            return False
        self.statusBar().clearMessage()
        page_key = SCAN_PAGES.get(target.series)
        page = self.page(page_key) if page_key else None
        if page is not None and hasattr(page, "show_scanned"):
            ready = page.show_scanned(target)
            if ready is not None:
                return True
        self.visitor_search.setText(target.number)
        self.visitor_search.search()
        return True

    # --- actions -------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.open()
        self.shortcuts_dialog = dialog

    def change_password(self) -> None:
        from ui.admin.change_password_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.session, self).exec()

    def check_database(self) -> None:
        report = check_health(self.session.ctx)
        if report.sound:
            QMessageBox.information(
                self,
                self.tr("Database check"),
                self.tr("The database file is sound and the audit trail is unbroken."),
            )
        else:
            QMessageBox.critical(
                self,
                self.tr("Database check"),
                "\n".join(p.render(desk_tr) for p in report.problems()),
            )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Front Desk"),
            self.tr(
                "Front Desk (服务台) — the service desk console of {site}.\nDatabase: {path}"
            ).format(site=self.profile.name, path=self.session.db_path),
        )

    # --- window state --------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        """Maximised on the first run; after that as the clerk left it."""
        stored = i18n.settings().value("main/geometry")
        if stored is not None and self.restoreGeometry(stored):
            return
        self.resize(*DEFAULT_SIZE)
        self.setWindowState(self.windowState() | Qt.WindowMaximized)

    def closeEvent(self, event):  # noqa: N802
        self.status_timer.stop()
        self.scans.stop()
        i18n.settings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)


# the page that opens a scanned record of each series (the others open in the visitor search)
SCAN_PAGES = {
    "deposit_slip": "lending",
    "item": "lending",
    "lending_voucher": "lending",  # a refund or compensation voucher: its loan, to reprint
    "member_card": "members",
    "redemption": "members",
    "found_tag": "found_items",
    "complaint": "complaints",
}
