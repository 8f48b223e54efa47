"""The audit checkpoint: start-up walks only the rows after the last full check, and still
notices a removed or altered checkpoint row, a broken seal, or tampering after it."""

from __future__ import annotations

import db.core.audit as audit_db
from db.core.connection import engine
from services.core import audit, audit_key
from services.core.database import check_at_start, check_file, check_health
from services.directory import shops
from tests.pg_support import as_owner


def _tamper(db, row_id: int) -> None:
    """What the file's owner can do with the sqlite3 shell, or the schema's owner on a server."""
    if engine(db) == "postgresql":
        owner = as_owner(db)
        try:
            owner.conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
            owner.conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = ?", (row_id,))
        finally:
            owner.close()
        return
    db.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    db.conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = ?", (row_id,))


def _add_rows(ctx, n: int) -> None:
    first = ctx.db.conn.execute("SELECT count(*) FROM shops").fetchone()[0]
    for i in range(first, first + n):
        shops.add_shop(ctx, f"店{i}", f"Shop {i}", f"L1-{i:02d}", "L1")


def _checkpoint(db):
    return db.conn.execute("SELECT last_id, last_hash FROM audit_checkpoint").fetchone()


def test_a_sound_full_check_leaves_a_sealed_checkpoint_at_the_last_row(admin_ctx):
    _add_rows(admin_ctx, 3)
    assert check_health(admin_ctx).sound
    last = admin_ctx.db.conn.execute(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert tuple(_checkpoint(admin_ctx.db)) == (last[0], last[1])
    key = audit_key.stored_key(admin_ctx)
    assert audit_db.read_checkpoint(admin_ctx.db, key) == (last[0], last[1])
    assert audit_db.read_checkpoint(admin_ctx.db) is None  # its seal is keyed


def test_start_check_walks_from_the_checkpoint_and_sees_new_tampering(admin_ctx):
    _add_rows(admin_ctx, 2)
    check_health(admin_ctx)
    checkpoint_id = _checkpoint(admin_ctx.db)[0]
    _add_rows(admin_ctx, 2)
    assert check_at_start(admin_ctx).sound
    _tamper(admin_ctx.db, checkpoint_id + 1)
    report = check_at_start(admin_ctx)
    assert not report.sound and report.chain_row == checkpoint_id + 1


def test_tampering_before_the_checkpoint_is_left_to_the_full_check(admin_ctx):
    _add_rows(admin_ctx, 3)
    check_health(admin_ctx)
    _tamper(admin_ctx.db, 1)
    assert check_at_start(admin_ctx).sound  # quick: only what is new
    full = check_health(admin_ctx)
    assert not full.sound and full.chain_row == 1


def test_the_checkpoint_row_itself_altered_is_caught_at_start(admin_ctx):
    _add_rows(admin_ctx, 2)
    check_health(admin_ctx)
    _tamper(admin_ctx.db, _checkpoint(admin_ctx.db)[0])
    assert not check_at_start(admin_ctx).sound


def test_a_forged_checkpoint_breaks_its_seal_and_start_walks_everything(admin_ctx):
    _add_rows(admin_ctx, 3)
    check_health(admin_ctx)
    _tamper(admin_ctx.db, 1)
    row = admin_ctx.db.conn.execute("SELECT hash FROM audit_log WHERE id = 2").fetchone()
    admin_ctx.db.conn.execute("UPDATE audit_checkpoint SET last_id = 2, last_hash = ?", (row[0],))
    assert audit_db.read_checkpoint(admin_ctx.db) is None
    report = check_at_start(admin_ctx)
    assert not report.sound and report.chain_row == 1


def test_a_broken_chain_writes_no_checkpoint(admin_ctx):
    _add_rows(admin_ctx, 2)
    _tamper(admin_ctx.db, 2)
    assert not check_health(admin_ctx).sound
    assert _checkpoint(admin_ctx.db) is None


def test_check_file_uses_its_own_connection(admin_ctx, db_path):
    _add_rows(admin_ctx, 2)
    report = check_file(db_path)
    assert report.sound and report.sqlite == "ok"
    assert _checkpoint(admin_ctx.db) is not None
    assert audit.verify_since_checkpoint(admin_ctx).sound
