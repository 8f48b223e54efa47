"""Bench: the desk's paper and files against the simplest fast way to make the same thing.

  - a receipt PDF (80 mm roll) against a canvas floor: the same font, the same lines of text
    and the same QR (the qrcode package's matrix drawn as one path) on a reportlab Canvas;
  - the daily ledger PDF of a day with 2,000 money movements against a canvas floor drawing
    the same rows, a line each, page after page, in the same font;
  - the month export (XLSX) of 100,000 receipts against plain openpyxl write-only writing the
    same rows of every sheet (read beforehand) as bare values;
  - the month's CSVs as the export writes them (its own row formatting: money as yuan, the
    formula guard) against a plain csv.writer writing the same rows.
Ours and the floor run interleaved; each figure prints its ratio's min-max over the rounds.
Targets: receipt ratio <= 1.5; ledger <= 1 s; export <= 10 s and ratio <= 2; CSV ratio <= 2.
Not part of the tests.

    .venv/bin/python bench/ledger_export.py [--runs 3] [--receipts 100000] [--movements 2000]
        [--only documents|export]   (documents: the receipt and the ledger, no month export)
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import csv  # noqa: E402

import qrcode  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from bench.common import interleaved, report, spread  # noqa: E402
from services.admin import site, users
from services.core.clock import FixedClock, iso  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.core.spreadsheet_cells import csv_row  # noqa: E402
from services.documents import cjk_font  # noqa: E402
from services.finance import month_lock  # noqa: E402
from services.reports import ledger_documents, month_export, tables  # noqa: E402
from services.reports.tables.base import MONEY, Span  # noqa: E402
from services.sales import documents as sales_documents  # noqa: E402
from services.sales import price_list, sales  # noqa: E402
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
    close_counted(lead)
    rows = [
        list(r)
        for r in db.conn.execute(
            "SELECT receipt_no, sold_at, method, total_fen, user_id FROM sales"
        ).fetchall()
    ]

    font = cjk_font()

    def bare():  # the rows drawn on a canvas, a line each, page after page
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=A4)
        y = A4[1] - 20 * mm
        for row in [["Receipt no.", "Time", "Paid by", "Amount", "Clerk"]] + rows:
            if y < 20 * mm:
                canvas.showPage()
                y = A4[1] - 20 * mm
            canvas.setFont(font, 9)
            for x, value in zip((20, 60, 105, 135, 165), row, strict=False):
                canvas.drawString(x * mm, y, str(value))
            y -= 5 * mm
        canvas.save()

    figures = interleaved(lambda: ledger_documents.daily_ledger_pdf(lead, DAY), bare, runs)
    receipt = bench_receipt(lead, db, font, max(15, runs * 5))
    db.close()
    return figures, receipt


def bench_receipt(ctx, db, font: str, rounds: int) -> dict:
    """The receipt of a sale against the same lines and QR drawn on a canvas."""
    numbers = [r[0] for r in db.conn.execute("SELECT receipt_no FROM sales ORDER BY id LIMIT 200")]
    sale = sales.get_sale(ctx, numbers[0])
    lines = [
        "Harbour City Mall",
        "Receipt",
        f"Receipt no.  {sale.receipt_no}",
        f"Time  {sale.sold_at}",
        f"Clerk  {sale.clerk}",
        "Service    Qty    Price    Amount",
        *[
            f"{x.name('en')}  {x.quantity}  {x.unit_price_fen / 100:.2f}  {x.amount_fen / 100:.2f}"
            for x in sale.lines
        ],
        f"Total  {sale.total_fen / 100:.2f}",
        f"Paid by  {sale.method}",
        "Thank you for using the service desk. Please keep this receipt;",
        "an invoice can be issued against it.",
    ]
    turn = iter(range(10**6))

    def ours():
        sales_documents.receipt_pdf(ctx, numbers[next(turn) % len(numbers)], 0, "en")

    def bare():
        no = numbers[next(turn) % len(numbers)]
        out = io.BytesIO()
        height = 14 * len(lines) + 40 * mm
        canvas = Canvas(out, pagesize=(80 * mm, height))
        canvas.setFont(font, 9)
        y = height - 8 * mm
        for text in lines:
            canvas.drawString(4 * mm, y, text)
            y -= 14
        code = qrcode.QRCode(border=0)
        code.add_data(no)
        code.make(fit=True)
        matrix = code.get_matrix()
        size = 30 * mm / len(matrix)
        path = canvas.beginPath()
        for r, cells in enumerate(matrix):
            for c, dark in enumerate(cells):
                if dark:
                    path.rect(
                        25 * mm + c * size, y - 32 * mm + (len(matrix) - r) * size, size, size
                    )
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.save()

    return interleaved(ours, bare, rounds, warm=2)


def close_counted(lead) -> None:
    """Close the open shift counting exactly the expected cash: a ledger or an export shows
    a shift's cash once it is counted (blind close)."""
    shift = shifts.current_shift(lead)
    left, counts = shifts.cash_figures(lead, shift).expected_fen, {}
    for value in shifts.DENOMINATIONS:
        counts[value], left = divmod(left, value)
    shifts.close_shift(lead, {k: v for k, v in counts.items() if v})


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


