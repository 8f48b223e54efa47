"""A site on a PostgreSQL server has no file for the desk to copy: the automatic copies (at the
day's first sign-in, at a shift's close) are left to the server's own backups (pg_dump) and
never get in the way; a copy by hand is pg_dump's, taken with the owner's login."""

from __future__ import annotations

import pytest

from db.core.connection import engine
from services.admin import backups


@pytest.fixture
def on_a_server(admin_ctx):
    if engine(admin_ctx.db) != "postgresql":
        pytest.skip("a site on a PostgreSQL server (FRONTDESK_TEST_ENGINE=postgresql)")
    return admin_ctx


def test_no_automatic_copy_and_no_failure_kept(on_a_server):
    assert backups.backup_if_first_today(on_a_server) is None
    assert backups.quietly(on_a_server, "shift-close") is None
    assert backups.backup_warning(on_a_server) is None


def test_a_copy_by_hand_with_the_desks_login_says_it_needs_the_owners(on_a_server):
    """The copy is checked by a restore into a scratch database, which the desk's login may
    not create (tests/services/admin/test_pg_backups.py takes copies as the owner)."""
    with pytest.raises(backups.BackupFailed, match="owner's login"):
        backups.back_up_now(on_a_server)
