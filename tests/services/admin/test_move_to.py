"""`frontdesk move-to`: the 60-day demo site moved from its file into an empty PostgreSQL
database gives the same month export, daily ledgers and check there (issue 21, acceptance 4);
a database that is not empty is refused with nothing written; a failure half-way leaves the
target empty; the file is never written.

Runs on the PostgreSQL run (FRONTDESK_TEST_ENGINE=postgresql), against the run's own cluster."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import psycopg
import pytest

import db.core.move as move_db
from services.admin import move_to
from services.core.clock import FixedClock
from services.core.context import AppContext, User
from services.core.database import check_health, open_database
from services.core.errors import PermissionDenied
from services.reports import daily_ledger, month_export
from tests.conftest import copy_site

NAMES = (f"fdmove_{os.getpid()}_{n}" for n in itertools.count())
ANCHOR = re.compile(r"\d+-[A-Z2-7]{4}-[A-Z2-7]{4}|FDA:")
AFTER_THE_DEMO = datetime(2026, 4, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
def empty_database(pg_cluster):
    """An empty database on the run's server: (the desk's URL, the owner's URL)."""
    name = next(NAMES)
    pg_cluster.admin(f"CREATE DATABASE {name}")
    yield pg_cluster.url(name, "fd_desk"), pg_cluster.url(name, "fd_owner")
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def demo_file(demo_60_days, tmp_path) -> Path:
    return copy_site(demo_60_days, tmp_path / "demo.db")


def _user(conn, role: str) -> User:
    row = conn.execute(
        "SELECT id, username, display_name, role FROM users WHERE role = ? ORDER BY id LIMIT 1",
        (role,),
    ).fetchone()
    return User(row[0], row[1], row[2], row[3])


def _source(path: Path, role: str = "admin") -> AppContext:
    ctx = move_to.open_source(path)
    ctx.clock = FixedClock(AFTER_THE_DEMO)
    return ctx.signed_in_as(_user(ctx.db.conn, role))


def _sha(path: Path) -> str:
    """The file and whatever lies beside it (a WAL), as bytes."""
    digest = hashlib.sha256()
    for part in (path, Path(f"{path}-wal")):
        digest.update(part.read_bytes() if part.exists() else b"")  # a reader may add it empty
    return digest.hexdigest()


