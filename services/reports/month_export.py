"""The monthly finance export (DOMAIN.md 8): one .xlsx workbook (openpyxl write-only) with a
summary and a sheet each for receipts, income, invoices, deposits, shifts and points
liabilities; optionally one CSV per sheet. Headers follow the site's language (ctx.translate),
amounts are numbers with two decimals, personal data is masked, and the export locks the month.

Amounts are written as Decimal(fen) / 100: exact to the fen (no binary float rounding on the
way), shown by Excel with the number format '0.00'; a reader gets the number 12.5 for ¥12.50.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Iterator
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

import db.finance.finance as finance_db
from db.core.connection import atomic
from services.core import audit
from services.reports import daily_ledger
from services.reports import ledger_sections
from services.finance import month_lock
from services.core import permissions
from services.shifts import shifts
from services.admin import site
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.identifiers import mask_phone
from services.core.permissions import Perm

MONEY_FORMAT = "0.00"
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


class _Sheet:
    """A sheet's key, title and columns (source strings) and how to make its rows."""

    def __init__(
        self,
        key: str,
        title: str,
        columns: list[tuple[str, str]],
        rows: Callable[[], Iterable[list]],
    ):
        self.key, self.title, self.columns, self.rows = key, title, columns, rows


class _Month:
    def __init__(self, ctx: AppContext, month: str):
        self.ctx, self.db, self.month, self.tr = ctx, ctx.db, month, ctx.translate
        self.start, self.end = month_lock.month_bounds(ctx.db, month)
        self.tz = ZoneInfo(site.timezone(ctx.db))
        self.by_method, self.by_kind = daily_ledger.money_totals(ctx.db, self.start, self.end)
        self._methods: dict[str, str] = {}

    def when(self, stored: str | None) -> str:
        return parse_iso(stored).astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if stored else ""

    def method(self, method: str) -> str:
        if method not in self._methods:  # one translation per method, not one per row
            self._methods[method] = self.tr(ledger_sections.method_label(method))
        return self._methods[method]

    def kind(self, kind: str) -> str:
        return self.tr(shifts.MOVEMENT_LABELS[kind]) if kind in shifts.MOVEMENT_LABELS else kind

    def word(self, value: str | None) -> str:
        words = ledger_sections.WORDS
        return self.tr(words[value]) if value in words else (value or "")


TEXT, MONEY, INT = "text", "money", "int"


def _summary(m: _Month) -> Iterator[list]:
    receipts = finance_db.receipt_totals(m.db, m.start, m.end)
    invoices = finance_db.invoices_between(m.db, m.start, m.end)
    held = finance_db.loans_out_at(m.db, m.end)
    shift_rows = finance_db.shifts_between(m.db, m.start, m.end)
    points = finance_db.points_balances_at(m.db, m.end)
    tr = m.tr
    yield [tr(QT_TRANSLATE_NOOP("Desk", "Month")), m.month, None, None]
    yield [tr(QT_TRANSLATE_NOOP("Desk", "Site")), site.get_profile(m.db).name, None, None]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Exported")),
        m.when(m.ctx.clock.now().isoformat()),
        None,
        None,
    ]
    yield [tr(QT_TRANSLATE_NOOP("Desk", "Exported by")), m.ctx.user.username, None, None]
    for method in shifts.METHODS:
        n = sum(r["n"] for r in m.by_kind if r["method"] == method)
        yield [
            tr(QT_TRANSLATE_NOOP("Desk", "Net income by payment method")),
            m.method(method),
            n,
            m.by_method.get(method, 0),
        ]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Net income, all payment methods")),
        None,
        sum(r["n"] for r in m.by_kind),
        sum(m.by_method.values()),
    ]
    for r in m.by_kind:
        yield [m.kind(r["kind"]), m.method(r["method"]), r["n"], r["amount_fen"]]
    yield [tr(QT_TRANSLATE_NOOP("Desk", "Receipts")), None, receipts["n"], receipts["fen"]]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "of which voided")),
        None,
        receipts["voided_n"],
        receipts["voided_fen"],
    ]
    for kind in ("blue", "red"):
        rows = [r for r in invoices if r["kind"] == kind and not r["voided_at"]]
        yield [
            tr(QT_TRANSLATE_NOOP("Desk", "Invoices")),
            m.word(kind),
            len(rows),
            sum(r["total_fen"] for r in rows),
        ]
    void_inv = [r for r in invoices if r["voided_at"]]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Invoices voided")),
        None,
        len(void_inv),
        sum(r["total_fen"] for r in void_inv),
    ]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Deposits held at month end")),
        None,
        len(held),
        sum(r["deposit_fen"] for r in held),
    ]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Shift differences")),
        None,
        sum(1 for r in shift_rows if r["difference_fen"]),
        sum(r["difference_fen"] or 0 for r in shift_rows),
    ]
    yield [
        tr(QT_TRANSLATE_NOOP("Desk", "Points held by members at month end")),
        None,
        sum(r["points"] for r in points),
        None,
    ]


