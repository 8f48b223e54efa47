"""Opening the desk's database: default place, migrations, and the health check at start."""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from db.core import migrations
from db.core.connection import (
    connect,
    inspect_file,
    integrity_check,
    quick_check,
    storage_fault,
)

# for ui/ (which never imports db/): files and folders only the desk's user can read
from db.core.connection import owner_only as owner_only
from db.core.connection import private_folder as private_folder
from db.core.targets import is_url, redact
from services.core import audit_key, keys
from services.core.audit import (
    ensure_checkpoint,
    verify_chain,
    verify_chain_and_remember,
    verify_since_checkpoint,
)
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, STORAGE_MESSAGES, DomainError, StorageError
from services.core.permissions import before_sign_in, internal


def database_target(target: str | Path) -> str | Path:
    """What --db names: a postgresql://user@host/site URL as it is (a site on a server), any
    other text a database file's path."""
    if isinstance(target, str) and is_url(target):
        return target
    return Path(target)


def on_server(target: str | Path) -> bool:
    """True when the target is a PostgreSQL server's database, not a file of this computer."""
    return isinstance(target, str) and is_url(target)


def default_path() -> Path:
    """One file in the user's data directory, e.g. ~/.local/share/FrontDesk/frontdesk.db."""
    return Path(platformdirs.user_data_dir("FrontDesk", appauthor=False)) / "frontdesk.db"


class DatabaseRefused(DomainError):
    pass


class DatabaseDamaged(DatabaseRefused):
    """The file at the database path is empty, cut short or unreadable: never a new site;
    the way back is the newest sound backup."""


DAMAGE = {
    "empty": QT_TRANSLATE_NOOP(
        "Desk",
        "The database file {path} is empty (0 bytes): a copy or a sync that did not finish."
        " It is not a new site and was not changed.",
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "Desk",
        "The database file {path} is cut short ({detail}): part of it is missing. It was"
        " not changed.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "Desk", "The database file {path} cannot be read ({detail}). It was not changed."
    ),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Desk",
        "The file {path} is not a readable database (damaged, or some other kind of file)."
        " It was not changed.",
    ),
}


def storage_error(exc: BaseException) -> StorageError | None:
    """The sentence for a store that failed (disk full, read-only, I/O, damage), or None when
    `exc` is something else."""
    fault = storage_fault(exc)
    if fault is None:
        return None
    error = StorageError(STORAGE_MESSAGES[fault])
    error.__cause__ = exc
    return error


def refuse_unfit(path: Path) -> bool:
    """Every check that can refuse the file, from its bytes alone, before anything writes to
    it (the switch to WAL included). True when the file exists."""
    state = inspect_file(path)
    if state.problem:
        raise DatabaseDamaged(DAMAGE[state.problem], path=str(path), detail=state.detail)
    if not state.exists:
        return False
    if state.user_version > migrations.LATEST:
        raise migrations.NewerDatabaseError(state.user_version, migrations.LATEST)
    if state.application_id not in (0, migrations.APPLICATION_ID) or (
        state.application_id == 0 and state.tables > 0
    ):
        raise migrations.ForeignDatabaseError(str(path))
    return True


def open_database(path: str | Path):
    """Migrate (with a backup copy first) and open; refuses, unchanged, a file that is
    damaged, empty, of a newer version or of another program."""
    server = is_url(path)  # a PostgreSQL server: there is no file to inspect or copy
    if not server:
        path = Path(path)
        private_folder(path.parent)
    try:
        if server:
            before = migrations.schema_version(path)
        else:
            before = migrations.schema_version(path) if refuse_unfit(path) else 0
        migrations.migrate(path)
    except migrations.NewerDatabaseError as exc:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "This database ({path}) was written by a newer version of Front Desk"
                " (schema {found}; this program knows up to {supported}). Please update"
                " Front Desk; the file was not changed.",
            ),
            path=str(path),
            found=exc.found,
            supported=exc.supported,
        ) from exc
    except migrations.ForeignDatabaseError:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("Desk", "{path} is not a Front Desk database; it was not changed."),
            path=str(path),
        ) from None
    except migrations.MigrationError as exc:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Updating the database to schema {version} failed ({cause}); the file"
                " was left as it was.",
            ),
            version=exc.version,
            cause=str(exc.cause),
        ) from exc
    except migrations.NotOwnerError as exc:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The database {path} is at schema {found} and this program needs {supported}:"
                " its owner must update it first (frontdesk --db with the owner's login).",
            ),
            path=redact(str(path)),
            found=exc.current,
            supported=exc.latest,
        ) from exc
    except DatabaseRefused:
        raise
    except Exception as exc:  # sqlite3.DatabaseError: not a database, unreadable
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Desk", "{path} cannot be opened as a database: {cause}"),
            path=str(path),
            cause=str(exc),
        ) from exc
    db = connect(path)
    _key_the_trail(db, upgraded=before < AUDIT_KEYED_SINCE)
    if 0 < before < migrations.LATEST:
        remember_sound_trail(AppContext(db, None))  # a migrated file starts with a checkpoint
    return db


