"""Screenshots of the Finance page in English and Chinese, offscreen, on a temporary demo site
(a few days of desk work made through the services), plus the rendered daily ledger and
hand-over voucher (pdftoppm) and the export's summary sheet: the workbook written by the
export, read back with openpyxl and drawn in a QTableWidget (grabbed), as no office suite is
needed for it.

Run: .venv/bin/python scripts/screens/finance.py [en|zh_CN ...]"""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402

from demo import site as demo  # noqa: E402
from services.finance import handover
from services.reports import ledger_documents
from services.reports import month_export
from services.documents import printing
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext, User  # noqa: E402
from services.core.database import open_database  # noqa: E402
from ui import i18n  # noqa: E402
from ui.finance.finance_page import FinancePage  # noqa: E402
from ui.session import DeskSession, desk_tr  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 3, 3)
LEDGER_DAY = date(2026, 3, 2)


def build_site(folder: Path) -> tuple[str, dict]:
    path = folder / "finance.db"
    db = open_database(path)
    demo.build_demo(db, days=6, today=TODAY)
    clock = FixedClock(datetime.combine(TODAY, time(10), TZ))
    ctxs = {}
    for row in db.conn.execute("SELECT * FROM users ORDER BY id"):
        ctxs.setdefault(row["role"], AppContext(
            db, User(row["id"], row["username"], row["display_name"], row["role"]), clock))
    return str(path), ctxs


def grab(widget, name: str, lang: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"finance-{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def render(pdf: bytes, name: str, lang: str, folder: Path) -> None:
    target = folder / f"{name}.pdf"
    target.write_bytes(pdf)
    stem = OUT / f"finance-{name}-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(target), str(stem)], check=True)
    print(stem.with_suffix(".png").relative_to(ROOT))


def summary_table(xlsx: Path) -> QTableWidget:
    """The summary sheet as the workbook holds it (values and the 0.00 money format)."""
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    rows = list(sheet.iter_rows())
    table = QTableWidget(len(rows) - 1, len(rows[0]))
    table.setHorizontalHeaderLabels([str(c.value) for c in rows[0]])
    for r, row in enumerate(rows[1:]):
        for c, cell in enumerate(row):
            value = cell.value
            if value is None:
                text = ""
            elif cell.number_format == "0.00":
                text = f"{value:.2f}"
            else:
                text = str(value)
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.resize(760, 860)
    return table


def main(languages: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    db_path, ctxs = build_site(folder)
    sup, lead = ctxs["supervisor"], ctxs["shift_lead"]
    voucher = handover.hand_over(lead, LEDGER_DAY)
    for lang in languages:
        i18n.install(lang)
        doc_sup = dataclasses.replace(sup, translate=desk_tr)
        xlsx = folder / f"2026-02-{lang}.xlsx"
        month_export.export_month(doc_sup, "2026-02", xlsx)
        page = FinancePage(DeskSession(sup, db_path))
        page.day_edit.setDate(QDate(LEDGER_DAY.year, LEDGER_DAY.month, LEDGER_DAY.day))
        page.resize(1100, 620)
        grab(page, "page", lang)
        grab(summary_table(xlsx), "export-summary", lang)
        doc_lead = dataclasses.replace(lead, translate=desk_tr)
        render(ledger_documents.daily_ledger_pdf(doc_lead, LEDGER_DAY, lang=lang), "ledger",
               lang, folder)
        copy = printing.next_copy_number(lead.db, "handover", voucher.handover_no)
        render(ledger_documents.handover_pdf(doc_lead, voucher, copy), "handover", lang, folder)


if __name__ == "__main__":
    main(sys.argv[1:] or ["en"])
