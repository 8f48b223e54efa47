"""One small bar chart painted with QPainter (QtCharts comes only with the 150 MB
PySide6-Addons; the desk needs nothing more): a title, then either columns over a value axis
with round ticks (days of the dashboard) or labelled rows (categories of a summary). Text is
drawn with the widget's font, so Chinese labels show as any other text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor(51, 107, 173)
HIGHLIGHT = QColor(214, 122, 36)
GRID = QColor(0, 0, 0, 40)
ROW = 22  # height of a row of the horizontal chart
TITLE = 24  # height of the title of the horizontal chart


def nice_step(peak: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` ticks to `peak`."""
    if peak <= 0:
        return 1
    raw = peak / ticks
    power = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


class BarChart(QWidget):
    """set_items([(label, value), ...]); `value_text` formats values on the axis, the rows and
    the tooltip. `horizontal` draws one labelled row per item, the chart as tall as its rows."""

    def __init__(
        self,
        title: str = "",
        value_text: Callable[[float], str] | None = None,
        parent: QWidget | None = None,
        horizontal: bool = False,
    ):
        super().__init__(parent)
        self.title = title
        self.value_text = value_text or (lambda v: f"{v:g}")
        self.horizontal = horizontal
        self.items: list[tuple[str, float]] = []
        self.highlight_last = False
        if horizontal:
            self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        else:
            self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
            self.setMinimumHeight(180)

    def set_items(self, items, highlight_last: bool = False) -> None:
        self.items = [(str(label), float(value)) for label, value in items]
        self.highlight_last = highlight_last
        self.setToolTip("\n".join(f"{label}: {self.value_text(v)}" for label, v in self.items if v))
        if self.horizontal:
            self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        if self.horizontal:
            return QSize(360, TITLE + ROW * max(len(self.items), 1) + 6)
        return QSize(420, 220)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        line = self.fontMetrics().height()
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(QPen(self.palette().windowText().color()))
        title_height = TITLE if self.horizontal else line + 4
        p.drawText(
            QRectF(0, 0, self.width(), title_height), Qt.AlignLeft | Qt.AlignVCenter, self.title
        )
        font.setBold(False)
        p.setFont(font)
        if self.horizontal:
            self._paint_rows(p)
        else:
            self._paint_columns(p, line)
        p.end()

    # --- labelled rows --------------------------------------------------------------------
    def _paint_rows(self, p: QPainter) -> None:
        label_w = self.width() * 0.34
        span = self.width() - label_w - 48
        peak = max((v for _, v in self.items), default=0) or 1
        for i, (text, value) in enumerate(self.items or [("—", 0)]):
            y = TITLE + i * ROW
            p.drawText(
                QRectF(0, y, label_w - 6, ROW),
                Qt.AlignRight | Qt.AlignVCenter,
                self.fontMetrics().elidedText(text, Qt.ElideRight, int(label_w - 8)),
            )
            width = max(span * value / peak, 1)
            p.fillRect(QRectF(label_w, y + 4, width, ROW - 8), BAR)
            p.drawText(
                QRectF(label_w + width + 4, y, 44, ROW),
                Qt.AlignLeft | Qt.AlignVCenter,
                self.value_text(value),
            )

    # --- columns over a value axis ----------------------------------------------------------
    def _paint_columns(self, p: QPainter, line: int) -> None:
        metrics = self.fontMetrics()
        peak = max((v for _, v in self.items), default=0)
        step = nice_step(peak)
        top_value = step * max(1, -(-peak // step))
        axis_w = (
            max(
                metrics.horizontalAdvance(self.value_text(top_value)),
                metrics.horizontalAdvance("0"),
            )
            + 8
        )
        rows = 2 if self._stagger() else 1
        plot = QRectF(
            axis_w, line + 10, self.width() - axis_w - 6, self.height() - (rows + 1) * line - 18
        )
        self._paint_axis(p, plot, top_value, step, line)
        self._paint_bars(p, plot, top_value, line)

    def _paint_axis(
        self, p: QPainter, plot: QRectF, top_value: float, step: float, line: int
    ) -> None:
        value = 0.0
        while value <= top_value + step / 2:
            y = plot.bottom() - plot.height() * value / top_value
            p.setPen(QPen(GRID))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(QPen(self.palette().windowText().color()))
            p.drawText(
                QRectF(0, y - line / 2, plot.left() - 4, line),
                Qt.AlignRight | Qt.AlignVCenter,
                self.value_text(value),
            )
            value += step

    def _paint_bars(self, p: QPainter, plot: QRectF, top_value: float, line: int) -> None:
        if not self.items:
            p.drawText(plot, Qt.AlignCenter, "—")
            return
        slot = plot.width() / len(self.items)
        for i, (_label, value) in enumerate(self.items):
            x = plot.left() + i * slot
            height = plot.height() * value / top_value if top_value else 0
            last = self.highlight_last and i == len(self.items) - 1
            p.fillRect(
                QRectF(x + slot * 0.15, plot.bottom() - height, slot * 0.7, height),
                HIGHLIGHT if last else BAR,
            )
        for text, rect in self.label_rects(plot, line):
            p.drawText(rect, Qt.AlignLeft | Qt.AlignTop, text)

    def label_rects(self, plot: QRectF, line: int) -> list[tuple[str, QRectF]]:
        """Where each shown bar label goes, from the last bar back (today is always named):
        a label that would run into the one already placed beside it on its row is left
        out rather than overprinted."""
        if not self.items:
            return []
        metrics = self.fontMetrics()
        slot = plot.width() / len(self.items)
        every, stagger = self._every(slot), self._stagger()
        taken = [self.width() + 8.0, self.width() + 8.0]  # left edge of the last label per row
        placed = []
        for i in reversed(range(len(self.items))):
            if not stagger and (len(self.items) - 1 - i) % every:
                continue
            row = i % 2 if stagger else 0
            room = int(slot * 2) if stagger else self.width()
            text = metrics.elidedText(self.items[i][0], Qt.ElideRight, room)
            width = metrics.horizontalAdvance(text)
            centre = plot.left() + i * slot + slot / 2
            left = min(max(centre - width / 2, 0), self.width() - width)
            if left + width + 6 > taken[row]:
                continue
            taken[row] = left
            top = plot.bottom() + 2 + (line if row else 0)
            placed.append((text, QRectF(left, top, width + 1, line)))
        return placed

    def _every(self, slot: float) -> int:
        """Label every n-th bar so that labels do not run into each other."""
        widest = max(
            (self.fontMetrics().horizontalAdvance(label) for label, _ in self.items), default=0
        )
        return max(1, int(-(-(widest + 8) // max(slot, 1))))

    def _stagger(self) -> bool:
        """A few long labels (categories) go on two alternating rows rather than be skipped."""
        if not self.items or len(self.items) > 12:
            return False
        slot = (self.width() - 60) / len(self.items)
        return self._every(slot) > 1