@internal
def remember_sound_trail(ctx) -> None:
    """The checkpoint a file built, migrated or restored carries from then on (the full walk
    once, when it has none); what cannot be checked here (no key on this PC, a broken trail)
    is left for the health check to report."""
    try:
        ensure_checkpoint(ctx, datetime.now(UTC))
    except (audit_key.AuditKeyMissing, keys.KeyStoreError, sqlite3.Error):
        pass


AUDIT_KEYED_SINCE = 13  # the schema that brought the keyed audit trail


def _key_the_trail(db, upgraded: bool) -> None:
    """Key the audit trail of a file just upgraded to the keyed schema (or never keyed on
    this computer); what cannot be keyed is left for the health check to report."""
    try:
        audit_key.ensure_keyed(AppContext(db, None), upgraded)
    except (audit_key.AuditKeyMissing, keys.KeyStoreError, sqlite3.Error):
        pass


def open_site(path: str | Path, translate=None, clock=None, desk: str | None = None) -> AppContext:
    """Open the desk's database (migrated as open_database does) as a context with no user yet:
    the one way ui/ gets at the data, so it never holds the connection itself."""
    ctx = AppContext(open_database(path), None)
    if translate is not None:
        ctx.translate = translate
    if clock is not None:
        ctx.clock = clock
    if desk:
        ctx.desk = desk
    return ctx


@dataclass(frozen=True)
class HealthReport:
    sound: bool
    sqlite: str
    chain_row: int | None = None
    chain_reason: str | None = None
    deferred: bool = False  # sound so far, but the whole walk is left to the background check
    # a database on a PostgreSQL server: what the server's own checks found (instead of
    # SQLite's file checks), and what could not be checked there, and why
    server: tuple[DomainError, ...] = ()
    notes: tuple[DomainError, ...] = ()
    on_server: bool = False

    def problems(self) -> list[DomainError]:
        found = list(self.server)
        if self.sqlite != "ok":
            found.append(
                DomainError(
                    QT_TRANSLATE_NOOP("Desk", "SQLite reports the file damaged: {detail}"),
                    detail=self.sqlite,
                )
            )
        if self.chain_row is not None:
            found.append(_chain_problem(self.chain_row, self.chain_reason or ""))
        return found


SERVER_PROBLEMS = {
    "index": QT_TRANSLATE_NOOP("Desk", "The server reports an index damaged: {detail}"),
    "guard_off": QT_TRANSLATE_NOOP(
        "Desk",
        "Append-only guards of the database are switched off on the server: {detail}. The"
        " trail and the ledgers are not protected until the owner turns them on again.",
    ),
    "app_rights": QT_TRANSLATE_NOOP(
        "Desk",
        "The desk's role may rewrite the audit trail ({detail}): revoke it (REVOKE UPDATE,"
        " DELETE ON audit_log FROM frontdesk_app).",
    ),
}
SERVER_NOTES = {
    "amcheck_missing": QT_TRANSLATE_NOOP(
        "Desk",
        "Index check skipped: the amcheck extension is not installed in this database (a"
        " superuser runs CREATE EXTENSION amcheck). The tables, the trail and the counters"
        " were checked.",
    ),
    "amcheck_denied": QT_TRANSLATE_NOOP(
        "Desk",
        "Index check skipped: this login may not run amcheck ({detail}); run the check with"
        " the owner's login, or grant it amcheck's functions.",
    ),
    "owner": QT_TRANSLATE_NOOP(
        "Desk",
        "Checked as {detail}, a login that may change the audit trail: the counters should"
        " connect with the desk's own login.",
    ),
}


