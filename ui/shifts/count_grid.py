"""Counting cash note by note: one box per note or coin, the total updates as you type."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from services.shifts.shifts import DENOMINATIONS
from ui.common.formatting import format_fen


class CountGrid(QWidget):
    changed = Signal(int)  # total in fen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[int, QSpinBox] = {}
        self.subtotals: dict[int, QLabel] = {}
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Note or coin")), 0, 0)
        grid.addWidget(QLabel(self.tr("Pieces")), 0, 1)
        grid.addWidget(QLabel(self.tr("Amount")), 0, 2)
        for row, value in enumerate(DENOMINATIONS, start=1):
            box = QSpinBox()
            box.setRange(0, 9999)
            box.setObjectName(f"count_{value}")
            box.valueChanged.connect(self._update)
            sub = QLabel(format_fen(0))
            grid.addWidget(QLabel(format_fen(value)), row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(sub, row, 2)
            self.boxes[value], self.subtotals[value] = box, sub
        self.total_label = QLabel()
        self.total_label.setObjectName("count_total")
        grid.addWidget(QLabel(self.tr("<b>Total</b>")), len(DENOMINATIONS) + 1, 0)
        grid.addWidget(self.total_label, len(DENOMINATIONS) + 1, 2)
        self.setFocusProxy(self.boxes[DENOMINATIONS[0]])
        self._update()

    def counts(self) -> dict[int, int]:
        return {value: box.value() for value, box in self.boxes.items() if box.value()}

    def total(self) -> int:
        return sum(value * pieces for value, pieces in self.counts().items())

    def set_counts(self, counts: dict[int, int]) -> None:
        for value, box in self.boxes.items():
            box.setValue(counts.get(value, 0))

    def clear(self) -> None:
        self.set_counts({})

    def _update(self) -> None:
        for value, box in self.boxes.items():
            self.subtotals[value].setText(format_fen(value * box.value()))
        total = self.total()
        self.total_label.setText(f"<b>{format_fen(total)}</b>")
        self.changed.emit(total)
