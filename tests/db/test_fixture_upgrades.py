"""Every old database upgrades. A fixture per schema version (tests/db/fixtures, written by
make_fixtures.py) is copied and opened the way the desk opens a file (migrated, with a
backup copy first), then: the schema is the latest, every row is still there with its
values, the audit chain is sound, the fixture's people sign in, and each area works on
the old data."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import db.core.audit as audit_db
from db.core.migrations import LATEST, schema_version
from services.admin import site, users
from services.care import custody, first_aid, paging
from services.complaints import cases
from services.core import audit_key
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import check_at_start, check_health, open_database
from services.directory import guide
from services.finance import handover, month_lock
from services.invoices import invoices
from services.lending import loans
from services.lost_found import items as lost_found
from services.members import ids, members
from services.sales import sales
from tests.db import fixture_rows as early
from tests.db import fixture_rows_later as later
from tests.db.fixture_desk import PASSWORD
from tests.db.make_fixtures import KEY_SUFFIX, MEMBERS_SINCE, STORY, fixture_path

VERSIONS = list(range(1, LATEST + 1))
AFTER_THE_STORY = datetime(2026, 3, 20, 2, 0, tzinfo=UTC)


def _copy(version: int, folder: Path, name: str) -> Path:
    """The fixture and its member key, copied: a test never opens the committed file."""
    source, target = fixture_path(version), folder / name
    if not source.exists():
        pytest.fail(
            f"no fixture of schema {version}: add its story to make_fixtures.STORY,"
            f" run `python -m tests.db.make_fixtures {version}` and commit the file"
        )
    shutil.copyfile(source, target)
    key = Path(f"{source}{KEY_SUFFIX}")
    if key.exists():
        shutil.copyfile(key, f"{target}{KEY_SUFFIX}")
    return target


def _snapshot(path: Path) -> dict[str, tuple[list[str], Counter]]:
    """Every stored table (virtual tables are read through their shadow tables): its
    columns and its rows, as a multiset."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        found = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in columns)
            found[table] = (columns, Counter(conn.execute(f'SELECT {names} FROM "{table}"')))
        return found
    finally:
        conn.close()


class Upgraded:
    def __init__(self, version: int, folder: Path):
        self.version = version
        self.before = _snapshot(_copy(version, folder, "before.db"))
        self.path = _copy(version, folder, "desk.db")
        self.db = open_database(self.path)
        self.ctx = AppContext(self.db, None, FixedClock(AFTER_THE_STORY))

    def signed_in(self, username: str) -> AppContext:
        return self.ctx.signed_in_as(users.sign_in(self.ctx, username, PASSWORD))


@pytest.fixture(params=VERSIONS, ids=[f"v{n}" for n in VERSIONS])
def upgraded(request, tmp_path):
    desk = Upgraded(request.param, tmp_path)
    yield desk
    desk.db.close()


def test_a_fixture_for_every_schema_version(tmp_path):
    assert [since for since, _ in STORY] == VERSIONS, (
        "a new schema step needs its part of the story in make_fixtures.STORY"
    )
    for version in VERSIONS:
        assert fixture_path(version).exists(), (
            f"run `python -m tests.db.make_fixtures {version}` and commit the fixture"
        )
        assert schema_version(_copy(version, tmp_path, f"v{version}.db")) == version
        key = Path(f"{fixture_path(version)}{KEY_SUFFIX}")
        assert key.exists() == (version >= MEMBERS_SINCE)
        assert fixture_path(version).stat().st_size < 512 * 1024


def test_upgrade_reaches_the_latest_schema_with_a_backup_first(upgraded):
    conn = upgraded.db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    backups = list(upgraded.path.parent.glob(f"desk.db.v{upgraded.version}-*.bak"))
    if upgraded.version < LATEST:
        assert len(backups) == 1 and schema_version(backups[0]) == upgraded.version
    else:
        assert not backups  # nothing to migrate, nothing copied


def test_upgrade_keeps_every_row_with_its_values(upgraded):
    after = _snapshot(upgraded.path)
    for table, (columns, rows) in upgraded.before.items():
        assert table in after, f"{table} is gone"
        if table == "audit_checkpoint":
            continue  # not a record: the upgrade's full walk moves it on (next test)
        names = after[table][0]
        assert set(columns) <= set(names), f"{table} lost columns"
        picked = Counter(tuple(row[names.index(c)] for c in columns) for row in after[table][1])
        assert not rows - picked, f"{table}: rows lost or changed: {list(rows - picked)[:3]}"


