"""The monthly finance export (DOMAIN.md 8): one .xlsx workbook (openpyxl write-only) with a
summary and a sheet each for receipts, income, invoices, deposits, shifts and points
liabilities (tables.MONTH_SHEETS, defined beside the daily ledger's tables); optionally one CSV
per sheet. Headers follow the site's language (ctx.translate), amounts are numbers with two
decimals, personal data is masked, and the export locks the month.

Amounts are written as Decimal(fen) / 100: exact to the fen (no binary float rounding on the
way), shown by Excel with the number format '0.00'; a reader gets the number 12.5 for ¥12.50.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES

from db.core.connection import atomic
from services.admin import site
from services.core import audit
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.permissions import Perm, requires
from services.core.spreadsheet_cells import (
    csv_row,
    csv_text,
    looks_like_formula,
    xlsx_row,
    xlsx_text_cell,
)
from services.finance import month_lock
from services.reports import tables
from services.reports.tables import finance
from services.reports.tables.base import DATE_TIME, MONEY, TIME, Span, Table

MONEY_FORMAT = "0.00"
DATE_TIME_FORMAT, DATE_FORMAT = "yyyy-mm-dd hh:mm", "yyyy-mm-dd"
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class ExportCancelled(DomainError):
    pass


@dataclass(frozen=True)
class ExportResult:
    month: str
    path: Path
    sheets: dict[str, int]  # sheet key -> data rows written
    by_method: dict[str, int]  # net fen of the month per payment method
    csv_dir: Path | None
    lock: month_lock.MonthLock


def fen_to_yuan(fen: int) -> Decimal:
    return Decimal(int(fen)).scaleb(-2)


def sheet_title(text: str) -> str:
    """Excel refuses []:*?/\\ in sheet names and more than 31 characters."""
    return "".join(" " if c in "[]:*?/\\" else c for c in text)[:31]


def _check_month(ctx: AppContext, month: str) -> str:
    month = month_lock.parse_month(month)
    _, end = month_lock.month_bounds(ctx, month)
    if ctx.clock.now() < parse_iso(end):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "{month} is not over yet; export it from the first day of the next month."
            ),
            month=month,
        )
    return month


def _moment_cell(ws, text: str):
    """A moment the span wrote as '2026-03-14 09:30' (or a date) as a date cell, so the
    workbook sorts and filters it as a date; anything else stays text."""
    for form, shown in (("%Y-%m-%d %H:%M", DATE_TIME_FORMAT), ("%Y-%m-%d", DATE_FORMAT)):
        try:
            moment = datetime.strptime(text, form)
        except ValueError:
            continue
        cell = WriteOnlyCell(ws, value=moment if form != "%Y-%m-%d" else moment.date())
        cell.number_format = shown
        return cell
    return xlsx_text_cell(ws, text)


def _money_cell(ws, value) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=fen_to_yuan(value))
    cell.number_format = MONEY_FORMAT
    return cell


def _cancelled() -> ExportCancelled:
    return ExportCancelled(
        QT_TRANSLATE_NOOP("Desk", "The export was cancelled; nothing was written.")
    )


class _Run:
    """One export in progress: where it writes and how far it has come."""

    def __init__(self, span: Span, csv_dir: Path | None, progress: Progress | None):
        self.span, self.csv_dir, self.progress = span, csv_dir, progress
        self.done, self.total = 0, len(tables.MONTH_SHEETS)

    def tick(self, done: int) -> None:
        if self.progress is not None and self.progress(done, self.total) is False:
            raise _cancelled()

    def csv_file(self, table: Table):
        if self.csv_dir is None:
            return None
        self.csv_dir.mkdir(parents=True, exist_ok=True)
        name = self.csv_dir / f"{self.span.label}-{table.key}.csv"
        return open(name, "w", newline="", encoding="utf-8-sig")


def yuan_text(fen: int) -> str:
    """str(fen_to_yuan(fen)) without building a Decimal: 1234 -> '12.34', -5 -> '-0.05'."""
    whole, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{whole}.{cents:02d}"


def _csv_row(row: list, money_at: frozenset[int] | list[int]) -> list:
    """Money as yuan figures; any text a spreadsheet would run as a formula neutralised."""
    return CsvRows(money_at, len(row)).row(row)


# the first characters of a text that needs a look: a formula's (services/core/
# spreadsheet_cells) or an error code's (#N/A): every other text is written as it is
_LOOK_AT_FIRST = frozenset("=+-@\t\r#")


class CsvRows:
    """A table's CSV rows, prepared once per table: money columns as yuan figures (each
    amount formatted once), any text a spreadsheet would run neutralised; None is written
    by the csv writer as an empty field. The row given is never changed."""

    def __init__(self, money_at, width: int):
        self.money_at = tuple(sorted(money_at))
        self.texts_at = tuple(i for i in range(width) if i not in self.money_at)
        self.yuan: dict[int, str] = {}

    def row(self, row: list) -> list:
        out = list(row)
        yuan = self.yuan
        for i in self.money_at:
            value = out[i]
            if value.__class__ is int:
                text = yuan.get(value)
                if text is None:
                    text = yuan[value] = yuan_text(value)
                out[i] = text
            elif value is not None:
                out[i] = csv_text(value)
        for i in self.texts_at:
            value = out[i]
            if value.__class__ is str and value[:1] in _LOOK_AT_FIRST:
                out[i] = csv_text(value)
        return out


def _styled(ws, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    cell.number_format = number_format
    return cell


def _moment_fast(cells: dict, column: int, text: str) -> WriteOnlyCell | None:
    """_moment_cell's two forms when written zero-padded as the span writes them, parsed by
    fromisoformat into the column's reused cell; None for anything else (_moment_cell then)."""
    try:
        if len(text) == 16 and text[10] == " " and text[13] == ":":
            value, shown = datetime.fromisoformat(text), DATE_TIME_FORMAT
        elif len(text) == 10 and text[4] == "-" and text[7] == "-":
            value, shown = date.fromisoformat(text), DATE_FORMAT
        else:
            return None
    except ValueError:
        return None
    cell = cells[(column, shown)]
    cell.value = value
    return cell


