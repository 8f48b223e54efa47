"""Settings › Complaints, Lost and found, Directory: the desk's own lists, each change
checked, shown with what it touches, and audited."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from services.admin import lists_settings as lists
from services.directory import floors, guide
from ui.admin.floors_box import FloorsBox
from ui.admin.settings_tab import REFUSED, SettingsTab
from ui.common.formatting import language
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import table_view
from ui.session import desk_tr


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class ComplaintListsTab(SettingsTab):
    """One entry a line; a built-in entry (a code such as `parking`) shows in the user's
    language on the complaint forms, an entry of the site's own as written."""

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.categories, self.departments = QPlainTextEdit(), QPlainTextEdit()
        box = QGroupBox(self.tr("Complaint categories and departments (one a line)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Categories"), self.categories)
        form.addRow(self.tr("Departments a case is forwarded to"), self.departments)
        save = QPushButton(self.tr("Save lists"))
        save.clicked.connect(self.save)
        self.guard = self.form_guard(box)  # an empty list is marked beside it
        self.guard.field(self.categories, required=True, name="categories")
        self.guard.field(self.departments, required=True, name="departments")
        self.body.addWidget(box)
        self.body.addWidget(self.note)
        self.body.addWidget(save)
        self.body.addStretch()
        self.load()

    def load(self) -> None:
        current = self.run(lists.complaint_lists, self.ctx)
        if current is REFUSED:
            return
        self.categories.setPlainText("\n".join(current.categories))
        self.departments.setPlainText("\n".join(current.departments))

    def save(self) -> None:
        new = lists.ComplaintLists(tuple(_lines(self.categories)), tuple(_lines(self.departments)))
        effect = self.checked_call(self.guard, lists.preview_complaint_lists, self.ctx, new)
        if effect is REFUSED:
            return
        if effect.removed_in_use and not self.confirm(
            self.tr(
                "%n open case(s) use an entry you remove; they keep it.", "", effect.removed_in_use
            )
        ):
            return
        if self.call(lists.update_complaint_lists, self.ctx, new) is REFUSED:
            return
        self.saved(self.tr("Saved."))
        self.done("complaints")


class FoundCategoriesTab(SettingsTab):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        rules = {
            "days": self.tr("days"),
            "months": self.tr("months"),
            "police": self.tr("hand to the police"),
        }
        columns = [
            Column(self.tr("Code"), "code"),
            Column(self.tr("Category"), "label", lambda v, r: desk_tr(v)),
            Column(self.tr("English name"), "label_en"),
            Column(
                self.tr("Kept"),
                "rule",
                lambda v, r: rules[v] if v == "police" else f"{r['period']} {rules[v]}",
            ),
        ]
        self.model = PagedTableModel(columns, self.fetch, parent=self)
        self.view = table_view(self.model, widths=(120, 220))
        self.view.clicked.connect(self.pick)
        self.code, self.label, self.label_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.label_en.setPlaceholderText(self.tr("Shown on English screens and documents"))
        self.rule = QComboBox()
        for code, text in rules.items():
            self.rule.addItem(text, code)
        self.period = QSpinBox()
        self.period.setRange(0, 365)
        self.rule.currentIndexChanged.connect(
            lambda _: self.period.setEnabled(self.rule.currentData() != "police")
        )
        box = QGroupBox(self.tr("Add a category or change the one picked"))
        form = QFormLayout(box)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.label)
        form.addRow(self.tr("English name"), self.label_en)
        kept = QHBoxLayout()
        kept.addWidget(self.period)
        kept.addWidget(self.rule)
        kept.addStretch()
        form.addRow(self.tr("Kept for"), kept)
        save = QPushButton(self.tr("Save category"))
        save.clicked.connect(self.save)
        form.addRow(self.note)
        form.addRow(save)
        self.guard = self.form_guard(box)
        self.guard.field(self.code, required=True, name="category code")
        self.guard.field(self.label, required=True, name="name")
        self.guard.field(self.label_en, name="English name")
        self.body.addWidget(self.view)
        self.body.addWidget(box)
        self.model.reload()

    def fetch(self, offset: int, limit: int) -> list[dict]:
        if offset:
            return []
        found = self.run(lists.found_categories, self.ctx)
        return [] if found is REFUSED else [vars(c) | {"_item": c} for c in found]

    def pick(self, index) -> None:
        category = self.model.row(index.row())["_item"]
        self.code.setText(category.code)
        self.label.setText(desk_tr(category.label))
        self.label_en.setText(category.label_en)
        self.rule.setCurrentIndex(self.rule.findData(category.rule))
        self.period.setValue(category.period)

    def spec(self) -> tuple:
        return (
            self.code.text(),
            self.label.text(),
            self.rule.currentData(),
            self.period.value(),
            self.label_en.text(),
        )

    def save(self) -> None:
        moved = self.checked_call(self.guard, lists.preview_found_category, self.ctx, *self.spec())
        if moved is REFUSED:
            return
        if moved and not self.confirm(
            self.tr("The disposal date of %n held item(s) moves.", "", moved)
        ):
            return
        if self.call(lists.put_found_category, self.ctx, *self.spec()) is REFUSED:
            return
        self.saved(self.tr("Saved."))
        self.model.reload()
        self.done("found_items")


