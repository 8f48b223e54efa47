"""The deposit slip, the shift report and the item labels render with what they must show."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from services.core.money import format_fen
from services.lending import documents as lending_documents
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


@pytest.fixture
def loan(role_ctx):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 30)
    shifts.open_shift(clerk, {10000: 1})
    return lending.lend_item(clerk, "U-001", "13800138000", "cash", "Li")


def test_deposit_slip_shows_number_item_deposit_due_and_no_full_phone(role_ctx, loan):
    text = pdf_text(lending_documents.deposit_slip_pdf(role_ctx["clerk"], loan.id, lang="en"))
    for needle in (
        loan.slip_no,
        "Umbrella U-001",
        format_fen(5000),
        "Due back",
        "138****8000",
        "returned to you in full",
        "No ID card",
    ):
        assert needle in text.replace("\n", " "), needle
    assert "13800138000" not in text
    copy = pdf_text(lending_documents.deposit_slip_pdf(role_ctx["clerk"], loan.id, copy_no=1))
    assert "COPY 1" in copy


def test_shift_report_shows_both_movements(role_ctx, loan):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    lending.return_item(clerk, lending.scan(clerk, loan.slip_no).loan.id)
    closed = shifts.close_shift(lead, {10000: 1})
    text = pdf_text(lending_documents.shift_report_pdf(clerk, closed.id, lang="en"))
    flat = text.replace("\n", " ")
    for needle in (
        closed.report_no,
        "Deposit taken",
        "Deposit refunded",
        "¥50.00",
        "-¥50.00",
        "Expected cash",
        "Counted cash",
        "¥100.00",
    ):
        assert needle in flat, needle
    roll = lending_documents.shift_report_pdf(clerk, closed.id, layout="receipt")
    assert pdf_text(roll)


def test_labels_sheet_and_single(role_ctx, loan):
    codes = [f"U-{n:03d}" for n in range(1, 31)]
    sheet = lending_documents.item_labels_pdf(role_ctx["admin"], codes, sheet=True, lang="en")
    pdf = pdfium.PdfDocument(sheet)
    assert len(pdf) == 2  # 24 to a sheet
    pdf.close()
    assert "U-030" in pdf_text(sheet)
    single = lending_documents.item_labels_pdf(role_ctx["admin"], codes[:3], sheet=False)
    pdf = pdfium.PdfDocument(single)
    assert len(pdf) == 3
    pdf.close()
