"""What `frontdesk check` proves of a database on a PostgreSQL server, in place of what it
proves of a SQLite file (quick_check / integrity_check and the file's mode bits).

- The indexes: amcheck's `bt_index_check` on every B-tree index of the schema (with every
  table row looked up in its indexes for the full check; it takes no lock that stops a
  counter's writes), when the
  extension is installed in the database and the login may run it (a superuser installs it:
  `CREATE EXTENSION amcheck`, and grants its functions to the owner); otherwise the check
  says it was skipped, and why.
- The guards: every trigger of the schema enabled (a guard turned off would let the trail or
  a ledger be rewritten by whoever holds the owner's login).
- The app role's rights: `frontdesk_app` may not UPDATE or DELETE the audit trail (the rest
  of the GRANTs are the migrations'). A login holding those rights itself (the owner) is
  noted, not refused: it is the login migrations and moves run with, not the desk's.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from db.core.migrations.pg import APP_ROLE

TRAIL = "audit_log"


@dataclass(frozen=True)
class ServerCheck:
    problems: list[tuple[str, str]]  # (kind, detail): 'index', 'guard_off', 'app_rights'
    notes: list[tuple[str, str]]  # (kind, detail): 'amcheck_missing', 'amcheck_denied', 'owner'
    indexes_checked: int = 0


def _raw(db) -> psycopg.Connection:
    return db.conn.raw


def check_server(db, full: bool = False) -> ServerCheck:
    """The server-side checks of an open PgDatabase (read-only)."""
    pg = _raw(db)
    problems: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    with pg.cursor() as cur:
        cur.execute(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled = 'D'"
            " ORDER BY 1, 2"
        )
        off = [f"{table}.{name}" for table, name in cur.fetchall()]
        if off:
            problems.append(("guard_off", ", ".join(off)))
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (APP_ROLE,))
        if cur.fetchone() is not None:
            cur.execute(
                "SELECT has_table_privilege(%s, %s, 'UPDATE'),"
                " has_table_privilege(%s, %s, 'DELETE')",
                (APP_ROLE, TRAIL, APP_ROLE, TRAIL),
            )
            update, delete = cur.fetchone()
            if update or delete:
                rights = " ".join(r for r, held in (("UPDATE", update), ("DELETE", delete)) if held)
                problems.append(("app_rights", f"{APP_ROLE}: {rights} {TRAIL}"))
        cur.execute(
            "SELECT has_table_privilege(current_user, %s, 'UPDATE')"
            " OR has_table_privilege(current_user, %s, 'DELETE'), current_user",
            (TRAIL, TRAIL),
        )
        may_rewrite, login = cur.fetchone()
        if may_rewrite:
            notes.append(("owner", login))
    checked = 0
    with pg.cursor() as cur:
        cur.execute(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n"
            " ON n.oid = e.extnamespace WHERE e.extname = 'amcheck'"
        )
        found = cur.fetchone()
    if found is None:
        notes.append(("amcheck_missing", ""))
        return ServerCheck(problems, notes)
    schema = found[0]
    with pg.cursor() as cur:
        cur.execute(
            "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE a.amname = 'btree' AND n.nspname = current_schema() AND i.indisvalid"
            " ORDER BY c.relname"
        )
        indexes = cur.fetchall()
    for oid, name in indexes:
        try:
            with pg.transaction(), pg.cursor() as cur:
                heap = "true" if full else "false"  # a literal: the adapter sends bools as 0/1
                cur.execute(f'SELECT "{schema}".bt_index_check(%s::oid::regclass, {heap})', (oid,))
        except psycopg.errors.InsufficientPrivilege as exc:
            notes.append(("amcheck_denied", str(exc).strip().splitlines()[0]))
            break
        except psycopg.Error as exc:
            problems.append(("index", f"{name}: {str(exc).strip().splitlines()[0]}"))
            continue
        checked += 1
    return ServerCheck(problems, notes, checked)
