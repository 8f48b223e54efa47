"""Bad input at the care desk: the first-aid kit, held items, paging and broadcasts."""

from __future__ import annotations

from hypothesis import strategies as st

from services.care import broadcasts, custody, first_aid, paging
from tests.services.bad_input.kinds import (
    COUNT,
    DAY,
    FINE,
    FLAG,
    GARBAGE,
    ID,
    LIMIT,
    OFFSET,
    PHONE,
    TEXT,
    WORDS,
    choice,
    judged,
    limited,
    optional,
    truth,
)
from tests.services.bad_input.runner import check_entry_point, entry, over


def _expiry_verdict(text) -> str:
    from datetime import date

    try:
        return FINE if 2000 <= date.fromisoformat(text.strip()).year <= 2100 else GARBAGE
    except (AttributeError, ValueError):
        return GARBAGE


EXPIRES = judged(
    _expiry_verdict,
    st.none(),
    WORDS,
    st.sampled_from(["2027-06-30", "2026-13-45", " 2026-12-01 ", "0001-01-01"]),
)
"""A medicine's expiry day as the page sends it: ISO text of a real day."""

ENTRY_POINTS = {
    "first_aid.add_medicine": entry(
        "clerk",
        lambda c, d, name, kind, unit, low: first_aid.add_medicine(c, name, kind, unit, low),
        TEXT,
        choice(*first_aid.KIND_LABELS),
        TEXT,
        COUNT,
    ),
    "first_aid.restock": entry(
        "clerk",
        lambda c, d, n, qty, expires, note: first_aid.restock(c, n, qty, expires, note),
        ID,
        COUNT,
        EXPIRES,
        limited(200),
    ),
    "first_aid.record_use": entry(
        "clerk",
        lambda c, d, n, qty, phone, desc, note: first_aid.record_use(
            c, n, qty, phone=phone, description=desc, note=note
        ),
        ID,
        COUNT,
        PHONE,
        limited(80),
        limited(200),
    ),
    "first_aid.discard": entry(
        "clerk",
        lambda c, d, n, qty, reason: first_aid.discard(c, n, qty, reason),
        ID,
        COUNT,
        limited(200),
    ),
    "first_aid.list_moves": entry(
        "clerk",
        lambda c, d, n, offset, limit_: first_aid.list_moves(c, n, offset, limit_),
        optional(ID),
        OFFSET,
        LIMIT,
    ),
    "custody.take_in": entry(
        "clerk",
        lambda c, d, desc, owner, held_for, left_by, qty, phone, storage, note: custody.take_in(
            c,
            desc,
            owner,
            held_for,
            left_by,
            quantity=qty,
            left_phone=phone,
            storage=storage,
            note=note,
        ),
        limited(200),
        choice(*custody.OWNER_LABELS),
        limited(80),
        limited(80),
        COUNT,
        PHONE,
        limited(40),
        limited(200),
    ),
    "custody.hand_out": entry(
        "clerk", lambda c, d, n, who: custody.hand_out(c, n, who), ID, limited(80)
    ),
    "custody.list_items": entry(
        "clerk",
        lambda c, d, held, offset, limit_: custody.list_items(
            c, held_only=held, offset=offset, limit=limit_
        ),
        truth(FLAG),
        OFFSET,
        LIMIT,
    ),
    "paging.fill_template": entry(
        "clerk",
        lambda c, d, kind, who, what, where: paging.fill_template(kind, who, what, where),
        choice(*paging.KIND_LABELS),
        TEXT,
        TEXT,
        TEXT,
    ),
    "paging.page": entry(
        "clerk",
        lambda c, d, kind, zh, en, by, meet, repeats, interval: paging.page(
            c, kind, zh, en, by, meet_at=meet, repeats=repeats, interval_minutes=interval
        ),
        choice(*paging.KIND_LABELS),
        TEXT,
        TEXT,
        limited(60),
        limited(60),
        COUNT,
        COUNT,
    ),
    "paging.list_pages": entry(
        "clerk", lambda c, d, offset, limit_: paging.list_pages(c, offset, limit_), OFFSET, LIMIT
    ),
    "paging.list_pages_filtered": entry(
        "clerk",
        lambda c, d, source, first, last, before: paging.list_pages(
            c, source=source, day_from=first, day_to=last, before_id=before
        ),
        choice(*paging.SOURCE_LABELS),
        optional(DAY),
        optional(DAY),
        optional(ID),
    ),
    "custody.list_items_filtered": entry(
        "clerk",
        lambda c, d, status, first, last, before: custody.list_items(
            c, status=status, received_from=first, received_to=last, before_id=before
        ),
        choice(*custody.STATUS_LABELS),
        optional(DAY),
        optional(DAY),
        optional(ID),
    ),
    "first_aid.list_moves_filtered": entry(
        "clerk",
        lambda c, d, kind, first, last, before: first_aid.list_moves(
            c, kind=kind, day_from=first, day_to=last, before_id=before
        ),
        choice(*first_aid.MOVE_LABELS),
        optional(DAY),
        optional(DAY),
        optional(ID),
    ),
    "broadcasts.record_broadcast": entry(
        "clerk",
        lambda c, d, zh, en, source, by, repeats: broadcasts.record_broadcast(
            c, zh, en, source, by, repeats
        ),
        TEXT,
        TEXT,
        limited(40),
        limited(60),
        COUNT,
    ),
    "broadcasts.list_broadcasts": entry(
        "clerk",
        lambda c, d, offset, limit_: broadcasts.list_broadcasts(c, offset, limit_),
        OFFSET,
        LIMIT,
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, care_desk):
    check_entry_point(ENTRY_POINTS[name], care_desk)
