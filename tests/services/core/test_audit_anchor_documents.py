"""The audit trail's head is printed on every daily ledger, hand-over voucher and month
export (a code and a QR), and a printed anchor checks against the file (issue 16, 11)."""

from __future__ import annotations

from datetime import UTC, datetime

import openpyxl
import pypdfium2
import pytest

from services.core import audit
from services.core.audit_key import AnchorRefused
from services.finance import handover
from services.reports import ledger_documents, month_export
from tests.services.finance.test_handover import closed_day  # noqa: F401 - a fixture
from tests.services.reports.test_daily_ledger import DAY


def pdf_text(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    text = "".join(page.get_textpage().get_text_range() for page in doc)
    doc.close()
    return text


def test_the_anchor_is_on_the_ledger_the_voucher_and_the_export(
    closed_day,  # noqa: F811
    clock,
    tmp_path,
):
    lead, supervisor = closed_day["shift_lead"], closed_day["supervisor"]
    voucher = handover.hand_over(lead, DAY)
    for pdf in (
        ledger_documents.handover_pdf(lead, voucher),
        ledger_documents.daily_ledger_pdf(lead, DAY),
    ):
        anchor = audit.anchor(lead)
        assert anchor.code in pdf_text(pdf)
        assert audit.verify_anchor(lead, anchor.code) == anchor.audit_id
    clock.at = datetime(2026, 4, 2, 2, 0, tzinfo=UTC)
    printed = audit.anchor(supervisor)
    result = month_export.export_month(supervisor, "2026-03", tmp_path / "m.xlsx")
    summary = openpyxl.load_workbook(result.path)["Summary"]
    cells = [c.value for row in summary.iter_rows() for c in row]
    assert printed.code in cells
    # later work moves the head on; the printed anchor still checks
    assert audit.anchor(supervisor).audit_id > printed.audit_id
    assert audit.verify_anchor(supervisor, printed.code) == printed.audit_id


def test_a_garbled_anchor_is_refused_in_words(role_ctx):
    with pytest.raises(AnchorRefused, match="1234-ABCD-EFGH"):
        audit.verify_anchor(role_ctx["clerk"], "12-xyz")
