"""Settings › Desks: the site's counters — added, renamed, retired (refused while a shift is
open at it, or when it is the last one) or brought back, each change checked and audited by
services.shifts.desks — and which desk this computer is (kept on the PC, from the next start;
`--desk` overrides it for one run)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from services.shifts import desks
from ui import i18n
from ui.admin.settings_tab import REFUSED, SettingsTab
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view


class DesksTab(SettingsTab):
    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        yes, no = self.tr("yes"), self.tr("no")
        columns = [
            Column(self.tr("Code"), "code"),
            Column(self.tr("Chinese name"), "name_zh"),
            Column(self.tr("English name"), "name_en"),
            Column(self.tr("In service"), "active", lambda v, r: yes if v else no),
            Column(self.tr("Shift open"), "open_shift", lambda v, r: yes if v else no),
        ]
        self.model = PagedTableModel(columns, self.fetch, parent=self)
        self.view = table_view(self.model, fit_contents=True)
        self.view.setObjectName("desks")
        self.view.setMinimumHeight(160)
        self.view.clicked.connect(self.pick)
        self.code, self.name_zh, self.name_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. north or car-park"))
        self.name_zh.setMaxLength(desks.NAME_ZH_MAX)
        self.name_zh.setPlaceholderText(self.tr("e.g. 北门服务台"))
        self.name_en.setMaxLength(desks.NAME_EN_MAX)
        self.name_en.setPlaceholderText(self.tr("e.g. North gate desk"))
        self.add_button = QPushButton(self.tr("Add desk"))
        self.rename_button = QPushButton(self.tr("Rename the desk picked"))
        self.retire_button = QPushButton(self.tr("Retire / bring back"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.toggle)
        register = QGroupBox(self.tr("The site's desks"))
        form = QFormLayout(register)
        form.addRow(self.view)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Chinese name"), self.name_zh)
        form.addRow(self.tr("English name"), self.name_en)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch()
        form.addRow(buttons)

        this_pc = QGroupBox(self.tr("This computer"))
        self.pc_state = QLabel()
        self.pc_state.setObjectName("pc_state")
        self.pc_state.setWordWrap(True)
        self.pc_choice = QComboBox()
        self.pc_choice.setObjectName("pc_choice")
        self.pc_button = QPushButton(self.tr("Make this computer that desk"))
        self.pc_button.clicked.connect(self.use_on_this_pc)
        pc_row = QHBoxLayout()
        pc_row.addWidget(self.pc_choice, 1)
        pc_row.addWidget(self.pc_button)
        pc_column = QVBoxLayout(this_pc)
        pc_column.addWidget(self.pc_state)
        pc_column.addLayout(pc_row)

        self.body.addWidget(register)
        self.body.addWidget(this_pc)
        self.body.addWidget(self.note)
        self.body.addStretch()
        self.refresh()

    def fetch(self, offset: int, limit: int) -> list[dict]:
        if offset:
            return []
        found = self.run(desks.all_desks, self.ctx)
        return [] if found is REFUSED else [as_row(d) for d in found]

    def refresh(self) -> None:
        self.model.reload()
        lang = i18n.current()
        self.pc_choice.clear()
        for desk in self.run(desks.desk_choices, self.ctx) or []:
            self.pc_choice.addItem(desk.label(lang), desk.code)
        self.pc_choice.setCurrentIndex(max(self.pc_choice.findData(self.ctx.desk), 0))
        self.pc_state.setText(
            self.tr(
                "This computer is {desk}. A change here takes effect at the next start."
            ).replace("{desk}", desks.desk_label(self.ctx, self.ctx.desk, lang))
        )

    def picked(self) -> desks.Desk | None:
        index = self.view.currentIndex()
        return self.model.row(index.row())["_item"] if index.isValid() else None

    def pick(self, index) -> None:
        desk = self.model.row(index.row())["_item"]
        self.code.setText(desk.code)
        self.name_zh.setText(desk.name_zh)
        self.name_en.setText(desk.name_en)

    def select(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row(row)["code"] == code:
                self.view.selectRow(row)
                self.pick(self.model.index(row, 0))
                return

    def _done(self, code: str, text: str) -> None:
        self.refresh()
        self.select(code)
        self.saved(text)

    def add(self) -> None:
        desk = self.call(
            desks.add_desk, self.ctx, self.code.text(), self.name_zh.text(), self.name_en.text()
        )
        if desk is not REFUSED:
            self._done(desk.code, self.tr("Desk {code} added.").replace("{code}", desk.code))

    def _picked_or_say(self) -> desks.Desk | None:
        desk = self.picked()
        if desk is None:
            self.refused(self.tr("Pick a desk in the list first."))
        return desk

    def rename(self) -> None:
        desk = self._picked_or_say()
        if desk is None:
            return
        renamed = self.call(
            desks.rename_desk, self.ctx, desk.id, self.name_zh.text(), self.name_en.text()
        )
        if renamed is not REFUSED:
            self._done(
                renamed.code, self.tr("Desk {code} renamed.").replace("{code}", renamed.code)
            )

    def toggle(self) -> None:
        desk = self._picked_or_say()
        if desk is None:
            return
        done = self.call(desks.set_desk_active, self.ctx, desk.id, not desk.active)
        if done is not REFUSED:
            self._done(
                done.code,
                (
                    self.tr("Desk {code} is in service again.")
                    if done.active
                    else self.tr("Desk {code} is retired.")
                ).replace("{code}", done.code),
            )

    def use_on_this_pc(self) -> None:
        code = self.call(desks.choose_pc_desk, self.ctx, self.pc_choice.currentData())
        if code is REFUSED:
            return
        try:
            desks.remember_pc_desk(code)
        except OSError as exc:
            self.refused(
                self.tr("This computer's choice could not be kept ({cause}).").replace(
                    "{cause}", str(exc)
                )
            )
            return
        self.saved(
            self.tr("From the next start this computer is desk {code}.").replace("{code}", code)
        )
