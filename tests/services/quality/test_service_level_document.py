"""The service-level PDF: the period's figures, the previous period's, the targets with the
misses named, for a desk and a clerk."""

from __future__ import annotations

from datetime import date

import pypdfium2
import pytest

from services.core.errors import DomainError
from services.directory import inquiries
from services.quality import documents, ratings

DAY = date(2026, 3, 16)


def pdf_text(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    text = "".join(page.get_textpage().get_text_range() for page in doc)
    doc.close()
    return text


def test_the_pdf_shows_the_figures_and_names_what_misses_its_target(role_ctx):
    clerk, sup = role_ctx["clerk"], role_ctx["supervisor"]
    ratings.rate_service(clerk, "lend", "D2026-000001", 4)
    ratings.rate_service(clerk, "sale", "R2026-000001", 1, ["waiting"])
    ratings.skip_rating(clerk, "sale", "R2026-000002")
    inquiries.record_inquiry(clerk, "directions", "hotline", 8)
    text = pdf_text(documents.service_level_pdf(sup, "week", DAY))
    assert "Service level of the week" in text
    assert "2026-03-16 – 2026-03-22" in text and "2026-03-09 – 2026-03-15" in text
    assert "50%" in text  # one of two customers satisfied
    assert "below target" in text
    assert "Below target: Customers satisfied (their own ratings)" in text
    assert "Waiting time" in text
    mine = pdf_text(documents.service_level_pdf(sup, "day", DAY, "main", clerk.user.id))
    assert "Clerk" in mine and clerk.user.display_name in mine


def test_only_a_supervisor_prints_the_service_level(role_ctx):
    with pytest.raises(DomainError):
        documents.service_level_pdf(role_ctx["shift_lead"], "day", DAY)
