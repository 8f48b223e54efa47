"""Tables that split into page-sized pieces.

One reportlab Table (or LongTable) of hundreds of pages is split again and again, which is
very slow. PagedTable measures every row once, then hands the frame a plain Table of exactly
the rows that fit the space left on the page, with the header row repeated on each piece."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from services.documents.fonts import cjk_font
from services.documents.layout import ALIGNMENTS, SHADE, Layout, Styles, rule_color
from services.documents.text import paper_fen, wrapped

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


def column_widths(
    columns: Sequence[Column], total: float, needs: Sequence[float] | None = None
) -> list[float]:
    """Widths by weight; with `needs` (the widest unbreakable piece of each column) a column
    too narrow for its longest number, code or time takes room from those with some to spare."""
    weights = sum(c.weight for c in columns)
    widths = [total * c.weight / weights for c in columns]
    if not needs or sum(needs) > total:
        return widths
    short = [i for i, (w, n) in enumerate(zip(widths, needs)) if w < n]
    while short:
        deficit = sum(needs[i] - widths[i] for i in short)
        for i in short:
            widths[i] = needs[i]
        spare = {j: widths[j] - needs[j] for j in range(len(widths)) if widths[j] > needs[j]}
        pool = sum(spare.values())
        for j, room in spare.items():
            widths[j] -= deficit * room / pool
        short = [i for i, (w, n) in enumerate(zip(widths, needs)) if w < n - 0.01]
    return widths


def _pieces(text: str) -> list[str]:
    """What a line may not break: runs of Latin letters, digits and signs (a number, code,
    time, amount or masked value), and each Chinese character on its own."""
    return re.findall(r"[\x21-\x7e¥￥·…*]+|[^\s\x21-\x7e]", text)


def column_needs(
    columns: Sequence[Column],
    rows: Sequence[Sequence],
    total: Sequence | None,
    style,
    whole_titles: bool = False,
) -> list[float]:
    """The width each column needs so that none of its pieces is split across lines; with
    `whole_titles` a heading counts as one piece (数量 not broken into 数 / 量)."""
    needs = []
    for n, column in enumerate(columns):
        title = column.title or ""
        widest = stringWidth(title, style.fontName, style.fontSize) if whole_titles else 0.0
        heading = [] if whole_titles else [[c.title for c in columns]]
        for row in [*heading, *rows, *([total] if total else [])]:
            value = row[n]
            text = paper_fen(value) if column.money and isinstance(value, int) else value
            for piece in _pieces("" if text is None else str(text)):
                widest = max(widest, stringWidth(piece, style.fontName, style.fontSize))
        needs.append(widest + 2 * PAD_X + style.fontSize * 0.6 + 0.5)
    return needs


class _Cells:
    """Paragraph cells of one table with their measured heights."""

    def __init__(self, columns: Sequence[Column], widths: list[float], styles: Styles):
        self.widths = widths
        self._styles = [self._aligned(styles.cell, c) for c in columns]
        self._head_styles = [self._aligned(styles.cell_head, c) for c in columns]
        self._money = [c.money for c in columns]

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
        cells, height = [], 0.0
        for value, style, width, money in zip(values, styles, self.widths, self._money):
            text = paper_fen(value) if money and isinstance(value, int) else value
            text = "" if text is None else str(text)
            room = width - 2 * PAD_X - style.rightIndent
            if (
                not head
                and "\n" not in text
                and stringWidth(text, style.fontName, style.fontSize) <= room
            ):
                # one line: a plain string drawn by the table, far cheaper than a Paragraph
                cells.append(text)
                height = max(height, style.leading)
                continue
            cell = Paragraph(wrapped(text, style.fontName, style.fontSize, room), style)
            height = max(height, cell.wrap(width - 2 * PAD_X, HUGE)[1])
            cells.append(cell)
        return cells, height + 2 * PAD_Y

    def body_style(self) -> list[tuple]:
        """Font, size and alignment for the plain-string cells of the body rows."""
        style = self._styles[0]
        commands = [
            ("FONTSIZE", (0, 1), (-1, -1), style.fontSize),
            ("LEADING", (0, 1), (-1, -1), style.leading),
            ("TEXTCOLOR", (0, 1), (-1, -1), style.textColor),
        ]
        for n, column_style in enumerate(self._styles):
            align = {0: "LEFT", 1: "CENTER", 2: "RIGHT"}.get(column_style.alignment, "LEFT")
            commands.append(("ALIGN", (n, 1), (n, -1), align))
        return commands


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
        start=0,
        end=None,
        body_style=(),
    ):
        super().__init__()
        self.body_style = list(body_style)
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
            end,
            self.end,
            self.body_style,
        )
        return [self._table(self.start, end, False), rest]

    def draw(self):
        table = self._table(self.start, self.end, True)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    def _table(self, start: int, end: int, with_total: bool) -> Table:
        data = [self.header] + self.rows[start:end]
        heights = [self.header_h] + self.heights[start:end]
        if with_total and self.total_row:
            data.append(self.total_row)
            heights.append(self.total_h)
        table = Table(data, colWidths=self.widths, rowHeights=heights)
        table.setStyle(self._style(start, len(data), with_total and bool(self.total_row)))
        return table

    def _style(self, start: int, count: int, with_total: bool) -> TableStyle:
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), cjk_font()),  # else the table names Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, rule_color(self.layout)),
            *self.body_style,
        ]
        last_body = count - 2 if with_total else count - 1
        if not self.layout.is_roll and last_body >= 1:
            # shade every second row of the whole table, whichever piece it lands in
            shades = [None, SHADE] if start % 2 == 0 else [SHADE, None]
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, last_body), shades))
        if with_total:
            commands.append(
                ("LINEABOVE", (0, count - 1), (-1, count - 1), 0.8, rule_color(self.layout))
            )
        return TableStyle(commands)


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
    needs = column_needs(columns, rows, total, styles.cell, whole_titles=True)
    if sum(needs) > layout.frame_width:
        needs = column_needs(columns, rows, total, styles.cell)
    widths = column_widths(columns, layout.frame_width, needs)
    cells = _Cells(columns, widths, styles)
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
        body_style=cells.body_style(),
    )


def fits_whole(layout: Layout, styles: Styles, columns: Sequence[Column], rows, total=None) -> bool:
    """Whether every column can hold its widest piece side by side on this paper."""
    return sum(column_needs(columns, rows, total, styles.cell)) <= layout.frame_width
