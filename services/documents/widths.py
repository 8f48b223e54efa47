"""How wide each column of a document table is.

Every column is measured once over its values (each distinct text once): the widest piece
no line may break (a number, code, time, amount or masked value, or one Chinese character)
and its longest value on one line. The widths start from the caller's weights, never leave
a column narrower than its widest piece, and then give the room a column does not use to the
columns it lets hold every value on one line: a wrapped cell costs a taller row and a
Paragraph, so on a day's ledger wraps are the exception, not three cells of every row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

from services.documents.text import paper_fen
from services.documents.text import pieces as wrapping_pieces

PAD_X = 3  # a cell's left and right padding


class TextWidths:
    """String widths in one font and size, each distinct text measured once: a ledger's
    methods, desks, clerks and amounts repeat on thousands of rows."""

    def __init__(self, font: str, size: float):
        self.font, self.size = font, size
        self._known: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._known.get(text)
        if width is None:
            width = self._known[text] = stringWidth(text, self.font, self.size)
        return width

    def widest_line(self, text: str) -> float:
        if "\n" not in text:
            return self(text)
        return max(self(line) for line in text.replace("\r\n", "\n").split("\n"))

    def line_pieces(self, text: str) -> list[float]:
        """The widths of the pieces a cell's line breaks between (text.wrapped's), a space
        as a negative width."""
        return [
            -self(piece) if piece.isspace() else self(piece)
            for piece in wrapping_pieces(text.replace("\n", " "))
        ]

    def widest_piece(self, text: str) -> float:
        return max((self(piece) for piece in _pieces(text)), default=0.0)


_PIECE = re.compile(r"[\x21-\x7e¥￥·…*]+|[^\s\x21-\x7e]")


def _pieces(text: str) -> list[str]:
    """What a line may not break: runs of Latin letters, digits and signs (a number, code,
    time, amount or masked value), and each Chinese character on its own."""
    return _PIECE.findall(text)


@dataclass(frozen=True)
class ColumnSpans:
    """What each column needs, padding included: `pieces` so that no number, code or time is
    split (headings whole), `broken_titles` the same with a heading broken between its words
    and characters, `one_line` so that every value and the heading stand on one line."""

    pieces: list[float]
    broken_titles: list[float]
    one_line: list[float]
    extra: float = 0.0  # of each figure: the padding and the room a hanging '）' may take
    # each column's longest values as the widths of their line pieces, longest value first
    longest: list[list[list[float]]] = field(default_factory=list)


def cell_text(column, value) -> str:
    """A cell as printed: money columns take fen and show ¥12.50."""
    text = paper_fen(value) if column.money and isinstance(value, int) else value
    return "" if text is None else str(text)


def column_spans(
    columns: Sequence,
    rows: Sequence[Sequence],
    total: Sequence | None,
    style,
    widths: TextWidths | None = None,
) -> ColumnSpans:
    """Each column measured once over its distinct values: its longest line and its widest
    piece (only values longer than the widest piece found so far are split into pieces)."""
    widths = widths or TextWidths(style.fontName, style.fontSize)
    extra = 2 * PAD_X + style.fontSize * 0.6 + 0.5  # padding, a hanging '）', rounding
    pieces, broken, one_line, longest = [], [], [], []
    for n, column in enumerate(columns):
        texts = {cell_text(column, row[n]) for row in [*rows, *([total] if total else [])]}
        lines = sorted(((widths.widest_line(t), t) for t in texts), reverse=True)
        widest_piece = 0.0
        for line_width, text in lines:
            if line_width <= widest_piece:
                break  # no piece of this or a shorter value can be wider
            widest_piece = max(widest_piece, widths.widest_piece(text))
        title_width = widths(column.title or "")
        pieces.append(max(widest_piece, title_width) + extra)
        broken.append(max(widest_piece, widths.widest_piece(column.title or "")) + extra)
        one_line.append(max(lines[0][0] if lines else 0.0, title_width) + extra)
        longest.append([widths.line_pieces(text) for _, text in lines[: _Fitting.LONGEST]])
    return ColumnSpans(pieces, broken, one_line, extra, longest)


def column_widths(columns: Sequence, total: float, spans: ColumnSpans | None = None) -> list[float]:
    """Widths by the columns' weights; with `spans`, no column narrower than its widest piece
    (headings whole when the paper allows) and as many columns as can be on one line."""
    weights = sum(c.weight for c in columns)
    widths = [total * c.weight / weights for c in columns]
    if spans is None:
        return widths
    needs = spans.pieces if sum(spans.pieces) <= total else spans.broken_titles
    if sum(needs) > total:
        return widths  # the paper is too narrow: the caller stacks the rows instead
    widths = _at_least(widths, needs)
    if all(w >= longest for w, longest in zip(widths, spans.one_line)):
        return widths  # nothing wraps: the caller's proportions stand
    return _fewest_lines(columns, total, spans, needs)


def _at_least(widths: list[float], needs: Sequence[float]) -> list[float]:
    """A column too narrow for its widest piece takes room from those with some to spare."""
    widths = list(widths)
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


def _fewest_lines(columns: Sequence, total: float, spans: ColumnSpans, needs) -> list[float]:
    """Some values cannot all stand on one line: the shortest columns are set on one line
    as long as that does not make the others' longest values take more lines, the others
    share the rest so that their longest values take about as many lines each (a row is as
    tall as its tallest cell), and the room left over goes by weight."""
    one_line = spans.one_line
    fitting = _Fitting(spans, needs)
    order = sorted(range(len(columns)), key=lambda i: one_line[i])
    single: set[int] = set()
    lines = fitting.lines(order, single, total)
    for i in order[:-1]:
        trial = fitting.lines(order, single | {i}, total)
        if trial is not None and trial <= lines:
            single.add(i)
            lines = trial
    widths = [float(w) for w in one_line]
    wrapping = [i for i in order if i not in single]
    for i in wrapping:
        widths[i] = fitting.width(i, lines)
    spare = total - sum(widths)
    weights = sum(columns[i].weight for i in wrapping)
    for i in wrapping:
        widths[i] += spare * columns[i].weight / weights
    return widths


class _Fitting:
    """The width a column needs for its longest values to take at most n lines, found by
    breaking them as the cells do: between pieces, a space at a line's end dropped."""

    LONGEST = 8  # values of a column tried; a shorter one rarely needs more lines

    def __init__(self, spans: ColumnSpans, needs: Sequence[float]):
        self.spans, self.needs, self._widths = spans, needs, {}

    def lines(self, order, single, total: float) -> int | None:
        """The fewest lines (2 or more) the longest values of the columns not on one line
        take in the room those leave; None when the one-line columns leave too little."""
        room = total - sum(self.spans.one_line[i] for i in single)
        wrapping = [i for i in order if i not in single]
        if sum(self.needs[i] for i in wrapping) > room:
            return None
        lines = 2
        while sum(self.width(i, lines) for i in wrapping) > room:
            if all(self.width(i, lines) <= self.needs[i] for i in wrapping):
                break  # each is as narrow as its widest piece; more lines gain nothing
            lines += 1
        return lines

    def width(self, column: int, lines: int) -> float:
        key = (column, lines)
        if key not in self._widths:
            values = self.spans.longest[column][: self.LONGEST]
            least = self.needs[column] - self.spans.extra
            most = self.spans.one_line[column] - self.spans.extra
            wanted = max((_narrowest(v, lines, least, most) for v in values), default=least)
            self._widths[key] = min(self.spans.one_line[column], wanted + self.spans.extra)
        return self._widths[key]


def _narrowest(pieces: Sequence[float], lines: int, least: float, most: float) -> float:
    """The narrowest room (to a tenth of a point) in which pieces of these widths (a space
    has a negative width: it is dropped where a line breaks) take at most `lines` lines."""
    if _count_lines(pieces, least) <= lines:
        return least
    low, high = least, max(most, least)
    while high - low > 0.1:
        middle = (low + high) / 2
        if _count_lines(pieces, middle) <= lines:
            high = middle
        else:
            low = middle
    return high


def _count_lines(pieces: Sequence[float], room: float) -> int:
    count, used = 1, 0.0
    for piece in pieces:
        width, space = abs(piece), piece < 0
        if used + width <= room or used == 0.0:
            used += width
        elif space:
            count, used = count + 1, 0.0
        else:
            count, used = count + 1, width
    return count
