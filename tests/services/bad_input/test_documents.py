"""Bad input at the printed documents: every builder that takes a record number, a document
number, a copy number, a paper size, a language or dates makes its PDF or is refused; and the
record of what was printed."""

from __future__ import annotations

from hypothesis import strategies as st

from services.complaints import documents as complaint_documents
from services.directory import documents as directory_documents
from services.documents import printing
from services.invoices import documents as invoice_documents
from services.lending import documents as lending_documents
from services.lost_found import documents as lost_found_documents
from services.members import documents as member_documents
from services.sales import documents as sales_documents
from tests.services.bad_input.kinds import (
    DAY,
    ID,
    QUERY,
    WORDS,
    fine,
    listed,
    optional,
    read_as,
    whole,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

COPY = whole(0, 10**6, 0, 2)
"""0 for the original, else the copy's number printed on it."""
LANG = fine(st.none(), st.sampled_from(["en", "zh_CN"]), st.text(max_size=8))
"""A language the documents have, or the site's own for any other."""


def paper(*sizes: str) -> st.SearchStrategy:
    """A paper size the document comes in; any other is read as A4, as invoices do."""
    return st.one_of(
        fine(st.sampled_from(sizes)),
        read_as(lambda _: "a4", WORDS.filter(lambda t: t not in sizes)),
    )


FLOORS = st.one_of(fine(st.none()), listed(QUERY, max_size=3))
CODES = st.one_of(fine(st.none()), listed(QUERY, max_size=3))

ENTRY_POINTS = {
    "complaint_documents.case_record_pdf": entry(
        "clerk", lambda c, d, n, copy: complaint_documents.case_record_pdf(c, n, copy), ID, COPY
    ),
    "complaint_documents.summary_pdf": entry(
        "clerk",
        lambda c, d, period, day: complaint_documents.summary_pdf(c, period, day),
        st.one_of(QUERY, fine(st.just("week"))),
        DAY,
    ),
    "lending_documents.deposit_slip_pdf": entry(
        "clerk",
        lambda c, d, n, copy, lang: lending_documents.deposit_slip_pdf(c, n, copy, lang),
        ID,
        COPY,
        LANG,
    ),
    "lending_documents.shift_report_pdf": entry(
        "shift_lead",
        lambda c, d, n, copy, size, lang: lending_documents.shift_report_pdf(
            c, n, copy, size, lang
        ),
        ID,
        COPY,
        paper("a4", "a5", "receipt"),
        LANG,
    ),
    "lending_documents.item_labels_pdf": entry(
        "admin",
        lambda c, d, codes, lang: lending_documents.item_labels_pdf(c, codes, True, lang),
        CODES,
        LANG,
    ),
    "lost_found_documents.tag_label_pdf": entry(
        "clerk", lambda c, d, n, copy: lost_found_documents.tag_label_pdf(c, n, copy), ID, COPY
    ),
    "lost_found_documents.claim_receipt_pdf": entry(
        "clerk", lambda c, d, n, copy: lost_found_documents.claim_receipt_pdf(c, n, copy), ID, COPY
    ),
    "lost_found_documents.found_items_csv": entry(
        "clerk",
        lambda c, d, a, b: lost_found_documents.found_items_csv(c, a, b),
        optional(DAY),
        optional(DAY),
    ),
    "member_documents.card_confirmation_pdf": entry(
        "clerk",
        lambda c, d, card, copy, lang: member_documents.card_confirmation_pdf(c, card, copy, lang),
        QUERY,
        COPY,
        LANG,
    ),
    "member_documents.points_statement_pdf": entry(
        "clerk", lambda c, d, n, lang: member_documents.points_statement_pdf(c, n, lang), ID, LANG
    ),
    "member_documents.redemption_receipt_pdf": entry(
        "clerk",
        lambda c, d, n, copy, lang: member_documents.redemption_receipt_pdf(c, n, copy, lang),
        ID,
        COPY,
        LANG,
    ),
    "sales_documents.receipt_pdf": entry(
        "clerk",
        lambda c, d, no, copy, lang: sales_documents.receipt_pdf(c, no, copy, lang),
        QUERY,
        COPY,
        LANG,
    ),
    "sales_documents.sales_register_pdf": entry(
        "clerk",
        lambda c, d, a, b, lang: sales_documents.sales_register_pdf(c, a, b, lang),
        DAY,
        DAY,
        LANG,
    ),
    "invoice_documents.invoice_pdf": entry(
        "clerk",
        lambda c, d, no, copy, size: invoice_documents.invoice_pdf(c, no, copy, size),
        QUERY,
        COPY,
        paper("a4", "a5"),
    ),
    "invoice_documents.invoice_register_pdf": entry(
        "clerk", lambda c, d, a, b: invoice_documents.invoice_register_pdf(c, a, b), DAY, DAY
    ),
    "directory_documents.floor_guide_pdf": entry(
        "clerk", lambda c, d, floors: directory_documents.floor_guide_pdf(c, floors), FLOORS
    ),
    # printing.record_print is left out: its kind, number and output come from the program,
    # and a wrong one is a programming error (ValueError), not a person's input
    "printing.prints_of": entry(
        "clerk", lambda c, d, kind, no: printing.prints_of(c, kind, no), QUERY, QUERY
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