def _receipts(m: _Month) -> Iterator[list]:
    lang = site.get_profile(m.db).language
    for r in finance_db.receipts_between(m.db, m.start, m.end, lang):
        yield [
            r["receipt_no"],
            m.when(r["sold_at"]),
            r["username"],
            m.method(r["method"]),
            r["lines"],
            r["total_fen"],
            m.word("void") if r["voided_at"] else "",
            m.when(r["voided_at"]),
            ledger_sections.mask_text(r["void_reason"]),
        ]


def _income(m: _Month) -> Iterator[list]:
    for r in m.by_kind:
        yield [m.kind(r["kind"]), m.method(r["method"]), r["n"], r["amount_fen"]]
    zh = site.get_profile(m.db).language.startswith("zh")
    for r in finance_db.income_by_service_and_method(m.db, m.start, m.end):
        name = r["name_zh"] if zh else r["name_en"]
        yield [
            f"{m.kind('service_income')}: {name}",
            m.method(r["method"]),
            r["quantity"],
            r["amount_fen"],
        ]


def _invoices(m: _Month) -> Iterator[list]:
    for r in finance_db.invoices_between(m.db, m.start, m.end):
        yield [
            r["invoice_no"],
            m.when(r["issued_at"]),
            m.word(r["kind"]),
            r["original_no"] or "",
            r["seller_name"],
            ledger_sections.buyer_text(r),
            r["buyer_tax_id"] if r["buyer_kind"] == "company" else "",
            r["net_fen"],
            r["tax_fen"],
            r["total_fen"],
            m.word("void") if r["voided_at"] else "",
            ledger_sections.mask_text(r["void_reason"]),
        ]


def _deposits(m: _Month) -> Iterator[list]:
    zh = site.get_profile(m.db).language.startswith("zh")
    for r in finance_db.loans_touching(m.db, m.start, m.end):
        settled = r["settled_at"] if r["settled_at"] and r["settled_at"] < m.end else None
        state = (
            m.tr(QT_TRANSLATE_NOOP("Desk", "Held")) if settled is None else m.word(r["condition"])
        )
        yield [
            r["slip_no"],
            m.when(r["lent_at"]),
            f"{r['name_zh'] if zh else r['name_en']} {r['item_code']}",
            mask_phone(r["borrower_phone"]),
            m.method(r["method"]),
            r["deposit_fen"],
            m.when(settled),
            r["refund_fen"] if settled else None,
            r["forfeit_fen"] if settled else None,
            state,
        ]


def _shifts(m: _Month) -> Iterator[list]:
    for s in daily_ledger.shift_lines(m.db, m.start, m.end):
        yield [
            s.report_no,
            m.when(s.opened_at),
            s.opened_by,
            m.when(s.closed_at),
            s.closed_by,
            s.float_fen,
            s.expected_fen,
            s.counted_fen,
            s.difference_fen,
            s.reason,
        ]


def _points(m: _Month) -> Iterator[list]:
    for r in finance_db.points_balances_at(m.db, m.end):
        yield [r["member_id"], mask_phone(r["phone"]), r["points"]]


def sheets(m: _Month) -> list[_Sheet]:
    return [
        _Sheet(
            "summary",
            QT_TRANSLATE_NOOP("Desk", "Summary"),
            [
                (QT_TRANSLATE_NOOP("Desk", "Item"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Payment method or kind"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Count"), INT),
                (QT_TRANSLATE_NOOP("Desk", "Amount"), MONEY),
            ],
            lambda: _summary(m),
        ),
        _Sheet(
            "receipts",
            QT_TRANSLATE_NOOP("Desk", "Receipts"),
            [
                (QT_TRANSLATE_NOOP("Desk", "Receipt no."), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Sold"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Clerk"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Paid by"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Services"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Amount"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Void"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Voided"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Reason"), TEXT),
            ],
            lambda: _receipts(m),
        ),
        _Sheet(
            "income",
            QT_TRANSLATE_NOOP("Desk", "Income"),
            [
                (QT_TRANSLATE_NOOP("Desk", "Income line"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Paid by"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Count"), INT),
                (QT_TRANSLATE_NOOP("Desk", "Amount"), MONEY),
            ],
            lambda: _income(m),
        ),
        _Sheet(
            "invoices",
            QT_TRANSLATE_NOOP("Desk", "Invoices"),
            [
                (QT_TRANSLATE_NOOP("Desk", "Invoice no."), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Issued"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Kind"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Original no."), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Seller"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Buyer"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Buyer tax ID"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Net"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Tax"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Total"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Void"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Reason"), TEXT),
            ],
            lambda: _invoices(m),
        ),
        _Sheet(
            "deposits",
            QT_TRANSLATE_NOOP("Desk", "Deposits"),
            [
                (QT_TRANSLATE_NOOP("Desk", "Slip no."), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Lent"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Item"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Phone"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Paid by"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Deposit"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Settled"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Refunded"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Forfeited"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "At month end"), TEXT),
            ],
            lambda: _deposits(m),
        ),
        _Sheet(
            "shifts",
            QT_TRANSLATE_NOOP("Desk", "Shifts"),
            [
                (QT_TRANSLATE_NOOP("Desk", "Report no."), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Opened"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Opened by"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Closed"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Closed by"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Cash float"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Expected cash"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Counted cash"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Difference"), MONEY),
                (QT_TRANSLATE_NOOP("Desk", "Reason"), TEXT),
            ],
            lambda: _shifts(m),
        ),
        _Sheet(
            "points",
            QT_TRANSLATE_NOOP("Desk", "Points liabilities"),
            [
                (QT_TRANSLATE_NOOP("Desk", "Member no."), INT),
                (QT_TRANSLATE_NOOP("Desk", "Phone"), TEXT),
                (QT_TRANSLATE_NOOP("Desk", "Points at month end"), INT),
            ],
            lambda: _points(m),
        ),
    ]


