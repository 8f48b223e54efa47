"""A small horizontal bar chart painted with QPainter (QtCharts comes only with the 150 MB
PySide6-Addons; a summary needs nothing more than labelled bars)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor(51, 107, 173)
ROW = 22
TITLE = 24


class BarChart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.items: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = list(items)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, TITLE + ROW * max(len(self.items), 1) + 6)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, self.width(), TITLE), Qt.AlignLeft | Qt.AlignVCenter,
                   self.title)
        font.setBold(False)
        p.setFont(font)
        label_w = self.width() * 0.34
        span = self.width() - label_w - 48
        peak = max((n for _, n in self.items), default=0) or 1
        for i, (text, n) in enumerate(self.items or [("—", 0)]):
            y = TITLE + i * ROW
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, label_w - 6, ROW), Qt.AlignRight | Qt.AlignVCenter,
                       self.fontMetrics().elidedText(text, Qt.ElideRight, int(label_w - 8)))
            width = max(span * n / peak, 1)
            p.fillRect(QRectF(label_w, y + 4, width, ROW - 8), BAR)
            p.drawText(QRectF(label_w + width + 4, y, 44, ROW), Qt.AlignLeft | Qt.AlignVCenter,
                       str(n))
        p.end()
