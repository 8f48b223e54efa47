"""After `frontdesk demo`: no full phone or resident ID number in any document, ledger,
export or log the desk produces from that data (issue 10, acceptance 4)."""

from __future__ import annotations

import logging
from datetime import UTC, date, timedelta

import pypdfium2
import pytest

from demo import site as demo
from services.admin import users
from services.complaints import documents as complaint_documents
from services.core.context import AppContext
from services.core.database import open_database
from services.finance import handover
from services.lending import documents as lending_documents
from services.lost_found import documents as lost_found_documents
from services.members import documents as member_documents
from services.reports import ledger_documents, month_export
from services.sales import documents as sales_documents
from services.shifts import shifts
from tests.services.core.test_personal_data_scan import MOBILE, resident_ids

TODAY = date(2026, 4, 2)  # the demo covers the last days of March, so March can be exported


def pdf_text(pdf: bytes) -> bytes:
    doc = pypdfium2.PdfDocument(pdf)
    text = "".join(page.get_textpage().get_text_range() for page in doc)
    doc.close()
    return text.encode("utf-8")


def leaks(name: str, data: bytes) -> list[tuple[str, bytes]]:
    found = MOBILE.findall(data) + resident_ids(data)
    return [(name, m) for m in found]


@pytest.fixture(scope="module")
def produced(tmp_path_factory):
    """Every kind of paper and file the desk makes, from a demo database, plus the log."""
    folder = tmp_path_factory.mktemp("produced")
    records = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage().encode("utf-8"))
    logging.getLogger().addHandler(handler)
    try:
        db = open_database(folder / "demo.db")
        demo.build_demo(AppContext(db), days=4, seed=11, today=TODAY)
        bare = AppContext(db, None, demo_clock(db))
        lead = bare.signed_in_as(users.sign_in(bare, "zhao.min", demo.DEMO_PASSWORD))
        yield folder, list(documents(lead, folder)), records
        db.close()
    finally:
        logging.getLogger().removeHandler(handler)


def demo_clock(db):
    from datetime import datetime

    from services.core.clock import FixedClock

    return FixedClock(datetime(TODAY.year, TODAY.month, TODAY.day, 3, tzinfo=UTC))


def documents(ctx: AppContext, folder):
    conn = ctx.db.conn
    for offset in range(1, 5):
        day = TODAY - timedelta(days=offset)
        yield f"ledger {day}", ledger_documents.daily_ledger_pdf(ctx, day)
        yield f"handover {day}", ledger_documents.handover_pdf(ctx, handover.hand_over(ctx, day))
    for (loan_id,) in conn.execute("SELECT id FROM loans LIMIT 20"):
        yield f"slip {loan_id}", lending_documents.deposit_slip_pdf(ctx, loan_id)
    for shift in shifts.recent_shifts(ctx, limit=3):
        yield f"shift {shift.id}", lending_documents.shift_report_pdf(ctx, shift.id)
    for (member_id,) in conn.execute("SELECT id FROM members LIMIT 10"):
        yield f"statement {member_id}", member_documents.points_statement_pdf(ctx, member_id)
    for (number,) in conn.execute("SELECT receipt_no FROM sales LIMIT 10"):
        yield f"receipt {number}", sales_documents.receipt_pdf(ctx, number)
    for (item_id,) in conn.execute("SELECT id FROM found_items LIMIT 10"):
        yield f"tag {item_id}", lost_found_documents.tag_label_pdf(ctx, item_id)
    for (case_id,) in conn.execute("SELECT id FROM complaint_cases LIMIT 10"):
        yield f"case {case_id}", complaint_documents.case_record_pdf(ctx, case_id)
    csv = lost_found_documents.found_items_csv(ctx)
    yield "found items csv", csv.encode("utf-8") if isinstance(csv, str) else csv
    out = folder / "march.xlsx"
    month_export.export_month(ctx, "2026-03", out, csv_dir=folder / "csv")
    yield "export xlsx", workbook_text(out)
    for path in sorted((folder / "csv").glob("*.csv")):
        yield f"export {path.name}", path.read_bytes()


def workbook_text(path) -> bytes:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    cells = [
        str(v)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if v is not None
    ]
    return "\n".join(cells).encode("utf-8")


def test_documents_exports_and_logs_hold_no_full_phone_or_id(produced):
    _, docs, log = produced
    assert len(docs) > 30
    found = []
    for name, data in docs:
        found += leaks(name, pdf_text(data) if data[:4] == b"%PDF" else data)
    for line in log:
        found += leaks("log", line)
    assert found == []


def test_the_scan_would_see_a_full_phone_or_id_in_a_pdf():
    from services.documents import Document

    pdf = Document("receipt").paragraph("电话 13812345678 身份证 11010519491231002X").build()
    assert [m for _, m in leaks("probe", pdf_text(pdf))] == [b"13812345678", b"11010519491231002X"]
