"""One page's piece of a PagedTable, drawn straight on the canvas: row shading, the rules
under the heading and above the totals, one-line cells as text in one text object, wrapped
cells as their Paragraphs (already wrapped when the rows were measured).

A reportlab Table does the same drawing with a style lookup, a font switch and a text object
per cell, which for the thousands of one-line cells of a day's ledger was most of its time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from services.documents.layout import SHADE


@dataclass(frozen=True)
class CellText:
    """How the one-line cells of a table are set: font, size, colour, each column's
    alignment ('left', 'right', 'center') and the cell padding."""

    font: str
    size: float
    color: object
    alignments: tuple[str, ...]
    pad_x: float
    pad_y: float
    measure: Callable[[str], float]


class TablePiece(Flowable):
    """The heading row, body rows and (on the last piece) the totals row, with their
    measured heights; a cell is a str (one line) or a wrapped Paragraph."""

    def __init__(
        self,
        rows: Sequence[Sequence],
        heights: Sequence[float],
        widths: Sequence[float],
        text: CellText,
        rule,
        *,
        shade_from: int | None,
        with_total: bool,
    ):
        super().__init__()
        self.rows, self.heights, self.widths = rows, heights, widths
        self.text, self.rule = text, rule
        self.shade_from = shade_from  # the table-wide index of the first body row, or None
        self.with_total = with_total
        self.width, self.height = sum(widths), sum(heights)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas, text = self.canv, self.text
        tops, top = [], self.height
        for height in self.heights:
            tops.append(top)
            top -= height
        canvas.saveState()
        self._shade(tops)
        self._rules(tops)
        lefts, x = [], 0.0
        for width in self.widths:
            lefts.append(x)
            x += width
        words = canvas.beginText()
        words.setFont(text.font, text.size)
        words.setFillColor(text.color)
        paragraphs = []
        for row, row_top in zip(self.rows, tops):
            baseline = row_top - text.pad_y - text.size
            for cell, left, width, align in zip(row, lefts, self.widths, text.alignments):
                if isinstance(cell, str):
                    if not cell:
                        continue
                    if align == "right":
                        at = left + width - text.pad_x - text.measure(cell)
                    elif align == "center":
                        at = left + (width - text.measure(cell)) / 2
                    else:
                        at = left + text.pad_x
                    words.setTextOrigin(at, baseline)
                    words.textOut(cell)
                else:
                    paragraphs.append((cell, left + text.pad_x, row_top - text.pad_y))
        canvas.drawText(words)
        canvas.restoreState()
        for paragraph, left, top in paragraphs:
            paragraph.drawOn(canvas, left, top - paragraph.height)

    def _shade(self, tops: list[float]) -> None:
        """Every second body row of the whole table shaded, whichever piece it lands in."""
        if self.shade_from is None:
            return
        body = range(1, len(self.rows) - (1 if self.with_total else 0))
        self.canv.setFillColor(SHADE)
        for n in body:
            if (self.shade_from + n - 1) % 2 == 1:
                height = self.heights[n]
                self.canv.rect(0, tops[n] - height, self.width, height, stroke=0, fill=1)

    def _rules(self, tops: list[float]) -> None:
        self.canv.setStrokeColor(self.rule)
        self.canv.setLineWidth(0.8)
        under_heading = tops[0] - self.heights[0]
        self.canv.line(0, under_heading, self.width, under_heading)
        if self.with_total:
            self.canv.line(0, tops[-1], self.width, tops[-1])
