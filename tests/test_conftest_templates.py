"""The template databases behind the shared fixtures (tests/conftest.py) hold what making the
site and its users afresh holds: the same rows, ids, times and audit chain; only what is
random by design differs: the password hashes (their salts), the site's identity, the audit
key's fingerprint and the audit rows' MACs (keyed by that site's own secret)."""

from __future__ import annotations

import pytest

from services.core.context import AppContext
from services.core.database import open_database
from tests.conftest import add_role_users, set_up_site


def contents(database) -> dict:
    """Every table's rows, the random parts left out."""
    found = {}
    for name, ncol, without_rowid in database.conn.execute(
        "SELECT name, ncol, wr FROM pragma_table_list WHERE schema = 'main'"
        " AND type IN ('table', 'shadow')"
    ):
        order = ", ".join(str(i + 1) for i in range(ncol)) if without_rowid else "rowid"
        rows = database.conn.execute(f'SELECT * FROM "{name}" ORDER BY {order}').fetchall()
        found[name] = [
            {k: r[k] for k in r.keys() if k not in ("password_hash", "mac")}
            for r in rows
            if not (name == "settings" and r["key"] in ("site.identity", "audit.key_fingerprint"))
        ]
    return found


def made_afresh(tmp_path, clock, with_staff: bool) -> dict:
    database = open_database(tmp_path / "fresh.db")
    try:
        admin = set_up_site(AppContext(database, None, clock))
        if with_staff:
            add_role_users(admin)
        return contents(database)
    finally:
        database.close()


def test_the_site_and_its_admin_match_those_made_afresh(admin_ctx, clock, tmp_path):
    assert contents(admin_ctx.db) == made_afresh(tmp_path, clock, with_staff=False)
    assert [r["username"] for r in contents(admin_ctx.db)["users"]] == ["admin"]


def test_the_role_users_match_those_made_afresh(role_ctx, clock, tmp_path):
    assert contents(role_ctx["admin"].db) == made_afresh(tmp_path, clock, with_staff=True)
    assert {ctx.user.role for ctx in role_ctx.values()} == {
        "clerk",
        "shift_lead",
        "supervisor",
        "admin",
    }


@pytest.fixture
def later(clock):
    clock.advance(hours=5)


@pytest.fixture
def seeded(db):
    db.conn.execute("INSERT INTO settings (key, value) VALUES ('probe', '1')")


def test_a_clock_moved_before_the_site_is_made_stamps_its_rows(later, role_ctx):
    at = {r[0] for r in role_ctx["admin"].db.conn.execute("SELECT at FROM audit_log")}
    assert at == {"2026-03-16T07:00:00+00:00"}


def test_a_database_written_to_first_keeps_what_was_written(seeded, role_ctx, clock, shelf):
    database = role_ctx["admin"].db
    assert database.conn.execute("SELECT value FROM settings WHERE key = 'probe'").fetchone()
    assert database.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 4
    assert not shelf.untouched_since(database, "site", clock.now())
