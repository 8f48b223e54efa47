"""The shops list: every user searches it; admins add, edit, close/reopen and import."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from services.core.permissions import Perm
from services.directory import shops
from services.directory.shops import Shop
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.paged_table_model import Column
from ui.common.shortcuts import bind
from ui.common.tables import table_view
from ui.directory.shop_dialog import ShopDialog
from ui.directory.shop_table_model import ShopTableModel
from ui.session import DeskSession

SEARCH_DELAY_MS = 150
# names keep a readable width on a narrow screen (the list scrolls sideways); status stretches
COLUMN_WIDTHS = (80, 50, 190, 210, 90, 120, 170)


class ShopsPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.is_admin = session.may(Perm.MANAGE_SETTINGS)
        self.dialog: ShopDialog | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._build()
        self._connect()
        self.setFocusProxy(self.search_box)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Shops</h2>")

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search by name, unit, floor or category (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self.closed_box = QCheckBox(self.tr("Include c&losed shops"))
        self.count_label = QLabel()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.closed_box)
        search_row.addWidget(self.count_label)

        self.model = ShopTableModel(self._columns(), lambda offset, limit: [], parent=self)
        self.table = table_view(self.model, COLUMN_WIDTHS)
        # more shops on screen
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.installEventFilter(self)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("Clo&se shop"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        buttons = QHBoxLayout()
        for button in self.admin_buttons():
            button.setVisible(self.is_admin)
            button.setEnabled(self.is_admin)
            buttons.addWidget(button)
        buttons.addStretch()

        self.body.addLayout(search_row)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Unit"), "unit"),
            Column(self.tr("Floor"), "floor"),
            Column(self.tr("Chinese name"), "name_zh"),
            Column(self.tr("English name"), "name_en"),
            Column(self.tr("Category"), "category"),
            Column(self.tr("Phone"), "phone"),
            Column(self.tr("Tax ID"), "tax_id"),
            Column(
                self.tr("Status"),
                "active",
                lambda active, row: self.tr("Open") if active else self.tr("Closed"),
            ),
        ]

    def admin_buttons(self) -> list[QPushButton]:
        return [self.add_button, self.edit_button, self.active_button, self.import_button]

    def _connect(self) -> None:
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self._search_now)
        self.closed_box.toggled.connect(lambda _checked: self.refresh())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons()
        )
        self.model.modelReset.connect(self._update_buttons)
        self.add_button.clicked.connect(lambda: self.open_shop_dialog())
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_selected_active)
        self.import_button.clicked.connect(self.choose_csv)
        bind(
            self,
            QKeySequence.Find,
            self.focus_search,
            self.tr("Search"),
            context=Qt.WidgetWithChildrenShortcut,
        )
        if self.is_admin:
            bind(
                self,
                QKeySequence.New,
                lambda: self.open_shop_dialog(),
                self.tr("Add a shop"),
                self.add_button,
                context=Qt.WidgetWithChildrenShortcut,
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down from the search box goes to the list; Enter on the list edits the shop."""
        if event.type() == QEvent.KeyPress:
            if watched is self.search_box and event.key() == Qt.Key_Down:
                self.focus_table()
                return True
            if watched is self.table and event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    # --- the list ---------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Fetch the first page for the current search; keep the selected shop if shown."""
        self._search_timer.stop()
        keep = select_id if select_id is not None else self.selected_id()
        text, active_only = self.search_box.text(), not self.closed_box.isChecked()
        note = self.count_label.setText

        def fetch(offset: int, limit: int) -> list[dict]:
            found = (
                self.run_noted(note, shops.search_shops, self.ctx, text, active_only, offset, limit)
                or []
            )
            return [asdict(s) for s in found]

        self.model.reload(fetch)
        count = self.run_noted(note, shops.count_shops, self.ctx, text, active_only)
        if count is not REFUSED:
            note(self.tr("1 shop") if count == 1 else self.tr("{count} shops").format(count=count))
        row = self.model.row_of(keep) if keep is not None else None
        self.table.selectRow(row if row is not None else 0)

    def _search_now(self) -> None:
        self.refresh()
        self.focus_table()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_table(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus(Qt.OtherFocusReason)

    def selected_shop(self) -> Shop | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return Shop(**self.model.row(index.row()))

    def selected_id(self) -> int | None:
        shop = self.selected_shop()
        return shop.id if shop else None

    def _update_buttons(self) -> None:
        shop = self.selected_shop()
        self.edit_button.setEnabled(self.is_admin and shop is not None)
        self.active_button.setEnabled(self.is_admin and shop is not None)
        self.active_button.setText(
            self.tr("&Reopen shop") if shop and not shop.active else self.tr("Clo&se shop")
        )

    # --- admin actions ----------------------------------------------------------------------
    def open_shop_dialog(self, shop: Shop | None = None) -> ShopDialog | None:
        """Open the form (window-modal, not blocking); the list follows when it is saved."""
        if not self.is_admin:
            return None
        self.dialog = ShopDialog(self.session, shop, self)
        self.dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda dialog=self.dialog: self._saved(dialog.shop))
        self.dialog.open()
        return self.dialog

    def edit_selected(self) -> None:
        shop = self.selected_shop()
        if shop is not None:
            self.open_shop_dialog(shop)

    def _saved(self, shop: Shop) -> None:
        self.refresh(select_id=shop.id)
        if self.model.row_of(shop.id) is None:
            # the search would hide the shop just saved: show it instead
            self.closed_box.setChecked(self.closed_box.isChecked() or not shop.active)
            self.search_box.setText(shop.name_zh)
            self.refresh(select_id=shop.id)
        self.table.setFocus()

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Shops"), question, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
        )
        return answer == QMessageBox.Yes

    def toggle_selected_active(self) -> None:
        shop = self.selected_shop()
        if shop is None or not self.is_admin:
            return
        if shop.active and not self.confirm(
            self.tr(
                "Close {shop}? It will no longer be offered when choosing a shop; its history"
                " stays and it can be reopened."
            ).format(shop=shop.label)
        ):
            return
        changed = self.run(shops.set_shop_active, self.ctx, shop.id, not shop.active)
        if changed is not REFUSED:
            self.refresh(select_id=changed.id)

    def choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import shops from a CSV file"),
            "",
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> shops.ImportResult | None:
        result = self.run(self._import, Path(path))
        if result is REFUSED:
            return None
        message = self.tr(
            "Shops added: {added}\nShops updated: {updated}\nUnchanged: {unchanged}"
        ).format(added=result.added, updated=result.updated, unchanged=result.unchanged)
        if result.ignored_columns:
            message += "\n" + self.tr("Columns not used: {columns}").format(
                columns=", ".join(result.ignored_columns)
            )
        self.refresh()
        self.tell(message)
        return result

    def _import(self, path: Path) -> shops.ImportResult:
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            return shops.import_shops_csv(self.ctx, path)
        finally:  # a refusal is shown with the usual cursor
            QApplication.restoreOverrideCursor()

    def tell(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Shops"), message)
