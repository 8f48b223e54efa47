"""The month's workbook keeps dates as dates (a spreadsheet sorts and filters them) and names
members in the points sheet by their card number, not a database row number."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from tests.services.reports.test_month_export import exported  # noqa: F401 - the fixture


def test_times_are_dates_and_points_show_card_numbers(exported):  # noqa: F811
    ctx, result, _ = exported
    book = openpyxl.load_workbook(result.path)
    receipts = book["Receipts"]
    heads = [c.value for c in receipts[1]]
    column = heads.index("Sold") + 1
    moments = [receipts.cell(r, column) for r in range(2, receipts.max_row + 1)]
    assert moments and all(isinstance(c.value, datetime) for c in moments)
    assert all(c.number_format == "yyyy-mm-dd hh:mm" for c in moments)
    points = book["Points liabilities"]
    heads = [c.value for c in points[1]]
    assert "Card no." in heads and "Member no." not in heads
    cards = [
        points.cell(r, heads.index("Card no.") + 1).value for r in range(2, points.max_row + 1)
    ]
    assert cards and all(str(card).startswith("M") for card in cards)
