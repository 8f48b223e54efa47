"""Tables that split into page-sized pieces.

One reportlab Table (or LongTable) of hundreds of pages is split again and again, which is
very slow. PagedTable measures every row once, then hands the frame a piece (table_piece.py,
drawn straight on the canvas) of exactly the rows that fit the space left on the page, with
the header row repeated on each piece."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from services.documents.layout import ALIGNMENTS, Layout, Styles, rule_color
from services.documents.table_piece import CellText, TablePiece
from services.documents.text import paper_fen, wrapped
from services.documents.widths import TextWidths, column_spans, column_widths

PAD_X = 3
PAD_Y = 2
HUGE = 10**6


@dataclass(frozen=True)
class Column:
    """A table column: its heading (from the caller), width share and alignment.
    A money column takes ints in fen and shows them as ¥12.50, aligned right."""

    title: str
    weight: float = 1.0
    align: str = "left"
    money: bool = False

    @property
    def alignment(self) -> str:
        return "right" if self.money and self.align == "left" else self.align


class _Cells:
    """Paragraph cells of one table with their measured heights."""

    def __init__(
        self,
        columns: Sequence[Column],
        widths: list[float],
        styles: Styles,
        measure: TextWidths | None = None,
    ):
        self.widths = widths
        self._measure = measure or TextWidths(styles.cell.fontName, styles.cell.fontSize)
        self._styles = [self._aligned(styles.cell, c) for c in columns]
        self._head_styles = [self._aligned(styles.cell_head, c) for c in columns]
        self._money = [c.money for c in columns]
        self._columns = list(columns)

    @staticmethod
    def _aligned(style, column: Column):
        aligned = copy(style)
        aligned.alignment = ALIGNMENTS[column.alignment]
        if column.alignment != "right":
            # a closing '）' or '，' may hang past the line end (CJK typography): keep it
            # inside its own cell instead of on the neighbour's text
            aligned.rightIndent = style.fontSize * 0.6
        return aligned

    def row(self, values: Sequence, head: bool = False) -> tuple[list, float]:
        styles = self._head_styles if head else self._styles
        cells, height, measure = [], 0.0, self._measure
        for value, style, width, money in zip(values, styles, self.widths, self._money):
            text = paper_fen(value) if money and isinstance(value, int) else value
            text = "" if text is None else str(text)
            room = width - 2 * PAD_X - style.rightIndent
            if not head and "\n" not in text and measure(text) <= room:
                # one line: a plain string drawn by the table, far cheaper than a Paragraph
                cells.append(text)
                height = max(height, style.leading)
                continue
            cell = Paragraph(wrapped(text, style.fontName, style.fontSize, room), style)
            height = max(height, cell.wrap(width - 2 * PAD_X, HUGE)[1])
            cells.append(cell)
        return cells, height + 2 * PAD_Y

    def text_style(self) -> CellText:
        """How the plain-string cells (body and totals rows) are drawn."""
        style = self._styles[0]
        return CellText(
            style.fontName,
            style.fontSize,
            style.textColor,
            tuple(c.alignment for c in self._columns),
            PAD_X,
            PAD_Y,
            self._measure,
        )


class PagedTable(Flowable):
    def __init__(
        self,
        header,
        header_h,
        rows,
        heights,
        total,
        total_h,
        widths,
        layout,
        text: CellText,
        start=0,
        end=None,
    ):
        super().__init__()
        self.text = text
        self.header, self.header_h = header, header_h
        self.rows, self.heights = rows, heights
        self.total_row, self.total_h = total, total_h
        self.widths, self.layout = widths, layout
        self.start, self.end = start, len(rows) if end is None else end
        self._tops = [0.0, *itertools.accumulate(heights)]  # height of rows[:i]

    def _rows_height(self, start: int, end: int) -> float:
        return self._tops[end] - self._tops[start]

    def _height(self, start: int, end: int, with_total: bool) -> float:
        return self.header_h + self._rows_height(start, end) + (self.total_h if with_total else 0)

    def wrap(self, avail_width, avail_height):
        self.width = sum(self.widths)
        self.height = self._height(self.start, self.end, True)
        return self.width, self.height

    def _fitting_rows(self, avail_height: float) -> int:
        room = avail_height - self.header_h + self._tops[self.start] + 0.01
        end = bisect.bisect_right(self._tops, room, lo=self.start) - 1
        if end >= self.end:
            end = self.end
            if self._height(self.start, end, True) > avail_height:
                end -= 1  # the totals row never stands alone on a page
        return max(end, self.start)

    def split(self, avail_width, avail_height):
        end = self._fitting_rows(avail_height)
        if end <= self.start:
            return []
        rest = PagedTable(
            self.header,
            self.header_h,
            self.rows,
            self.heights,
            self.total_row,
            self.total_h,
            self.widths,
            self.layout,
            self.text,
            end,
            self.end,
        )
        return [self._piece(self.start, end, False), rest]

    def draw(self):
        piece = self._piece(self.start, self.end, True)
        piece.wrapOn(self.canv, self.width, self.height)
        piece.drawOn(self.canv, 0, 0)

    def _piece(self, start: int, end: int, with_total: bool) -> TablePiece:
        data = [self.header] + self.rows[start:end]
        heights = [self.header_h] + self.heights[start:end]
        with_total = with_total and self.total_row is not None
        if with_total:
            data.append(self.total_row)
            heights.append(self.total_h)
        return TablePiece(
            data,
            heights,
            self.widths,
            self.text,
            rule_color(self.layout),
            # every second row of the whole table shaded on sheets, whichever piece it is in
            shade_from=None if self.layout.is_roll else start,
            with_total=with_total,
        )


def paged_table(
    layout: Layout,
    styles: Styles,
    columns: Sequence[Column],
    rows: Sequence[Sequence],
    total: Sequence | None = None,
) -> PagedTable:
    for row in [*rows, *([total] if total else [])]:
        if len(row) != len(columns):
            raise ValueError(f"a row of {len(row)} cells in a table of {len(columns)} columns")
    measure = TextWidths(styles.cell.fontName, styles.cell.fontSize)
    spans = column_spans(columns, rows, total, styles.cell, measure)
    widths = column_widths(columns, layout.frame_width, spans)
    cells = _Cells(columns, widths, styles, measure)
    header, header_h = cells.row([c.title for c in columns], head=True)
    measured = [cells.row(row) for row in rows]
    total_row, total_h = cells.row(total) if total else (None, 0.0)
    return PagedTable(
        header,
        header_h,
        [m[0] for m in measured],
        [m[1] for m in measured],
        total_row,
        total_h,
        widths,
        layout,
        cells.text_style(),
    )


def fits_whole(layout: Layout, styles: Styles, columns: Sequence[Column], rows, total=None) -> bool:
    """Whether every column can hold its widest piece side by side on this paper."""
    spans = column_spans(columns, rows, total, styles.cell)
    return sum(spans.broken_titles) <= layout.frame_width