class DirectoryTab(SettingsTab):
    """The mall's hours, the site's floors (code, names, order; retired when empty), and the
    service points on them."""

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText("10:00-22:00")
        save_hours = QPushButton(self.tr("Save hours"))
        save_hours.clicked.connect(self.save_hours)
        hours_box = QGroupBox(self.tr("Mall opening hours (shops without their own)"))
        row = QHBoxLayout(hours_box)
        row.addWidget(self.hours)
        row.addWidget(save_hours)
        columns = [
            Column(self.tr("Floor"), "floor"),
            Column(self.tr("Facility"), "kind", lambda v, r: desk_tr(guide.FACILITY_KINDS[v][0])),
            Column(
                self.tr("Name"), "name_zh", lambda v, r: " ".join(filter(None, [v, r["name_en"]]))
            ),
            Column(self.tr("Location"), "location"),
            Column(self.tr("Hours"), "hours"),
            Column(
                self.tr("In service"), "active", lambda v, r: self.tr("yes") if v else self.tr("no")
            ),
        ]
        self.model = PagedTableModel(columns, self.fetch, parent=self)
        self.view = table_view(self.model, fit_contents=True)
        self.view.setMinimumHeight(160)  # a few facilities in view beside the floors
        self.kind = QComboBox()
        for code, (label, _) in guide.FACILITY_KINDS.items():
            self.kind.addItem(desk_tr(label), code)
        self.floors = FloorsBox(self)
        self.floor, self.location = QComboBox(), QLineEdit()
        self.floors.changed.connect(self._fill_floor_choice)
        self._fill_floor_choice()
        self.name_zh, self.name_en, self.facility_hours = QLineEdit(), QLineEdit(), QLineEdit()
        add = QPushButton(self.tr("Add facility"))
        add.clicked.connect(self.add_facility)
        toggle = QPushButton(self.tr("Out of service / back in service"))
        toggle.clicked.connect(self.toggle_facility)
        add_box = QGroupBox(self.tr("Add a facility"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Floor"), self.floor)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Chinese name"), self.name_zh)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Hours (empty: the mall's)"), self.facility_hours)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(toggle)
        buttons.addStretch()
        form.addRow(buttons)
        self.body.addWidget(hours_box)
        self.body.addWidget(self.floors)
        self.body.addWidget(self.view)
        self.body.addWidget(add_box)
        self.body.addWidget(self.note)
        self.body.addStretch()
        self.load()

    def _fill_floor_choice(self) -> None:
        """The floors a facility may be placed on: those in use, in the site's order."""
        current = self.floor.currentData()
        self.floor.clear()
        self.floor.addItem(self.tr("(choose a floor)"), "")
        for floor in self.run(floors.floor_list, self.ctx) or []:
            self.floor.addItem(floor.label(language()), floor.code)
        self.floor.setCurrentIndex(max(self.floor.findData(current), 0))

    def load(self) -> None:
        hours = self.run(lists.mall_hours, self.ctx)
        if hours is not REFUSED:
            self.hours.setText(hours)
        self.model.reload()

    def fetch(self, offset: int, limit: int) -> list[dict]:
        if offset:
            return []
        rows = self.run(lists.all_facilities, self.ctx)
        return [] if rows is REFUSED else rows

    def save_hours(self) -> None:
        if self.call(lists.update_mall_hours, self.ctx, self.hours.text()) is REFUSED:
            return
        self.saved(self.tr("Saved."))
        self.done("directory")

    def add_facility(self) -> None:
        added = self.call(
            guide.add_facility,
            self.ctx,
            self.kind.currentData(),
            self.floor.currentData() or "",
            self.location.text(),
            self.name_zh.text(),
            self.name_en.text(),
            self.facility_hours.text(),
        )
        if added is REFUSED:
            return
        self.saved(self.tr("Added."))
        self.model.reload()
        self.done("directory")

    def toggle_facility(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.refused(self.tr("Pick a facility in the list first."))
            return
        row = self.model.row(index.row())
        if self.call(guide.set_facility_active, self.ctx, row["id"], not row["active"]) is REFUSED:
            return
        self.saved(self.tr("Saved."))
        self.model.reload()
        self.done("directory")