def _not_plain_text(value: str) -> bool:
    """A text openpyxl would not write as a plain string cell by itself (a formula or an
    error code); any other text goes in as it is and is written as a string."""
    return looks_like_formula(value) or value in ERROR_CODES


def _write(ws, table: Table, writer, run: _Run) -> int:
    """The table's rows of the month into the sheet (and the CSV); the number written. The
    columns' kinds are looked at once per table, not per cell: money columns get a styled
    cell, moment columns a date cell, and other texts only a look at their first character."""
    columns = table.columns
    money_at = tuple(i for i, c in enumerate(columns) if c.kind == MONEY)
    moments_at = tuple(i for i, c in enumerate(columns) if c.kind in (TIME, DATE_TIME))
    texts_at = tuple(i for i in range(len(columns)) if i not in money_at + moments_at)
    csv_rows = CsvRows(money_at, len(columns))
    # one styled cell per money column, given each row's value: a write-only sheet writes a
    # row out as it is appended, so the cell is free again for the next row
    money_cells = {i: _money_cell(ws, 0) for i in money_at}
    forms = (DATE_TIME_FORMAT, DATE_FORMAT)
    moment_cells = {(i, shown): _styled(ws, shown) for i in moments_at for shown in forms}
    yuan: dict[int, Decimal] = {}
    n = 0
    for row in table.rows(run.span):
        if writer is not None:
            writer.writerow(csv_rows.row(row))
        for i in money_at:
            value = row[i]
            if value.__class__ is int:
                figure = yuan.get(value)
                if figure is None:
                    figure = yuan[value] = fen_to_yuan(value)
                cell = money_cells[i]
                cell.value = figure
                row[i] = cell
            elif value.__class__ is str and _not_plain_text(value):
                row[i] = xlsx_text_cell(ws, value)
        for i in moments_at:
            value = row[i]
            if value.__class__ is str and value:
                row[i] = _moment_fast(moment_cells, i, value) or _moment_cell(ws, value)
        for i in texts_at:
            value = row[i]
            if value.__class__ is str and value[:1] in _LOOK_AT_FIRST and _not_plain_text(value):
                row[i] = xlsx_text_cell(ws, value)  # text stays text, never a formula
        ws.append(row)
        n += 1
        if n % 2000 == 0:
            run.tick(run.done)
    return n


def _write_anchor(ws, writer, ctx) -> None:
    """Below the summary: the audit trail's head when the month was exported, to check the
    file against later (`frontdesk check --anchor CODE`)."""
    found = audit.anchor(ctx)
    if found is None:
        return
    row = [ctx.translate(QT_TRANSLATE_NOOP("Desk", "Audit anchor")), found.code]
    ws.append([])
    ws.append(xlsx_row(ws, row))
    if writer is not None:
        writer.writerow([])
        writer.writerow(csv_row(row))


def _write_sheet(wb: Workbook, table: Table, run: _Run) -> int:
    tr = run.span.ctx.translate
    ws = wb.create_sheet(sheet_title(tr(table.title)))
    headings = [tr(c.heading) for c in table.columns]
    ws.append(xlsx_row(ws, headings))
    handle = run.csv_file(table)
    try:
        writer = None if handle is None else csv.writer(handle)
        if writer is not None:
            writer.writerow(csv_row(headings))
        written = _write(ws, table, writer, run)
        if table.key == "summary":
            _write_anchor(ws, writer, run.span.ctx)
        return written
    finally:
        if handle is not None:
            handle.close()


def _write_workbook(path: Path, run: _Run) -> dict[str, int]:
    """Every sheet into a temporary file that takes the workbook's name only when complete."""
    wb = Workbook(write_only=True)
    counts: dict[str, int] = {}
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        for table in tables.MONTH_SHEETS:
            counts[table.key] = _write_sheet(wb, table, run)
            run.done += 1
            run.tick(run.done)
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        for ws in wb.worksheets:  # end each sheet's writer so no temporary file is left open
            ws.close()
        raise
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return counts


@requires(Perm.MONTH_EXPORT)
def export_month(
    ctx: AppContext,
    month: str,
    path: str | Path,
    csv_dir: str | Path | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the month's workbook (and CSVs), then lock the month; a supervisor's task."""
    month = _check_month(ctx, month)
    path, csv_dir = Path(path), (Path(csv_dir) if csv_dir else None)
    span = Span.month(
        ctx, month, *month_lock.month_bounds(ctx, month), site.get_profile(ctx).language
    )
    counts = _write_workbook(path, _Run(span, csv_dir, progress))
    by_method = finance.totals(span)[0]
    with atomic(ctx.db):
        lock = month_lock.lock_month(ctx, month)
        audit.record(
            ctx,
            "month.export",
            "month",
            month,
            None,
            {"file": path.name, "rows": counts, "by_method": by_method},
        )
    return ExportResult(month, path, counts, dict(by_method), csv_dir, lock)


def export_labels() -> dict[str, str]:
    """Sheet key -> title source string (for the UI's list of what the workbook holds)."""
    return {table.key: table.title for table in tables.MONTH_SHEETS}
