"""Bench: the daily ledger PDF of a day with 2,000 money movements against a bare reportlab
table of the same rows; the monthly export of 100,000 receipts against a bare openpyxl
write-only workbook of the same rows. Prints medians and ratios (targets: ledger <= 1 s,
export <= 10 s, ratio <= 1.5). Not part of the tests.

    .venv/bin/python bench/ledger_export.py [--runs 3] [--receipts 100000] [--movements 2000]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from bench.common import result  # noqa: E402
from services.admin import site, users
from services.core.clock import FixedClock, iso  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.documents import cjk_font  # noqa: E402
from services.reports import ledger_documents, month_export
from services.sales import price_list, sales
from services.shifts import shifts

DAY = date(2026, 3, 16)
PASSWORD = "bench-pass-1"


def desk(path: Path):
    db = open_database(path)
    clock = FixedClock(datetime(2026, 3, 16, 1, tzinfo=UTC))
    bare = AppContext(db, None, clock)
    profile = site.SiteProfile(
        kind="mall", name="Harbour City Mall", timezone="Asia/Shanghai", language="en"
    )
    admin = bare.signed_in_as(site.initialise(bare, profile, "admin", PASSWORD))
    lead = admin.signed_in_as(users.add_user(admin, "lead", "supervisor", PASSWORD))
    price_list.ensure_default_prices(admin)
    return db, clock, admin, lead


def median_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_ledger(runs: int, movements: int) -> tuple[float, float]:
    folder = Path(tempfile.mkdtemp())
    db, clock, admin, lead = desk(folder / "ledger.db")
    shifts.open_shift(admin, {10000: 5})
    item = price_list.list_prices(admin)[0]
    methods = shifts.METHODS
    for n in range(movements):  # 2,000 sales in the day: 2,000 money movements
        clock.at = datetime(2026, 3, 16, 1, tzinfo=UTC) + timedelta(seconds=15 * n)
        sales.sell(admin, [(item.id, 1 + n % 3)], methods[n % 4])
    rows = [
        list(r)
        for r in db.conn.execute(
            "SELECT receipt_no, sold_at, method, total_fen, user_id FROM sales"
        ).fetchall()
    ]

    def bare():
        out = io.BytesIO()
        template = SimpleDocTemplate(out, pagesize=A4)
        font = cjk_font()
        tables = []
        for i in range(0, len(rows), 45):  # page-sized, as the builder does
            table = Table(
                [["Receipt no.", "Time", "Paid by", "Amount", "Clerk"]]
                + [[str(c) for c in r] for r in rows[i : i + 45]]
            )
            table.setStyle([("FONTNAME", (0, 0), (-1, -1), font)])
            tables.append(table)
        template.build(tables)

    ours = median_of(runs, lambda: ledger_documents.daily_ledger_pdf(lead, DAY))
    floor = median_of(runs, bare)
    db.close()
    return ours, floor


def seed_receipts(db, count: int) -> None:
    """Receipts straight into the tables (the services would take minutes to make 100,000)."""
    conn = db.conn
    start = datetime(2026, 2, 1, 0, 5, tzinfo=UTC)
    conn.execute(
        "INSERT INTO shifts (desk, opened_at, opened_by, float_fen, float_counts)"
        " VALUES ('main', ?, 1, 0, '{}')",
        (iso(start),),
    )
    item = conn.execute("SELECT id, name_zh, name_en FROM price_items LIMIT 1").fetchone()
    step = (27 * 24 * 3600) / count
    methods = shifts.METHODS
    conn.execute("BEGIN")
    for n in range(count):
        at = iso(start + timedelta(seconds=n * step))
        method, fen = methods[n % 4], 500 + (n % 7) * 100
        sale_id = conn.execute(
            "INSERT INTO sales (receipt_no, sold_at, user_id, shift_id, method, total_fen,"
            " tendered_fen, change_fen) VALUES (?, ?, 1, 1, ?, ?, ?, 0)",
            (f"R2026-{n + 1:06d}", at, method, fen, fen),
        ).lastrowid
        conn.execute(
            "INSERT INTO sale_lines (sale_id, line_no, item_id, name_zh, name_en,"
            " quantity, unit_price_fen, amount_fen) VALUES (?, 1, ?, ?, ?, 1, ?, ?)",
            (sale_id, item[0], item[1], item[2], fen, fen),
        )
        conn.execute(
            "INSERT INTO cash_movements (shift_id, at, user_id, kind, method,"
            " amount_fen, ref) VALUES (1, ?, 1, 'service_income', ?, ?, ?)",
            (at, method, fen, f"R2026-{n + 1:06d}"),
        )
    conn.execute("COMMIT")


def bench_export(runs: int, count: int) -> tuple[float, float]:
    folder = Path(tempfile.mkdtemp())
    db, clock, admin, lead = desk(folder / "export.db")
    seed_receipts(db, count)
    clock.at = datetime(2026, 3, 5, 2, tzinfo=UTC)
    rows = [
        list(r)
        for r in db.conn.execute(
            "SELECT s.receipt_no, s.sold_at, 'admin', s.method, l.name_en || ' x1', s.total_fen"
            " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
        ).fetchall()
    ]

    def bare():
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Receipts")
        ws.append(["Receipt no.", "Sold", "Clerk", "Paid by", "Services", "Amount"])
        for row in rows:
            cell = WriteOnlyCell(ws, value=Decimal(row[5]).scaleb(-2))
            cell.number_format = "0.00"
            ws.append(row[:5] + [cell])
        wb.save(folder / "bare.xlsx")

    n = iter(range(1000))
    ours = median_of(
        runs, lambda: month_export.export_month(lead, "2026-02", folder / f"month-{next(n)}.xlsx")
    )
    floor = median_of(runs, bare)
    db.close()
    return ours, floor


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--receipts", type=int, default=100_000)
    parser.add_argument("--movements", type=int, default=2000)
    args = parser.parse_args()
    ours, floor = bench_ledger(args.runs, args.movements)
    print(
        f"daily ledger, {args.movements} movements: median {ours:.2f} s;"
        f" bare reportlab {floor:.2f} s; ratio {ours / floor:.2f} (target <= 1 s, <= 1.5)"
    )
    result(
        f"daily ledger PDF, {args.movements:,} movements",
        ours * 1000,
        floor * 1000,
        "<= 1000 ms, ratio <= 1.5",
    )
    ours, floor = bench_export(args.runs, args.receipts)
    print(
        f"month export, {args.receipts} receipts: median {ours:.2f} s;"
        f" bare openpyxl {floor:.2f} s; ratio {ours / floor:.2f} (target <= 10 s, <= 1.5)"
    )
    result(
        f"month export, {args.receipts:,} receipts",
        ours * 1000,
        floor * 1000,
        "<= 10000 ms, ratio <= 1.5",
    )


if __name__ == "__main__":
    main()
