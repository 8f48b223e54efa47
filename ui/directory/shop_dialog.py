"""The form to add a shop or correct one; the service checks, the form shows what it says."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from services.core.errors import DomainError
from services.directory import floors, shops
from services.directory.shops import MAX_LENGTH, Shop
from ui.common.formatting import language
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED, DeskSession, error_text


def _suggestions(values: list[str], current: str) -> QComboBox:
    """An editable box offering the floors or categories already in use (keeps them tidy)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.addItems(values)
    combo.setCurrentText(current)
    return combo


class ShopDialog(QDialog):
    """`shop` None adds a shop; after OK, `self.shop` is the saved shop."""

    def __init__(
        self, session: DeskSession, shop: Shop | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.shop = shop
        self.setWindowTitle(
            self.tr("Add a shop")
            if shop is None
            else self.tr("Edit shop {name}").format(name=shop.name_zh)
        )
        self._build(shop or Shop(0, ""))
        self.setMinimumWidth(460)

    def _line(self, value: str, field: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        if field in MAX_LENGTH:
            edit.setMaxLength(MAX_LENGTH[field])
        edit.setPlaceholderText(placeholder)
        return edit

    def _known(self, operation) -> list[str]:
        try:
            return operation(self.session.ctx)
        except DomainError:
            return []

    def _floors(self, current: str) -> QComboBox:
        """The site's floors (Settings › Directory), or none; a shop's floor since retired
        stays shown until another is chosen."""
        combo = QComboBox()
        combo.addItem(self.tr("(no floor)"), "")
        for floor in self._known(floors.floor_list):
            combo.addItem(floor.label(language()), floor.code)
        if current and combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _build(self, shop: Shop) -> None:
        self.name_zh = self._line(shop.name_zh, "name_zh", self.tr("Required, e.g. 星巴克"))
        self.name_en = self._line(shop.name_en, "name_en", self.tr("e.g. Starbucks"))
        self.unit = self._line(shop.unit, "unit", self.tr("e.g. L2-015"))
        self.floor = self._floors(shop.floor)
        self.category = _suggestions(self._known(shops.known_categories), shop.category)
        self.phone = self._line(shop.phone, "phone", self.tr("e.g. 021-12345678"))
        self.tax_id = self._line(
            shop.tax_id, "tax_id", self.tr("18-character unified social credit code")
        )
        self.tax_id.setMaxLength(18)
        form = QFormLayout(self)
        form.addRow(self.tr("&Chinese name:"), self.name_zh)
        form.addRow(self.tr("&English name:"), self.name_en)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Floor:"), self.floor)
        form.addRow(self.tr("C&ategory:"), self.category)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Tax ID:"), self.tax_id)
        if self.shop is not None and not self.shop.active:
            closed = QLabel(self.tr("This shop is closed. Reopen it from the list."))
            closed.setWordWrap(True)
            form.addRow(closed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        form.addRow(self.buttons)
        # every problem at once, beside its field, by the directory's own rules
        self.guard = FormGuard(self, submit=self.save, cancel=self.reject, problem=self.problem)
        for key, widget in (
            ("name_zh", self.name_zh),
            ("name_en", self.name_en),
            ("unit", self.unit),
            ("category", self.category),
            ("phone", self.phone),
            ("tax_id", self.tax_id),
        ):
            self.guard.field(
                widget, self._problem_of(key), key == "name_zh", (shops.FIELD_LABELS[key], key)
            )
        self.name_zh.setFocus()

    def _problem_of(self, key: str):
        def check() -> str | None:
            found = shops.field_problems(shops.normalise({key: self.values()[key]}))
            return error_text(found[0]) if found else None

        return check

    def values(self) -> dict[str, str]:
        return {
            "name_zh": self.name_zh.text(),
            "name_en": self.name_en.text(),
            "unit": self.unit.text(),
            "floor": self.floor.currentData(),
            "category": self.category.currentText(),
            "phone": self.phone.text(),
            "tax_id": self.tax_id.text(),
        }

    def save(self) -> None:
        """Ask the service; a refusal is shown and the form stays open to be corrected."""
        ctx = self.session.ctx
        saved = (
            self.guard.run(shops.add_shop, ctx, **self.values())
            if self.shop is None
            else self.guard.run(shops.update_shop, ctx, self.shop.id, **self.values())
        )
        if saved is not REFUSED:
            self.shop = saved
            self.accept()
