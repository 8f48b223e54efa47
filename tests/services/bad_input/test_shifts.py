"""Bad input at the shift's cash: opening with a float, keeping a count and closing."""

from __future__ import annotations

from hypothesis import strategies as st

from services.shifts import desks, history, shifts
from tests.services.bad_input.kinds import (
    COUNT,
    DAY,
    FLAG,
    ID,
    LIMIT,
    QUERY,
    TEXT,
    WRONG_TYPE,
    choice,
    fine,
    garbage,
    limited,
    mapping,
    optional,
    read_as,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

NOTE = st.one_of(
    fine(
        st.sampled_from(shifts.DENOMINATIONS),
        st.sampled_from([str(v) for v in shifts.DENOMINATIONS]),
    ),
    garbage(
        WRONG_TYPE,
        st.integers(-5, 20_000).filter(lambda v: v not in shifts.DENOMINATIONS),
        st.sampled_from(["abc", "5.0"]),
    ),
)
"""A note or coin by its value in fen (the digits as stored in JSON count too)."""


COUNTS = st.one_of(
    mapping(NOTE, COUNT), read_as(lambda _: {}, st.none(), st.just([])), garbage(st.just("10000"))
)
"""Pieces counted per note or coin; None or an empty list counts nothing."""
USER = st.one_of(fine(st.sampled_from(["clerk1", "shift_lead1", "supervisor1"])), QUERY)

ENTRY_POINTS = {
    "history.list_shifts": entry(
        "clerk",
        lambda c, d, status, first, last, before: history.list_shifts(
            c, status=status, opened_from=first, opened_to=last, before_id=before
        ),
        choice(*history.STATUS_LABELS),
        optional(DAY),
        optional(DAY),
        optional(ID),
    ),
    "shifts.open_shift": entry(
        "clerk",
        lambda c, d, counts, desk_name: shifts.open_shift(c, counts, desk_name),
        COUNTS,
        TEXT,
    ),
    "shifts.record_count": entry(
        "shift_lead", lambda c, d, counts: shifts.record_count(c, counts), COUNTS
    ),
    "shifts.close_check": entry("shift_lead", lambda c, d: shifts.close_check(c)),
    "shifts.close_shift": entry(
        "shift_lead",
        lambda c, d, counts, reason, who, pw, desk_name: shifts.close_shift(
            c, counts, reason, who, pw, desk_name
        ),
        COUNTS,
        TEXT,
        USER,
        QUERY,
        TEXT,
        # a count is kept before the close is judged, and a wrong sign-off counts toward
        # the signer's lock: both stay when the close is refused
        refusal_writes={"shift_counts", "audit_log", "users"},
    ),
    "shifts.shift_report": entry("shift_lead", lambda c, d, n: shifts.shift_report(c, n), ID),
    "shifts.movements": entry("shift_lead", lambda c, d, n: shifts.movements(c, n), ID),
    "desks.add_desk": entry(
        "admin",
        lambda c, d, code, zh, en: desks.add_desk(c, code, zh, en),
        TEXT,
        limited(desks.NAME_ZH_MAX),
        limited(desks.NAME_EN_MAX),
    ),
    "desks.rename_desk": entry(
        "admin",
        lambda c, d, n, zh, en: desks.rename_desk(c, n, zh, en),
        ID,
        limited(desks.NAME_ZH_MAX),
        limited(desks.NAME_EN_MAX),
    ),
    "desks.set_desk_active": entry(
        "admin", lambda c, d, n, active: desks.set_desk_active(c, n, active), ID, FLAG
    ),
    "desks.set_up_first_desk": entry(
        "admin",
        lambda c, d, code, zh, en: desks.set_up_first_desk(c, code, zh, en),
        TEXT,
        limited(desks.NAME_ZH_MAX),
        limited(desks.NAME_EN_MAX),
    ),
    "desks.choose_pc_desk": entry("clerk", lambda c, d, code: desks.choose_pc_desk(c, code), TEXT),
    "shifts.recent_shifts": entry(
        "clerk",
        lambda c, d, desk_name, limit: shifts.recent_shifts(c, desk_name, limit),
        QUERY,
        LIMIT,
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
