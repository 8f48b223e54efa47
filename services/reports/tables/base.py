"""What a report table is: a title, columns and the query yielding its rows for a stretch of
time (a Span). The daily ledger (PDF) and the month export (XLSX, CSV) render the same tables;
only the Span differs, and with it how a time is shown."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any
from zoneinfo import ZoneInfo

from services.admin import site
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.money import money_kind_text
from services.shifts import shifts

# what a column holds, which says how each renderer shows it
TEXT = "text"
MONEY = "money"  # int fen: ¥12.50 on paper, 12.50 as a number in a workbook
COUNT = "count"  # a whole number, right-aligned on paper
TIME = "time"  # a stored moment inside the span: 09:30 on a day's ledger
DATE_TIME = "date_time"  # a stored moment that may lie outside it: 03-14 09:30

LONG_DIGITS = re.compile(r"\d{7,}")
VOID = QT_TRANSLATE_NOOP("Desk", "VOID")  # marks a voided receipt or invoice


def void_mark(span: Span, row: dict) -> str:
    """VOID against a receipt or invoice that was voided."""
    return span.words(VOID) if row["voided_at"] else ""


def mask_text(text: str | None) -> str:
    """Free text typed at the desk may hold a phone or an ID: keep only its last 4 digits."""
    if not text:
        return ""  # most rows have none (a month's export asks 100,000 times)
    return LONG_DIGITS.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], text or "")


class Span:
    """A stretch of the site's calendar as stored-UTC [start, end), the reader's language
    and how its tables show times and coded values."""

    def __init__(
        self,
        ctx: AppContext,
        start: str,
        end: str,
        lang: str,
        time_format: str,
        date_time_format: str,
        label: str = "",
        desk: str | None = None,
    ):
        self.ctx, self.db, self.start, self.end, self.lang = ctx, ctx.db, start, end, lang
        self.label = label  # the month's name, for a summary
        self.desk = desk  # one desk's rows, or None for the whole site
        self.tr = ctx.translate
        self.tz = ZoneInfo(site.timezone(ctx))
        self.formats = {TIME: time_format, DATE_TIME: date_time_format}
        self.memo: dict[str, Any] = {}  # figures several tables of the span share
        self._words: dict[str, str] = {}

    @classmethod
    def day(cls, ctx: AppContext, start: str, end: str, lang: str, desk: str | None = None) -> Span:
        """A business day (of one desk, or of the whole site): its own times as 09:30, other
        days' as 03-14 09:30."""
        return cls(ctx, start, end, lang, "%H:%M", "%m-%d %H:%M", desk=desk)

    @classmethod
    def month(cls, ctx: AppContext, month: str, start: str, end: str, lang: str) -> Span:
        """A month of rows, each time with its full date."""
        return cls(ctx, start, end, lang, "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M", month)

    def moment(self, stored: str | None, kind: str = DATE_TIME) -> str:
        if not stored:
            return ""
        return parse_iso(stored).astimezone(self.tz).strftime(self.formats[kind])

    def words(self, source: str) -> str:
        """A source string in the reader's language, translated once per span, not per row."""
        if source not in self._words:
            self._words[source] = self.tr(source)
        return self._words[source]

    def coded(self, labels: dict, code: str | None) -> str:
        """A coded value (condition, outcome, status) in the reader's language; a code the
        site added itself is shown as typed."""
        return self.words(labels[code]) if code in labels else (code or "")

    def staff(self, username: str | None) -> str:
        """A user by the name on their record, as every document names staff."""
        from services.documents.staff import staff_name

        names = self.memo.setdefault("staff_names", {})
        if username not in names:
            names[username] = staff_name(self.ctx, username)
        return names[username]

    def desk_name(self, code: str | None) -> str:
        """A desk by its name in the reader's language (a voucher of the whole site: '')."""
        from services.shifts.desks import desk_name  # late: desks sit beside shifts

        names = self.memo.setdefault("desk_names", {})
        if code not in names:
            names[code] = desk_name(self.ctx, code, self.lang) if code else ""
        return names[code]

    def method(self, method: str) -> str:
        return self.words(shifts.METHOD_LABELS.get(method, method))

    def money_kind(self, kind: str) -> str:
        return money_kind_text(kind, self.words)

    def name(self, row: dict, zh: str = "name_zh", en: str = "name_en") -> str:
        """A thing's name in the reader's language, the Chinese one where no other is kept."""
        return (row.get(zh) if self.lang.startswith("zh") else row.get(en)) or row.get(zh) or ""


Read = Callable[[Span, Any], Any]


def staff_of(key: str) -> Read:
    """The staff member named in row[key] (a login name), shown by their name."""
    return lambda span, row: span.staff(row[key])


@dataclass(frozen=True)
class Column:
    heading: str  # source string, translated by the renderer
    read: Read  # the cell's value from one row of the table's query
    kind: str = TEXT
    width: float = 1.0  # share of the page's width on paper

    def at(self, width: float) -> Column:
        """The same column in a table that gives it another share of the page."""
        return replace(self, width=width)

    def cell(self, span: Span, row: Any) -> Any:
        value = self.read(span, row)
        return span.moment(value, self.kind) if self.kind in (TIME, DATE_TIME) else value


def field_of(name: str) -> Read:
    """Read a column straight from the query's row."""
    return lambda span, row: row[name]


@dataclass(frozen=True)
class Table:
    key: str  # names the CSV file and the ledger's section
    title: str  # source string
    columns: tuple[Column, ...]
    query: Callable[[Span], Iterable[Any]]

    def rows(self, span: Span, records: Iterable[Any] | None = None) -> Iterator[list]:
        """The cells of each row; of the query's records over the span unless given."""
        # each column's reader and moment kind taken once, not per cell (Column.cell's work)
        cells = [(c.read, c.kind if c.kind in (TIME, DATE_TIME) else None) for c in self.columns]
        moment = span.moment
        for record in self.query(span) if records is None else records:
            yield [
                moment(read(span, record), kind) if kind else read(span, record)
                for read, kind in cells
            ]

    def section(self, span: Span, records: Iterable[Any] | None = None) -> Section:
        return Section(self.key, self.title, list(self.columns), list(self.rows(span, records)))


@dataclass
class Section:
    """A table's rows for one span, as the ledger keeps and prints them."""

    key: str
    title: str  # source string
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
