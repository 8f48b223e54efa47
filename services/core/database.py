"""Opening the desk's database: default place, migrations, and the health check at start."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from db.core import migrations
from db.core.connection import connect, integrity_check, quick_check
from services.core.audit import verify_chain, verify_chain_and_remember, verify_since_checkpoint
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError
from services.core.permissions import before_sign_in


def default_path() -> Path:
    """One file in the user's data directory, e.g. ~/.local/share/FrontDesk/frontdesk.db."""
    return Path(platformdirs.user_data_dir("FrontDesk", appauthor=False)) / "frontdesk.db"


class DatabaseRefused(DomainError):
    pass


def open_database(path: str | Path):
    """Migrate (with a backup copy first) and open; refuses files of newer versions."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
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
    except Exception as exc:  # sqlite3.DatabaseError: not a database, unreadable
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("Desk", "{path} cannot be opened as a database: {cause}"),
            path=str(path),
            cause=str(exc),
        ) from exc
    return connect(path)


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

    def problems(self) -> list[DomainError]:
        found = []
        if self.sqlite != "ok":
            found.append(
                DomainError(
                    QT_TRANSLATE_NOOP("Desk", "SQLite reports the file damaged: {detail}"),
                    detail=self.sqlite,
                )
            )
        if self.chain_row is not None:
            found.append(
                DomainError(
                    QT_TRANSLATE_NOOP(
                        "Desk", "The audit trail was tampered with at row {row} ({reason})."
                    ),
                    row=self.chain_row,
                    reason=self.chain_reason,
                )
            )
        return found


@before_sign_in
def check_health(ctx, full: bool = False) -> HealthReport:
    """quick_check (or the full integrity_check) and the whole audit chain; when all is
    sound, the chain's last row becomes the checkpoint that start-up walks on from."""
    db = ctx.db
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


@before_sign_in
def check_at_start(ctx) -> HealthReport:
    """What start-up waits for: the audit rows written since the last full check. SQLite's
    quick_check and the full walk follow in the background (check_file)."""
    try:
        chain = verify_since_checkpoint(ctx)
    except sqlite3.DatabaseError as exc:
        return HealthReport(False, str(exc))
    return HealthReport(chain.sound, "ok", chain.row_id, chain.reason)


def check_file(path: str | Path) -> HealthReport:
    """check_health on a connection of its own, for a worker thread while the desk works."""
    try:
        db = connect(path)
    except sqlite3.DatabaseError as exc:
        return HealthReport(False, str(exc))
    try:
        return check_health(AppContext(db))
    finally:
        db.close()
