"""The PostgreSQL engine against a live server (the run's own cluster, tests/pg_support.py):
the adapter's SQLite-like surface, atomic(), insert_row, the migrations, the guards and the
app role's rights. Skipped on a SQLite run."""

from __future__ import annotations

import threading

import psycopg
import pytest

from db.core import migrations
from db.core.connection import IntegrityError, atomic, connect, engine
from db.core.migrations.pg import PG_LATEST, PG_MIGRATIONS, NotOwnerError, migrate_pg
from db.core.numbering import next_number
from db.core.rows import insert_row
from tests.pg_support import APP_LOGIN

NOW = "2026-03-16T02:00:00.000000Z"


@pytest.fixture
def fresh(pg_cluster, request):
    """An empty database of the run's server; its name."""
    name = f"fde_{abs(hash(request.node.nodeid)) % 10**9}"
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}")
    yield name
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def desk(pg_cluster, fresh):
    """The migrated database, opened as the desk's login (the app role)."""
    migrate_pg(pg_cluster.url(fresh))
    database = connect(pg_cluster.url(fresh, APP_LOGIN))
    yield database
    database.close()


@pytest.fixture
def owner(pg_cluster, fresh, desk):
    database = connect(pg_cluster.url(fresh))
    yield database
    database.close()


def add_user(db, name="ann") -> int:
    return insert_row(
        db,
        "users",
        {"username": name, "role": "clerk", "password_hash": "x", "created_at": NOW},
    )


def test_connect_picks_the_engine_by_the_target(desk, tmp_path):
    assert engine(desk) == "postgresql"
    sqlite = connect(tmp_path / "desk.db")
    try:
        assert engine(sqlite) == "sqlite"
    finally:
        sqlite.close()


def test_rows_read_by_index_name_and_keys_like_sqlite(desk):
    add_user(desk)
    row = desk.conn.execute(
        "SELECT id, username, role FROM users WHERE username = ?", ("ann",)
    ).fetchone()
    assert row[1] == "ann" and row["role"] == "clerk" and row["ROLE"] == "clerk"
    assert row.keys() == ["id", "username", "role"]
    assert dict(row) == {"id": row[0], "username": "ann", "role": "clerk"}
    assert desk.conn.execute("SELECT id FROM users WHERE id = -1").fetchone() is None
    assert desk.conn.execute("SELECT id FROM users WHERE id = -1").fetchall() == []


def test_named_parameters_percent_signs_and_quotes_pass_through(desk):
    add_user(desk, "o'hara")
    row = desk.conn.execute(
        "SELECT username, '50%' AS pct, 'a:b ?' AS lit FROM users"
        " WHERE username LIKE :pat ESCAPE '\\' AND role = :role",
        {"pat": "o'h%", "role": "clerk"},
    ).fetchone()
    assert tuple(row) == ("o'hara", "50%", "a:b ?")


def test_sums_of_integers_are_ints_as_on_sqlite(desk):
    add_user(desk)
    total = desk.conn.execute("SELECT sum(failed_sign_ins + 2) FROM users").fetchone()[0]
    assert total == 2 and type(total) is int


def test_insert_row_and_lastrowid_give_the_new_id(desk):
    first = add_user(desk, "a")
    cur = desk.conn.execute(
        "INSERT INTO users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
        ("b", "clerk", "x", NOW),
    )
    assert cur.lastrowid == first + 1 and cur.rowcount == 1


def test_username_is_unique_in_any_letter_case_as_nocase(desk):
    add_user(desk, "Ann")
    assert desk.conn.execute("SELECT count(*) FROM users WHERE username = 'ANN'").fetchone()[0]
    with pytest.raises(IntegrityError):
        add_user(desk, "aNN")


def test_atomic_commits_rolls_back_and_nests(desk):
    with atomic(desk):
        add_user(desk, "kept")
        assert desk.conn.in_transaction
    assert not desk.conn.in_transaction
    with pytest.raises(RuntimeError), atomic(desk):
        add_user(desk, "gone")
        raise RuntimeError
    with atomic(desk):
        with pytest.raises(RuntimeError), atomic(desk):
            add_user(desk, "inner")
            raise RuntimeError
        add_user(desk, "outer")
    names = {r[0] for r in desk.conn.execute("SELECT username FROM users")}
    assert names == {"kept", "outer"}


