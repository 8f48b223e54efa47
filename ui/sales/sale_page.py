"""The paid-services counter, keyboard first: type a service code (or its row number) and a
quantity, Enter adds the line; the total is shown before the service is done (the quote);
F2-F5 pick the payment, the cash given shows the change, Ctrl+Enter sells and opens the
receipt for printing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.core.errors import DomainError
from services.core.money import parse_yuan
from services.sales import documents as sales_documents
from services.sales import price_list, sales
from services.shifts import shifts
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import format_fen, language, method_label
from ui.common.forms import FormGuard, message_label, problem_label
from ui.common.shortcuts import bind
from ui.quality.rating import offer_rating
from ui.session import DeskSession, desk_tr


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


class SalePage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.cart: list[tuple[int, int]] = []
        self.items: list = []
        self._build()
        self.setFocusProxy(self.code_box)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Paid services</h2>")

    def _build(self) -> None:
        self.prices = QTableWidget(0, 4)
        self.prices.setObjectName("prices")
        self.prices.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Code"), self.tr("Service"), self.tr("Price")]
        )
        self.prices.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.prices.verticalHeader().hide()
        self.prices.cellDoubleClicked.connect(lambda r, c: self._add(r, 1))
        self.code_box = QLineEdit()
        self.code_box.setObjectName("code_box")
        self.code_box.setPlaceholderText(self.tr("Service code or row number, then Enter"))
        self.code_box.returnPressed.connect(self.on_add)
        self.qty = QSpinBox()
        self.qty.setObjectName("qty")
        self.qty.setRange(1, sales.MAX_QUANTITY)
        self.qty.setPrefix(self.tr("× "))
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.on_add)
        row = QHBoxLayout()
        for w, s in ((self.code_box, 2), (self.qty, 0), (add, 0)):
            row.addWidget(w, s)
        self.cart_table = QTableWidget(0, 4)
        self.cart_table.setObjectName("cart")
        self.cart_table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Qty"), self.tr("Price"), self.tr("Amount")]
        )
        self.cart_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.quote_label = QLabel()
        self.quote_label.setObjectName("quote")
        self.quote_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.methods = QButtonGroup(self)
        pay_row = QHBoxLayout()
        for n, method in enumerate(shifts.METHODS):
            button = QRadioButton(f"{method_label(method)} (F{n + 2})")
            button.setObjectName(f"method_{method}")
            self.methods.addButton(button, n)
            pay_row.addWidget(button)
            bind(self, f"F{n + 2}", button.click, method_label(method), button)
        self.methods.button(0).setChecked(True)
        self.methods.idToggled.connect(lambda *_: self._show_change())
        self.given = QLineEdit()
        self.given.setObjectName("given")
        self.given.setPlaceholderText(self.tr("Cash given (yuan)"))
        self.given.textChanged.connect(self._show_change)
        self.given.returnPressed.connect(self.on_sell)
        self.change_label = QLabel()
        self.change_label.setObjectName("change")
        pay_row.addWidget(self.given)
        pay_row.addWidget(self.change_label, 1)
        self.sell_button = QPushButton(self.tr("&Sell and print receipt (Ctrl+Enter)"))
        self.sell_button.clicked.connect(self.on_sell)
        clear = QPushButton(self.tr("&Clear (F6)"))
        clear.clicked.connect(self.clear)
        self.message = message_label()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sell_button)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.prices)
        right = QVBoxLayout()
        right.addLayout(row)
        right.addWidget(self.cart_table, 1)
        right.addWidget(self.quote_label)
        right.addLayout(pay_row)
        right.addLayout(buttons)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        right.addWidget(self.problem)
        right.addWidget(self.message)
        # the sale's problems at once, on the page beside the cart, not in a message box
        self.guard = FormGuard(self, problem=self.problem)
        self.guard.field(self.code_box, self._cart_problem)
        self.guard.field(self.given, self._given_problem, name=("amount given", "given"))
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        self.body.addLayout(top, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            bind(self, keys, self.on_sell, self.tr("Sell and print the receipt"))
        bind(self, "F6", self.clear, self.tr("Clear for the next customer"))

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        items = self.run_noted(self.message.setText, price_list.list_prices, self.ctx)
        if items is REFUSED:
            return
        self.items = items
        self.prices.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            unit = item.unit_zh if language().startswith("zh") else item.unit_en
            price = format_fen(item.price_fen) + (f" / {unit}" if unit else "")
            for c, text in enumerate((str(r + 1), item.code, item.name(language()), price)):
                self.prices.setItem(r, c, _cell(text, c == 3))
        self.prices.resizeColumnsToContents()
        self.prices.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self._show_cart()

    def method(self) -> str:
        return shifts.METHODS[max(0, self.methods.checkedId())]

    def on_add(self) -> None:
        text = self.code_box.text().strip().upper()
        row = next((n for n, i in enumerate(self.items) if i.code == text), None)
        if row is None and text.isdigit() and 1 <= int(text) <= len(self.items):
            row = int(text) - 1
        if row is None:
            self.message.setText(
                self.tr('No service with code or number "%1".').replace("%1", text)
            )
            return
        self._add(row, self.qty.value())

    def _add(self, row: int, quantity: int) -> None:
        self.cart.append((self.items[row].id, quantity))
        self.code_box.clear()
        self.qty.setValue(1)
        self.message.clear()
        self._show_cart()
        self.code_box.setFocus()

    def _quote(self):
        return sales.quote(self.ctx, self.cart) if self.cart else None

    def _show_cart(self) -> None:
        quote = self.run_noted(self.message.setText, self._quote)
        lines = quote.lines if quote else ()
        self.cart_table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, text in enumerate(
                (
                    line.name(language()),
                    str(line.quantity),
                    format_fen(line.unit_price_fen),
                    format_fen(line.amount_fen),
                )
            ):
                self.cart_table.setItem(r, c, _cell(text, c > 0))
        total = quote.total_fen if quote else 0
        self.quote_label.setText(self.tr("To pay: %1").replace("%1", format_fen(total)))
        self._show_change()

    def _given_fen(self) -> int | None:
        text = self.given.text().strip()
        return parse_yuan(text) if text and self.method() == "cash" else None

    def _show_change(self) -> None:
        self.given.setEnabled(self.method() == "cash")
        try:
            given, quote = self._given_fen(), self._quote()
        except DomainError:
            self.change_label.setText("")
            return
        if given is not None and quote is not None:
            change = given - quote.total_fen
            self.change_label.setText(
                self.tr("Change: %1").replace("%1", format_fen(change))
                if change >= 0
                else self.tr("Not enough")
            )
        else:
            self.change_label.setText("")

    def _cart_problem(self) -> str | None:
        return None if self.cart else desk_tr("There is nothing to charge for.")

    def _given_problem(self) -> str | None:
        self._given_fen()  # an amount that is not one is refused here, beside the field
        return None

    def clear(self) -> None:
        self.guard.clear()
        self.cart = []
        self.given.clear()
        self.methods.button(0).setChecked(True)
        self._show_cart()
        self.code_box.setFocus()

    def on_sell(self) -> None:
        self.message.clear()  # the last customer's message goes with them
        sale = self.guard.run(
            lambda: sales.sell(self.ctx, self.cart, self.method(), self._given_fen())
        )
        if sale is REFUSED:
            return
        self.done("sales", "shift")
        offer_rating(self, "sale", sale.receipt_no)
        text = (
            self.tr("Receipt %1: %2 by %3.")
            .replace("%1", sale.receipt_no)
            .replace("%2", format_fen(sale.total_fen))
            .replace("%3", method_label(sale.method))
        )
        if sale.change_fen:
            text += " " + self.tr("Give change: %1").replace("%1", format_fen(sale.change_fen))
        self.clear()
        self.message.setText(text)
        self.last_sale = sale
        no, lang = sale.receipt_no, language()
        self.open_document_later(
            lambda ctx, n: sales_documents.receipt_pdf(ctx, no, n, lang),
            sales_documents.RECEIPT_KIND,
            sale.receipt_no,
            self.tr("Receipt"),
        )
