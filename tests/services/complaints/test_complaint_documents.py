"""The case record and the summary PDF (issue 7, acceptance 3)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from services.complaints import documents as complaint_documents
from services.core.errors import PermissionDenied
from tests.services.complaints.fixtures import record, walk


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_case_record_shows_the_case_with_a_masked_phone(role_ctx, tmp_path):
    case = record(role_ctx["clerk"], name="王女士")
    text = _text(complaint_documents.case_record_pdf(role_ctx["clerk"], case.id), tmp_path)
    assert case.case_no in text and "138****8000" in text and "13800138000" not in text
    assert "收银员态度差" in text


def test_summary_pdf_for_supervisors_with_counts(role_ctx, tmp_path):
    for _ in range(3):
        case = record(role_ctx["clerk"], category="parking")
    walk(case.id, role_ctx)
    with pytest.raises(PermissionDenied):
        complaint_documents.summary_pdf(role_ctx["shift_lead"], "month", date(2026, 3, 16))
    pdf = complaint_documents.summary_pdf(role_ctx["supervisor"], "month", date(2026, 3, 16))
    text = _text(pdf, tmp_path)
    assert "Monthly complaint summary" in text and "2026-03-01 – 2026-03-31" in text
    assert "Parking" in text and "Score 4" in text
