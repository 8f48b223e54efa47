"""Bad input at the directory: shops, the guide and its facilities, the desk's standard
answers and the tally of inquiries."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from services.directory import answers, floors, guide, inquiries, shops
from tests.services.bad_input.kinds import (
    COUNT,
    DAY,
    FLAG,
    ID,
    LIMIT,
    OFFSET,
    QUERY,
    TEXT,
    WORDS,
    choice,
    fine,
    limit,
    limited,
    optional,
    pick,
    read_as,
    truth,
    whole,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

LOOKUP_DAY = st.one_of(
    fine(st.none(), WORDS, st.just("2026-03-16")),
    DAY.filter(lambda d: d.value is not None and not isinstance(d.value, str)),
)
"""A day to count or list by: as a date, or as the ISO text a page keeps (text that is no
day finds nothing)."""
VALID_DAY = st.one_of(
    optional(DAY).filter(lambda d: not isinstance(d.value, str)),
    fine(st.just("")),
    read_as(
        lambda t: date.fromisoformat(t.strip()),
        st.sampled_from(["2026-03-16", " 2026-04-01 ", "2026-12-31"]),
    ),
)
"""The first or last day an answer holds: a date, none, or a day as ISO text."""
ENTRY = st.one_of(fine(st.sampled_from(["s:1", "f:1", "s:x", "s:" + "9" * 30])), QUERY)
TOPIC = choice(*answers.TOPICS)
SHOP_PHONE = TEXT
"""A shop's phone is kept as written: a landline with its extension ("ext. 8") too."""

ENTRY_POINTS = {
    "shops.add_shop": entry(
        "admin",
        lambda c, d, zh, en, unit, floor, cat, phone, tax: shops.add_shop(
            c, zh, en, unit, floor, cat, phone, tax
        ),
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        SHOP_PHONE,
        TEXT,
    ),
    "shops.update_shop": entry(
        "admin",
        lambda c, d, zh, phone: shops.update_shop(c, d["shop"], name_zh=zh, phone=phone),
        TEXT,
        SHOP_PHONE,
    ),
    "shops.search_shops": entry(
        "clerk",
        lambda c, d, text, offset, limit_: shops.search_shops(c, text, True, offset, limit_),
        QUERY,
        OFFSET,
        LIMIT,
    ),
    "shops.count_shops": entry("clerk", lambda c, d, text: shops.count_shops(c, text), QUERY),
    "shops.import_shops_csv": entry(
        "admin", lambda c, d, text: shops.import_shops_csv(c, text), TEXT
    ),
    "shops.set_shop_active": entry(
        "admin", lambda c, d, n, active: shops.set_shop_active(c, n, active), ID, FLAG
    ),
    "shops.get_shop": entry("clerk", lambda c, d, n: shops.get_shop(c, n), ID),
    "directory.search_directory": entry(
        "clerk", lambda c, d, text, floor: guide.search_directory(c, text, floor), QUERY, QUERY
    ),
    "directory.set_shop_details": entry(
        "admin",
        lambda c, d, hours, brand, words: guide.set_shop_details(c, d["shop"], hours, brand, words),
        TEXT,
        limited(60),
        limited(200),
    ),
    "directory.add_facility": entry(
        "admin",
        lambda c, d, kind, floor, loc, zh, en, hours: guide.add_facility(
            c, kind, floor, loc, zh, en, hours
        ),
        choice(*guide.FACILITY_KINDS),
        limited(20),
        limited(60),
        limited(60),
        limited(120),
        TEXT,
    ),
    "directory.set_facility_active": entry(
        "admin", lambda c, d, n, active: guide.set_facility_active(c, n, active), ID, FLAG
    ),
    "floors.add_floor": entry(
        "admin",
        lambda c, d, code, zh, en: floors.add_floor(c, code, zh, en),
        limited(8),
        limited(floors.NAME_ZH_MAX),
        limited(floors.NAME_EN_MAX),
    ),
    "floors.rename_floor": entry(
        "admin",
        lambda c, d, n, zh, en: floors.rename_floor(c, n, zh, en),
        ID,
        limited(floors.NAME_ZH_MAX),
        limited(floors.NAME_EN_MAX),
    ),
    "floors.move_floor": entry(
        "admin", lambda c, d, n, steps: floors.move_floor(c, n, steps), ID, whole(-100, 100, -1, 1)
    ),
    "floors.set_floor_active": entry(
        "admin", lambda c, d, n, active: floors.set_floor_active(c, n, active), ID, FLAG
    ),
    "directory.get_entry": entry("clerk", lambda c, d, key: guide.get_entry(c, key), ENTRY),
    "directory.floor_entries": entry(
        "clerk", lambda c, d, floor: guide.floor_entries(c, floor), QUERY
    ),
    "answers.search_answers": entry(
        "clerk",
        lambda c, d, text, topic, offset, limit_: answers.search_answers(
            c, text, topic, offset, limit_
        ),
        QUERY,
        pick(*answers.TOPICS),
        OFFSET,
        LIMIT,
    ),
    "answers.add_answer": entry(
        "supervisor",
        lambda c, d, topic, tz, bz, te, be, kw, a, b: answers.add_answer(
            c, topic, tz, bz, te, be, kw, a, b
        ),
        TOPIC,
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        limited(200),
        VALID_DAY,
        VALID_DAY,
    ),
    "answers.get_answer": entry("clerk", lambda c, d, n: answers.get_answer(c, n), ID),
    "answers.all_answers": entry(
        "supervisor",
        lambda c, d, text, offset, limit_: answers.all_answers(c, text, offset, limit_),
        QUERY,
        OFFSET,
        LIMIT,
    ),
    "answers.update_answer": entry(
        "supervisor",
        lambda c, d, n, topic, tz, bz, te, be, kw, a, b: answers.update_answer(
            c, n, topic, tz, bz, te, be, kw, a, b
        ),
        ID,
        TOPIC,
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        limited(200),
        VALID_DAY,
        VALID_DAY,
    ),
    "inquiries.record_inquiry": entry(
        "clerk",
        lambda c, d, kind, channel, secs, shop: inquiries.record_inquiry(
            c, kind, channel, secs, shop
        ),
        choice(*inquiries.TYPES),
        choice(*inquiries.CHANNELS),
        optional(COUNT),
        optional(ID),
    ),
    "inquiries.take_back_inquiry": entry(
        "clerk", lambda c, d, n: inquiries.take_back_inquiry(c, n), ID
    ),
    "inquiries.inquiry_counts_by_hour": entry(
        "clerk", lambda c, d, day: inquiries.inquiry_counts_by_hour(c, day), LOOKUP_DAY
    ),
    "inquiries.day_tally": entry(
        "clerk", lambda c, d, day: inquiries.day_tally(c, day), LOOKUP_DAY
    ),
    "inquiries.recent_inquiries": entry(
        "clerk",
        lambda c, d, day, mine, offset, limit_: inquiries.recent_inquiries(
            c, day, mine, offset, limit_
        ),
        LOOKUP_DAY,
        truth(FLAG),
        OFFSET,
        limit(500),
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
