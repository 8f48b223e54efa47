"""Another desk holding the database's write lock longer than the wait a desk allows (15 s;
shortened here): the operation is refused in a sentence, nothing half-written, on either
engine; a PostgreSQL desk never waits for ever on the site's write lock."""

from __future__ import annotations

import pytest

from db.core.connection import BUSY_TIMEOUT_MS, atomic, connect, engine
from services.core.errors import STORAGE_MESSAGES, StorageError
from services.directory import shops


def _wait_briefly(ctx) -> None:
    if engine(ctx.db) == "postgresql":
        ctx.db.conn.execute("SET lock_timeout = '200ms'")
    else:
        ctx.db.conn.execute("PRAGMA busy_timeout = 200")


def test_a_write_while_another_desk_holds_the_lock_is_refused_in_a_sentence(admin_ctx, db_path):
    _wait_briefly(admin_ctx)
    other = connect(db_path)
    try:
        with atomic(other):  # the other desk's transaction, still open
            with pytest.raises(StorageError) as refused:
                shops.add_shop(admin_ctx, "优衣库", unit="L1-001")
    finally:
        other.close()
    assert str(refused.value) == STORAGE_MESSAGES["busy"]
    assert shops.count_shops(admin_ctx) == 0  # nothing half-written
    shops.add_shop(admin_ctx, "优衣库", unit="L1-001")  # the lock free again: it goes through


def test_a_server_connection_gives_up_on_a_held_lock_as_a_file_does(db):
    if engine(db) != "postgresql":
        pytest.skip("the SQLite file's busy timeout is checked in test_foundation")
    shown = db.conn.execute("SHOW lock_timeout").fetchone()[0]
    assert shown in (f"{BUSY_TIMEOUT_MS}ms", f"{BUSY_TIMEOUT_MS // 1000}s")
