"""Moving a site from its SQLite file to a PostgreSQL server (`frontdesk move-to`), so a site
that outgrows one counter keeps its whole history: data, audit trail and number series.

The file is opened read-only and never written. The target must be an empty database (no
tables, or Front Desk's schema with no site in it); it is migrated to the file's schema
version by the schema's owner (`owner_url`, or the target URL itself when its login owns the
schema), filled in one transaction (db/core/move.py), then checked before anything else may use
it: every table's rows and checksum equal on both sides, the audit trail verified on the server
with the site's key (found by the site's identity, which moves with the settings), and every
number series continuing on the server right after the file's last number. A copy that does
not check is taken out again (the target left empty) and the move refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import psycopg

import db.core.audit as audit_db
import db.core.move as move_db
from db.core import migrations
from db.core.connection import atomic, connect, database_errors
from db.core.migrations.pg import PG_LATEST, NotOwnerError, migrate_pg
from db.core.numbering import next_number
from db.core.targets import is_url, redact
from services.core import audit
from services.core.context import AppContext
from services.core.database import check_health
from services.core.errors import QT_TRANSLATE_NOOP, DomainError
from services.core.permissions import Perm, requires
from services.lost_found.search import index_body
from services.members import ids


class MoveRefused(DomainError):
    """The move did not happen; the file is unchanged and the target holds no site."""


@dataclass(frozen=True)
class MoveReport:
    source: str
    target: str  # without a password
    tables: int
    rows: int
    chain: int  # audit rows moved
    series: int  # number series continued
    per_table: dict[str, int] = field(default_factory=dict)
    rebuilt: tuple[str, ...] = ()

    def lines(self, translate) -> list[str]:
        """What was moved, in the user's language."""
        return [
            translate(
                QT_TRANSLATE_NOOP("Desk", "Moved {source} to {target}."),
            ).format(source=self.source, target=self.target),
            translate(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "{tables} tables, {rows} rows; every table's rows and checksum are the"
                    " same on the server.",
                )
            ).format(tables=self.tables, rows=self.rows),
            translate(
                QT_TRANSLATE_NOOP(
                    "Desk", "Audit trail: {chain} rows moved, verified on the server with its key."
                )
            ).format(chain=self.chain),
            translate(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Number series: {series}, each continuing on the server with the number"
                    " after the file's last.",
                )
            ).format(series=self.series),
            translate(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The file was not changed. Connect every counter with"
                    " --db {target} (the desk's own login).",
                )
            ).format(target=self.target),
        ]


REASONS = {
    "not_url": QT_TRANSLATE_NOOP(
        "Desk", "{target} is not a PostgreSQL database's address (postgresql://user@host/site)."
    ),
    "no_file": QT_TRANSLATE_NOOP("Desk", "There is no database file {source} to move."),
    "version": QT_TRANSLATE_NOOP(
        "Desk",
        "The file {source} is at schema {found}; a move needs schema {needed}. Open it once"
        " with this version of Front Desk (it updates the file), then move it.",
    ),
    "connect": QT_TRANSLATE_NOOP(
        "Desk", "The server at {target} could not be reached or refused the login: {cause}"
    ),
    "other_database": QT_TRANSLATE_NOOP(
        "Desk",
        "The owner's address names the database {owner}, the target is {target}: give both"
        " for the same database.",
    ),
    "used": QT_TRANSLATE_NOOP(
        "Desk",
        "The database {target} is not empty (it holds tables or a site already). A site is"
        " moved only into an empty database; nothing was written to it.",
    ),
    "not_owner": QT_TRANSLATE_NOOP(
        "Desk",
        "The login of {target} cannot create the schema. Give the schema owner's login with"
        " --owner-url postgresql://OWNER@host/site; nothing was written.",
    ),
    "tables": QT_TRANSLATE_NOOP(
        "Desk", "The server's schema has no place for these tables of the file: {names}."
    ),
    "columns": QT_TRANSLATE_NOOP(
        "Desk", "The table {table} differs between the file and the server's schema: {names}."
    ),
    "copy": QT_TRANSLATE_NOOP(
        "Desk", "Copying to the server failed ({cause}); the target was left empty."
    ),
    "mismatch": QT_TRANSLATE_NOOP(
        "Desk",
        "The copy on the server does not match the file ({detail}); it was taken out again"
        " and the target left empty.",
    ),
}


def _refused(reason: str, **details) -> MoveRefused:
    return MoveRefused(REASONS[reason], **details)


def _database_of(url: str) -> str:
    from urllib.parse import urlparse

    return urlparse(url).path.lstrip("/")


def open_source(path: str | Path) -> AppContext:
    """The file to move, read-only, as a context with no user yet (the CLI signs its admin in
    against it without writing)."""
    path = Path(path)
    if not path.is_file():
        raise _refused("no_file", source=str(path))
    return AppContext(move_db.open_source_database(path))


def admin_of_file(path: str | Path, username: str, password: str):
    """The site's admin signing for the move, checked against the file opened read-only (a
    wrong password cannot be counted in a file the move never writes: it is refused as is)."""
    from services.admin import backups

    try:
        return backups.signed_in_admin_of(Path(path), username, password)
    except database_errors() as exc:
        raise MoveRefused(
            QT_TRANSLATE_NOOP(
                "Desk", "The name or password of the site's admin is wrong; nothing was moved."
            )
        ) from exc


