"""After `frontdesk demo`: no full resident ID number anywhere in the file, and no unmasked
mobile number outside the phone columns that hold a customer's own contact (issue 10, 4)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from demo.site import build_demo
from services.core.context import AppContext
from services.core.database import open_database
from services.members.ids import resident_check_char

MOBILE = re.compile(rb"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")  # not inside a hex hash
EIGHTEEN = re.compile(rb"(?<![0-9A-Za-z])[1-9]\d{16}[0-9Xx](?![0-9A-Za-z])")
# where a full number is kept on purpose (shown masked, revealed by supervisors only)
PHONE_COLUMNS = {
    ("members", "phone"),
    ("loans", "borrower_phone"),
    ("lost_reports", "contact_phone"),
    ("found_items", "finder_phone"),
    ("found_item_claims", "phone"),
    ("complaint_cases", "phone"),
    ("custody_items", "left_phone"),
    ("first_aid_uses", "phone"),
    ("medicine_moves", "phone"),
}


def resident_ids(data: bytes) -> list[bytes]:
    return [
        m
        for m in EIGHTEEN.findall(data)
        if resident_check_char(m[:17].decode()) == m[17:].decode().upper()
    ]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(path)
    build_demo(AppContext(db), days=2, seed=3, today=date(2026, 3, 16))
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield path, db
    db.close()


def test_no_full_resident_id_in_the_file(demo_db):
    path, _ = demo_db
    assert resident_ids(path.read_bytes()) == []


def test_no_unmasked_phone_outside_the_phone_columns(demo_db):
    _, db = demo_db
    leaks = []
    tables = [
        r[0]
        for r in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        cols = [r[1] for r in db.conn.execute(f'PRAGMA table_info("{table}")')]
        for col in cols:
            if (table, col) in PHONE_COLUMNS:
                continue
            for (value,) in db.conn.execute(f'SELECT "{col}" FROM "{table}"'):
                data = value if isinstance(value, bytes) else str(value).encode()
                if MOBILE.search(data) or resident_ids(data):
                    leaks.append((table, col, data[:80]))
    assert leaks == []
