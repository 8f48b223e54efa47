"""Kinds of argument for the bad-input tables: each draws values and says of each one
whether the desk may take it or refuse it (fine), must refuse it (garbage), or takes it as
another value (read as: a documented normalisation, which the runner checks).

What counts as garbage follows the desk's shared checks (services/core/validation.py,
paging_args.py) but is written out here on its own, so a service that skips them is caught."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import strategies as st

from services.core import personal_data
from services.core.paging_args import MAX_LIMIT, MAX_OFFSET
from services.core.validation import MAX_COUNT, MAX_FEN, MAX_RECORD_ID
from services.directory import answers, guide, inquiries
from services.lending import loans
from services.lost_found import claims
from services.members import ids as member_ids
from services.shifts import shifts

FINE, GARBAGE, READ_AS = "fine", "garbage", "read as"


@dataclass(frozen=True)
class Drawn:
    value: Any
    verdict: str = FINE
    read_as: Any = None

    def __repr__(self) -> str:
        shown = repr(self.value) if len(repr(self.value)) < 60 else repr(self.value)[:57] + "..."
        return f"{self.verdict}:{shown}"


def fine(*strategies) -> st.SearchStrategy:
    return st.one_of(*strategies).map(Drawn)


def garbage(*strategies) -> st.SearchStrategy:
    return st.one_of(*strategies).map(lambda v: Drawn(v, GARBAGE))


def read_as(normalise: Callable[[Any], Any], *strategies) -> st.SearchStrategy:
    return st.one_of(*strategies).map(lambda v: Drawn(v, READ_AS, normalise(v)))


def all_fine(kind) -> st.SearchStrategy:
    """Every value the kind draws, none of them garbage (values the program chooses)."""
    return kind.map(lambda d: Drawn(d.value))


def judged(judge: Callable[[Any], str], *strategies) -> st.SearchStrategy:
    """Values whose verdict a rule works out (a phone is garbage unless 7 to 12 digits)."""
    return st.one_of(*strategies).map(lambda v: Drawn(v, judge(v)))


def _verdict(parts) -> str:
    verdicts = {p.verdict for p in parts}
    return GARBAGE if GARBAGE in verdicts else READ_AS if READ_AS in verdicts else FINE


def _as_read(part: Drawn):
    return part.read_as if part.verdict == READ_AS else part.value


def composite(build: Callable[..., Any], *kinds) -> st.SearchStrategy:
    """One argument built of several drawn parts: garbage if any part is, read as the value
    built of what its parts are read as."""

    def assemble(parts):
        return Drawn(
            build(*(p.value for p in parts)), _verdict(parts), build(*map(_as_read, parts))
        )

    return st.tuples(*kinds).map(assemble)


def listed(kind, max_size: int = 4) -> st.SearchStrategy:
    """A list of drawn values, judged as composite() judges its parts."""
    return st.lists(kind, max_size=max_size).map(
        lambda parts: Drawn([p.value for p in parts], _verdict(parts), [_as_read(p) for p in parts])
    )


def mapping(keys, values, max_size: int = 3) -> st.SearchStrategy:
    """A dict of drawn keys and values, judged as composite() judges its parts; a key drawn
    twice keeps its later value, as in a dict literal."""

    def assemble(pairs):
        kept = {key.value: (key, value) for key, value in pairs}
        parts = [part for pair in kept.values() for part in pair]
        return Drawn(
            {k: value.value for k, (_, value) in kept.items()},
            _verdict(parts),
            {_as_read(key): _as_read(value) for key, value in kept.values()},
        )

    return st.lists(st.tuples(keys, values), max_size=max_size).map(assemble)


# --- text ----------------------------------------------------------------------------------
# the desk's own words (codes of conditions, methods, topics, kinds...), so drawn calls get
# past the first choice and reach the checks behind it
VOCAB = sorted(
    {
        *loans.CONDITIONS,
        *shifts.METHODS,
        *answers.TOPICS,
        *inquiries.TYPES,
        *inquiries.CHANNELS,
        *guide.FACILITY_KINDS,
        *personal_data.PHONE_COLUMNS,
        *claims.ID_TYPES,
        *member_ids.ID_TYPES,
        "umbrella",
        "UMB",
        "U",
        "10:00-22:00",
        "21:00",
        "clerk1",
        "shift_lead1",
        "admin",
        "L2",
        "A-1",
    }
)
SAMPLES = ["13800138000", "U-001", "M2026-000001", "cash", "good", "resident", "counter", "L1"]
WORDS = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="0123456789 -+()M", max_size=24),
    st.just(""),
    st.sampled_from(SAMPLES),
    st.sampled_from(VOCAB),
)
TOO_LONG = "x" * 5000  # longer than any text the desk keeps
# a control character inside text the desk keeps: a scanner's or a paste's, never stored
CONTROLLED = st.sampled_from(["\x00", "A\x00B", "a\x1bb", "\x07", "名\x7f字", "x\x9fy"])

TEXT = st.one_of(fine(st.none(), WORDS), garbage(st.just(TOO_LONG), CONTROLLED))
"""Text the desk keeps (a name, a note): anything but longer than any field or with a
control character in it."""
QUERY = fine(st.none(), WORDS, st.just(TOO_LONG))
"""What a person looks for or types to find a record: nothing wrong with any of it."""


def limited(most: int) -> st.SearchStrategy:
    """Text with a stated limit: up to `most` characters is fine; longer, or with a control
    character in it, is refused with a message naming the field and its limit, never cut
    or stored silently (these fields were once cut to their length without a word)."""
    return st.one_of(
        fine(st.none(), WORDS.map(lambda t: t[:most])),
        garbage(st.just(TOO_LONG), st.just("y" * (most + 1)), CONTROLLED),
    )


def truth(kind) -> st.SearchStrategy:
    """A yes/no that a list reads by its truth (None and 0 as no), never stored."""
    return kind.map(lambda d: Drawn(d.value, READ_AS, bool(d.value)))


FROM_PROGRAM = QUERY
"""Text the program itself chooses (a setting's key), never a person: any is fine."""


def choice(*options: str) -> st.SearchStrategy:
    """One of the desk's codes; other text is garbage where the code is kept."""
    return st.one_of(
        fine(st.sampled_from(options), st.none(), st.just("")),
        garbage(WORDS.filter(lambda t: t.strip() not in options and t.strip()), st.just(TOO_LONG)),
    )


def pick(*options: str) -> st.SearchStrategy:
    """A code to filter or look up by: other text finds nothing, which is fine."""
    return st.one_of(fine(st.sampled_from(options)), QUERY)


def _phone_verdict(value) -> str:
    """7 to 12 digits once spaces, dashes, brackets and +86 are dropped (or nothing)."""
    if value is None:
        return FINE
    digits = re.sub(r"[\s\-()]", "", unicodedata.normalize("NFKC", value))
    digits = re.sub(r"^(\+86|0086)", "", digits)
    ok = not digits or (digits.isascii() and digits.isdigit() and 7 <= len(digits) <= 12)
    return FINE if ok else GARBAGE


PHONE = judged(
    _phone_verdict,
    st.none(),
    WORDS,
    st.just(TOO_LONG),
    st.just("13800138000"),
    st.just("+86 139-1234-5678"),
)


# --- numbers -------------------------------------------------------------------------------
WRONG_TYPE = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.booleans())
TEXT_NUMBER = st.sampled_from(["1", "100", "abc"])


