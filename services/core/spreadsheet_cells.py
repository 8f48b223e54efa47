"""Cells of exported spreadsheets (XLSX, CSV) that a spreadsheet never runs (issue 16, defect
10; OWASP "CSV Injection"): a text that begins with =, +, -, @, a tab or a carriage return
would be read as a formula by Excel or LibreOffice. In a workbook such a text is written as
a string cell (never a formula); in a CSV it gets a leading apostrophe, which spreadsheets
show as the start of a text. Numbers (ints, Decimals) stay numbers; only text is touched."""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def csv_text(value: Any) -> Any:
    """A CSV field: a text a spreadsheet would run is prefixed with ' (numbers untouched)."""
    if looks_like_formula(value):
        return "'" + value
    return value


def csv_row(values: list) -> list:
    return [csv_text(v) for v in values]


def xlsx_text_cell(ws, value: str):
    """A write-only workbook cell holding `value` as a string, whatever it begins with."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"  # openpyxl would make '=...' a formula
    if looks_like_formula(value):
        cell.quotePrefix = True  # shown and kept as text when the file is edited and saved
    return cell


def xlsx_row(ws, values: list) -> list:
    """A row for ws.append: texts as string cells, everything else as given."""
    return [xlsx_text_cell(ws, v) if isinstance(v, str) else v for v in values]