@requires(Perm.MANAGE_USERS)
def move_to(ctx: AppContext, target_url: str, owner_url: str | None = None) -> MoveReport:
    """Copy the site of `ctx` (its SQLite file, opened read-only) into the empty PostgreSQL
    database `target_url` and verify it there."""
    source = ctx.db.conn
    source_path = move_db.source_path(source)
    if not is_url(target_url) or (owner_url is not None and not is_url(owner_url)):
        raise _refused("not_url", target=redact(str(owner_url or target_url)))
    target = redact(target_url)
    found = move_db.source_version(source)
    if found != PG_LATEST or found != migrations.LATEST:
        raise _refused("version", source=source_path, found=found, needed=PG_LATEST)
    owner_url = owner_url or target_url
    try:
        owner = move_db.owner_connection(owner_url)
        app = move_db.owner_connection(target_url)
    except psycopg.Error as exc:
        raise _refused("connect", target=target, cause=str(exc).strip()) from exc
    try:
        if move_db.database_name(owner) != move_db.database_name(app):
            raise _refused(
                "other_database",
                owner=move_db.database_name(owner),
                target=move_db.database_name(app),
            )
        app.close()
        if move_db.target_state(owner) == "used":
            raise _refused("used", target=target)
        try:
            migrate_pg(owner_url)
        except NotOwnerError as exc:
            raise _refused("not_owner", target=target) from exc
        plan = _plan(source, owner)
        derived = {
            "found_fts": lambda: ((r[0], index_body(*r[1:])) for r in move_db.found_bodies(source)),
            "lost_fts": lambda: ((r[0], index_body(*r[1:])) for r in move_db.lost_bodies(source)),
        }
        try:
            moved = move_db.copy_site(source, owner, plan, derived)
        except psycopg.Error as exc:
            raise _refused("copy", cause=str(exc).strip()) from exc
        problem = _verify(ctx, source, owner_url, target_url, plan)
        if problem is not None:
            move_db.empty_target(owner, plan)
            raise _refused("mismatch", detail=problem)
    finally:
        owner.close()
        if not app.closed:
            app.close()
    report = MoveReport(
        source=source_path,
        target=target,
        tables=len(moved),
        rows=sum(moved.values()),
        chain=moved.get("audit_log", 0),
        series=len(move_db.counters(source)),
        per_table=moved,
        rebuilt=tuple(t for t in move_db.DERIVED if t in moved),
    )
    _settle(ctx, source_path, target_url, report)
    return report


def _plan(source, owner) -> move_db.Plan:
    try:
        return move_db.plan(source, owner)
    except move_db.MoveRefused as exc:
        raise _refused(exc.reason, **exc.details) from exc


def _verify(ctx, source, owner_url: str, target_url: str, plan) -> str | None:
    """None when the server holds what the file holds, else what differs."""
    check = connect(owner_url)
    try:
        for table in plan.tables:
            cols = plan.columns[table]
            if table in move_db.DERIVED:  # rebuilt from the records: one row per record
                theirs = move_db.row_count(source, table)
                ours = move_db.row_count(check.conn, table)
                if theirs != ours:
                    return f"{table}: {theirs} rows in the file, {ours} on the server"
                continue
            theirs = move_db.table_figures(source, table, cols)
            ours = move_db.table_figures(check.conn, table, cols)
            if theirs[0] != ours[0]:
                return f"{table}: {theirs[0]} rows in the file, {ours[0]} on the server"
            if theirs[1] != ours[1]:
                return f"{table}: the rows' checksum differs"
    finally:
        check.close()
    desk = connect(target_url)  # as the counters will use it: the desk's own login
    try:
        on_server = AppContext(desk, ctx.user)
        head = audit_db.head(desk)
        report = check_health(on_server, full=True)
        if not report.sound:
            return "; ".join(p.render(ctx.translate) for p in report.problems())
        if head != audit_db.head(ctx.db):
            return "the audit trail's head differs"
        for series, year, last in move_db.counters(source):
            taken = _next_then_undo(desk, series, year)
            if taken != last + 1:
                return f"series {series} {year}: the server would take {taken} after {last}"
    finally:
        desk.close()
    return None


class _Undo(Exception):
    pass


def _next_then_undo(db, series: str, year: int) -> int:
    """The number the server would give next in a series (the transaction then undone)."""
    taken = None
    try:
        with atomic(db):
            taken = next_number(db, series, year)
            raise _Undo
    except _Undo:
        pass
    return taken


def _settle(ctx, source_path: str, target_url: str, report: MoveReport) -> None:
    """On the server: the members' ID key file an older version kept beside the file goes into
    this PC's key store (the file stays), and the move is written to the moved site's trail."""
    db = connect(target_url)
    try:
        on_server = AppContext(db, ctx.user, ctx.clock)
        with atomic(db):
            ids.adopt_legacy_key(on_server, Path(source_path + ids.KEY_SUFFIX), keep_file=True)
            audit.record(
                on_server,
                "site.moved_to_server",
                "site",
                None,
                {"file": source_path},
                {
                    "target": report.target,
                    "tables": report.tables,
                    "rows": report.rows,
                    "audit_rows": report.chain,
                    "series": report.series,
                },
            )
    finally:
        db.close()
