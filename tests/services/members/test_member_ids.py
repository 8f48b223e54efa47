"""ID checks (GB 11643 and permits) and the keyed hash with its key file."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.context import AppContext
from services.core.errors import ValidationError
from services.members import ids as member_ids
from tests.services.members.fixtures import resident_id


def test_known_resident_number_check_digit():
    # the example from GB 11643
    assert member_ids.resident_check_char("11010519491231002") == "X"
    assert member_ids.check_id("resident", "11010519491231002x") == "11010519491231002X"


@pytest.mark.parametrize(
    "bad",
    ["11010519491231002", "110105194912310021", "110105194902301234", "1101051949123100XX", ""],
)
def test_bad_resident_numbers_are_refused_without_repeating_them(bad):
    with pytest.raises(ValidationError) as err:
        member_ids.check_id("resident", bad)
    assert not bad or bad not in str(err.value)


def test_future_birth_date_refused():
    number = resident_id(birth="20300101")
    with pytest.raises(ValidationError):
        member_ids.check_id("resident", number, date(2026, 3, 16))


@pytest.mark.parametrize(
    "id_type, good, bad",
    [
        ("passport", "E12345678", "ABC"),
        ("hk_macao", "H12345678", "X12345678"),
        ("taiwan", "12345678", "1234567"),
    ],
)
def test_permits_and_passports(id_type, good, bad):
    assert member_ids.check_id(id_type, good.lower()) == good
    with pytest.raises(ValidationError):
        member_ids.check_id(id_type, bad)


def test_key_file_made_once_beside_the_database(db, db_path):
    first = member_ids.id_hash(AppContext(db), "resident", "11010519491231002X")
    assert member_ids.key_path(AppContext(db)) == db_path.with_name(db_path.name + ".member-key")
    assert (member_ids.key_path(AppContext(db)).stat().st_mode & 0o077) == 0
    assert member_ids.id_hash(AppContext(db), "resident", "110105 19491231 002x") == first
    assert member_ids.id_hash(AppContext(db), "passport", "11010519491231002X") != first
    assert "11010519491231002X" not in repr(db.conn.execute("SELECT * FROM settings").fetchall())


def test_missing_or_foreign_key_file_is_reported(db):
    member_ids.id_key(AppContext(db))
    path = member_ids.key_path(AppContext(db))
    path.unlink()
    with pytest.raises(member_ids.IdKeyMissing):
        member_ids.id_key(AppContext(db))
    path.write_text("00" * 32)
    with pytest.raises(member_ids.IdKeyMissing):
        member_ids.id_key(AppContext(db))