def bench_export(runs: int, count: int) -> tuple[dict, dict]:
    folder = Path(tempfile.mkdtemp())
    db, clock, admin, lead = desk(folder / "export.db")
    seed_receipts(db, count)
    clock.at = datetime(2026, 2, 28, 12, tzinfo=UTC)
    close_counted(lead)
    clock.at = datetime(2026, 3, 5, 2, tzinfo=UTC)
    month = "2026-02"
    span = Span.month(lead, month, *month_lock.month_bounds(lead, month), "en")
    sheets = [
        (t.key, [lead.translate(c.heading) for c in t.columns], list(t.rows(span)))
        for t in tables.MONTH_SHEETS
    ]
    print(f"sheets: {', '.join(f'{k} {len(r):,}' for k, _, r in sheets)}", flush=True)

    def bare_xlsx():  # plain write-only openpyxl, the same rows as bare values
        wb = Workbook(write_only=True)
        for key, headings, rows in sheets:
            ws = wb.create_sheet(key)
            ws.append(headings)
            for row in rows:
                ws.append(row)
        wb.save(folder / "bare.xlsx")

    def bare_csv():  # a plain csv writer, the same rows
        for key, headings, rows in sheets:
            with open(folder / f"bare-{key}.csv", "w", newline="", encoding="utf-8-sig") as out:
                writer = csv.writer(out)
                writer.writerow(headings)
                writer.writerows(rows)

    money = {
        t.key: frozenset(i for i, c in enumerate(t.columns) if c.kind == MONEY)
        for t in tables.MONTH_SHEETS
    }

    def our_csv():  # the export's own CSV rows (money as yuan, formula guard), same rows
        for key, headings, rows in sheets:
            with open(folder / f"ours-{key}.csv", "w", newline="", encoding="utf-8-sig") as out:
                writer = csv.writer(out)
                writer.writerow(csv_row(headings))
                prepared = month_export.CsvRows(money[key], len(headings))
                writer.writerows(prepared.row(row) for row in rows)

    n = iter(range(1000))
    xlsx, floor_xlsx, ours_csv, floor_csv = [], [], [], []
    for _ in range(runs):  # interleaved: ours, its floor, our CSVs, theirs
        for fn, into in (
            (lambda: month_export.export_month(lead, month, folder / f"m-{next(n)}.xlsx"), xlsx),
            (bare_xlsx, floor_xlsx),
            (our_csv, ours_csv),
            (bare_csv, floor_csv),
        ):
            started = time.perf_counter()
            fn()
            into.append((time.perf_counter() - started) * 1000)
    db.close()
    return spread(xlsx, floor_xlsx), spread(ours_csv, floor_csv)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--receipts", type=int, default=100_000)
    parser.add_argument("--movements", type=int, default=2000)
    parser.add_argument("--only", choices=("documents", "export"))
    args = parser.parse_args()
    if args.only != "export":
        bench_documents(args.runs, args.movements)
    if args.only != "documents":
        bench_month(args.runs, args.receipts)


def bench_documents(runs: int, movements: int) -> None:
    ledger, receipt = bench_ledger(runs, movements)
    for name, figures in (("receipt PDF", receipt), ("daily ledger", ledger)):
        print(
            f"{name}: {figures['median_ms']:.1f} ms; canvas floor {figures['floor_ms']:.1f} ms;"
            f" ratio {figures['ratio_min']}-{figures['ratio_max']}",
            flush=True,
        )
    report("receipt PDF (80 mm, QR)", receipt, "ratio <= 1.5")
    report(f"daily ledger PDF, {movements:,} movements", ledger, "<= 1000 ms")


def bench_month(runs: int, receipts: int) -> None:
    xlsx, csv_part = bench_export(runs, receipts)
    print(
        f"month export, {receipts:,} receipts: {xlsx['median_ms'] / 1000:.2f} s;"
        f" plain write-only {xlsx['floor_ms'] / 1000:.2f} s; ratio"
        f" {xlsx['ratio_min']}-{xlsx['ratio_max']}; CSVs {csv_part['median_ms'] / 1000:.2f} s,"
        f" plain csv writer {csv_part['floor_ms'] / 1000:.2f} s"
    )
    report(f"month export XLSX, {receipts:,} receipts", xlsx, "<= 10000 ms, ratio <= 2")
    report(f"month export CSVs, {receipts:,} receipts", csv_part, "ratio <= 2")


if __name__ == "__main__":
    main()
