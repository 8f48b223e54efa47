"""Plain text drawn as lines on the canvas: what a Paragraph of the same style draws for
text without markup, without its markup parsing and CJK line breaking (most of a receipt's
time). The lines are broken between pieces as every cell and paragraph of the documents is
(text.broken_lines), so no number, code or time is split; a line that still does not fit
(one piece wider than the room) is left to a Paragraph, which may break it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from services.documents.text import broken_lines, wrapped


def _fits(lines: list[str], style, room: float) -> list[float] | None:
    widths = [stringWidth(line, style.fontName, style.fontSize) for line in lines]
    return widths if all(w <= room for w in widths) else None


def _draw(canvas, lines, widths, style, left: float, room: float, top: float) -> None:
    """Lines from `top` down as a Paragraph sets them: the first baseline a font size
    below the top, then a leading per line."""
    canvas.setFont(style.fontName, style.fontSize)
    canvas.setFillColor(style.textColor)
    y = top - style.fontSize
    for line, width in zip(lines, widths):
        if style.alignment == TA_CENTER:
            x = left + (room - width) / 2
        elif style.alignment == TA_RIGHT:
            x = left + room - width
        else:
            x = left
        if line:
            canvas.drawString(x, y, line)
        y -= style.leading


class Lines(Flowable):
    """Text of one paragraph style, broken into lines between pieces and drawn as strings."""

    def __init__(self, text: str, style, lines: Sequence[str] | None = None):
        super().__init__()
        self.text, self.style = text, style
        self._given = list(lines) if lines is not None else None
        self._paragraph: Paragraph | None = None

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.spaceAfter

    def wrap(self, avail_width, avail_height):
        st = self.style
        self._room = avail_width - st.leftIndent - st.rightIndent
        self.lines = self._given or broken_lines(self.text, st.fontName, st.fontSize, self._room)
        self._widths = _fits(self.lines, st, self._room)
        if self._widths is None:
            markup = wrapped(self.text, st.fontName, st.fontSize, self._room)
            self._paragraph = Paragraph(markup, st)
            self.width, self.height = self._paragraph.wrap(avail_width, avail_height)
        else:
            self._paragraph = None
            self.width, self.height = avail_width, len(self.lines) * st.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        if self._paragraph is not None:
            return self._paragraph.split(avail_width, avail_height)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        head = Lines(self.text, self.style.clone("lines_head", spaceAfter=0), self.lines[:fit])
        tail = Lines(self.text, self.style.clone("lines_tail", spaceBefore=0), self.lines[fit:])
        return [head, tail]

    def draw(self):
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        left = self.style.leftIndent
        _draw(self.canv, self.lines, self._widths, self.style, left, self._room, self.height)


class FieldRows(Flowable):
    """Key-value rows (a label column and a value column), each cell's lines drawn as
    strings; `fallback` (the same rows as a Table of Paragraphs) draws them when a line
    would not fit its column."""

    TOP, BOTTOM, GAP = 1, 1, 4  # the cell padding of the rows' table

    def __init__(
        self, rows, label_w: float, width: float, label_style, value_style, fallback
    ) -> None:
        super().__init__()
        self.rows, self.label_w, self.frame_w = rows, label_w, width
        self.label_style, self.value_style = label_style, value_style
        self._make_fallback: Callable[[], Table] = fallback
        self._fallback: Table | None = None
        self._cells = self._laid_out()
        if self._cells is None:
            self._fallback = fallback()

    def _laid_out(self):
        rooms = (self.label_w - self.GAP, self.frame_w - self.label_w - self.GAP)
        styles = (self.label_style, self.value_style)
        cells = []
        for row in self.rows:
            laid = []
            for text, style, room in zip(row, styles, rooms):
                lines = broken_lines(text, style.fontName, style.fontSize, room)
                widths = _fits(lines, style, room)
                if widths is None:
                    return None
                laid.append((lines, widths, style, room))
            height = max(len(lines) * style.leading for lines, _, style, _ in laid)
            cells.append((laid, height + self.TOP + self.BOTTOM))
        return cells

    def wrap(self, avail_width, avail_height):
        if self._cells is None:
            return self._fallback.wrap(avail_width, avail_height)
        self.width, self.height = self.frame_w, sum(height for _, height in self._cells)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        # across a page end the rows go as the Table of Paragraphs does (sheets only)
        self._fallback = self._fallback or self._make_fallback()
        return self._fallback.split(avail_width, avail_height)

    def draw(self):
        if self._cells is None:
            self._fallback.drawOn(self.canv, 0, 0)
            return
        top = self.height
        for laid, height in self._cells:
            for (lines, widths, style, room), left in zip(laid, (0.0, self.label_w)):
                _draw(self.canv, lines, widths, style, left, room, top - self.TOP)
            top -= height