def _rows_on_server(owner_url: str) -> dict[str, int]:
    with psycopg.connect(owner_url, autocommit=True) as pg:
        tables = [
            r[0]
            for r in pg.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                " AND tablename <> 'frontdesk_schema'"
            )
        ]
        return {t: pg.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _sheets(path: Path) -> dict[str, list[tuple]]:
    """Every cell of the workbook but the audit anchor (the trail's head differs by the move's
    own audit row on the server)."""
    wb = openpyxl.load_workbook(path)
    return {
        ws.title: [
            row
            for row in ws.iter_rows(values_only=True)
            if not any(isinstance(v, str) and ANCHOR.search(v) for v in row)
        ]
        for ws in wb.worksheets
    }


def _figures(ctx: AppContext, tmp: Path) -> dict:
    """The month export of February and March, and the daily ledgers of a few days."""
    sup = ctx.signed_in_as(_user(ctx.db.conn, "supervisor"))
    out = {}
    for month in ("2026-02", "2026-03"):
        tmp.mkdir(exist_ok=True)
        result = month_export.export_month(sup, month, tmp / f"{month}.xlsx")
        out[month] = (result.sheets, result.by_method, _sheets(result.path))
    for day in (date(2026, 1, 25), date(2026, 2, 14), date(2026, 3, 1), date(2026, 3, 19)):
        ledger = daily_ledger.daily_ledger(sup, day)
        out[day] = _unordered(dataclasses.asdict(dataclasses.replace(ledger, printed_at="")))
    return out


def _unordered(value):
    """The ledger's figures with the rows of each list as a multiset: rows that tie on the
    ledger's order (the same minute) may come in either order from either engine."""
    if isinstance(value, dict):
        return {k: _unordered(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return sorted((_unordered(v) for v in value), key=repr)
    return value


def test_the_demo_site_moves_whole_and_gives_the_same_figures(demo_file, empty_database, tmp_path):
    desk_url, owner_url = empty_database
    before = _sha(demo_file)
    source = _source(demo_file)
    try:
        report = move_to.move_to(source, desk_url, owner_url)
    finally:
        source.close()
    assert _sha(demo_file) == before, "the file was written to"

    file_db = open_database(demo_file)
    server_db = open_database(desk_url)
    try:
        audit_rows = file_db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert report.chain == audit_rows > 1000
        assert report.rows == sum(report.per_table.values()) and report.series > 0
        # the move's own row follows the file's trail on the server, and the trail checks
        moved = server_db.conn.execute(
            "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
        assert moved == "site.moved_to_server"
        # the ids go on past the file's highest: the server's next row follows its last
        last_in_file = file_db.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        assert server_db.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] == (
            last_in_file + 1
        )
        at = FixedClock(AFTER_THE_DEMO)
        on_file, on_server = AppContext(file_db, None, at), AppContext(server_db, None, at)
        assert check_health(on_server, full=True).sound
        assert check_health(on_file, full=True).sound

        # acceptance 4: the month export and the daily ledgers give the same figures
        assert _figures(on_server, tmp_path / "server") == _figures(on_file, tmp_path / "file")

        # numbers continue: the next receipt on the server follows the file's last
        series = server_db.conn.execute(
            "SELECT series, year, last_number FROM document_counters ORDER BY series, year"
        ).fetchall()
        assert [tuple(r) for r in series] == [
            tuple(r)
            for r in file_db.conn.execute(
                "SELECT series, year, last_number FROM document_counters ORDER BY series, year"
            ).fetchall()
        ]
    finally:
        file_db.close()
        server_db.close()


def test_lines_say_what_was_moved(demo_file, empty_database):
    desk_url, owner_url = empty_database
    source = _source(demo_file)
    try:
        report = move_to.move_to(source, desk_url, owner_url)
    finally:
        source.close()
    text = "\n".join(report.lines(lambda s: s))
    assert f"{report.rows} rows" in text and f"{report.chain} rows moved" in text
    assert "fd_desk@" in text and str(demo_file) in text


def test_a_database_that_is_not_empty_is_refused_with_nothing_written(demo_file, empty_database):
    desk_url, owner_url = empty_database
    with psycopg.connect(owner_url, autocommit=True) as pg:
        pg.execute("CREATE TABLE notes (id integer PRIMARY KEY, body text)")
        pg.execute("INSERT INTO notes VALUES (1, 'kept')")
    source = _source(demo_file)
    try:
        with pytest.raises(move_to.MoveRefused, match="not empty"):
            move_to.move_to(source, desk_url, owner_url)
    finally:
        source.close()
    assert _rows_on_server(owner_url) == {"notes": 1}


def test_a_database_holding_a_site_is_refused(demo_file, empty_database):
    desk_url, owner_url = empty_database
    source = _source(demo_file)
    try:
        move_to.move_to(source, desk_url, owner_url)
        rows = _rows_on_server(owner_url)
        with pytest.raises(move_to.MoveRefused, match="not empty"):
            move_to.move_to(source, desk_url, owner_url)
    finally:
        source.close()
    assert _rows_on_server(owner_url) == rows


def test_the_desk_login_alone_cannot_make_the_schema(demo_file, empty_database):
    desk_url, owner_url = empty_database
    source = _source(demo_file)
    try:
        with pytest.raises(move_to.MoveRefused, match="--owner-url"):
            move_to.move_to(source, desk_url)
    finally:
        source.close()
    assert _rows_on_server(owner_url) == {}


def test_a_failure_half_way_leaves_the_target_empty(demo_file, empty_database, monkeypatch):
    desk_url, owner_url = empty_database
    real = move_db.copy_table
    seen = []

    def failing(cur, table, cols, rows):
        seen.append(table)
        if len(seen) == 30:  # half-way through the tables
            raise psycopg.errors.DiskFull("no space left on the server")
        return real(cur, table, cols, rows)

    monkeypatch.setattr(move_db, "copy_table", failing)
    source = _source(demo_file)
    try:
        with pytest.raises(move_to.MoveRefused, match="left empty"):
            move_to.move_to(source, desk_url, owner_url)
    finally:
        source.close()
    assert len(seen) == 30  # the tables before it had been copied
    rows = _rows_on_server(owner_url)
    assert rows and not any(rows[t] for t in ("users", "settings", "audit_log", "cash_movements"))
    # and the move can be made again into it
    monkeypatch.setattr(move_db, "copy_table", real)
    source = _source(demo_file)
    try:
        assert move_to.move_to(source, desk_url, owner_url).chain > 0
    finally:
        source.close()


def test_only_an_admin_moves_the_site(demo_file, empty_database):
    desk_url, owner_url = empty_database
    source = _source(demo_file, role="supervisor")
    try:
        with pytest.raises(PermissionDenied):
            move_to.move_to(source, desk_url, owner_url)
    finally:
        source.close()
    assert _rows_on_server(owner_url) == {}


def test_the_command_line_moves_the_site_after_checking_its_admin(
    demo_file, empty_database, monkeypatch, capsys
):
    from demo.site import DEMO_PASSWORD
    from main import main

    desk_url, owner_url = empty_database
    source = move_to.open_source(demo_file)
    admin = _user(source.db.conn, "admin").username
    source.close()
    args = ["move-to", desk_url, "--owner-url", owner_url, "--db", str(demo_file), "--lang", "en"]
    monkeypatch.setenv("FRONTDESK_PASSWORD", "not the password")
    assert main([*args, "--user", admin]) == 2
    assert _rows_on_server(owner_url) == {}
    monkeypatch.setenv("FRONTDESK_PASSWORD", DEMO_PASSWORD)
    before = _sha(demo_file)
    assert main([*args, "--user", admin]) == 0
    out = capsys.readouterr().out
    assert "Audit trail:" in out and "rows moved" in out and "--db postgresql://fd_desk@" in out
    assert _sha(demo_file) == before


def test_an_older_member_key_file_beside_the_file_goes_into_the_key_store(
    demo_file, empty_database
):
    """Older versions kept the members' ID key in a file beside the database: the moved site
    (which has no file) finds it in this PC's key store; the file beside the SQLite file stays."""
    from services.core import keys
    from services.members import ids

    desk_url, owner_url = empty_database
    source = _source(demo_file)
    name = ids.key_name(source)
    key = keys.load_secret(name)
    assert key is not None
    stored = keys.key_folder() / f"{name}{keys.KEY_FILE_SUFFIX}"
    legacy = Path(f"{demo_file}{ids.KEY_SUFFIX}")
    try:
        legacy.write_text(key.hex(), encoding="ascii")
        stored.unlink()  # as on a PC that only ever had the file
        assert keys.load_secret(name) is None
        move_to.move_to(source, desk_url, owner_url)
        assert keys.load_secret(name) == key and legacy.read_text(encoding="ascii") == key.hex()
    finally:
        source.close()
        if keys.load_secret(name) is None:  # the other tests of the run share the demo's key
            keys.store_secret(name, key)
    server_db = open_database(desk_url)
    try:
        assert not ids.id_key_missing(AppContext(server_db, None))
    finally:
        server_db.close()
