"""Backups of a site on a PostgreSQL server: pg_dump's custom format into the backup folder,
checked by a restore into a scratch database (the audit trail's head and count compared with
the live database, the scratch database dropped), the same rotation as a file's copies, and
the documented way back (pg_restore into an empty database) giving a site that checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

import db.core.pg_backup as pg_backup
from db.core.audit import chain_head
from db.core.connection import engine
from services.admin import backups
from services.core.context import AppContext
from services.core.database import check_health, open_database
from tests.pg_support import APP_LOGIN, as_owner


@pytest.fixture
def owner_ctx(admin_ctx, tmp_path):
    """The site's admin on a connection with the schema owner's login (as a scheduled
    `frontdesk backup --db postgresql://OWNER@...` runs), copies going to `tmp_path`."""
    if engine(admin_ctx.db) != "postgresql":
        pytest.skip("a site on a PostgreSQL server (FRONTDESK_TEST_ENGINE=postgresql)")
    from db.admin import settings as settings_db
    from db.core.connection import atomic

    with atomic(admin_ctx.db):
        settings_db.put(admin_ctx.db, "backup.folder", str(tmp_path / "copies"))
    owner = as_owner(admin_ctx.db)
    yield AppContext(owner, admin_ctx.user, admin_ctx.clock)
    owner.close()


def _databases(ctx) -> set[str]:
    return {
        r[0]
        for r in ctx.db.conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE ?",
            (pg_backup.database_name(ctx.db.url) + "%",),
        ).fetchall()
    }


def test_a_copy_is_pg_dumps_checked_by_a_restore_that_is_dropped(owner_ctx, tmp_path):
    before = _databases(owner_ctx)
    path = backups.back_up_now(owner_ctx)
    assert path.parent == tmp_path / "copies" and path.suffix == ".dump"
    assert path.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert path.stat().st_mode & 0o077 == 0
    assert _databases(owner_ctx) == before  # the scratch database is gone
    assert not list(path.parent.glob("*.partial"))


def test_a_copy_whose_trail_differs_is_not_kept(owner_ctx, tmp_path, monkeypatch):
    real = pg_backup.scratch_restore

    def rewritten_head(url, dump_file):
        cm = real(url, dump_file)

        class Rewritten:
            def __enter__(self):
                copy = cm.__enter__()
                copy.conn.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
                copy.conn.execute(
                    "UPDATE audit_log SET hash = 'not the live one'"
                    " WHERE id = (SELECT max(id) FROM audit_log)"
                )
                return copy

            def __exit__(self, *exc):
                return cm.__exit__(*exc)

        return Rewritten()

    monkeypatch.setattr(pg_backup, "scratch_restore", rewritten_head)
    with pytest.raises(backups.BackupFailed, match="failed its check"):
        backups.back_up_now(owner_ctx)
    assert not (tmp_path / "copies").exists() or not list((tmp_path / "copies").iterdir())


def test_rotation_keeps_the_same_days_and_months_as_a_files_copies(owner_ctx, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    start = datetime(2026, 3, 16, tzinfo=UTC)
    for n in range(20):  # older copies, one a day
        day = start - timedelta(days=n + 1)
        (folder / f"frontdesk-{day:%Y%m%d}-020000-daily.dump").write_bytes(b"PGDMP")
    with pytest.MonkeyPatch.context() as mp:
        from db.admin import settings as settings_db
        from db.core.connection import atomic

        with atomic(owner_ctx.db):
            settings_db.put(owner_ctx.db, "backup.keep_daily", 5)
            settings_db.put(owner_ctx.db, "backup.keep_monthly", 2)
        mp.setattr(backups, "local", lambda now, tz: start)
        backups.back_up_now(owner_ctx)
    kept = sorted(p.name for p in folder.iterdir())
    # five newest days (today's new copy among them) and the newest copy of two months
    assert len(kept) == 6 and kept[-1] == "frontdesk-20260316-000000-manual.dump"
    assert "frontdesk-20260228-020000-daily.dump" in kept


def test_the_copy_restores_into_an_empty_database_as_a_site_that_checks(
    owner_ctx, pg_cluster, tmp_path
):
    path = backups.back_up_now(owner_ctx)
    rows, last_id, last_hash = chain_head(owner_ctx.db)
    name = pg_backup.database_name(owner_ctx.db.url) + "_restored"
    pg_cluster.admin(f"CREATE DATABASE {name}")
    try:
        # the documented way back: pg_restore into an empty database, as its owner
        pg_backup.restore_into(pg_cluster.url(name), Path(path))
        restored = open_database(pg_cluster.url(name, APP_LOGIN))  # the desk's login again
        try:
            assert chain_head(restored) == (rows, last_id, last_hash)
            report = check_health(AppContext(restored, None), full=True)
            assert report.sound, [p.render() for p in report.problems()]
            with pytest.raises(psycopg.Error):  # the desk's role still cannot rewrite it
                restored.conn.execute("DELETE FROM audit_log")
        finally:
            restored.close()
    finally:
        pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
