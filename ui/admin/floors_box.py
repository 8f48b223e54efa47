"""Settings › Directory › Floors: the site's floors in their order — added, renamed, moved up
or down, retired (refused while shops stand on it, saying how many) or brought back. Each
change goes through services.directory.floors, which checks and audits it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton

from services.directory import floors
from ui.admin.settings_tab import REFUSED
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view


class FloorsBox(QGroupBox):
    """The floor editor of a SettingsTab (`tab` shows refusals and results beside it)."""

    changed = Signal()  # a floor was added, renamed, moved, retired or brought back

    def __init__(self, tab):
        super().__init__()
        self.setTitle(self.tr("Floors"))
        self.tab = tab
        yes, no = self.tr("yes"), self.tr("no")
        columns = [
            Column(self.tr("Code"), "code"),
            Column(self.tr("Chinese name"), "name_zh"),
            Column(self.tr("English name"), "name_en"),
            Column(self.tr("Open shops"), "shops", align_right=True),
            Column(self.tr("Facilities"), "facilities", align_right=True),
            Column(self.tr("In use"), "active", lambda v, r: yes if v else no),
        ]
        self.model = PagedTableModel(columns, self.fetch, parent=self)
        self.view = table_view(self.model, fit_contents=True)
        self.view.setMinimumHeight(180)
        self.view.clicked.connect(self.pick)
        self.code, self.name_zh, self.name_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. B1, L2 or 3F"))
        self.name_zh.setMaxLength(floors.NAME_ZH_MAX)
        self.name_zh.setPlaceholderText(self.tr("e.g. 二层"))
        self.name_en.setMaxLength(floors.NAME_EN_MAX)
        self.name_en.setPlaceholderText(self.tr("e.g. Level 2"))
        self.add_button = QPushButton(self.tr("Add floor"))
        self.rename_button = QPushButton(self.tr("Rename the floor picked"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.retire_button = QPushButton(self.tr("Retire / bring back"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.retire_button.clicked.connect(self.toggle)
        form = QFormLayout(self)
        form.addRow(self.view)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Chinese name"), self.name_zh)
        form.addRow(self.tr("English name"), self.name_en)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.retire_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        form.addRow(buttons)
        self.model.reload()

    def fetch(self, offset: int, limit: int) -> list[dict]:
        if offset:
            return []
        found = self.tab.run(floors.all_floors, self.tab.ctx)
        return [] if found is REFUSED else [as_row(f) for f in found]

    def picked(self) -> floors.Floor | None:
        index = self.view.currentIndex()
        return self.model.row(index.row())["_item"] if index.isValid() else None

    def pick(self, index) -> None:
        floor = self.model.row(index.row())["_item"]
        self.code.setText(floor.code)
        self.name_zh.setText(floor.name_zh)
        self.name_en.setText(floor.name_en)

    def select(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row(row)["code"] == code:
                self.view.selectRow(row)
                self.pick(self.model.index(row, 0))
                return

    def _done(self, code: str, text: str) -> None:
        self.model.reload()
        self.select(code)
        self.tab.saved(text)
        self.changed.emit()

    def add(self) -> None:
        floor = self.tab.call(
            floors.add_floor,
            self.tab.ctx,
            self.code.text(),
            self.name_zh.text(),
            self.name_en.text(),
        )
        if floor is not REFUSED:
            self._done(floor.code, self.tr("Floor {code} added.").format(code=floor.code))

    def _picked_or_say(self) -> floors.Floor | None:
        floor = self.picked()
        if floor is None:
            self.tab.refused(self.tr("Pick a floor in the list first."))
        return floor

    def rename(self) -> None:
        floor = self._picked_or_say()
        if floor is None:
            return
        renamed = self.tab.call(
            floors.rename_floor, self.tab.ctx, floor.id, self.name_zh.text(), self.name_en.text()
        )
        if renamed is not REFUSED:
            self._done(renamed.code, self.tr("Floor {code} renamed.").format(code=renamed.code))

    def move(self, steps: int) -> None:
        floor = self._picked_or_say()
        if floor is None:
            return
        if self.tab.call(floors.move_floor, self.tab.ctx, floor.id, steps) is not REFUSED:
            self._done(floor.code, self.tr("Saved."))

    def toggle(self) -> None:
        floor = self._picked_or_say()
        if floor is None:
            return
        done = self.tab.call(floors.set_floor_active, self.tab.ctx, floor.id, not floor.active)
        if done is REFUSED:
            return
        text = (
            self.tr("Floor {code} is in use again.")
            if done.active
            else self.tr("Floor {code} is retired.")
        )
        self._done(done.code, text.format(code=done.code))
