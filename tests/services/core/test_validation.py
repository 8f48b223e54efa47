"""The shared checks behind the bad-input refusals (services/core/validation.py,
paging_args.py) and the money rules: amounts refuse negatives, more than two decimals and
absurd sizes; fen ints refuse bools and floats; text has length limits; phones validate."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.core import validation
from services.core.errors import ValidationError
from services.core.money import parse_yuan
from services.core.paging_args import MAX_OFFSET, page_args

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**80), 2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=50),
    st.binary(max_size=10),
    st.dates(),
    st.datetimes(),
)


@settings(max_examples=200, deadline=None)
@given(ANYTHING)
def test_every_check_answers_with_a_value_or_a_validation_error(value):
    checks = [
        lambda v: validation.text(v, "note", 20),
        lambda v: validation.whole_number(v, "quantity", 1, 99),
        lambda v: validation.record_id(v),
        lambda v: validation.fen(v, "amount"),
        lambda v: validation.moment(v, "time"),
        lambda v: validation.day(v, "day"),
        lambda v: validation.flag(v, "active"),
        lambda v: validation.phone(v, "phone"),
        lambda v: page_args(v, 50),
        lambda v: page_args(0, v),
    ]
    for check in checks:
        try:
            check(value)
        except ValidationError as exc:
            assert exc.render()


@pytest.mark.parametrize("text", ["-1.5", "1.234", "12.345", "abc", "1" * 20, "", "¥", "1..2"])
def test_typed_amounts_refused(text):
    if text == "-1.5":  # the parser reads a sign; the service refuses the negative amount
        assert parse_yuan(text) == -150
        with pytest.raises(ValidationError):
            validation.fen(parse_yuan(text), "amount")
        return
    with pytest.raises(ValidationError):
        parse_yuan(text)


@pytest.mark.parametrize("value", [True, False, 1.5, 100.0, -1, 10**13, None, "100"])
def test_fen_refuses_bools_floats_negatives_and_absurd_amounts(value):
    with pytest.raises(ValidationError):
        validation.fen(value, "amount")


def test_fen_accepts_whole_fen():
    assert validation.fen(0, "amount") == 0
    assert validation.fen(validation.MAX_FEN, "amount") == validation.MAX_FEN


def test_text_is_trimmed_limited_and_control_characters_refused():
    assert validation.text(None, "note") == ""
    assert validation.text("  ab \t", "note") == "ab"
    for bad in ("  a\x00b \x07", "a\x1bb", "a\tb"):
        with pytest.raises(ValidationError, match="control character"):
            validation.text(bad, "note")
    assert validation.text("x" * 20, "note", 20) == "x" * 20
    with pytest.raises(ValidationError, match="at most 20"):
        validation.text("x" * 21, "note", 20)
    with pytest.raises(ValidationError):
        validation.text(5, "note")
    with pytest.raises(ValidationError):
        validation.text("  ", "note", required=True)


def test_record_ids_fit_sqlite():
    assert validation.record_id(2**63 - 1) == 2**63 - 1
    for bad in (0, -1, 2**63, True, 1.0, "1", None):
        with pytest.raises(ValidationError):
            validation.record_id(bad)


def test_page_args_clamp_the_limit_and_refuse_odd_offsets():
    assert page_args(0, 10**30) == (0, 1000)
    assert page_args(5, 0) == (5, 1)
    assert page_args(0, 10**30, 50) == (0, 50)
    for offset, limit in (
        (-1, 10),
        (MAX_OFFSET + 1, 10),
        (0.0, 10),
        (0, 1.5),
        (None, 10),
        (True, 10),
    ):
        with pytest.raises(ValidationError):
            page_args(offset, limit)


def test_phones_are_digits_of_a_plausible_length():
    assert validation.phone("+86 138-0013-8000", "phone") == "13800138000"
    assert validation.phone("021 6234 5678", "phone") == "02162345678"
    assert validation.phone("１３８ ００１３ ８０００", "phone") == "13800138000"
    assert validation.phone("", "phone") == ""
    for bad in ("abc", "12345", "1" * 13, "٣٤٥٦٧٨٩٠١٢"):
        with pytest.raises(ValidationError):
            validation.phone(bad, "phone")
    with pytest.raises(ValidationError):
        validation.phone("", "phone", required=True)


def test_dates_and_times_stay_in_the_desk_years():
    assert validation.day(date(2026, 3, 16), "day") == date(2026, 3, 16)
    when = datetime(2026, 3, 16, 2, tzinfo=UTC)
    assert validation.moment(when, "time") == when
    for bad in (date(1, 1, 1), date(9999, 12, 31), datetime(2026, 3, 16), "2026-03-16"):
        with pytest.raises(ValidationError):
            validation.day(bad, "day")
    with pytest.raises(ValidationError):
        validation.moment(datetime(2026, 3, 16), "time")  # no time zone
    assert validation.moment(None, "time", required=False) is None
