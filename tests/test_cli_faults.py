"""The command line with faults: a damaged or empty file is refused by every command but
`check` (which says what is wrong) and `restore`, naming the newest sound backup; a refused
file stays byte-identical; `backup -o` never lands on the live files and says "the disk is
full" rather than a traceback; restore belongs to the site; every file the CLI and the demo
make is readable by the desk's user only."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat

import pytest

from main import main
from services.core import keys
from tests.faults import can_mount, full_filesystem

ADMIN_PASSWORD = "admin-pass-1"


@pytest.fixture(autouse=True)
def widgets_app(qapp):
    """The one QApplication first; the translators the commands installed taken back after
    (the sites here speak Chinese, the widget tests that follow read English)."""
    yield qapp
    from ui import i18n

    i18n.install("en")


@pytest.fixture
def site_db(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTDESK_PASSWORD", ADMIN_PASSWORD)
    path = tmp_path / "desk.db"
    args = [
        "init",
        "--db",
        str(path),
        "--site-name",
        "Plaza",
        "--site-kind",
        "mall",
        "--language",
        "en",
    ]
    assert main([*args, "--admin", "boss"]) == 0
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settle(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize("damage", ["empty", "truncated"])
def test_a_damaged_file_is_refused_by_every_command_and_the_backup_named(site_db, capsys, damage):
    assert main(["backup", "--db", str(site_db), "--user", "boss"]) == 0
    settle(site_db)
    site_db.write_bytes(b"" if damage == "empty" else site_db.read_bytes()[:8192])
    before = digest(site_db)
    capsys.readouterr()
    assert main(["check", "--db", str(site_db)]) == 3
    said = capsys.readouterr().err
    assert ("empty" if damage == "empty" else "cut short") in said
    assert "newest sound backup" in said and "frontdesk-" in said and "restore" in said
    for command in (["user", "list"], ["backup"], ["ledger", "--date", "2026-03-16", "-o", "x"]):
        assert main([*command[:1], "--db", str(site_db), "--user", "boss", *command[1:]]) == 3
        assert "newest sound backup" in capsys.readouterr().err
    assert digest(site_db) == before
    assert not site_db.with_name("desk.db-wal").exists() or damage == "truncated"


def test_a_file_with_a_broken_audit_trail_is_refused_but_checked(site_db, capsys):
    settle(site_db)
    conn = sqlite3.connect(site_db)
    conn.execute("DROP TRIGGER audit_log_no_update")
    (last,) = conn.execute("SELECT max(id) FROM audit_log").fetchone()  # a new site's
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = ?", (last,))  # checkpoint
    conn.commit()
    conn.close()
    assert main(["user", "list", "--db", str(site_db), "--user", "boss"]) == 3
    assert f"tampered with at row {last}" in capsys.readouterr().err
    assert main(["check", "--db", str(site_db)]) == 3


def test_backup_o_refuses_the_live_files(site_db, capsys):
    """(the command signs in first, which writes: the file is checked, not hashed)"""
    for target in (site_db, site_db.with_name("desk.db-wal"), site_db.with_name("desk.db-shm")):
        assert main(["backup", "--db", str(site_db), "--user", "boss", "-o", str(target)]) == 2
        assert "desk's own files" in capsys.readouterr().err
        assert main(["check", "--db", str(site_db)]) == 0
        assert main(["user", "list", "--db", str(site_db), "--user", "boss"]) == 0
        assert "boss" in capsys.readouterr().out


@pytest.mark.skipif(not can_mount(), reason="mounting a small tmpfs needs root")
def test_backup_o_on_a_full_disk_says_so(site_db, tmp_path, capsys):
    with full_filesystem(tmp_path / "stick"):
        target = tmp_path / "stick" / "copy.db"
        assert main(["backup", "--db", str(site_db), "--user", "boss", "-o", str(target)]) == 2
        said = capsys.readouterr().err
        assert "disk is full" in said and "Traceback" not in said
        assert not target.exists() and not target.with_name("copy.db.partial").exists()


def test_a_backup_of_another_site_is_not_restored_by_its_own_admin(
    site_db, tmp_path, capsys, monkeypatch
):
    evil = tmp_path / "evil.db"
    args = ["init", "--db", str(evil), "--site-name", "Evil", "--site-kind", "mall"]
    assert main([*args, "--admin", "mallory"]) == 0
    settle(site_db)
    before = digest(site_db)
    assert main(["restore", str(evil), "--db", str(site_db), "--user", "mallory"]) == 2
    assert "only an admin of this site" in capsys.readouterr().err
    assert digest(site_db) == before


def modes_under(folder):
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            found[path] = stat.S_IMODE(os.lstat(path).st_mode)
    return found


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_every_file_the_demo_and_the_cli_make_is_owner_only(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FRONTDESK_PASSWORD", ADMIN_PASSWORD)
    key_folder = tmp_path / "keys"
    monkeypatch.setenv(keys.FOLDER_VARIABLE, str(key_folder))
    data = tmp_path / "data"
    path = data / "desk.db"
    old = os.umask(0o022)  # a lax umask: the desk must not depend on the user's own
    try:
        db = ["--db", str(path)]
        assert main(["demo", *db, "--days", "2"]) == 0
        capsys.readouterr()
        assert main(["backup", *db, "--user", "admin"]) == 0
        assert main(["backup", *db, "--user", "admin", "-o", str(tmp_path / "out" / "c.db")]) == 0
        day = next(p for p in (data / "backups").iterdir()).name[10:18]
        day = f"{day[:4]}-{day[4:6]}-{day[6:]}"
        ledger = ["ledger", *db, "--user", "admin", "--date", day, "-o", str(data / "l.pdf")]
        assert main(ledger) == 0
    finally:
        os.umask(old)
    made = {**modes_under(data), **modes_under(key_folder), **modes_under(tmp_path / "out")}
    assert any(p.endswith(".key") for p in made) and any(p.endswith(".log") for p in made)
    assert any(p.endswith(".pdf") for p in made)
    loose = {p: oct(m) for p, m in made.items() if m & 0o077}
    assert loose == {}


def test_a_key_file_beside_the_database_moves_into_the_key_store_on_open(site_db, capsys):
    """An older version kept `<db>.member-key` beside the file (and so in every copy)."""
    legacy = site_db.with_name(site_db.name + ".member-key")
    legacy.write_text("ab" * 32)
    assert main(["user", "list", "--db", str(site_db), "--user", "boss"]) == 0
    assert not legacy.exists()
    assert any(p.read_text() == "ab" * 32 for p in keys.key_files())


def test_an_unexpected_error_is_a_sentence_and_logged(site_db, capsys, monkeypatch):
    from services.admin import users

    def broken(*args, **kwargs):
        raise RuntimeError("member 13812345678 broke it")

    monkeypatch.setattr(users, "list_users", broken)
    assert main(["user", "list", "--db", str(site_db), "--user", "boss"]) == 1
    said = capsys.readouterr().err
    assert "something went wrong" in said and "Traceback" not in said
    log = site_db.parent / "logs" / "frontdesk.log"
    assert log.exists() and "logs" in said
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "13812345678" not in text
