"""Database settings, migrations, audit chain, document numbers, users and sign-in."""

from __future__ import annotations

import pytest

from db.core import migrations
from db.core.connection import DatabaseError, atomic
from services.admin import site, users
from services.core import audit
from services.core import numbering as numbers
from services.core.context import AppContext
from services.core.database import check_health
from services.core.errors import PermissionDenied, ValidationError
from tests.conftest import PASSWORD


@pytest.mark.sqlite_only(reason="the SQLite file's own settings (WAL, fsync, busy timeout)")
def test_connection_settings(db):
    conn = db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST


def test_audit_rows_cannot_be_changed_or_deleted(admin_ctx):
    # SQLite's guard triggers; on PostgreSQL the app role's missing rights refuse it first
    refused = "append-only|permission denied"
    with pytest.raises(DatabaseError, match=refused):
        admin_ctx.db.conn.execute("UPDATE audit_log SET action = 'x'")
    with pytest.raises(DatabaseError, match=refused):
        admin_ctx.db.conn.execute("DELETE FROM audit_log")


@pytest.mark.sqlite_only(
    reason="drops a guard of the file as its owner (tests/db/test_pg_engine.py)"
)
def test_audit_chain_finds_the_altered_row(admin_ctx, role_ctx):
    assert check_health(admin_ctx).sound
    conn = admin_ctx.db.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 3")
    report = audit.verify_chain(admin_ctx)
    assert (report.sound, report.row_id, report.reason) == (False, 3, "hash")
    assert not check_health(admin_ctx).sound


@pytest.mark.sqlite_only(
    reason="drops a guard of the file as its owner (tests/db/test_pg_engine.py)"
)
def test_audit_chain_finds_a_removed_row(admin_ctx, role_ctx):
    conn = admin_ctx.db.conn
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("PRAGMA foreign_keys = OFF")  # the row's MAC points at it; the shell can
    conn.execute("DELETE FROM audit_log WHERE id = 2")
    report = audit.verify_chain(admin_ctx)
    assert (report.sound, report.row_id) == (False, 3)


def test_audit_needs_the_changes_transaction(admin_ctx):
    with pytest.raises(RuntimeError):
        audit.record(admin_ctx, "x", "y", 1)


def test_document_numbers_are_gapless_and_rolled_back_with_the_operation(admin_ctx):
    with atomic(admin_ctx.db):
        assert numbers.take_number(admin_ctx, "receipt") == "R2026-000001"
    with pytest.raises(ZeroDivisionError):
        with atomic(admin_ctx.db):
            numbers.take_number(admin_ctx, "receipt")
            raise ZeroDivisionError
    with atomic(admin_ctx.db):
        assert numbers.take_number(admin_ctx, "receipt") == "R2026-000002"
        assert numbers.take_number(admin_ctx, "invoice") == "FP2026-000001"
    with pytest.raises(AssertionError):
        numbers.take_number(admin_ctx, "receipt")  # outside a transaction
    with pytest.raises(DatabaseError):
        admin_ctx.db.conn.execute("UPDATE document_counters SET last_number = 1")


def test_document_numbers_restart_each_year(admin_ctx, clock):
    with atomic(admin_ctx.db):
        numbers.take_number(admin_ctx, "receipt")
    clock.advance(days=300)
    with atomic(admin_ctx.db):
        assert numbers.take_number(admin_ctx, "receipt") == "R2027-000001"


def test_initialise_once(bare_ctx, admin_ctx):
    with pytest.raises(ValidationError):
        site.initialise(bare_ctx, site.SiteProfile(name="Again"), "root", PASSWORD)


def test_initialise_checks_profile(bare_ctx):
    for bad in (
        site.SiteProfile(name=""),
        site.SiteProfile(name="A", kind="zoo"),
        site.SiteProfile(name="A", timezone="Mars/Base"),
        site.SiteProfile(name="A", tax_id="91350100M000100Y42"),
    ):
        with pytest.raises(ValidationError):
            site.initialise(bare_ctx, bad, "admin", PASSWORD)
    assert not site.is_initialised(bare_ctx)
    assert bare_ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_password_is_hashed_with_scrypt(admin_ctx):
    stored = admin_ctx.db.conn.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("scrypt$") and PASSWORD not in stored


def test_five_wrong_passwords_lock_for_five_minutes(role_ctx, bare_ctx, clock):
    for _ in range(5):
        with pytest.raises(users.SignInRefused):
            users.sign_in(bare_ctx, "clerk1", "wrong-password")
    with pytest.raises(users.SignInRefused, match="locked"):
        users.sign_in(bare_ctx, "clerk1", PASSWORD)
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(users.SignInRefused, match="locked"):
        users.sign_in(bare_ctx, "clerk1", PASSWORD)
    clock.advance(seconds=2)
    assert users.sign_in(bare_ctx, "clerk1", PASSWORD).username == "clerk1"


def test_disabled_user_cannot_sign_in_and_is_never_deleted(role_ctx, bare_ctx):
    users.disable_user(role_ctx["admin"], "clerk1")
    with pytest.raises(users.SignInRefused, match="disabled"):
        users.sign_in(bare_ctx, "clerk1", PASSWORD)
    with pytest.raises(DatabaseError, match="never deleted|permission denied"):
        bare_ctx.db.conn.execute("DELETE FROM users")
    with pytest.raises(ValidationError):
        users.disable_user(role_ctx["admin"], "admin")


def test_change_own_password(role_ctx, bare_ctx):
    ctx = role_ctx["clerk"]
    with pytest.raises(ValidationError):
        users.change_own_password(ctx, "not-it", "brand-new-pass")
    with pytest.raises(ValidationError):
        users.change_own_password(ctx, PASSWORD, "short")
    users.change_own_password(ctx, PASSWORD, "brand-new-pass")
    assert users.sign_in(bare_ctx, "clerk1", "brand-new-pass")


def test_user_names_are_unique_and_checked(role_ctx):
    admin = role_ctx["admin"]
    with pytest.raises(ValidationError):
        users.add_user(admin, "CLERK1", "clerk", PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(admin, "a b", "clerk", PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(admin, "newbie", "janitor", PASSWORD)


def test_every_change_is_audited(role_ctx):
    rows = audit.list_rows(role_ctx["admin"], limit=100)
    actions = [r["action"] for r in rows]
    assert actions.count("user.add") == 4 and "site.initialise" in actions


def test_permission_denied_message_names_role_and_action(role_ctx):
    with pytest.raises(PermissionDenied) as err:
        users.add_user(role_ctx["clerk"], "x1", "clerk", PASSWORD)
    assert err.value.render() == "Your role (Clerk) does not allow managing users."


def test_signed_out_context_is_refused(bare_ctx, admin_ctx):
    with pytest.raises(PermissionDenied):
        users.list_users(AppContext(bare_ctx.db, None, bare_ctx.clock))