def _server_checks(db, full: bool) -> tuple[tuple[DomainError, ...], tuple[DomainError, ...]]:
    """What the server's checks found on a PostgreSQL database (the file checks' place)."""
    from db.core.server_check import check_server

    found = check_server(db, full)
    return (
        tuple(DomainError(SERVER_PROBLEMS[k], detail=d) for k, d in found.problems),
        tuple(DomainError(SERVER_NOTES[k], detail=d) for k, d in found.notes),
    )


def _chain_problem(row: int, reason: str) -> DomainError:
    """What a break of the audit trail (services/core/audit_key) means, in words."""
    if reason.startswith("money: "):
        return DomainError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "A money record ({table} #{row}) does not agree with the audit trail: it was"
                " changed, removed or written outside the desk.",
            ),
            table=reason[7:],
            row=row,
        )
    if reason.startswith("guard: "):
        return DomainError(
            QT_TRANSLATE_NOOP("Desk", "Append-only guards of the file were removed: {names}."),
            names=reason[7:],
        )
    if reason == "no key":
        return DomainError(audit_key.MISSING_KEY)
    return DomainError(
        QT_TRANSLATE_NOOP("Desk", "The audit trail was tampered with at row {row} ({reason})."),
        row=row,
        reason=reason,
    )


@before_sign_in
def check_health(ctx, full: bool = False) -> HealthReport:
    """quick_check (or the full integrity_check) and the whole audit chain; when all is
    sound, the chain's last row becomes the checkpoint that start-up walks on from."""
    db = ctx.db
    if is_url(getattr(db, "url", None)):  # a server's database: its own checks, no file's
        problems, notes = _server_checks(db, full)
        chain = verify_chain(ctx) if problems else verify_chain_and_remember(ctx, datetime.now(UTC))
        return HealthReport(
            chain.sound and not problems,
            "ok",
            chain.row_id,
            chain.reason,
            server=problems,
            notes=notes,
            on_server=True,
        )
    try:
        sqlite_state = integrity_check(db) if full else quick_check(db)
        if sqlite_state != "ok":
            chain = verify_chain(ctx)
        else:
            chain = verify_chain_and_remember(ctx, datetime.now(UTC))
    except sqlite3.DatabaseError as exc:  # too damaged to even walk
        return HealthReport(False, str(exc))
    return HealthReport(
        sqlite_state == "ok" and chain.sound, sqlite_state, chain.row_id, chain.reason
    )


def open_worker(path: str | Path, user=None, clock=None, translate=None) -> AppContext:
    """A connection of its own for a worker thread, on a file the window already opened and
    checked (no migration); the worker closes it when done."""
    ctx = AppContext(connect(path), user)
    if clock is not None:
        ctx.clock = clock
    if translate is not None:
        ctx.translate = translate
    return ctx


@before_sign_in
def check_at_start(ctx, walk_whole: bool = True) -> HealthReport:
    """What start-up waits for: the audit rows written since the last full check. SQLite's
    quick_check and the full walk follow in the background (check_file). With no checkpoint
    and `walk_whole` False (the window) nothing is walked: the report is `deferred`, and the
    whole walk is the background check's."""
    try:
        chain = verify_since_checkpoint(ctx, walk_whole)
    except sqlite3.DatabaseError as exc:
        return HealthReport(False, str(exc))
    return HealthReport(chain.sound, "ok", chain.row_id, chain.reason, chain.deferred)


def check_file(path: str | Path) -> HealthReport:
    """check_health on a connection of its own, for a worker while the desk works."""
    try:
        db = connect(path)
    except sqlite3.DatabaseError as exc:
        return HealthReport(False, str(exc))
    try:
        return check_health(AppContext(db))
    finally:
        db.close()


def check_file_in_process(path: str, answer) -> None:
    """check_file as the target of a process of its own (multiprocessing, spawn): the whole
    chain walked there never shares the desk's GIL. The report goes back on `answer` (a
    multiprocessing connection); the process ends as soon as the desk that started it is gone
    (its end of the pipe closes), so a walk of millions of rows never outlives the window."""
    threading.Thread(target=_end_with_the_desk, args=(answer,), daemon=True).start()
    answer.send(check_file(path))


def _end_with_the_desk(answer) -> None:
    try:
        answer.recv()  # the desk never sends: this returns only when its end is closed
    except (EOFError, OSError):
        pass
    os._exit(0)
