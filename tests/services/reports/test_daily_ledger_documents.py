"""The ledger and hand-over PDFs: they render, carry 'page X / Y', the site, the signatures,
and no full phone or ID number."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from services.core.errors import PermissionDenied
from services.finance import handover
from services.reports import ledger_documents
from services.shifts import shifts
from tests.services.reports.test_daily_ledger import DAY, PHONES, busy_day


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


@pytest.fixture
def id_number(role_ctx, clock):
    number = busy_day(role_ctx, clock)
    lead = role_ctx["shift_lead"]
    expected = shifts.cash_figures(lead, shifts.current_shift(lead)).expected_fen
    clock.advance(hours=8)
    shifts.close_shift(lead, {10: expected // 10})
    return number


def test_the_ledger_pdf(role_ctx, id_number):
    text = pdf_text(ledger_documents.daily_ledger_pdf(role_ctx["shift_lead"], DAY))
    for words in (
        "Daily ledger",
        "Harbour City Mall",
        "Page 1 / ",
        "Printed 2026-03-16",
        "Receipts (3)",
        "Totals by payment method",
        "Shift lead",
        "Clerk",
        "139****5678",
        "Z2026-000001",
    ):
        assert words in text, words
    for secret in list(PHONES) + [id_number, id_number[:14]]:
        assert secret not in text


def test_the_handover_voucher_pdf(role_ctx, id_number):
    lead = role_ctx["shift_lead"]
    voucher = handover.hand_over(lead, DAY)
    text = pdf_text(ledger_documents.handover_pdf(lead, voucher))
    for words in (
        "Income hand-over to finance",
        "H2026-000001",
        "R2026-000001",
        "R2026-000003",
        "Received by",
        "Page 1 / 1",
    ):
        assert words in text, words
    copy = pdf_text(ledger_documents.handover_pdf(lead, voucher, copy_no=1))
    assert "COPY 1" in copy
    for secret in PHONES:
        assert secret not in text


def test_clerks_print_neither(role_ctx, id_number):
    with pytest.raises(PermissionDenied):
        ledger_documents.daily_ledger_pdf(role_ctx["clerk"], DAY)
