"""Rights in the command line are those of the users table at the call: a shift lead
demoted or disabled by the admin is refused, even after signing in to the run."""

from __future__ import annotations

import pytest

from main import main
from services.admin import users
from services.core.context import AppContext
from services.core.database import open_database
from tests.conftest import PASSWORD
from tests.test_cli_finance import desk_db  # noqa: F401 - the fixture
from ui import cli


@pytest.fixture(autouse=True)
def widgets_app(qapp):
    return qapp


def as_admin(path, change) -> None:
    """The admin changes a user in the file, as the user pages would."""
    db = open_database(path)
    try:
        ctx = AppContext(db)
        change(ctx.signed_in_as(users.sign_in(ctx, "admin", PASSWORD)))
    finally:
        db.close()


def ledger(path, out) -> int:
    return main(
        [
            "ledger",
            "--date",
            "2026-03-16",
            "-o",
            str(out),
            "--user",
            "shift_lead1",
            "--db",
            str(path),
        ]
    )


def test_a_demoted_or_disabled_lead_is_refused_in_the_cli(desk_db, tmp_path, capsys):  # noqa: F811
    as_admin(desk_db, lambda admin: users.change_role(admin, "shift_lead1", "clerk"))
    assert ledger(desk_db, tmp_path / "a.pdf") == 2
    assert "Your role (Clerk) does not allow" in capsys.readouterr().err
    as_admin(desk_db, lambda admin: users.change_role(admin, "shift_lead1", "shift_lead"))
    as_admin(desk_db, lambda admin: users.disable_user(admin, "shift_lead1"))
    assert ledger(desk_db, tmp_path / "b.pdf") == 2
    assert "disabled" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "b.pdf").exists()
    as_admin(desk_db, lambda admin: users.set_active(admin, "shift_lead1", True))
    assert ledger(desk_db, tmp_path / "c.pdf") == 0  # the right is back as soon as the row is


def test_a_lead_demoted_after_signing_in_loses_the_right_in_the_same_run(
    desk_db,  # noqa: F811
    tmp_path,
    capsys,
    monkeypatch,
):
    signed_in = cli.signed_in

    def demoted_meanwhile(ctx, username):
        session = signed_in(ctx, username)  # the run holds a shift lead's session...
        as_admin(desk_db, lambda admin: users.change_role(admin, username, "clerk"))
        return session  # ...and the admin demotes them before the ledger is asked for

    monkeypatch.setattr(cli, "signed_in", demoted_meanwhile)
    assert ledger(desk_db, tmp_path / "c.pdf") == 2
    assert "does not allow" in capsys.readouterr().err
    assert not (tmp_path / "c.pdf").exists()
