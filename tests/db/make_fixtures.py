"""Build tests/db/fixtures/schema_vN.db for every schema version N: a small database as a
Front Desk of version N left it, for the upgrade test (tests/db/test_fixture_upgrades.py).

    python -m tests.db.make_fixtures          # all versions
    python -m tests.db.make_fixtures 12       # only version 12 (a new step's fixture)

Each file is migrated with the frozen steps 1..N only, then the story of versions 1..N
(fixture_rows*.py) is written into it with plain SQL, with audit rows on a sound chain. A
fixture with members gets its ID key file beside it (`schema_vN.db.member-key`).

The committed fixtures are the record of what old databases hold: rebuild one only when it
is new or when its story is wrong, never to make the upgrade test pass.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from db.core.connection import atomic, connect
from db.core.migrations import LATEST, MIGRATIONS, migrate
from tests.db import fixture_rows as early
from tests.db import fixture_rows_later as later
from tests.db.fixture_desk import MEMBER_KEY, Desk

FIXTURES = Path(__file__).with_name("fixtures")
KEY_SUFFIX = ".member-key"
# (the schema version that brought the tables, what the desk wrote into them)
STORY = (
    (1, early.site_and_shops),
    (2, early.lending_and_shifts),
    (3, early.members_and_points),
    (4, later.lost_and_found),
    (5, later.directory),
    (6, later.sales_and_invoices),
    (7, later.complaints_and_care),
    (8, later.member_erasure),
    (9, later.month_locks_and_handover),
    (10, later.a_quiet_day),
    (11, later.audit_checkpoint),
    (12, later.shift_counts_and_claim_attempts),
    (13, later.invoice_source_amounts),
    (14, later.retention_and_masking),
    (15, later.service_quality),
    (16, later.found_items_due),
    (17, later.complaint_deadline_follows_holiday),
    (18, later.loan_vouchers),
    (19, later.floors_named),
    (20, later.desks_and_their_handovers),
    (21, later.open_reports_newest_first),
)
MEMBERS_SINCE = 3
# Small pages keep the files small (the schema has ~140 tables and indexes, one page each
# at least); the page size plays no part in migrating.
PAGE_SIZE = 1024


def fixture_path(version: int, folder: Path = FIXTURES) -> Path:
    return folder / f"schema_v{version}.db"


def _remove(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal", KEY_SUFFIX):
        Path(f"{path}{extra}").unlink(missing_ok=True)


def _compact(db) -> None:
    """Small pages, no free pages, and back to WAL as the desk leaves its file."""
    conn = db.conn
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("VACUUM")
    conn.execute("PRAGMA journal_mode = WAL")


def build(version: int, folder: Path = FIXTURES) -> Path:
    """Write the fixture of one schema version, replacing any file of that name."""
    if version > LATEST or version not in dict(STORY):
        raise SystemExit(f"no story for schema version {version}: add it to STORY first")
    path = fixture_path(version, folder)
    folder.mkdir(parents=True, exist_ok=True)
    _remove(path)
    migrate(path, MIGRATIONS[:version])
    db = connect(path)
    try:
        desk = Desk(db)
        with atomic(db):
            for since, write in STORY:
                if since <= version:
                    write(desk)
        _compact(db)
    finally:
        db.close()
    if version >= MEMBERS_SINCE:
        key = Path(f"{path}{KEY_SUFFIX}")
        key.write_text(MEMBER_KEY.hex())
        os.chmod(key, 0o600)
    return path


def main(argv: list[str]) -> None:
    versions = [int(a) for a in argv] or list(range(1, LATEST + 1))
    for version in versions:
        path = build(version)
        print(f"{path}: {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
