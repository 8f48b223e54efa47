"""The price list, for admins: every service with its names in both languages and today's
price; a price change applies from then on (receipts keep their prices)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from services.core.money import parse_yuan
from services.sales import price_list
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import format_fen, local_text
from ui.common.forms import FormGuard, problem_label
from ui.session import DeskSession


class PriceListPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.items: list = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("price_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Chinese name"),
                self.tr("English name"),
                self.tr("Unit"),
                self.tr("Price"),
                self.tr("On sale"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.itemSelectionChanged.connect(self._show_history)
        self.history = QLabel()
        self.history.setObjectName("history")
        self.new_price = QLineEdit()
        self.new_price.setObjectName("new_price")
        self.new_price.setPlaceholderText(self.tr("New price in yuan, then Enter"))
        self.new_price.returnPressed.connect(self.on_change_price)
        change = QPushButton(self.tr("Change &price"))
        change.clicked.connect(self.on_change_price)
        toggle = QPushButton(self.tr("Take off / put back on &sale"))
        toggle.clicked.connect(self.on_toggle)
        row = QHBoxLayout()
        for w in (self.new_price, change, toggle):
            row.addWidget(w)
        add_box = QGroupBox(self.tr("Add a service"))
        form = QFormLayout(add_box)
        self.code, self.name_zh, self.name_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.unit_zh, self.unit_en, self.price = QLineEdit(), QLineEdit(), QLineEdit()
        for label, w in (
            (self.tr("Code"), self.code),
            (self.tr("Chinese name"), self.name_zh),
            (self.tr("English name"), self.name_en),
            (self.tr("Unit (Chinese)"), self.unit_zh),
            (self.tr("Unit (English)"), self.unit_en),
            (self.tr("Price (yuan)"), self.price),
        ):
            form.addRow(label, w)
        add = QPushButton(self.tr("&Add service"))
        add.clicked.connect(self.on_add)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        form.addRow(add)
        # Enter adds from any field of the box; every problem at once beside its field
        self.guard = FormGuard(add_box, submit=self.on_add, problem=self.problem)
        self.guard.field(self.code, required=True, name=("service code", "code"))
        self.guard.field(self.name_zh, required=True, name="Chinese name")
        self.guard.field(self.name_en, name="English name")
        self.guard.field(self.unit_zh, name="Chinese unit")
        self.guard.field(self.unit_en, name="English unit")
        self.guard.field(self.price, lambda: parse_yuan(self.price.text()) and None, True)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(row)
        self.body.addWidget(self.history)
        self.body.addWidget(add_box)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Price list</h2>")

    def refresh(self) -> None:
        self.items = price_list.list_prices(self.ctx, include_inactive=True)
        self.table.setRowCount(len(self.items))
        for r, i in enumerate(self.items):
            texts = (
                i.code,
                i.name_zh,
                i.name_en,
                f"{i.unit_zh} / {i.unit_en}",
                format_fen(i.price_fen),
                self.tr("yes") if i.active else self.tr("no"),
            )
            for c, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _show_history(self) -> None:
        item = self.selected()
        if item is None:
            return
        changes = price_list.price_history(self.ctx, item.id)
        since = self.tr("from")  # outside the f-string, where lupdate sees it
        self.history.setText(
            self.tr("Price history: %1").replace(
                "%1",
                "; ".join(
                    f"{format_fen(c.price_fen)} {since} {local_text(self.session, c.valid_from)}"
                    for c in changes
                ),
            )
        )

    def on_change_price(self) -> None:
        item = self.selected()
        if item is None:
            return
        if (
            self.run(
                lambda: price_list.change_price(
                    self.ctx, item.id, parse_yuan(self.new_price.text())
                )
            )
            is REFUSED
        ):
            return
        self.new_price.clear()
        row = self.items.index(item)
        self.refresh()
        self.table.selectRow(row)
        self._show_history()

    def on_toggle(self) -> None:
        item = self.selected()
        if item is not None:
            self.run(price_list.update_price_item, self.ctx, item.id, active=not item.active)
            self.refresh()

    def on_add(self) -> None:
        if (
            self.guard.run(
                lambda: price_list.add_price_item(
                    self.ctx,
                    self.code.text(),
                    self.name_zh.text(),
                    self.name_en.text(),
                    parse_yuan(self.price.text()),
                    self.unit_zh.text(),
                    self.unit_en.text(),
                )
            )
            is REFUSED
        ):
            return
        for w in (self.code, self.name_zh, self.name_en, self.unit_zh, self.unit_en, self.price):
            w.clear()
        self.guard.clear()
        self.refresh()
