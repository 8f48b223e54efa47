"""Bad input at the shared desk services: personal data and the audit trail."""

from __future__ import annotations

from hypothesis import strategies as st

from services.core import audit, personal_data
from tests.services.bad_input.kinds import ID, LIMIT, OFFSET, QUERY, TEXT, fine, pick
from tests.services.bad_input.runner import check_entry_point, entry, over

ENTITY = pick(*personal_data.PHONE_COLUMNS)
"""Whose phone: a kind of record the desk keeps phones of."""

ENTRY_POINTS = {
    "personal_data.reveal_phone": entry(
        "supervisor",
        lambda c, d, entity, n, reason: personal_data.reveal_phone(c, entity, n, reason),
        ENTITY,
        ID,
        TEXT,
    ),
    "personal_data.erase_member": entry(
        "supervisor", lambda c, d, n, reason: personal_data.erase_member(c, n, reason), ID, TEXT
    ),
    "audit.list_rows": entry(
        "admin",
        lambda c, d, offset, limit_, entity, text: audit.list_rows(
            c, offset=offset, limit=limit_, entity=entity, text=text
        ),
        OFFSET,
        LIMIT,
        st.one_of(QUERY, fine(st.just("user"))),
        QUERY,
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
