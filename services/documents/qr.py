"""QR codes of the desk's documents: the matrix built once with the qrcode package, drawn
on a reportlab canvas as one filled path with the quiet zone inside the given size.

One path instead of a rectangle per module keeps a receipt fast to build and small, and a
viewer fills it in one go, so no hairline seams show between modules. The quiet zone is
part of the size so every layout reserves it: a label's edge or a neighbour's text never
comes closer to the symbol than the scanner needs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import qrcode
from qrcode import constants
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QUIET_MODULES = 4  # the quiet zone the QR standard asks for, on each side, in modules
LEVELS = {
    "L": constants.ERROR_CORRECT_L,
    "M": constants.ERROR_CORRECT_M,
    "Q": constants.ERROR_CORRECT_Q,
    "H": constants.ERROR_CORRECT_H,
}


@dataclass(frozen=True)
class QrMatrix:
    """The dark modules of a symbol as horizontal runs (row, first column, length)."""

    modules: int  # modules on a side, without the quiet zone
    runs: tuple[tuple[int, int, int], ...]

    @property
    def span(self) -> int:
        """Modules on a side with the quiet zone on both sides."""
        return self.modules + 2 * QUIET_MODULES


def _row_runs(row: int, cells: list[bool]) -> list[tuple[int, int, int]]:
    runs, start = [], None
    for col, dark in enumerate([*cells, False]):  # the sentinel closes a run at the edge
        if dark and start is None:
            start = col
        elif not dark and start is not None:
            runs.append((row, start, col - start))
            start = None
    return runs


@lru_cache(maxsize=512)
def qr_matrix(text: str, level: str = "M") -> QrMatrix:
    """The symbol of `text` at error-correction level L, M, Q or H, smallest version that fits;
    cached because a receipt is laid out twice and reprints repeat the same number."""
    code = qrcode.QRCode(error_correction=LEVELS[level], border=0)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    runs = [run for row, cells in enumerate(matrix) for run in _row_runs(row, cells)]
    return QrMatrix(len(matrix), tuple(runs))


def side_for_symbol(text: str, symbol: float, level: str = "M") -> float:
    """The whole size, quiet zone included, that gives the symbol itself `symbol` points."""
    matrix = qr_matrix(text, level)
    return symbol * matrix.span / matrix.modules


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float, level: str = "M") -> None:
    """Draw the QR code of `text` in the square of `size` points whose lower left corner is
    (x, y): the quiet zone is the outer 4 modules, left blank."""
    matrix = qr_matrix(text, level)
    module = size / matrix.span
    canvas.saveState()
    # in module units with rows counting down from the symbol's top left corner, so the
    # path is whole numbers: quick to write and small in the PDF
    canvas.translate(x + QUIET_MODULES * module, y + size - QUIET_MODULES * module)
    canvas.scale(module, -module)
    path = canvas.beginPath()
    for row, col, length in matrix.runs:
        path.rect(col, row, length, 1)
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QrFlowable(Flowable):
    """A QR code in a story: a square of `size` points, its quiet zone included."""

    def __init__(self, text: str, size: float, level: str = "M"):
        super().__init__()
        self.text, self.level = text, level
        self.width = self.height = size
        self.hAlign = "CENTER"

    @property
    def symbol_size(self) -> float:
        """The symbol without its quiet zone, in points."""
        matrix = qr_matrix(self.text, self.level)
        return self.width * matrix.modules / matrix.span

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.width, self.level)
