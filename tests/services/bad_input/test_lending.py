"""Bad input at the lending counter: loans, returns, item kinds, items and the desk's rules."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from services.lending import items as lending_items
from services.lending import loans as lending
from services.lending import voucher_documents, vouchers
from services.shifts import shifts
from tests.services.bad_input.kinds import (
    COUNT,
    DAY,
    FEN,
    FINE,
    GARBAGE,
    ID,
    LIMIT,
    OFFSET,
    PHONE,
    QUERY,
    TEXT,
    WORDS,
    choice,
    judged,
    limited,
    optional,
)
from tests.services.bad_input.runner import check_entry_point, entry, over


def _clock_time(text) -> str:
    looks_like_time = isinstance(text, str) and re.fullmatch(r"\d{1,2}:\d{2}", text.strip())
    return FINE if looks_like_time else GARBAGE


CLOCK_TIME = judged(_clock_time, st.none(), WORDS, st.sampled_from(["21:00", " 09:30 ", "9:5"]))
METHOD = choice(*shifts.METHODS)

ENTRY_POINTS = {
    "lending.lend_item": entry(
        "clerk",
        lambda c, d, code, phone, method, name: lending.lend_item(c, code, phone, method, name),
        TEXT,
        PHONE,
        METHOD,
        limited(60),
    ),
    "lending.return_item": entry(
        "shift_lead",
        lambda c, d, cond, fen, reason: lending.return_item(c, d["loan"], cond, fen, reason),
        choice(*lending.CONDITIONS),
        FEN,
        TEXT,
    ),
    "lending.return_item (part above the deposit)": entry(
        "shift_lead",
        lambda c, d, fen, method: lending.return_item(
            c, d["loan"], "lost", fen, "lost", extra_method=method
        ),
        FEN,
        choice(*shifts.METHODS),
    ),
    "vouchers.get_voucher": entry("clerk", lambda c, d, n: vouchers.get_voucher(c, n), QUERY),
    "vouchers.find_settled": entry("clerk", lambda c, d, n: vouchers.find_settled(c, n), QUERY),
    "vouchers.vouchers_of": entry("clerk", lambda c, d, n: vouchers.vouchers_of(c, n), ID),
    "voucher_documents.voucher_pdf": entry(
        "clerk", lambda c, d, n: voucher_documents.voucher_pdf(c, n), QUERY
    ),
    "lending.find_loan": entry(
        "clerk", lambda c, d, phone, code: lending.find_loan(c, phone, code), QUERY, QUERY
    ),
    "lending.scan": entry("clerk", lambda c, d, code: lending.scan(c, code), QUERY),
    "lending.get_loan": entry("clerk", lambda c, d, n: lending.get_loan(c, n), ID),
    "lending.outstanding": entry(
        "clerk", lambda c, d, offset, limit: lending.outstanding(c, offset, limit), OFFSET, LIMIT
    ),
    "lending.outstanding_filtered": entry(
        "clerk",
        lambda c, d, status, first, last, after: lending.outstanding(
            c, status=status, lent_from=first, lent_to=last, after_id=after
        ),
        choice(*lending.OUT_STATUS_LABELS),
        optional(DAY),
        optional(DAY),
        optional(ID),
    ),
    "lending_items.add_kind": entry(
        "admin",
        lambda c, d, code, prefix, zh, en, fen, minutes, rep: lending_items.add_kind(
            c, code, prefix, zh, en, fen, minutes, False, rep
        ),
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        FEN,
        COUNT,
        FEN,
    ),
    "lending_items.update_kind": entry(
        "admin",
        lambda c, d, fen, minutes: lending_items.update_kind(
            c, d["kind"], deposit_fen=fen, loan_minutes=minutes
        ),
        FEN,
        COUNT,
    ),
    "lending_items.add_items": entry(
        "admin", lambda c, d, n, note: lending_items.add_items(c, d["kind"], n, note), COUNT, TEXT
    ),
    "lending_items.retire_item": entry(
        "shift_lead",
        lambda c, d, code, reason: lending_items.retire_item(c, code, reason),
        TEXT,
        TEXT,
    ),
    "lending_items.set_desk_rules": entry(
        "admin",
        lambda c, d, closing, fen: lending_items.set_desk_rules(c, closing, fen),
        CLOCK_TIME,
        FEN,
    ),
    "lending_items.list_items": entry(
        "clerk",
        lambda c, d, kind, offset, limit: lending_items.list_items(c, kind, True, offset, limit),
        optional(ID),
        OFFSET,
        LIMIT,
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
