"""ID checks (GB 11643 and permits) and the keyed hash with its key file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from services.core import keys
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


def key_file_of(db) -> Path:
    return keys.key_folder() / f"{member_ids.key_name(AppContext(db))}{keys.KEY_FILE_SUFFIX}"


@pytest.mark.sqlite_only(reason="the key file beside the SQLite file")
def test_key_made_once_in_the_key_store_never_beside_the_database(db, db_path):
    first = member_ids.id_hash(AppContext(db), "resident", "11010519491231002X")
    stored = key_file_of(db)
    assert stored.exists() and stored.parent != db_path.parent
    assert (stored.stat().st_mode & 0o077) == 0 and (stored.parent.stat().st_mode & 0o077) == 0
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".member-key")]
    assert member_ids.id_hash(AppContext(db), "resident", "110105 19491231 002x") == first
    assert member_ids.id_hash(AppContext(db), "passport", "11010519491231002X") != first
    assert "11010519491231002X" not in repr(db.conn.execute("SELECT * FROM settings").fetchall())
    assert member_ids.id_key(AppContext(db)).hex() not in repr(
        db.conn.execute("SELECT * FROM settings").fetchall()
    )


def test_missing_or_foreign_key_is_reported(db):
    member_ids.id_key(AppContext(db))
    path = key_file_of(db)
    kept = path.read_text()
    path.unlink()
    with pytest.raises(member_ids.IdKeyMissing, match="recovery sheet"):
        member_ids.id_key(AppContext(db))
    path.write_text("00" * 32)
    with pytest.raises(member_ids.IdKeyMissing):
        member_ids.id_key(AppContext(db))
    path.write_text(kept)
    assert member_ids.id_key(AppContext(db)).hex() == kept


@pytest.mark.sqlite_only(reason="the key file beside the SQLite file")
def test_a_key_beside_the_database_moves_into_the_key_store(db, db_path):
    """Older versions kept `<db>.member-key` beside the file; it moves, then goes."""
    legacy = db_path.with_name(db_path.name + ".member-key")
    key = "ab" * 32
    legacy.write_text(key)
    assert member_ids.id_key(AppContext(db)).hex() == key
    assert not legacy.exists() and key_file_of(db).read_text() == key


@pytest.mark.sqlite_only(reason="the key file beside the SQLite file")
def test_a_stray_key_beside_the_database_is_left_alone(db, db_path):
    member_ids.id_key(AppContext(db))
    legacy = db_path.with_name(db_path.name + ".member-key")
    legacy.write_text("cd" * 32)
    assert member_ids.id_key(AppContext(db)).hex() != "cd" * 32
    assert legacy.exists()


def test_the_recovery_sheet_key_puts_id_checks_back_on_a_new_pc(admin_ctx):
    first = member_ids.id_hash(admin_ctx, "resident", "11010519491231002X")
    sheet = member_ids.key_for_recovery_sheet(admin_ctx)
    key_file_of(admin_ctx.db).unlink()  # a new PC: the database came back, the key did not
    with pytest.raises(member_ids.IdKeyMissing):
        member_ids.id_hash(admin_ctx, "resident", "11010519491231002X")
    with pytest.raises(ValidationError):
        member_ids.enter_key_from_sheet(admin_ctx, "12" * 32)
    with pytest.raises(ValidationError):
        member_ids.enter_key_from_sheet(admin_ctx, "not a key")
    spaced = " ".join(sheet[i : i + 8] for i in range(0, 64, 8)).upper()
    member_ids.enter_key_from_sheet(admin_ctx, spaced)
    assert member_ids.id_hash(admin_ctx, "resident", "11010519491231002X") == first


def test_the_recovery_sheet_is_a_pdf_with_the_key_and_reading_it_is_audited(admin_ctx):
    pdf = member_ids.recovery_sheet_pdf(admin_ctx)
    assert bytes(pdf).startswith(b"%PDF")
    actions = [r[0] for r in admin_ctx.db.conn.execute("SELECT action FROM audit_log")]
    assert actions[-2:] == ["members.id_key_sheet", "audit.key_sheet"]  # both keys read


def test_the_sheet_is_for_admins(role_ctx):
    from services.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        member_ids.recovery_sheet_pdf(role_ctx["supervisor"])


def test_a_missing_key_is_noticed_after_a_restore(admin_ctx):
    assert member_ids.id_key_missing(admin_ctx) is False  # no member hashed yet
    member_ids.id_key(admin_ctx)
    assert member_ids.id_key_missing(admin_ctx) is False
    key_file_of(admin_ctx.db).unlink()
    assert member_ids.id_key_missing(admin_ctx) is True