def sheet_title(text: str) -> str:
    """Excel refuses []:*?/\\ in sheet names and more than 31 characters."""
    return "".join(" " if c in "[]:*?/\\" else c for c in text)[:31]


def _check_month(ctx: AppContext, month: str) -> str:
    month = month_lock.parse_month(month)
    _, end = month_lock.month_bounds(ctx.db, month)
    if ctx.clock.now() < parse_iso(end):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "{month} is not over yet; export it from the first day of the next month."
            ),
            month=month,
        )
    return month


def _money_cell(ws, value) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=fen_to_yuan(value))
    cell.number_format = MONEY_FORMAT
    return cell


def _write(
    ws,
    sheet: _Sheet,
    rows: Iterable[list],
    writer,
    progress: Progress | None,
    done: list[int],
    total: int,
) -> int:
    kinds = [kind for _, kind in sheet.columns]
    money_at = [i for i, k in enumerate(kinds) if k == MONEY]
    n = 0
    for row in rows:
        if writer is not None:
            writer.writerow(
                [
                    ""
                    if v is None
                    else (f"{fen_to_yuan(v)}" if i in money_at and isinstance(v, int) else v)
                    for i, v in enumerate(row)
                ]
            )
        for i in money_at:
            if isinstance(row[i], int):
                row[i] = _money_cell(ws, row[i])
        ws.append(row)
        n += 1
        if progress is not None and n % 2000 == 0 and progress(done[0], total) is False:
            raise ExportCancelled(
                QT_TRANSLATE_NOOP("Desk", "The export was cancelled; nothing was written.")
            )
    return n


def export_month(
    ctx: AppContext,
    month: str,
    path: str | Path,
    csv_dir: str | Path | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the month's workbook (and CSVs), then lock the month; a supervisor's task."""
    permissions.require(ctx, Perm.MONTH_EXPORT)
    month = _check_month(ctx, month)
    path, m = Path(path), _Month(ctx, month)
    wb = Workbook(write_only=True)
    counts: dict[str, int] = {}
    parts = sheets(m)
    done = [0]
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        for sheet in parts:
            ws = wb.create_sheet(sheet_title(ctx.translate(sheet.title)))
            ws.append([ctx.translate(title) for title, _ in sheet.columns])
            handle = writer = None
            if csv_dir is not None:
                Path(csv_dir).mkdir(parents=True, exist_ok=True)
                handle = open(
                    Path(csv_dir) / f"{month}-{sheet.key}.csv",
                    "w",
                    newline="",
                    encoding="utf-8-sig",
                )
                writer = csv.writer(handle)
                writer.writerow([ctx.translate(title) for title, _ in sheet.columns])
            try:
                counts[sheet.key] = _write(
                    ws, sheet, sheet.rows(), writer, progress, done, len(parts)
                )
            finally:
                if handle is not None:
                    handle.close()
            done[0] += 1
            if progress is not None and progress(done[0], len(parts)) is False:
                raise ExportCancelled(
                    QT_TRANSLATE_NOOP("Desk", "The export was cancelled; nothing was written.")
                )
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        for ws in wb.worksheets:  # end each sheet's writer so no temporary file is left open
            ws.close()
        raise
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    with atomic(ctx.db):
        lock = month_lock.lock_month(ctx, month)
        audit.record(
            ctx,
            "month.export",
            "month",
            month,
            None,
            {"file": path.name, "rows": counts, "by_method": m.by_method},
        )
    return ExportResult(
        month, path, counts, dict(m.by_method), Path(csv_dir) if csv_dir else None, lock
    )


def export_labels() -> dict[str, str]:
    """Sheet key -> title source string (for the UI's list of what the workbook holds)."""
    return {
        "summary": QT_TRANSLATE_NOOP("Desk", "Summary"),
        "receipts": QT_TRANSLATE_NOOP("Desk", "Receipts"),
        "income": QT_TRANSLATE_NOOP("Desk", "Income"),
        "invoices": QT_TRANSLATE_NOOP("Desk", "Invoices"),
        "deposits": QT_TRANSLATE_NOOP("Desk", "Deposits"),
        "shifts": QT_TRANSLATE_NOOP("Desk", "Shifts"),
        "points": QT_TRANSLATE_NOOP("Desk", "Points liabilities"),
    }
