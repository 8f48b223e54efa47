"""Bad input at the invoice desk: issuing, voiding, red-letter credits and the lists."""

from __future__ import annotations

from hypothesis import strategies as st

from services.invoices import invoices
from services.invoices.invoices import LineInput
from tests.services.bad_input.kinds import (
    DAY,
    ID,
    LIMIT,
    OFFSET,
    QUERY,
    TEXT,
    WRONG_TYPE,
    all_fine,
    choice,
    composite,
    fine,
    garbage,
    limited,
    listed,
    mapping,
    optional,
    whole,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

RATE = st.one_of(
    fine(st.sampled_from(invoices.TAX_RATES)),
    garbage(WRONG_TYPE, st.sampled_from([13.0, 6.0, 2, 17, -1, "13"])),
)
"""A tax rate in percent, one of the rates the tax office knows."""
LINE = composite(LineInput, limited(60), whole(1, 99999), whole(1, 10**9), RATE)
LINES = st.one_of(listed(LINE), garbage(st.none()))
TAX_ID = all_fine(TEXT)
"""Checked as a credit code for a company; for a person it is not kept."""
SOURCES = st.one_of(fine(st.none()), listed(limited(40), max_size=3))
"""The purchase receipts invoiced: each cut to a receipt number's length, upper case."""
INVOICE = st.one_of(QUERY, fine(st.just("I")))  # "I": the invoice the counter fixture issued
QUANTITIES = st.one_of(
    fine(st.none()), mapping(st.one_of(fine(st.integers(1, 3)), QUERY), whole(0, 99999))
)
"""How much of each line (by its number) a red-letter invoice credits; none: all that is left.
A line number that is no line of the invoice is not credited."""


def _invoice(d, no):
    return d["invoice"] if no == "I" else no


ENTRY_POINTS = {
    "invoices.issue_invoice": entry(
        "clerk",
        lambda c, d, kind, name, lines, tax, shop, sources, e: invoices.issue_invoice(
            c,
            buyer_kind=kind,
            buyer_name=name,
            lines=lines,
            buyer_tax_id=tax,
            shop_id=shop,
            sources=sources,
            e_invoice_no=e,
        ),
        choice(*invoices.BUYER_KINDS),
        limited(100),
        LINES,
        TAX_ID,
        optional(ID),
        SOURCES,
        TEXT,
    ),
    "invoices.void_invoice": entry(
        "shift_lead",
        lambda c, d, no, reason: invoices.void_invoice(c, _invoice(d, no), reason),
        INVOICE,
        limited(200),
    ),
    "invoices.issue_red_letter": entry(
        "shift_lead",
        lambda c, d, no, reason, quantities: invoices.issue_red_letter(
            c, _invoice(d, no), reason, quantities
        ),
        INVOICE,
        limited(200),
        QUANTITIES,
    ),
    "invoices.get_invoice": entry("clerk", lambda c, d, no: invoices.get_invoice(c, no), QUERY),
    "invoices.red_letters_of": entry(
        "clerk", lambda c, d, no: invoices.red_letters_of(c, no), QUERY
    ),
    "invoices.list_invoices": entry(
        "clerk",
        lambda c, d, a, b, offset, limit_: invoices.list_invoices(c, a, b, offset, limit_),
        DAY,
        DAY,
        OFFSET,
        LIMIT,
    ),
    "invoices.list_invoices_filtered": entry(
        "clerk",
        lambda c, d, a, b, status, before: invoices.list_invoices(
            c, a, b, status=status, before_id=before
        ),
        DAY,
        DAY,
        choice(*invoices.REGISTER_STATUS_LABELS),
        optional(ID),
    ),
    "invoices.count_invoices": entry(
        "clerk", lambda c, d, a, b: invoices.count_invoices(c, a, b), DAY, DAY
    ),
    "invoices.invoice_totals": entry(
        "clerk", lambda c, d, a, b: invoices.invoice_totals(c, a, b), DAY, DAY
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, counter):
    check_entry_point(ENTRY_POINTS[name], counter)
