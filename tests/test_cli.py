"""The command line: init, users, check (including a tampered audit row)."""

from __future__ import annotations

import sqlite3

import pytest

from main import main


@pytest.fixture(autouse=True)
def widgets_app(qapp):
    """main() would make a bare QCoreApplication for its translators; the widget tests
    that run after this file need the one QApplication, so make it first; the CLI speaks
    the site's language (Chinese here), so the translator is put back afterwards."""
    from ui import i18n

    yield qapp
    i18n.install("en")


@pytest.fixture
def cli_db(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTDESK_PASSWORD", "admin-pass-1")
    path = tmp_path / "cli.db"
    assert (
        main(
            [
                "init",
                "--db",
                str(path),
                "--site-name",
                "星光广场",
                "--site-kind",
                "mall",
                "--admin",
                "boss",
                "--language",
                "en",  # the CLI speaks the site's language; these tests read English
            ]
        )
        == 0
    )
    return path


def test_init_then_check_is_sound(cli_db, capsys):
    assert main(["check", "--db", str(cli_db)]) == 0
    assert "ok" in capsys.readouterr().out


def test_check_names_the_altered_audit_row(cli_db, capsys):
    conn = sqlite3.connect(cli_db)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET after = '{}' WHERE id = 2")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(cli_db)]) != 0
    assert "row 2" in capsys.readouterr().err


def test_user_add_list_disable(cli_db, capsys, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NEW_PASSWORD", "clerk-pass-1")
    assert (
        main(["user", "add", "amy", "--role", "clerk", "--db", str(cli_db), "--user", "boss"]) == 0
    )
    assert main(["user", "list", "--db", str(cli_db), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert "amy" in out and "clerk" in out
    assert main(["user", "disable", "amy", "--db", str(cli_db), "--user", "boss"]) == 0
    main(["user", "list", "--db", str(cli_db), "--user", "boss"])
    assert "disabled" in capsys.readouterr().out


def test_clerk_may_not_add_users(cli_db, capsys, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NEW_PASSWORD", "clerk-pass-1")
    main(["user", "add", "amy", "--role", "clerk", "--db", str(cli_db), "--user", "boss"])
    monkeypatch.setenv("FRONTDESK_PASSWORD", "clerk-pass-1")
    assert (
        main(["user", "add", "bob", "--role", "clerk", "--db", str(cli_db), "--user", "amy"]) == 2
    )
    assert "does not allow managing users" in capsys.readouterr().err


def test_init_twice_is_refused(cli_db, capsys):
    assert (
        main(
            [
                "init",
                "--db",
                str(cli_db),
                "--site-name",
                "X",
                "--site-kind",
                "clinic",
                "--admin",
                "other",
            ]
        )
        == 2
    )
    assert "already set up" in capsys.readouterr().err


def test_newer_database_is_refused(cli_db, capsys):
    conn = sqlite3.connect(cli_db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["check", "--db", str(cli_db)]) == 2
    assert "newer version" in capsys.readouterr().err


def test_backup_and_restore(cli_db, tmp_path, capsys):
    copy = tmp_path / "copy.db"
    assert main(["backup", "--db", str(cli_db), "--user", "boss", "-o", str(copy)]) == 0
    assert main(["backup", "--db", str(cli_db), "--user", "boss"]) == 0
    assert list((cli_db.parent / "backups").glob("frontdesk-*-manual.db"))
    # damage the live file, then restore the copy over it
    cli_db.write_bytes(cli_db.read_bytes()[:100] + b"\x00" * 5000)
    assert main(["restore", str(copy), "--db", str(cli_db), "--user", "boss"]) == 0
    assert "kept as" in capsys.readouterr().out
    assert main(["check", "--db", str(cli_db)]) == 0
    assert list(cli_db.parent.glob("cli.db.replaced-*"))


def test_restore_refuses_a_missing_or_unsound_file(cli_db, tmp_path, capsys):
    assert main(["restore", str(tmp_path / "none.db"), "--db", str(cli_db), "--user", "boss"]) == 2
    assert "no file" in capsys.readouterr().err
