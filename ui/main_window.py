"""The main window: navigation to the module pages, menus with shortcuts, the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from services.admin import site
from services.core.database import check_health
from services.core.permissions import ROLE_LABELS, Perm, Role
from ui import i18n
from ui.common.formatting import local_text, today
from ui.pages import PAGES, PageEntry
from ui.session import DeskSession, desk_tr

BACK_OFFICE = {Perm.MANAGE_USERS, Perm.MANAGE_SETTINGS, Perm.VIEW_AUDIT}


def shift_state_text(session: DeskSession) -> str:
    """'Shift open since 09:00' or 'No shift open', when the shift module is present."""
    from services.shifts import shifts

    shift = shifts.current_shift(session.ctx)
    if shift is None:
        return QCoreApplication.translate("MainWindow", "No shift open")
    opened = local_text(session, shift.opened_at, "%H:%M")
    return QCoreApplication.translate("MainWindow", "Shift open since {time}").format(time=opened)


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    language_change_requested = Signal(str)

    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.profile = site.get_profile(session.ctx)
        visible = [p for p in PAGES if p.perm is None or session.may(p.perm)]
        # counter work first, the back office (users, settings, audit) last
        self.entries: list[PageEntry] = sorted(visible, key=lambda p: p.perm in BACK_OFFICE)
        self.built: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Front Desk — {site}").format(site=self.profile.name))
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self.restore_geometry()
        if self.entries:
            self.nav.setCurrentRow(0)

    # --- layout --------------------------------------------------------------
    def _build_body(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 15px; }"
            " QListWidget#navigation::item { padding: 9px 6px; }"
        )
        for entry in self.entries:
            item = QListWidgetItem(QCoreApplication.translate("Pages", entry.title))
            item.setData(Qt.UserRole, entry.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.show_page_at)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        # the visitor search stays at hand on every page (Ctrl+K or F3 puts the cursor in it)
        from PySide6.QtGui import QShortcut

        from ui.visitors.search_box import VisitorSearchBox

        self.visitor_search = VisitorSearchBox(self.session, self)
        search_bar = self.addToolBar(self.tr("Visitor search"))
        search_bar.setObjectName("visitor_search_bar")
        search_bar.setMovable(False)
        search_bar.addWidget(self.visitor_search)
        for keys in ("Ctrl+K", "F3"):
            QShortcut(QKeySequence(keys), self, self.visitor_search.focus_search)

    def show_page_at(self, row: int) -> None:
        if row < 0:
            return
        entry = self.entries[row]
        if entry.key not in self.built:
            page = entry.factory(self.session, self.stack)
            self.built[entry.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.built[entry.key])
        self.refresh_status()

    def show_page(self, key: str) -> bool:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                self.nav.setCurrentRow(row)
                return True
        return False

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.entries[row].key if row >= 0 else None

    def _build_menus(self) -> None:
        bar = self.menuBar()
        desk = bar.addMenu(self.tr("&Desk"))
        self._action(desk, self.tr("Change &password…"), "Ctrl+Shift+P", self.change_password)
        self._action(desk, self.tr("Check the &database"), None, self.check_database)
        desk.addSeparator()
        self._action(desk, self.tr("Sign &out"), "Ctrl+Shift+L", self.sign_out_requested.emit)
        self._action(desk, self.tr("&Quit"), QKeySequence.Quit, self.close)
        go = bar.addMenu(self.tr("&Go"))
        for row, entry in enumerate(self.entries):
            shortcut = f"Ctrl+{row + 1}" if row < 9 else None
            self._action(
                go,
                QCoreApplication.translate("Pages", entry.title),
                shortcut,
                lambda _=False, r=row: self.nav.setCurrentRow(r),
            )
        language = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = i18n.saved_language() or self.profile.language
        for code, label in site.LANGUAGE_LABELS.items():
            action = language.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.language_change_requested.emit(c))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Front Desk"), None, self.about)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = menu.addAction(text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_status_bar(self) -> None:
        user = self.session.user
        self.user_label = QLabel(self.tr("Signed in: {name}").format(name=user.label))
        self.role_label = QLabel(desk_tr(ROLE_LABELS[Role(user.role)]))
        self.shift_label = QLabel()
        self.date_label = QLabel()
        for label in (self.user_label, self.role_label, self.shift_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.date_label)
        self.refresh_status()
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start(30_000)

    def refresh_status(self) -> None:
        try:
            self.shift_label.setText(shift_state_text(self.session))
        except ImportError:  # the shift module is not part of this build
            self.shift_label.setText("")
        day = today(self.session)
        self.date_label.setText(
            QLocale().toString(QDate(day.year, day.month, day.day), QLocale.LongFormat)
        )

    # --- actions -------------------------------------------------------------
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

    # --- window state --------------------------------------------------------
    def restore_geometry(self) -> None:
        stored = i18n.settings().value("main/geometry")
        if stored is not None:
            self.restoreGeometry(stored)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event):  # noqa: N802
        self.status_timer.stop()
        i18n.settings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
