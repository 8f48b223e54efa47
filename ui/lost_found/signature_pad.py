"""A pad the claimant signs on with the mouse, a finger or a pen: strokes are drawn into a
QImage and handed to the service as PNG bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PAD_W, PAD_H = 480, 160


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self.setMinimumSize(PAD_W // 2, PAD_H // 2)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setFixedHeight(PAD_H)
        self.setCursor(Qt.CrossCursor)
        self.setToolTip(self.tr("The claimant signs here with the mouse, a finger or a pen"))
        self._last: QPointF | None = None
        self.clear()

    # --- public -------------------------------------------------------------------------
    def clear(self) -> None:
        self.image = QImage(PAD_W, PAD_H, QImage.Format_ARGB32)
        self.image.fill(Qt.transparent)
        self.strokes = 0
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return self.strokes == 0

    def png_bytes(self) -> bytes | None:
        """The signature as PNG, or None when nothing was drawn."""
        if self.is_empty():
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        self.image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def draw_stroke(self, points: list[QPointF]) -> None:
        """A stroke in widget coordinates (the events below and tests use it)."""
        if not points:
            return
        self._begin(points[0])
        for point in points[1:]:
            self._extend(point)
        self._last = None

    # --- drawing ---------------------------------------------------------------------------
    def _to_image(self, point: QPointF) -> QPointF:
        return QPointF(
            point.x() * PAD_W / max(self.width(), 1), point.y() * PAD_H / max(self.height(), 1)
        )

    def _begin(self, point: QPointF) -> None:
        self._last = self._to_image(point)
        self.strokes += 1
        self._extend(point)

    def _extend(self, point: QPointF) -> None:
        if self._last is None:
            return
        here = self._to_image(point)
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(10, 10, 60), 3, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        painter.drawLine(self._last, here)
        painter.end()
        self._last = here
        self.update()
        self.changed.emit()

    # --- Qt events ----------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._begin(event.position())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self._extend(event.position())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._last = None

    def tabletEvent(self, event) -> None:  # noqa: N802
        kind = event.type()
        if kind == QEvent.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.TabletMove:
            self._extend(event.position())
        else:
            self._last = None
        event.accept()

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TouchEnd):
            points = event.points()
            if points:
                where = points[0].position()
                if kind == QEvent.TouchBegin:
                    self._begin(where)
                elif kind == QEvent.TouchUpdate:
                    self._extend(where)
                else:
                    self._last = None
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(255, 255, 250))
        painter.setPen(QPen(QColor(180, 180, 180), 1, Qt.DashLine))
        baseline = int(self.height() * 0.8)
        painter.drawLine(10, baseline, self.width() - 10, baseline)
        painter.drawImage(self.rect(), self.image)
        painter.setPen(QColor(150, 150, 150))
        if self.is_empty():
            painter.drawText(self.rect(), Qt.AlignCenter, self.tr("Sign here"))
        painter.end()
