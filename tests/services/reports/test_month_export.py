"""The monthly export: sheets and headers in the site's language, amounts as two-decimal
numbers, totals that agree with the month's daily ledgers, masking, CSVs, cancel."""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from services.core.clock import FixedClock
from services.core.context import AppContext, User
from services.core.errors import PermissionDenied
from services.finance import month_lock
from services.reports import daily_ledger, month_export
from tests.services.reports.test_daily_ledger import PHONES, busy_day

SH = ZoneInfo("Asia/Shanghai")
SHEETS = ["Summary", "Receipts", "Income", "Invoices", "Deposits", "Shifts", "Points liabilities"]


def at(clock, day: date, hh=10):
    clock.at = datetime.combine(day, time(hh), SH).astimezone(ZoneInfo("UTC"))


def ledger_month_totals(ctx, first: date, last: date) -> dict[str, int]:
    totals: dict[str, int] = {}
    day = first
    while day <= last:
        for method, fen in daily_ledger.daily_ledger(ctx, day).by_method.items():
            totals[method] = totals.get(method, 0) + fen
        day += timedelta(days=1)
    return {m: v for m, v in totals.items()}


@pytest.fixture
def exported(role_ctx, clock, tmp_path):
    ids = [busy_day(role_ctx, clock)]
    at(clock, date(2026, 3, 31), 18)
    ids.append(busy_day(role_ctx, clock, ("13611112222", "13533334444", "13355556666")))
    at(clock, date(2026, 4, 2), 9)
    result = month_export.export_month(
        role_ctx["supervisor"], "2026-03", tmp_path / "m.xlsx", csv_dir=tmp_path / "csv"
    )
    return role_ctx, result, ids


def test_sheets_headers_and_money_cells(exported):
    ctx, result, _ = exported
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames == SHEETS
    receipts = wb["Receipts"]
    header = [c.value for c in receipts[1]]
    assert header[:6] == ["Receipt no.", "Sold", "Clerk", "Paid by", "Services", "Amount"]
    assert receipts.max_row - 1 == result.sheets["receipts"] == 6
    money = receipts.cell(row=2, column=6)
    assert money.number_format == "0.00" and isinstance(money.value, (int, float))
    assert (
        sum(1 for row in receipts.iter_rows(min_row=2, values_only=True) if row[6] == "VOID") == 2
    )


def test_month_totals_agree_with_the_daily_ledgers(exported):
    ctx, result, _ = exported
    ledgers = ledger_month_totals(ctx["supervisor"], date(2026, 3, 1), date(2026, 3, 31))
    assert ledgers == result.by_method
    summary = openpyxl.load_workbook(result.path)["Summary"]
    sheet = {
        row[1]: row[3]
        for row in summary.iter_rows(min_row=2, values_only=True)
        if row[0] == "Net income by payment method"
    }
    labels = {"cash": "Cash", "wechat": "WeChat Pay", "alipay": "Alipay", "card": "Bank card"}
    for method, fen in ledgers.items():
        assert Decimal(str(sheet[labels[method]])) == Decimal(fen) / 100


def test_no_full_phone_or_id_in_any_cell_or_csv(exported, tmp_path):
    ctx, result, ids = exported
    wb = openpyxl.load_workbook(result.path)
    text = " ".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row)
    for path in (tmp_path / "csv").glob("*.csv"):
        text += path.read_text(encoding="utf-8-sig")
    for secret in list(PHONES) + ["13611112222", "13533334444", "13355556666"] + ids:
        assert secret not in text
    assert "138****8000" in text


def test_csv_per_sheet(exported, tmp_path):
    _, result, _ = exported
    files = sorted(p.name for p in (tmp_path / "csv").glob("*.csv"))
    assert files == sorted(f"2026-03-{k}.csv" for k in result.sheets)
    with open(tmp_path / "csv" / "2026-03-receipts.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Receipt no." and len(rows) == 7 and rows[1][5].count(".") == 1


def test_clerks_and_shift_leads_do_not_export(role_ctx, clock, tmp_path):
    at(clock, date(2026, 4, 2))
    for role in ("clerk", "shift_lead"):
        with pytest.raises(PermissionDenied):
            month_export.export_month(role_ctx[role], "2026-03", tmp_path / "x.xlsx")


def test_a_cancelled_export_writes_and_locks_nothing(role_ctx, clock, tmp_path):
    at(clock, date(2026, 4, 2))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(month_export.ExportCancelled):
        month_export.export_month(
            role_ctx["supervisor"], "2026-03", out / "x.xlsx", progress=lambda done, total: done < 2
        )
    assert list(out.iterdir()) == []
    assert not month_lock.lock_state(role_ctx["admin"], "2026-03").locked


def test_headers_follow_the_translation(role_ctx, clock, tmp_path):
    at(clock, date(2026, 4, 2))
    ctx = role_ctx["supervisor"]
    zh = AppContext(ctx.db, ctx.user, ctx.clock, {"Receipts": "收据", "Amount": "金额"}.get)
    zh.translate = lambda s: {"Receipts": "收据", "Amount": "金额"}.get(s, s)
    result = month_export.export_month(zh, "2026-03", tmp_path / "zh.xlsx")
    wb = openpyxl.load_workbook(result.path)
    assert "收据" in wb.sheetnames and "金额" in [c.value for c in wb["收据"][1]]


def test_on_a_60_day_demo_database_each_month_agrees_with_its_ledgers(demo_60_days, tmp_path):
    """Issue 9, acceptance 1: `frontdesk demo --days 60`, then February and March."""
    from services.core.database import open_database
    from tests.conftest import copy_site

    db = open_database(copy_site(demo_60_days, tmp_path / "demo.db"))
    row = db.conn.execute("SELECT * FROM users WHERE role = 'supervisor' LIMIT 1").fetchone()
    clock = FixedClock(datetime(2026, 4, 1, 10, tzinfo=SH))
    sup = AppContext(db, User(row["id"], row["username"], row["display_name"], row["role"]), clock)
    for month, last in (("2026-02", 28), ("2026-03", 31)):
        first = date(2026, int(month[5:]), 1)
        result = month_export.export_month(sup, month, tmp_path / f"{month}.xlsx")
        ledgers = ledger_month_totals(sup, first, first.replace(day=last))
        assert ledgers == result.by_method and sum(ledgers.values()) != 0
    db.close()
