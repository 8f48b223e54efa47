"""Bad input for the printed documents (issue 10, point 5): every document builder that takes
a record number, a document number, a copy number, a language or dates either makes its PDF
or is refused with a DomainError that leaves the database unchanged."""
from __future__ import annotations

import pytest
from hypothesis import strategies as st

from services.complaints import documents as complaint_documents
from services.directory import documents as directory_documents
from services.invoices import documents as invoice_documents
from services.lending import documents as lending_documents
from services.lost_found import documents as lost_found_documents
from services.members import documents as member_documents
from services.sales import documents as sales_documents
from tests.services.core.test_bad_input import (DAY, NUM, TEXT, check_entry_point,
                                           desk)  # noqa: F401

ID = st.one_of(NUM, st.just(1))
COPY = st.one_of(NUM, st.just(0), st.just(2))
LANG = st.one_of(st.none(), st.sampled_from(["en", "zh_CN"]), st.text(max_size=8))
LAYOUT = st.one_of(TEXT, st.sampled_from(["a4", "a5", "receipt"]))

ENTRY_POINTS = {
    "complaint_documents.case_record_pdf": ("clerk", lambda c, d, n, copy:
                                            complaint_documents.case_record_pdf(c, n, copy),
                                            (ID, COPY)),
    "complaint_documents.summary_pdf": ("clerk", lambda c, d, period, day:
                                        complaint_documents.summary_pdf(c, period, day),
                                        (st.one_of(TEXT, st.just("week")), DAY)),
    "lending_documents.deposit_slip_pdf": ("clerk", lambda c, d, n, copy, lang:
                                           lending_documents.deposit_slip_pdf(c, n, copy, lang),
                                           (ID, COPY, LANG)),
    "lending_documents.shift_report_pdf": ("shift_lead", lambda c, d, n, copy, layout, lang:
                                           lending_documents.shift_report_pdf(c, n, copy,
                                                                              layout, lang),
                                           (ID, COPY, LAYOUT, LANG)),
    "lending_documents.item_labels_pdf": ("admin", lambda c, d, codes, lang:
                                          lending_documents.item_labels_pdf(c, codes, True,
                                                                            lang),
                                          (st.one_of(st.none(), st.lists(TEXT, max_size=3)),
                                           LANG)),
    "lost_found_documents.tag_label_pdf": ("clerk", lambda c, d, n, copy:
                                           lost_found_documents.tag_label_pdf(c, n, copy),
                                           (ID, COPY)),
    "lost_found_documents.claim_receipt_pdf": ("clerk", lambda c, d, n, copy:
                                               lost_found_documents.claim_receipt_pdf(c, n,
                                                                                      copy),
                                               (ID, COPY)),
    "lost_found_documents.found_items_csv": ("clerk", lambda c, d, a, b:
                                             lost_found_documents.found_items_csv(c, a, b),
                                             (DAY, DAY)),
    "member_documents.card_confirmation_pdf": ("clerk", lambda c, d, card, copy, lang:
                                               member_documents.card_confirmation_pdf(
                                                   c, card, copy, lang), (TEXT, COPY, LANG)),
    "member_documents.points_statement_pdf": ("clerk", lambda c, d, n, lang:
                                              member_documents.points_statement_pdf(c, n, lang),
                                              (ID, LANG)),
    "member_documents.redemption_receipt_pdf": ("clerk", lambda c, d, n, copy, lang:
                                                member_documents.redemption_receipt_pdf(
                                                    c, n, copy, lang), (ID, COPY, LANG)),
    "sales_documents.receipt_pdf": ("clerk", lambda c, d, no, copy, lang:
                                    sales_documents.receipt_pdf(c, no, copy, lang),
                                    (TEXT, COPY, LANG)),
    "sales_documents.sales_register_pdf": ("clerk", lambda c, d, a, b, lang:
                                           sales_documents.sales_register_pdf(c, a, b, lang),
                                           (DAY, DAY, LANG)),
    "invoice_documents.invoice_pdf": ("clerk", lambda c, d, no, copy, layout:
                                      invoice_documents.invoice_pdf(c, no, copy, layout),
                                      (TEXT, COPY, LAYOUT)),
    "invoice_documents.invoice_register_pdf": ("clerk", lambda c, d, a, b:
                                               invoice_documents.invoice_register_pdf(c, a, b),
                                               (DAY, DAY)),
    "directory_documents.floor_guide_pdf": ("clerk", lambda c, d, floors:
                                            directory_documents.floor_guide_pdf(c, floors),
                                            (st.one_of(st.none(), st.lists(TEXT, max_size=3)),)),
}

NOT_YET_VALIDATED: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_YET_VALIDATED[n]))
    if n in NOT_YET_VALIDATED else n for n in sorted(ENTRY_POINTS)])
def test_bad_input_is_refused_cleanly(name, desk):  # noqa: F811 - the shared desk fixture
    role, call, strategies = ENTRY_POINTS[name]
    check_entry_point(desk[role], desk, call, strategies)