def test_an_upgraded_file_carries_a_checkpoint_at_the_head_of_its_trail(upgraded):
    if upgraded.version == LATEST:
        return  # nothing was migrated
    key = audit_key.stored_key(upgraded.ctx)
    head = upgraded.db.conn.execute(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert audit_db.read_checkpoint(upgraded.db, key) == (head[0], head[1])
    assert not check_at_start(upgraded.ctx, walk_whole=False).deferred


def test_audit_chain_is_sound_and_everyone_signs_in(upgraded):
    assert check_at_start(upgraded.ctx).sound  # v11: walks on from the fixture's checkpoint
    assert check_health(upgraded.ctx).sound
    conn = upgraded.db.conn  # keyed on the upgrade: every row has its MAC (schema 13)
    (rows,) = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    (macs,) = conn.execute("SELECT count(*) FROM audit_macs").fetchone()
    assert (
        macs == rows
        and conn.execute("SELECT 1 FROM audit_log WHERE action = 'audit.keyed'").fetchone()
    )
    for username, role, _ in early.USERS:
        assert upgraded.signed_in(username).user.role == role
    assert site.get_profile(upgraded.ctx).name == early.SITE["name"]
    assert check_health(upgraded.ctx).sound  # the sign-ins chained on


# --- each area on the upgraded data -------------------------------------------------------------
def lending_takes_the_umbrella_back(desk: Upgraded) -> None:
    clerk = desk.signed_in("clerk")
    [out] = [r for r in loans.outstanding(clerk) if r["slip_no"] == early.OPEN_SLIP]
    settled = loans.return_item(clerk, out["id"])
    assert settled.refund_fen == early.UMBRELLA_DEPOSIT and not settled.loan.is_open


def members_keep_points_and_id_hashes(desk: Upgraded) -> None:
    clerk = desk.signed_in("clerk")
    [member] = members.find_members(clerk, early.MEMBER_PHONE)
    assert (member.card_no, member.balance) == ("M2026-000001", 18)
    (stored,) = desk.db.conn.execute(
        "SELECT id_hash FROM members WHERE id = ?", (member.id,)
    ).fetchone()
    assert ids.id_hash(clerk, "resident", early.MEMBER_ID_NUMBER) == stored  # the key file


def lost_and_found_searches_long_and_short_words(desk: Upgraded) -> None:
    clerk = desk.signed_in("clerk")
    for word in ("伞", "umbrella"):
        assert [i.tag_no for i in lost_found.search_found(clerk, word)] == [
            later.FOUND_UMBRELLA_TAG
        ]
    assert [r.status for r in lost_found.search_reports(clerk, "钱包")] == ["open"]


def directory_finds_a_shop_by_pinyin(desk: Upgraded) -> None:
    found = guide.search_directory(desk.signed_in("clerk"), "xbk")
    assert [e.name_en for e in found] == ["Starbucks"] and found[0].hours == "07:00-22:00"


def sales_and_invoices_read_back(desk: Upgraded) -> None:
    clerk = desk.signed_in("clerk")
    sale = sales.get_sale(clerk, later.SALE_NO)
    assert (sale.total_fen, len(sale.lines)) == (1300, 2)
    assert sales.get_sale(clerk, later.VOIDED_SALE_NO).is_void
    invoice = invoices.get_invoice(clerk, later.INVOICE_NO)
    assert (invoice.credited_fen, invoice.remaining_fen) == (-5300, 5300)


def complaints_and_care_read_back(desk: Upgraded) -> None:
    clerk = desk.signed_in("clerk")
    case = cases.find_case(clerk, later.CASE_NO)
    assert case.status == "in_progress" and len(cases.case_steps(clerk, case.id)) == 2
    assert [(m.name, m.stock) for m in first_aid.list_medicines(clerk)] == [("创可贴", 48)]
    assert len(custody.list_items(clerk, held_only=True)) == 1
    assert [p.kind for p in paging.list_pages(clerk)][0] == "person"


def an_erased_member_stays_erased(desk: Upgraded) -> None:
    clerk = desk.signed_in("clerk")
    assert members.find_members(clerk, early.ERASED_PHONE) == []
    assert members.get_member(clerk, 2).name == "已注销会员 #2"


def finance_keeps_locks_and_handovers(desk: Upgraded) -> None:
    lead = desk.signed_in("lead")
    assert month_lock.lock_state(lead, later.LOCKED_MONTH).locked
    voucher = handover.handover_of(lead, date.fromisoformat(later.HANDOVER_DAY))
    assert voucher.handover_no == "H2026-000001"


def floors_hold_the_floors_shops_stand_on(desk: Upgraded) -> None:
    """Schema 19 starts the floors from those in use: every shop keeps its floor, and a new
    shop can be placed on one of them."""
    from services.directory import floors, shops

    admin = desk.signed_in("admin")
    used = {
        r[0]
        for r in desk.db.conn.execute(
            "SELECT floor FROM shops WHERE floor <> '' UNION"
            " SELECT floor FROM facilities WHERE floor <> ''"
        )
    }
    assert used and used <= {f.code for f in floors.floor_list(admin)}
    code = sorted(used)[0]
    assert shops.add_shop(admin, "新开的店", "New shop", "NEW-001", code).floor == code


AREA_CHECKS = (
    (1, floors_hold_the_floors_shops_stand_on),
    (2, lending_takes_the_umbrella_back),
    (3, members_keep_points_and_id_hashes),
    (4, lost_and_found_searches_long_and_short_words),
    (5, directory_finds_a_shop_by_pinyin),
    (6, sales_and_invoices_read_back),
    (7, complaints_and_care_read_back),
    (8, an_erased_member_stays_erased),
    (9, finance_keeps_locks_and_handovers),
)


def test_each_area_works_on_the_upgraded_data(upgraded):
    for since, check in AREA_CHECKS:
        if since <= upgraded.version:
            check(upgraded)
    assert check_health(upgraded.ctx).sound
