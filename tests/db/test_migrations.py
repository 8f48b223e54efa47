"""Frozen migration steps (checksummed) and the migration runner: newer, foreign, failing
and successful upgrades."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from db.core import migrations
from db.core.connection import connect
from services.core.database import DatabaseRefused, open_database

# sha256 of each shipped step file. A step that has shipped is never edited: databases out
# there already ran it, so an edit would only reach new installations. Record a new step's
# checksum here when it is added.
SHIPPED = {
    "0001_site_users_audit.sql": "2b59794677c2e3de1f10efee3503426db9e3621f7157afda41b1ba2cdb774d78",
    "0002_lending_shifts_cash.sql": "e2143764394d40f36ae88bcb4c947a364240f232acdbabacf933602458346233",
    "0003_members_points_rewards.sql": "c72b5d961f1ed870cf92f1062e2069170e8b375b79020ccd0671d0cb5ac1b775",
    "0004_lost_found.sql": "d9c5515cc87c82f53855bf92b3c4347980507dc11a404ba4b75b7252300c93e0",
    "0005_directory_answers_inquiries.sql": "4b87facd0fae85b3e6d089cd599a89976183e78a4c5cd307925945f934fd1700",
    "0006_sales_invoices.sql": "22dfa74d395030efe1480dc759a6c6a81c92538ebe4225d9a7ca0074cb322ad1",
    "0007_complaints_first_aid_custody_paging.sql": "434f68edb41ea93c815677b05c3b6cc91535af46f437d995c3e915d2ed684278",
    "0008_member_erasure.sql": "b376fd7d71e4accab8697cb4f8c1a22b883cfa9af4c578fd294b88a7c126a623",
    "0009_month_locks_handovers.sql": "bc340bf4cdd5629f620a8aac080f0f236248040e11f57a9033aa6a6db6cdf674",
    "0010_dashboard_indexes.sql": "860ee77faf4347d0f4daacfc2821f67fe5aa0f19e1586efe721eca1f14f56038",
    "0011_audit_checkpoint.sql": "bc3b00f51a697a8a67f1df063a085a018b287e01acf354ce0354cdbb5fb118f2",
    "0012_shift_counts_claim_attempts.sql": "11e9a243d30460c460804e95940745cc1444e6a83ae9729758a268c0669ac29d",
    "0013_invoice_source_amounts_keyed_audit.sql": "ec203c2e4371cef77025610f3f3e989c5ad0ee6c6d00f1f4a48cec7a462671b4",
    "0014_retention_purge_masking.sql": "de4d2626e9845c836efd5b33616a5d151f5c67781ea24f03667ec53a49d72662",
    "0015_service_quality.sql": "14b11de57bb22902c09e77f56ce684993b1d9a4bc2fc8e795fcffab468c1b275",
    "0016_found_items_due_index.sql": "a098604ae78e43012954385afbe6d29e6ef27e2f6399f2b6acd7ac1ff9062121",
    "0017_complaint_deadlines_follow_calendar.sql": "426ad6f839bdb511b9107aed9a74430bc2257425ae0e692e4ac85c894e6bea6e",
    "0018_loan_vouchers.sql": "f3ce4a69e2ba5175de4ff74b3702e082d6777abd703881a983b277e0ce65f5e2",
    "0019_floors.sql": "2ebc8cdf8f88f4362f66d820b7d2ca3ac8ae4290f052de6ce6202c0e11641a95",
    "0020_desks.sql": "0b3012244cdcca5a6ef293a3f3ca9f4727f8919bfd345489b3a266f9bc942fb8",
    "0021_search_indexes.sql": "c20605147b197f18fa1dd4c00a1c7fd507bd11942ef3c585aa6f3280bc78d008",
}


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the frozen steps ------------------------------------------------------------------------
def test_shipped_steps_are_unchanged():
    files = {p.name: p for p in migrations.step_files()}
    for name, recorded in SHIPPED.items():
        assert name in files, (
            f"migration step {name} has shipped and was removed or renamed; restore it"
            " (databases out there already ran it)"
        )
        assert _sha256(files[name]) == recorded, (
            f"migration step {name} has shipped and must never change. Restore it and add a"
            f" new step db/core/migrations/steps/{migrations.LATEST + 1:04d}_<what>.sql"
            " with the change instead"
        )


def test_every_step_has_its_checksum_recorded():
    unrecorded = [p.name for p in migrations.step_files() if p.name not in SHIPPED]
    assert not unrecorded, (
        f"record the sha256 of the new step(s) {unrecorded} in SHIPPED of this file;"
        " from then on they are frozen"
    )


def test_each_step_says_what_it_does():
    for path in migrations.step_files():
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("-- ") and len(first) > 10, path.name
    assert all(m.doc and m.sql.strip() for m in migrations.MIGRATIONS)


def test_migration_versions_are_unique_and_contiguous():
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    assert migrations.LATEST == versions[-1]


def test_steps_folder_refuses_a_gap_or_a_stray_name(tmp_path):
    (tmp_path / "0001_first.sql").write_text("-- first\nCREATE TABLE a (x);\n")
    (tmp_path / "0003_third.sql").write_text("-- third\nCREATE TABLE c (x);\n")
    with pytest.raises(ValueError, match="numbered"):
        migrations.load_steps(tmp_path)
    (tmp_path / "0003_third.sql").rename(tmp_path / "2_second.sql")
    with pytest.raises(ValueError, match="NNNN"):
        migrations.load_steps(tmp_path)


def test_a_step_without_its_comment_is_refused(tmp_path):
    (tmp_path / "0001_first.sql").write_text("CREATE TABLE a (x);\n")
    with pytest.raises(ValueError, match="-- "):
        migrations.load_steps(tmp_path)


def test_split_statements_keeps_trigger_bodies():
    parts = migrations.split_statements(migrations.MIGRATIONS[0].sql)
    assert any(p.startswith("CREATE TRIGGER audit_log_no_update") for p in parts)
    assert all(p.endswith(";") for p in parts)


def test_the_comment_lines_are_not_run():
    for step in migrations.MIGRATIONS:
        assert not step.sql.lstrip().startswith("--"), step.version


# --- the runner ------------------------------------------------------------------------------
def test_newer_database_is_refused_and_untouched(db_path):
    open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused) as err:
        open_database(db_path)
    assert "newer version" in str(err.value)
    assert db_path.read_bytes() == before


def test_failing_migration_leaves_file_as_it_was(db_path, admin_ctx):
    admin_ctx.db.close()
    broken = migrations.MIGRATIONS + [
        migrations.Migration(
            migrations.LATEST + 1,
            "half works, then fails",
            "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);",
        )
    ]
    with pytest.raises(migrations.MigrationError):
        migrations.migrate(db_path, broken)
    check = connect(db_path)
    assert check.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert "half_done" not in check.table_names()
    assert check.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1
    check.close()
    # a backup copy was taken before trying
    assert list(db_path.parent.glob("desk.db.v*.bak"))


def test_successful_migration_takes_a_backup(db_path, admin_ctx):
    admin_ctx.db.close()
    more = migrations.MIGRATIONS + [
        migrations.Migration(migrations.LATEST + 1, "a new table", "CREATE TABLE extra (x);")
    ]
    backup = migrations.migrate(db_path, more)
    assert backup is not None and backup.exists()
    assert migrations.schema_version(backup) == migrations.LATEST
    assert migrations.schema_version(db_path) == migrations.LATEST + 1


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE customers (id)")
    raw.close()
    with pytest.raises(DatabaseRefused):
        open_database(path)
