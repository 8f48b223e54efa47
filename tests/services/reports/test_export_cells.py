"""The month export's cells: a text that reads like a spreadsheet error code is still a
string, plain texts are strings, and each row's amount is its own (the export gives one
styled money cell per column each row's value, which must never leak into another row)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import openpyxl

from services.reports import month_export
from services.sales import price_list, sales
from services.shifts import shifts


def test_error_code_texts_stay_strings_and_amounts_stay_per_row(role_ctx, clock, tmp_path):
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    price_list.ensure_default_prices(admin)
    shifts.open_shift(clerk, {10000: 1})
    items = price_list.list_prices(clerk)
    made = []
    for n, reason in enumerate(["#N/A", "#DIV/0!", "plain reason"]):
        sale = sales.sell(clerk, [(items[0].id, n + 1)], "cash")
        sales.void_sale(lead, sale.receipt_no, reason)
        made.append(sale)
    made += [sales.sell(clerk, [(items[1].id, n + 1)], "wechat") for n in range(3)]
    shifts.record_count(lead, {10000: 1})
    clock.at = datetime(2026, 4, 2, 2, 0, tzinfo=UTC)
    result = month_export.export_month(role_ctx["supervisor"], "2026-03", tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(result.path)
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    texts = {c.value: c.data_type for c in cells if c.value in ("#N/A", "#DIV/0!", "plain reason")}
    assert texts == {"#N/A": "s", "#DIV/0!": "s", "plain reason": "s"}
    assert not [c for c in cells if c.data_type in ("e", "f")]
    amounts = {
        Decimal(s.total_fen).scaleb(-2)
        for s in made  # every receipt's own total is somewhere in the workbook, as a number
    }
    numbers = {c.value for c in cells if isinstance(c.value, (int, float, Decimal))}
    assert {float(a) for a in amounts} <= {float(x) for x in numbers}
    assert len({s.total_fen for s in made}) >= 4  # the totals differ row to row


def test_yuan_text_is_the_decimal_figure():
    for fen in (0, 5, -5, 99, 100, -100, 1234, -1234, 123456789012, -1):
        assert month_export.yuan_text(fen) == str(month_export.fen_to_yuan(fen))