def whole(lo: int, hi: int, *likely: int) -> st.SearchStrategy:
    """A whole number the desk takes from lo to hi; beyond that, or not an int, is garbage."""
    near = [v for v in (*likely, lo, lo + 1, hi) if lo <= v <= hi]
    return st.one_of(
        fine(st.integers(lo, hi), st.sampled_from(near)),
        garbage(
            WRONG_TYPE,
            TEXT_NUMBER,
            st.integers(max_value=lo - 1),
            st.integers(min_value=hi + 1),
            st.just(2**63),
            st.integers(hi + 1, 2**70),
        ),
    )


ID = whole(1, MAX_RECORD_ID, 1, 2, 3, 5, 12)
"""A record's number: real ones are small."""
FEN = whole(0, MAX_FEN, 10, 100, 5000, 10000)
COUNT = whole(0, MAX_COUNT, 1, 2, 5, 20, 50, 10000)
"""Pieces, items, days, minutes, points: a whole number 0 or more."""
SIGNED = whole(-MAX_COUNT, MAX_COUNT, -5, -1, 1, 5, 100)
"""Points added or taken back."""
OFFSET = whole(0, MAX_OFFSET, 0, 5)


def limit(most: int = MAX_LIMIT) -> st.SearchStrategy:
    """A page's size: too big is cut to the most a page holds, too small to one row."""
    return st.one_of(
        fine(st.integers(1, most)),
        read_as(lambda n: most, st.integers(most + 1, 2**70)),
        read_as(lambda n: 1, st.integers(-(2**70), 0)),
        garbage(WRONG_TYPE),
    )


LIMIT = limit()
FLAG = st.one_of(
    fine(st.booleans(), st.sampled_from([0, 1])),
    garbage(st.none(), st.floats(), st.integers(2, 2**70), st.integers(max_value=-1), TEXT_NUMBER),
)


def optional(kind) -> st.SearchStrategy:
    """The kind, or None for 'not given'."""
    return st.one_of(fine(st.none()), kind.filter(lambda d: d.value is not None))


# --- days and times ------------------------------------------------------------------------
DESK_YEARS = (date(2000, 1, 1), date(2100, 12, 31))
TODAY = date(2026, 3, 16)
DAY = st.one_of(
    fine(st.dates(*DESK_YEARS), st.just(TODAY)),
    garbage(
        st.none(),
        st.dates().filter(lambda d: not 2000 <= d.year <= 2100),
        st.text(max_size=12),
        st.datetimes(),
        st.just("2026-03-16"),
    ),
)
"""A calendar day a desk records (as a date, not a datetime or text)."""
WHEN = st.one_of(
    fine(st.datetimes(datetime(2000, 1, 1), datetime(2100, 12, 31), timezones=st.just(UTC))),
    garbage(
        st.none(),
        st.text(max_size=30),
        st.datetimes(),
        st.datetimes(timezones=st.just(UTC)).filter(lambda t: not 2000 <= t.year <= 2100),
    ),
)
"""A moment with its time zone."""


# --- bytes ---------------------------------------------------------------------------------
PNG, JPEG = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"


def _picture_verdict(value) -> str:
    return FINE if value is None or value.startswith((PNG, JPEG)) else GARBAGE


PICTURE = judged(
    _picture_verdict,
    st.none(),
    st.binary(max_size=40),
    st.just(PNG + b"x" * 8),
    st.just(JPEG + b"x" * 10),
)
"""A photo or a scan: a PNG or JPEG, or none."""
