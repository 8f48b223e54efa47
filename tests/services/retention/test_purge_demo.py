"""The retention purge on the 60-day demo: after export and lock, `frontdesk purge --until`
archives and removes the old rows, the audit chain still checks, the archive opens read-only
and finds an old receipt; a month not exported and locked is refused."""

from __future__ import annotations

import functools
import sqlite3
from datetime import UTC, datetime

import pytest

import ui.cli
from demo import site as demo
from main import main
from services.admin import users
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import open_database, open_site
from services.reports import month_export
from services.retention import archive, purge
from tests.conftest import copy_site

LATER = datetime(2027, 4, 10, 2, 0, tzinfo=UTC)  # January 2026 is past a year's retention


@pytest.fixture(autouse=True)
def widgets_app(qapp):
    """The command line makes a core application when there is none; later widget tests in
    the same run need the widgets one, so it is made first."""
    return qapp


@pytest.fixture
def site_file(demo_60_days, tmp_path, monkeypatch):
    path = copy_site(demo_60_days, tmp_path / "desk.db")
    monkeypatch.setattr(ui.cli, "open_site", functools.partial(open_site, clock=FixedClock(LATER)))
    monkeypatch.setenv("FRONTDESK_PASSWORD", demo.DEMO_PASSWORD)
    return path


def _ctx(path, username):
    db = open_database(path)
    bare = AppContext(db, None, FixedClock(LATER))
    return bare.signed_in_as(users.sign_in(bare, username, demo.DEMO_PASSWORD))


def _count(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def _cli(path, *args):
    return main([*args, "--db", str(path), "--lang", "en"])


def test_purge_archives_removes_and_the_chain_still_checks(site_file, tmp_path, capsys):
    old_sale = "SELECT count(*) FROM sales WHERE sold_at < '2026-01-31T16:00:00+00:00'"
    first_receipt = _count(site_file, "SELECT receipt_no FROM sales ORDER BY id LIMIT 1")
    sales_before = _count(site_file, "SELECT count(*) FROM sales")
    audit_before = _count(site_file, "SELECT count(*) FROM audit_log")
    assert _count(site_file, old_sale) > 0

    # January was neither exported nor locked: refused, nothing removed
    assert _cli(site_file, "purge", "--until", "2026-01", "--user", "admin") == 2
    assert "exported and locked" in capsys.readouterr().err
    assert _count(site_file, "SELECT count(*) FROM sales") == sales_before

    supervisor = _ctx(site_file, "zhao.min")
    month_export.export_month(supervisor, "2026-01", tmp_path / "jan.xlsx")
    supervisor.close()

    # February is still open: a purge reaching it is refused
    assert _cli(site_file, "purge", "--until", "2026-02", "--user", "admin") == 2
    assert "2026-02" in capsys.readouterr().err

    assert _cli(site_file, "purge", "--until", "2026-01", "--dry-run", "--user", "admin") == 0
    out = capsys.readouterr().out
    code = out.rsplit("Proposal code: ", 1)[1].split()[0]
    assert "sales" in out and _count(site_file, old_sale) > 0  # a dry run removes nothing

    assert (
        _cli(site_file, "purge", "--until", "2026-01", "--confirm", "0" * 16, "--user", "admin")
        == 2
    )
    assert "changed since" in capsys.readouterr().err

    assert _cli(site_file, "purge", "--until", "2026-01", "--confirm", code, "--user", "admin") == 0
    capsys.readouterr()
    assert _count(site_file, old_sale) == 0
    assert 0 < _count(site_file, "SELECT count(*) FROM sales") < sales_before
    assert _count(site_file, "SELECT count(*) FROM retention_grants") == 0
    # the audit trail keeps every row (ids without a gap) and the purge's summary
    assert _count(site_file, "SELECT count(*) FROM audit_log") > audit_before
    assert _count(site_file, "SELECT count(*) FROM audit_log") == _count(
        site_file, "SELECT max(id) FROM audit_log"
    )
    assert _count(site_file, "SELECT count(*) FROM audit_log WHERE action = 'retention.purge'") == 1

    assert _cli(site_file, "check") == 0
    assert "unbroken" in capsys.readouterr().out

    files = list((site_file.parent / "archive").glob("archive-*.sqlite"))
    assert [f.name for f in files] == ["archive-2026.sqlite"]
    assert files[0].stat().st_mode & 0o777 == 0o400
    reader = _ctx(site_file, "wang.lei")  # a shift lead looks an old receipt up
    listed = archive.list_archives(reader)
    assert [a.path.name for a in listed] == ["archive-2026.sqlite"] and listed[0].rows > 0
    found = archive.find_record(reader, listed[0].path, first_receipt.lower())
    assert found.kind == "receipt" and found.number == first_receipt
    assert found.fields["total_fen"] > 0 and found.lines and found.user
    with pytest.raises(purge.DomainError):
        archive.find_record(reader, listed[0].path, "R2026-999999")
    reader.close()
    conn = sqlite3.connect(f"{files[0].as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM sales")
    conn.close()


def test_a_second_purge_adds_to_the_years_archive_and_phones_are_masked(site_file, tmp_path):
    supervisor = _ctx(site_file, "zhao.min")
    for month in ("2026-01", "2026-02"):
        month_export.export_month(supervisor, month, tmp_path / f"{month}.xlsx")
    admin = supervisor.signed_in_as(users.sign_in(supervisor, "admin", demo.DEMO_PASSWORD))
    first = purge.propose_purge(admin, "2026-01")
    assert first.phone_counts["loans"] > 0
    purge.purge_records(admin, "2026-01", first.token)
    second = purge.propose_purge(admin, "2026-02")
    assert second.rows and not second.phone_counts  # the phones went with the first run
    result = purge.purge_records(admin, "2026-02", second.token)
    assert [a["file"] for a in result.archives] == ["archive-2026.sqlite"]
    phones = admin.db.conn.execute("SELECT borrower_phone FROM loans").fetchall()
    assert phones and all("****" in p[0] for p in phones)
    assert len(purge.purge_history(admin)) == 2
    path = site_file.parent / "archive" / "archive-2026.sqlite"
    assert archive.list_archives(admin)[0].rows == sum(first.rows.values()) + sum(
        second.rows.values()
    )
    assert path.stat().st_mode & 0o777 == 0o400
    admin.close()


def test_the_app_proposes_the_latest_locked_month_past_retention(site_file, tmp_path):
    supervisor = _ctx(site_file, "zhao.min")
    admin = supervisor.signed_in_as(users.sign_in(supervisor, "admin", demo.DEMO_PASSWORD))
    assert purge.suggested_until(admin) is None
    month_export.export_month(supervisor, "2026-02", tmp_path / "feb.xlsx")
    assert purge.suggested_until(admin) is None  # January, the oldest month, is still open
    month_export.export_month(supervisor, "2026-01", tmp_path / "jan.xlsx")
    assert purge.suggested_until(admin) == "2026-02"
    admin.close()
