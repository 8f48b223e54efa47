"""Dialogs of the quality page: scoring a service on the sheet in force, editing the sheet
(saved as a new version) and the service targets."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from services.quality import checks, targets
from services.quality.checks import SECTION_LABELS, SECTIONS, SheetItem
from services.quality.ratings import SERVICE_LABELS, SERVICES
from ui.common.formatting import label, language
from ui.common.forms import FormGuard, code_combo, problem_label
from ui.session import REFUSED, DeskSession, run_or_show


def item_title(item) -> str:
    return item.title_zh if language().startswith("zh") else item.title_en


class CheckDialog(QDialog):
    """Score one service of a clerk, item by item (each item's criteria in its tooltip)."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.check = None
        self.setWindowTitle(self.tr("Quality check"))
        self.sheet = run_or_show(self, checks.current_sheet, session.ctx)
        staff = run_or_show(self, checks.staff_to_check, session.ctx)
        form = QFormLayout()
        self.clerk = QComboBox()
        for user_id, name in staff if staff is not REFUSED else []:
            self.clerk.addItem(name, user_id)
        self.channel = code_combo(checks.CHANNEL_LABELS)
        self.service = QComboBox()
        self.service.addItem("—", "")
        for code in SERVICES:
            self.service.addItem(label(SERVICE_LABELS, code), code)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Slip, receipt or case number"))
        self.reference.setMaxLength(40)
        form.addRow(self.tr("&Clerk:"), self.clerk)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("&Service:"), self.service)
        form.addRow(self.tr("&Reference:"), self.reference)
        grid = QGridLayout()
        self.spins: dict[int, QSpinBox] = {}
        row = 0
        for section in SECTIONS:
            items = [i for i in self.sheet.items if i.section == section] if self.sheet else []
            if not items:
                continue
            grid.addWidget(QLabel(f"<b>{label(SECTION_LABELS, section)}</b>"), row, 0, 1, 3)
            row += 1
            for item in items:
                spin = QSpinBox()
                spin.setRange(0, item.points)
                spin.setValue(item.points)
                criteria = item.criteria_zh if language().startswith("zh") else item.criteria_en
                spin.setToolTip(criteria)
                name = QLabel(item_title(item))
                name.setToolTip(criteria)
                grid.addWidget(name, row, 0)
                grid.addWidget(spin, row, 1)
                grid.addWidget(QLabel(f"/ {item.points}"), row, 2)
                spin.valueChanged.connect(self._show_total)
                self.spins[item.id] = spin
                row += 1
        scores = QWidget()
        scores.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(scores)
        self.total = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment for the clerk (no customer's data)"))
        self.comment.setMaximumHeight(70)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.sheet:
            layout.addWidget(
                QLabel(self.tr("Scoring sheet version {n}").format(n=self.sheet.version))
            )
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.total)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        self.comment_row = QFormLayout()
        self.comment_row.addRow(self.tr("Co&mment:"), self.comment)
        layout.addLayout(self.comment_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Esc cancels; every problem at once beside its field (Enter stays in the comment)
        self.guard = FormGuard(self, cancel=self.reject, problem=self.problem)
        self.guard.field(self.clerk, required=True, name="clerk")
        self.guard.field(self.reference, name="service reference")
        self.guard.field(self.comment, name="comment")
        self.resize(560, 640)
        self._show_total()

    def _show_total(self) -> None:
        given = sum(s.value() for s in self.spins.values())
        most = self.sheet.max_total if self.sheet else 0
        self.total.setText(self.tr("Total: {given} of {most}").format(given=given, most=most))

    def save(self) -> None:
        check = self.guard.run(
            checks.record_check,
            self.session.ctx,
            self.clerk.currentData(),
            self.channel.currentData(),
            {item_id: spin.value() for item_id, spin in self.spins.items()},
            self.service.currentData(),
            self.reference.text(),
            self.comment.toPlainText(),
        )
        if check is REFUSED:
            return
        self.check = check
        self.accept()


class SheetDialog(QDialog):
    """The sheet in force, one line per item, saved as the next version."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.saved = None
        self.setWindowTitle(self.tr("Scoring sheet"))
        sheet = run_or_show(self, checks.current_sheet, session.ctx)
        self.name_zh = QLineEdit(sheet.name_zh if sheet else "")
        self.name_en = QLineEdit(sheet.name_en if sheet else "")
        self.grid = QGridLayout()
        for col, text in enumerate(
            (
                self.tr("Section"),
                self.tr("Item (Chinese)"),
                self.tr("Item (English)"),
                self.tr("What earns the points (Chinese)"),
                self.tr("What earns the points (English)"),
                self.tr("Points"),
            )
        ):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.rows: list[tuple] = []
        for item in sheet.items if sheet else ():
            self.add_row(item)
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        add = QPushButton(self.tr("&Add an item"))
        add.clicked.connect(lambda: self.add_row(None))
        form = QFormLayout()
        form.addRow(self.tr("Name (Chinese):"), self.name_zh)
        form.addRow(self.tr("Name (English):"), self.name_en)
        note = QLabel(
            self.tr(
                "Saving makes version {n}; checks already made keep the version they were"
                " made with. An item with no name is left out."
            ).format(n=(sheet.version + 1) if sheet else 1)
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(add)
        layout.addWidget(note)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Esc cancels; the sheet's name beside its field, an item's problem on the line above
        self.guard = FormGuard(self, cancel=self.reject, problem=self.problem)
        self.guard.field(self.name_zh, required=True, name="sheet name")
        self.guard.field(self.name_en, name="sheet name (English)")
        self.resize(1000, 560)

    def add_row(self, item: SheetItem | None) -> None:
        section = code_combo(SECTION_LABELS)
        if item is not None:
            section.setCurrentIndex(SECTIONS.index(item.section))
        texts = [
            QLineEdit(getattr(item, name, "") if item else "")
            for name in ("title_zh", "title_en", "criteria_zh", "criteria_en")
        ]
        points = QSpinBox()
        points.setRange(1, 100)
        points.setValue(item.points if item else 5)
        row = len(self.rows) + 1
        for col, widget in enumerate([section, *texts, points]):
            self.grid.addWidget(widget, row, col)
        self.rows.append((section, *texts, points))

    def items(self) -> list[SheetItem]:
        return [
            SheetItem(
                section.currentData(), zh.text(), en.text(), czh.text(), cen.text(), points.value()
            )
            for section, zh, en, czh, cen, points in self.rows
            if zh.text().strip() or en.text().strip()
        ]

    def save(self) -> None:
        saved = self.guard.run(
            checks.save_sheet,
            self.session.ctx,
            self.name_zh.text(),
            self.name_en.text(),
            self.items(),
        )
        if saved is REFUSED:
            return
        self.saved = saved
        self.accept()


class TargetsDialog(QDialog):
    """The service targets an admin sets; a figure that misses one stands out."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Service targets"))
        now = run_or_show(self, targets.quality_targets, session.ctx)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for f in fields(targets.Targets):
            spin = QSpinBox()
            spin.setRange(*targets.LIMITS[f.name])
            spin.setValue(getattr(now, f.name) if now is not REFUSED else f.default)
            self.spins[f.name] = spin
            form.addRow(label(targets.LABELS, f.name), spin)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        chosen = targets.Targets(**{k: s.value() for k, s in self.spins.items()})
        if run_or_show(self, targets.save_quality_targets, self.session.ctx, chosen) is REFUSED:
            return
        self.accept()
