"""The shopping receipt as the clerk types it: shop (type to pick), receipt number, date and
amount. Used by enrolment, crediting and returns."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLineEdit, QWidget

from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.money import parse_yuan
from services.directory import shops
from services.members.rules import ShoppingReceipt, today
from ui.common.forms import amount_edit, date_edit
from ui.session import DeskSession, error_text


class ReceiptForm(QWidget):
    def __init__(
        self, session: DeskSession, parent: QWidget | None = None, with_amount: bool = True
    ):
        super().__init__(parent)
        self.session = session
        self.with_amount = with_amount
        self.shop = QComboBox()
        self.shop.setObjectName("receipt_shop")
        self.shop.setEditable(True)
        self.shop.setInsertPolicy(QComboBox.NoInsert)
        self.shop.completer().setFilterMode(Qt.MatchContains)
        self.shop.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.number = QLineEdit()
        self.number.setObjectName("receipt_number")
        self.number.setPlaceholderText(self.tr("As printed on the receipt"))
        self.date = date_edit()
        self.date.setObjectName("receipt_date")
        self.amount = amount_edit()
        self.amount.setObjectName("receipt_amount")
        self.amount.setPlaceholderText(self.tr("Amount in yuan, e.g. 268.00"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("S&hop:"), self.shop)
        form.addRow(self.tr("Receipt &no.:"), self.number)
        form.addRow(self.tr("Receipt &date:"), self.date)
        if with_amount:
            form.addRow(self.tr("&Amount (¥):"), self.amount)
        else:
            self.amount.hide()
        self.reload()

    def reload(self) -> None:
        """Fill the shop list and start from today's date."""
        self.shop.clear()
        for shop in shops.active_shops(self.session.ctx):
            self.shop.addItem(shop.label, shop.id)
        self.shop.setCurrentIndex(-1)
        self.clear()

    def clear(self) -> None:
        self.number.clear()
        self.amount.clear()
        day = today(self.session.ctx)
        self.date.setDate(QDate(day.year, day.month, day.day))

    def guard_fields(self, guard) -> None:
        """Watch the receipt's fields on a form's FormGuard: all required, the amount an
        amount, each named as the services name it in a refusal."""
        guard.field(self.shop, self._shop_problem, True, "shop number")
        guard.field(self.number, required=True, name="receipt number")
        guard.field(self.date, name="receipt date")
        if self.with_amount:
            guard.field(
                self.amount, lambda: parse_yuan(self.amount.text()) and None, True, "receipt amount"
            )

    def _shop_problem(self) -> str | None:
        try:
            self._shop_id()
        except ValidationError as exc:
            return error_text(exc)
        return None

    def _shop_id(self) -> int:
        index = self.shop.findText(self.shop.currentText())
        if index < 0:  # part of a name typed, as the picker suggests: one shop has it
            typed = self.shop.currentText().strip().casefold()
            found = [
                i
                for i in range(self.shop.count())
                if typed and typed in self.shop.itemText(i).casefold()
            ]
            index = found[0] if len(found) == 1 else -1
        shop_id = self.shop.itemData(index) if index >= 0 else None
        if shop_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the shop of the receipt."))
        return shop_id

    def select_shop(self, shop_id: int) -> None:
        self.shop.setCurrentIndex(self.shop.findData(shop_id))

    def receipt(self) -> ShoppingReceipt:
        """What was typed, as the service takes it; a ValidationError for a bad amount."""
        shop_id = self._shop_id()
        amount = parse_yuan(self.amount.text()) if self.with_amount else 0
        return ShoppingReceipt(
            shop_id, self.number.text().strip(), self.date.date().toPython(), amount
        )
