"""`frontdesk check` on a PostgreSQL server: the audit chain, counters and invariants as on a
file, and in place of SQLite's file checks the server's own: amcheck on the indexes when it
is installed and the login may run it (else said skipped, and why), the guards switched on,
the desk's role without rights over the trail."""

from __future__ import annotations

import psycopg
import pytest

from db.core.connection import engine
from services.core.database import check_health
from tests.pg_support import APP_LOGIN


@pytest.fixture
def on_a_server(admin_ctx):
    if engine(admin_ctx.db) != "postgresql":
        pytest.skip("a site on a PostgreSQL server (FRONTDESK_TEST_ENGINE=postgresql)")
    return admin_ctx


def _as(ctx, login: str) -> str:
    return ctx.db.url.replace(f"//{APP_LOGIN}@", f"//{login}@", 1)


def _texts(errors) -> str:
    return "\n".join(e.render() for e in errors)


def test_a_sound_site_without_amcheck_says_the_index_check_was_skipped(on_a_server):
    report = check_health(on_a_server, full=True)
    assert report.sound and report.on_server and not report.problems()
    assert "amcheck extension is not installed" in _texts(report.notes)
    assert "may change the audit trail" not in _texts(report.notes)  # the desk's own login


def test_amcheck_checks_the_indexes_for_a_login_allowed_to_run_it(on_a_server):
    with psycopg.connect(_as(on_a_server, "postgres"), autocommit=True) as pg:
        pg.execute("CREATE EXTENSION amcheck")
        pg.execute("GRANT EXECUTE ON FUNCTION bt_index_check(regclass, boolean) TO fd_owner")
    # the desk's login may not run it: said, not failed
    report = check_health(on_a_server, full=True)
    assert report.sound and "may not run amcheck" in _texts(report.notes)

    from db.core.server_check import check_server
    from tests.pg_support import as_owner

    owner = as_owner(on_a_server.db)
    try:
        found = check_server(owner, full=True)
    finally:
        owner.close()
    assert found.problems == [] and found.indexes_checked > 20
    assert [k for k, _ in found.notes] == ["owner"]


def test_a_guard_switched_off_on_the_server_is_reported(on_a_server):
    with psycopg.connect(_as(on_a_server, "fd_owner"), autocommit=True) as pg:
        pg.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
    report = check_health(on_a_server, full=True)
    assert not report.sound
    assert "audit_log.audit_log_no_update" in _texts(report.problems())


def test_rights_over_the_trail_given_to_the_desks_role_are_reported(on_a_server):
    with psycopg.connect(_as(on_a_server, "fd_owner"), autocommit=True) as pg:
        pg.execute("GRANT DELETE ON audit_log TO frontdesk_app")
    report = check_health(on_a_server)
    assert not report.sound and "frontdesk_app: DELETE audit_log" in _texts(report.problems())
