"""The form of a found item: what, where and when, who found it, where it is kept, the
hidden detail, an optional photo, and for cash the amount and the second person's count."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from services.core.money import parse_yuan
from ui.common.forms import aware, date_time_edit, now_to_edit
from ui.lost_found.common import fill_categories, scaled_photo
from ui.session import DeskSession


class FoundItemForm(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.photo: bytes | None = None
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. 黑色钱包 / black leather wallet"))
        self.colour, self.brand = QLineEdit(), QLineEdit()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 999)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. 3F restroom near lift"))
        self.found_at = date_time_edit()
        self.finder_kind = QComboBox()
        self.finder_kind.addItem(self.tr("Staff"), "staff")
        self.finder_kind.addItem(self.tr("Customer"), "customer")
        self.finder_name, self.finder_phone = QLineEdit(), QLineEdit()
        self.storage = QLineEdit()
        self.hidden = QLineEdit()
        self.hidden.setObjectName("hidden_detail")
        self.hidden.setPlaceholderText(
            self.tr("One detail only the owner would know; never shown in lists or on labels")
        )
        self.photo_label = QLabel(self.tr("No photo"))
        photo_button = QPushButton(self.tr("Photo from &file…"))
        photo_button.clicked.connect(self.choose_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label, 1)
        photo_row.addWidget(photo_button)
        self.cash = QLineEdit()
        self.cash.setPlaceholderText(self.tr("Counted amount, e.g. 120.50"))
        self.confirmer = QLineEdit()
        self.confirmer.setPlaceholderText(self.tr("Second person's user name"))
        self.confirmer_password = QLineEdit()
        self.confirmer_password.setEchoMode(QLineEdit.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&What:"), self.description)
        form.addRow(self.tr("C&olour:"), self.colour)
        form.addRow(self.tr("&Brand:"), self.brand)
        form.addRow(self.tr("&Quantity:"), self.quantity)
        form.addRow(self.tr("Found wh&ere:"), self.place)
        form.addRow(self.tr("Found w&hen:"), self.found_at)
        form.addRow(self.tr("Found b&y:"), self.finder_kind)
        form.addRow(self.tr("Finder's &name:"), self.finder_name)
        form.addRow(self.tr("Finder's &phone:"), self.finder_phone)
        form.addRow(self.tr("&Stored at:"), self.storage)
        form.addRow(self.tr("Hidden &detail:"), self.hidden)
        form.addRow(self.tr("Photo:"), photo_row)
        self.cash_rows = [
            (self.tr("Cash co&unted:"), self.cash),
            (self.tr("Counted w&ith:"), self.confirmer),
            (self.tr("&Their password:"), self.confirmer_password),
        ]
        for label, field in self.cash_rows:
            form.addRow(label, field)
        self.form = form
        self.category.currentIndexChanged.connect(self._show_cash)
        self.reset()

    def reset(self) -> None:
        fill_categories(self.category, self.session.ctx)
        for edit in (
            self.description,
            self.colour,
            self.brand,
            self.place,
            self.finder_name,
            self.finder_phone,
            self.storage,
            self.hidden,
            self.cash,
            self.confirmer,
            self.confirmer_password,
        ):
            edit.clear()
        self.quantity.setValue(1)
        self.found_at.setDateTime(now_to_edit(self.session))
        self.photo = None
        self.photo_label.setText(self.tr("No photo"))
        self._show_cash()

    def _show_cash(self) -> None:
        is_cash = self.category.currentData() == "cash"
        for _, field in self.cash_rows:
            self.form.setRowVisible(field, is_cash)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the item"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_photo(QImage(path))

    def set_photo(self, image: QImage) -> None:
        if image.isNull():
            self.photo_label.setText(self.tr("That file is not a picture."))
            return
        self.photo = scaled_photo(image)
        self.photo_label.setText(
            self.tr("Photo attached ({kb} KB)").format(kb=len(self.photo) // 1024 + 1)
        )

    def values(self) -> dict:
        """The keyword arguments of lost_found.register_found_item (may raise ValueError
        for a cash amount that is not a number)."""
        values = dict(
            category=self.category.currentData(),
            description=self.description.text(),
            colour=self.colour.text(),
            brand=self.brand.text(),
            quantity=self.quantity.value(),
            found_place=self.place.text(),
            found_at=aware(self.session, self.found_at.dateTime()),
            finder_kind=self.finder_kind.currentData(),
            finder_name=self.finder_name.text(),
            finder_phone=self.finder_phone.text(),
            storage=self.storage.text(),
            hidden_detail=self.hidden.text(),
            photo=self.photo,
        )
        if values["category"] == "cash":
            values.update(
                cash_fen=parse_yuan(self.cash.text()) if self.cash.text() else None,
                cash_confirmer=self.confirmer.text(),
                cash_confirmer_password=self.confirmer_password.text(),
            )
        return values
