"""The PostgreSQL steps without a server: frozen like the SQLite ones, in step with them, and
the parameter spelling the adapter sends."""

from __future__ import annotations

import hashlib

from db.core.dialect import to_pyformat
from db.core.migrations import LATEST
from db.core.migrations.pg import PG_LATEST, PG_MIGRATIONS, PG_STEPS_DIR

# version -> sha256 of the file. A shipped PostgreSQL step is never edited: a change is a new
# step (the same number as the SQLite step it follows).
PG_SHIPPED = {
    20: "91d0967a95b11a8c1d2f9d5fef461e4f6dc64bb99f061d5cd126b96f9890ab47",
    21: "d2a2bfbcc017b91a769d314808e84211c73531c127daa22ff5f158544c5a379c",
}


def test_the_postgresql_schema_keeps_up_with_sqlite():
    """A new SQLite step needs its PostgreSQL twin (db/core/migrations/pg/NNNN_what.sql, the
    same number, the same tables, rows and guards written for PostgreSQL)."""
    assert PG_LATEST == LATEST, (
        f"SQLite schema is at {LATEST}, PostgreSQL at {PG_LATEST}: add"
        f" db/core/migrations/pg/{LATEST:04d}_*.sql"
    )


def test_shipped_postgresql_steps_are_frozen():
    for path in sorted(PG_STEPS_DIR.glob("*.sql")):
        version = int(path.name[:4])
        if version in PG_SHIPPED:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert digest == PG_SHIPPED[version], f"{path.name} was edited after it shipped"
    assert PG_MIGRATIONS[0].doc.startswith("The whole schema at version")


def test_parameters_become_psycopg_placeholders_outside_literals():
    assert to_pyformat("SELECT * FROM t WHERE a = ? AND b = :name") == (
        "SELECT * FROM t WHERE a = %s AND b = %(name)s"
    )
    assert to_pyformat("SELECT '?', ':x', 'it''s 5%' FROM t WHERE c LIKE ?") == (
        "SELECT '?', ':x', 'it''s 5%%' FROM t WHERE c ILIKE %s"
    )
    assert to_pyformat('SELECT "a?b" FROM t -- what?\nWHERE x = ?') == (
        'SELECT "a?b" FROM t -- what?\nWHERE x = %s'
    )
    assert to_pyformat("SELECT x::text, 10 % 3 FROM t INDEXED BY t_x") == (
        "SELECT x::text, 10 %% 3 FROM t"
    )
    # SQLite's LIKE ignores ASCII case: ILIKE; a name holding the letters stays
    assert to_pyformat("SELECT likes FROM t WHERE a NOT LIKE 'LIKE' AND b like ?") == (
        "SELECT likes FROM t WHERE a NOT ILIKE 'LIKE' AND b ILIKE %s"
    )