def test_a_refused_write_inside_a_transaction_leaves_it_usable(desk):
    """As a failed statement in SQLite: only it is undone, the transaction goes on."""
    with atomic(desk):
        add_user(desk, "first")
        with pytest.raises(IntegrityError):
            add_user(desk, "first")
        add_user(desk, "second")
    assert desk.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 2


def test_guard_triggers_raise_the_sqlite_message_as_an_integrity_error(desk):
    with atomic(desk):
        assert next_number(desk, "receipt", 2026) == 1
    with pytest.raises(IntegrityError, match="document numbers move up by one"):
        desk.conn.execute("UPDATE users SET role = role WHERE 1 = 0")  # nothing: no error
        desk.conn.execute("UPDATE document_counters SET last_number = 5")


def test_numbers_are_gapless_under_two_connections_at_once(pg_cluster, fresh, desk):
    url = pg_cluster.url(fresh, APP_LOGIN)
    taken: list[int] = []
    lock = threading.Lock()

    def counter():
        db = connect(url)
        try:
            for _ in range(25):
                with atomic(db):
                    n = next_number(db, "receipt", 2026)
                with lock:
                    taken.append(n)
        finally:
            db.close()

    threads = [threading.Thread(target=counter) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(taken) == list(range(1, 51))


@pytest.mark.parametrize(
    "table",
    [
        "audit_log",
        "audit_macs",
        "cash_movements",
        "loan_settlements",
        "sales",
        "sale_lines",
        "invoices",
        "point_entries",
        "redemptions",
        "loan_vouchers",
    ],
)
def test_the_app_role_may_not_update_or_delete_the_trail_or_the_money(desk, table):
    """GRANTs, not only triggers: the server refuses before any trigger runs."""
    column = desk.conn.execute(f"PRAGMA table_info({table})").fetchone()["name"]
    for statement in (f"UPDATE {table} SET {column} = {column}", f"DELETE FROM {table}"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desk.conn.execute(statement)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        desk.conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER ALL")


def test_the_app_role_may_not_change_the_schema(desk):
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        desk.conn.execute("CREATE TABLE mine (id INTEGER)")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        desk.conn.execute("DROP TRIGGER audit_log_no_delete ON audit_log")


def test_the_owner_too_is_stopped_by_the_guards(owner):
    add_user(owner)
    with pytest.raises(IntegrityError, match="users rows are never deleted"):
        owner.conn.execute("DELETE FROM users")


def test_migrating_an_empty_database_records_the_version(pg_cluster, fresh):
    url = pg_cluster.url(fresh)
    assert migrations.schema_version(url) == 0
    assert migrations.migrate(url) is None
    assert migrations.schema_version(url) == PG_LATEST
    migrations.migrate(url)  # nothing pending: nothing done
    db = connect(url)
    try:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == PG_LATEST
        rows = db.conn.execute("SELECT count(*) FROM frontdesk_schema").fetchone()[0]
        assert rows == len(PG_MIGRATIONS)  # one row per step applied, the baseline included
        assert db.conn.execute("SELECT count(*) FROM complaint_transitions").fetchone()[0] > 0
    finally:
        db.close()


def test_a_database_of_a_newer_version_is_refused_unchanged(pg_cluster, fresh):
    url = pg_cluster.url(fresh)
    migrate_pg(url)
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute(
            "INSERT INTO frontdesk_schema (version, application_id, doc) VALUES (%s, %s, 'later')",
            (PG_LATEST + 1, migrations.APPLICATION_ID),
        )
    with pytest.raises(migrations.NewerDatabaseError) as refused:
        migrations.migrate(url)
    assert refused.value.found == PG_LATEST + 1


def test_a_database_of_another_program_is_refused(pg_cluster, fresh):
    url = pg_cluster.url(fresh)
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute("CREATE TABLE invoices_of_someone_else (id INTEGER)")
    with pytest.raises(migrations.ForeignDatabaseError):
        migrations.migrate(url)
    with psycopg.connect(url, autocommit=True) as pg:
        tables = pg.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone()[0] == 1


def test_the_app_login_cannot_migrate_and_says_so(pg_cluster, fresh):
    pg_cluster.admin(f"GRANT CONNECT ON DATABASE {fresh} TO {APP_LOGIN}")
    with pytest.raises(NotOwnerError):
        migrate_pg(pg_cluster.url(fresh, APP_LOGIN))
