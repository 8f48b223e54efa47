"""Bad input at the paid-services counter and its price list."""

from __future__ import annotations

from hypothesis import strategies as st

from services.sales import price_list, sales
from tests.services.bad_input.kinds import (
    DAY,
    FEN,
    FLAG,
    ID,
    LIMIT,
    OFFSET,
    QUERY,
    TEXT,
    choice,
    composite,
    fine,
    garbage,
    limited,
    listed,
    optional,
    truth,
    whole,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

SERVICE = st.one_of(ID, fine(st.integers(1, 12)))
"""A service on the price list, by its number: real ones are small."""
ITEMS = st.one_of(
    listed(composite(lambda n, q: (n, q), SERVICE, whole(1, sales.MAX_QUANTITY))),
    garbage(st.none(), st.just([(1,)]), st.just("1x2")),
)
"""(service, quantity) pairs."""
METHOD = choice(*sales.METHODS)
RECEIPT = st.one_of(QUERY, fine(st.just("R")))  # "R": the receipt the counter fixture sold


def _receipt(d, no):
    return d["receipt"] if no == "R" else no


ENTRY_POINTS = {
    "sales.quote": entry("clerk", lambda c, d, items: sales.quote(c, items), ITEMS),
    "sales.sell": entry(
        "clerk",
        lambda c, d, items, method, fen: sales.sell(c, items, method, fen),
        ITEMS,
        METHOD,
        optional(FEN),
    ),
    "sales.void_sale": entry(
        "shift_lead",
        lambda c, d, no, reason: sales.void_sale(c, _receipt(d, no), reason),
        RECEIPT,
        limited(200),
    ),
    "sales.get_sale": entry("clerk", lambda c, d, no: sales.get_sale(c, no), QUERY),
    "sales.list_receipts": entry(
        "clerk",
        lambda c, d, a, b, offset, limit_: sales.list_receipts(c, a, b, offset, limit_),
        DAY,
        DAY,
        OFFSET,
        LIMIT,
    ),
    "sales.list_receipts_filtered": entry(
        "clerk",
        lambda c, d, a, b, status, before: sales.list_receipts(
            c, a, b, status=status, before_id=before
        ),
        DAY,
        DAY,
        choice(*sales.RECEIPT_STATUS_LABELS),
        optional(ID),
    ),
    "sales.count_receipts": entry(
        "clerk", lambda c, d, a, b: sales.count_receipts(c, a, b), DAY, DAY
    ),
    "sales.sales_totals": entry("clerk", lambda c, d, a, b: sales.sales_totals(c, a, b), DAY, DAY),
    "sales.income_by_service": entry(
        "clerk", lambda c, d, a, b: sales.income_by_service(c, a, b), DAY, DAY
    ),
    "price_list.get_price_item": entry(
        "clerk", lambda c, d, n: price_list.get_price_item(c, n), SERVICE
    ),
    "price_list.add_price_item": entry(
        "admin",
        lambda c, d, code, zh, en, fen, uz, ue: price_list.add_price_item(
            c, code, zh, en, fen, uz, ue
        ),
        TEXT,
        limited(40),
        limited(60),
        FEN,
        limited(10),
        limited(12),
    ),
    "price_list.change_price": entry(
        "admin", lambda c, d, n, fen: price_list.change_price(c, n, fen), SERVICE, FEN
    ),
    "price_list.update_price_item": entry(
        "admin",
        lambda c, d, n, zh, en, uz, ue, active: price_list.update_price_item(
            c, n, name_zh=zh, name_en=en, unit_zh=uz, unit_en=ue, active=active
        ),
        SERVICE,
        limited(40),
        limited(60),
        limited(10),
        limited(12),
        optional(truth(FLAG)),
    ),
    "price_list.price_history": entry(
        "clerk", lambda c, d, n: price_list.price_history(c, n), SERVICE
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, counter):
    check_entry_point(ENTRY_POINTS[name], counter)
