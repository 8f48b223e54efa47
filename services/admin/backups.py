"""Backups: online copies with SQLite's backup API, verified, kept in rotation; and restore.

A copy is taken at the first sign-in of each day (off the GUI thread, on a connection of its
own) and after each shift close. The newest copy of each of the last 14 days and of each of the
last 12 months is kept (settings `backup.keep_daily`, `backup.keep_monthly`) in `backup.folder`
(default: a `backups` folder beside the database file). Copies and their folder are owner-only.

A copy is verified by what proves it: SQLite's quick_check of the copy, and its audit trail
ending in the very row (id and hash) that the live file holds at that id, with as many rows
before it. The whole-chain walk is for a copy about to be restored (`check_file`).

An automatic copy that fails never stops the desk: the failure is logged, kept for the status
bar until a copy succeeds, and tried again at most once an hour.

Nothing that would unlock the members' ID hashes travels with a copy: their key lives in the
key store (services/core/keys), never beside the database or a backup.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

import db.admin.settings as settings_db
import db.admin.users as users_db
from db.core.audit import chain_head, first_break, rows_up_to
from db.core.connection import (
    atomic,
    backup_to,
    connect,
    has_file,
    integrity_check,
    owner_only,
    peek_setting,
    private_folder,
    put_setting_in_file,
    quick_check,
    storage_fault,
)
from db.core.handle import SqliteDatabase
from services.admin import site
from services.core import audit, audit_key, keys, validation
from services.core.clock import local
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.permissions import Perm, before_sign_in, internal, requires, signed_in

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)
# where older versions kept the members' ID key: beside the database and beside each copy
LEGACY_KEY_SUFFIX = ".member-key"
COMPANION_SUFFIXES = (LEGACY_KEY_SUFFIX,)
RETRY_AFTER = timedelta(hours=1)
FINGERPRINT_SETTING = "members.id_key_fingerprint"  # services/members/ids.py keeps the key
# a file's copies end in .db; a server's (pg_dump's custom format) in .dump
NAME_RE = re.compile(r"^frontdesk-(\d{8})-(\d{6})-[a-z\-]+\.(?:db|dump)$")
DEFAULT_KEEP_DAILY, DEFAULT_KEEP_MONTHLY = 14, 12


class BackupFailed(DomainError):
    pass


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    sound: bool
    problem: str = ""


@internal
def database_path(ctx) -> Path:
    """The file behind an open connection (main database)."""
    db = ctx.db
    for row in db.conn.execute("PRAGMA database_list"):
        if row[1] == "main" and row[2]:
            return Path(row[2])
    raise BackupFailed(QT_TRANSLATE_NOOP("Desk", "This database has no file to back up."))


@before_sign_in
def backup_folder(ctx) -> Path:
    db = ctx.db
    try:
        configured = settings_db.get(db, "backup.folder")
    except sqlite3.DatabaseError:  # a damaged file still has its backups in the usual place
        configured = None
    if configured:
        return Path(configured)
    if not has_file(db):  # a server's database: a folder of this PC, named for the database
        return _server_backup_folder(db)
    return database_path(ctx).parent / "backups"


def _server_backup_folder(db) -> Path:
    """Where a server's copies go when the settings name no folder: the data folder of the
    user taking them, one folder per server and database."""
    import db.core.pg_backup as pg_backup  # a server's copies only: subprocess and all

    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", pg_backup.database_name(db.url)) or "site"
    return Path(platformdirs.user_data_dir("FrontDesk", appauthor=False)) / "backups" / name


def backup_folder_for(db_path: str | Path) -> Path:
    """The rotation folder of a database file, read without opening it for writing (for a
    file that was refused: its backups are still where its settings say)."""
    db_path = Path(db_path)
    configured = peek_setting(db_path, "backup.folder")
    return Path(configured) if configured else db_path.parent / "backups"


def read_only(path: str | Path) -> SqliteDatabase:
    if not Path(path).is_file():
        raise BackupFailed(QT_TRANSLATE_NOOP("Desk", "There is no file {path}."), path=str(path))
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return SqliteDatabase(conn)


def check_file(path: Path) -> BackupCheck:
    """integrity_check and the audit chain of a database file, opened read-only."""
    try:
        copy = read_only(path)
        state = integrity_check(copy)
        broken = first_break(copy) if state == "ok" else None
        copy.close()
    except (sqlite3.DatabaseError, BackupFailed) as exc:
        return BackupCheck(path, False, str(exc))
    if state != "ok":
        return BackupCheck(path, False, state)
    if broken is not None:
        return BackupCheck(path, False, f"audit chain broken at row {broken.row_id}")
    return BackupCheck(path, True)


FAULT_MESSAGES = {
    "full": QT_TRANSLATE_NOOP(
        "Desk",
        "The backup could not be written to {folder}: the disk is full. The desk's own data"
        " is safe; free some space there or choose another backup folder.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Desk",
        "The backup could not be written to {folder}: it is read-only. The desk's own data"
        " is safe; choose a folder you may write to.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Desk",
        "The backup could not be written to {folder}: the disk reported an error. The"
        " desk's own data is safe; check the disk or choose another backup folder.",
    ),
}


def _fault(exc: BaseException, folder: Path) -> BackupFailed:
    kind = storage_fault(exc)
    if kind in FAULT_MESSAGES:
        return BackupFailed(FAULT_MESSAGES[kind], folder=str(folder))
    return BackupFailed(
        QT_TRANSLATE_NOOP("Desk", "The backup could not be written to {folder}: {reason}"),
        folder=str(folder),
        reason=getattr(exc, "strerror", None) or str(exc),
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


@internal
def refuse_live_target(ctx, target: Path) -> None:
    """A copy never lands on the live files: the database, its -wal/-shm/-journal, a key
    file, or anything in the rotation folder (whose copies rotation manages)."""
    live = database_path(ctx)
    protected = [Path(f"{live}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
    protected += [Path(f"{live}{LEGACY_KEY_SUFFIX}"), *keys.key_files()]
    folder = backup_folder(ctx)
    inside_rotation = _same_file(target.parent, folder)
    if target.is_dir() or inside_rotation or any(_same_file(target, p) for p in protected):
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Desk",
                "{path} is one of the desk's own files (the database, its journal, a key, or"
                " the backup rotation folder); choose another file for the copy. Nothing was"
                " written.",
            ),
            path=str(target),
        )


def verify_copy(live: sqlite_utils.Database, copy_path: Path) -> str | None:
    """What proves a fresh copy: quick_check, and its audit trail ending in the row the live
    file holds at that id with as many rows before it. None when sound, else the problem."""
    copy = read_only(copy_path)
    try:
        state = quick_check(copy)
        if state != "ok":
            return state
        rows, last_id, last_hash = chain_head(copy)
    finally:
        copy.close()
    if rows_up_to(live, last_id) != (rows, last_hash):
        return f"audit trail of the copy does not match the database at row {last_id}"
    return None


@internal
def take_backup(
    ctx, reason: str, target: str | Path | None = None, now: datetime | None = None
) -> Path:
    """Copy the live database (other processes may write meanwhile), verify the copy, rotate."""
    db = ctx.db
    now = now or datetime.now(UTC)
    if not has_file(db):
        return take_server_backup(ctx, reason, target, now)
    stamp = local(now, site.timezone(ctx)).strftime("%Y%m%d-%H%M%S")
    folder = backup_folder(ctx)
    if target is not None:
        refuse_live_target(ctx, Path(target))
    final = Path(target) if target else folder / f"frontdesk-{stamp}-{reason}.db"
    partial = final.with_name(final.name + ".partial")
    try:
        keys.remember_site(keys.site_identity(ctx))  # every copy says which site it is of
        backup_to(db, partial)
        problem = verify_copy(db, partial)
        if problem:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "Desk", "The backup copy failed its check ({problem}); it was not kept."
                ),
                problem=problem,
            )
        os.replace(partial, final)
        owner_only(final)
        if target is None:
            rotate(
                folder,
                settings_db.get(db, "backup.keep_daily", DEFAULT_KEEP_DAILY),
                settings_db.get(db, "backup.keep_monthly", DEFAULT_KEEP_MONTHLY),
            )
    except (OSError, sqlite3.Error, keys.KeyStoreError) as exc:
        raise _fault(exc, final.parent) from exc
    finally:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
    if target is None:
        _clear_failure(ctx)
    return final


SERVER_COPY_REFUSED = QT_TRANSLATE_NOOP(
    "Desk",
    "The copy of the server's database could not be checked: this login may not create the"
    " scratch database the check restores into ({cause}). Take backups with the schema"
    " owner's login (frontdesk backup --db postgresql://OWNER@host/site); nothing was kept.",
)
SERVER_COPY_FAILED = QT_TRANSLATE_NOOP(
    "Desk", "The copy of the server's database failed ({cause}); nothing was kept."
)


def verify_server_copy(live, dump_file: Path) -> str | None:
    """What proves a server's copy: pg_restore takes it whole into a scratch database, whose
    audit trail ends in the row (id and hash) the live database holds at that id, with as many
    rows before it. The scratch database is dropped. None when sound, else the problem."""
    import db.core.pg_backup as pg_backup  # a server's copies only: subprocess and all

    with pg_backup.scratch_restore(live.url, dump_file) as copy:
        rows, last_id, last_hash = chain_head(copy)
    if rows_up_to(live, last_id) != (rows, last_hash):
        return f"audit trail of the copy does not match the database at row {last_id}"
    return None


@internal
def take_server_backup(ctx, reason: str, target: str | Path | None, now: datetime) -> Path:
    """pg_dump's copy of a server's database into the rotation folder (or `target`),
    verified by a restore (verify_server_copy), then the folder rotated as a file's copies."""
    import db.core.pg_backup as pg_backup  # a server's copies only: subprocess and all

    db = ctx.db
    stamp = local(now, site.timezone(ctx)).strftime("%Y%m%d-%H%M%S")
    folder = backup_folder(ctx)
    final = Path(target) if target else folder / f"frontdesk-{stamp}-{reason}.dump"
    partial = final.with_name(final.name + ".partial")
    try:
        private_folder(final.parent)
        pg_backup.dump(db.url, partial)
        owner_only(partial)
        problem = verify_server_copy(db, partial)
        if problem:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "Desk", "The backup copy failed its check ({problem}); it was not kept."
                ),
                problem=problem,
            )
        os.replace(partial, final)
        owner_only(final)
        if target is None:
            rotate(
                folder,
                settings_db.get(db, "backup.keep_daily", DEFAULT_KEEP_DAILY),
                settings_db.get(db, "backup.keep_monthly", DEFAULT_KEEP_MONTHLY),
            )
    except pg_backup.ScratchRefused as exc:
        raise BackupFailed(SERVER_COPY_REFUSED, cause=str(exc)) from exc
    except pg_backup.PgToolFailed as exc:
        raise BackupFailed(SERVER_COPY_FAILED, cause=str(exc)) from exc
    except OSError as exc:
        raise _fault(exc, final.parent) from exc
    finally:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
    return final


def copy_companions(source: Path, target: Path, only_missing: bool = False) -> None:
    """An old backup's key file (older versions put one beside each copy) follows it back
    beside the restored database, where the first use moves it into the key store."""
    for suffix in COMPANION_SUFFIXES:
        src, dst = Path(str(source) + suffix), Path(str(target) + suffix)
        if src.exists() and not (only_missing and dst.exists()):
            shutil.copy2(src, dst)
            owner_only(dst)


def backups_in(folder: Path) -> list[Path]:
    """Rotation-named backups, newest first."""
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if NAME_RE.match(p.name)),
        key=lambda p: p.name[10:25],
        reverse=True,
    )


def rotate(folder: Path, keep_daily: int, keep_monthly: int) -> list[Path]:
    """Keep the newest copy of each of the last `keep_daily` days and `keep_monthly` months."""
    keep, days, months = set(), [], []
    for path in backups_in(folder):
        day = NAME_RE.match(path.name).group(1)
        if day not in days and len(days) < keep_daily:
            days.append(day)
            keep.add(path)
        if day[:6] not in months and len(months) < keep_monthly:
            months.append(day[:6])
            keep.add(path)
    removed = [p for p in backups_in(folder) if p not in keep]
    for path in removed:
        path.unlink()
    # key files older versions put beside each copy: the key now lives in the key store
    for stray in folder.glob(f"*{LEGACY_KEY_SUFFIX}"):
        stray.unlink()
    return removed


# The last failed automatic copy of each database file (time, error), in this process: the
# status bar shows it until a copy succeeds, and it spaces the retries an hour apart.
_failures: dict[str, tuple[datetime, BackupFailed]] = {}
_failures_lock = threading.Lock()


def _key(ctx) -> str:
    return str(database_path(ctx))


def _clear_failure(ctx) -> None:
    with _failures_lock:
        _failures.pop(_key(ctx), None)


@signed_in
def backup_warning(ctx) -> BackupFailed | None:
    """Why the last automatic copy failed, until a copy succeeds (for the status bar)."""
    if not has_file(ctx.db):
        return None  # no automatic copies of a server's database
    with _failures_lock:
        found = _failures.get(_key(ctx))
    return found[1] if found else None


@signed_in
def backup_if_first_today(ctx: AppContext) -> Path | None:
    """At sign-in: one copy per local day, and a failed automatic copy tried again at most
    once an hour; a failure is logged and kept for the status bar, the desk carries on."""
    if not has_file(ctx.db):
        return None  # a server's database: its copies are pg_dump's, not the desk's files
    now = ctx.clock.now()
    with _failures_lock:
        failed = _failures.get(_key(ctx))
    if failed is not None:
        if now - failed[0] < RETRY_AFTER:
            return None
        return quietly(ctx, "retry", now)
    today = local(now, site.timezone(ctx)).strftime("%Y%m%d")
    if any(NAME_RE.match(p.name).group(1) == today for p in backups_in(backup_folder(ctx))):
        return None
    return quietly(ctx, "daily", now)


@internal
def quietly(ctx, reason: str, now: datetime | None = None) -> Path | None:
    """A copy that must never undo or fail what came before it (a sign-in, a shift close)."""
    if not has_file(ctx.db):
        return None  # a server's database: its copies are pg_dump's, not the desk's files
    now = now or ctx.clock.now()
    try:
        return take_backup(ctx, reason, now=now)
    except BackupFailed as exc:
        log.error("automatic backup (%s) failed: %s", reason, exc)
        with _failures_lock:
            _failures[_key(ctx)] = (now, exc)
        return None


@requires(Perm.MANAGE_SETTINGS)
def back_up_now(ctx: AppContext) -> Path:
    """A verified copy into the rotation folder now (admins; `frontdesk backup`)."""
    return take_backup(ctx, "manual", now=ctx.clock.now())


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep_daily: int
    keep_monthly: int


@requires(Perm.MANAGE_SETTINGS)
def backup_settings(ctx: AppContext) -> BackupSettings:
    """Where copies go and how many are kept, for the settings page."""
    return BackupSettings(
        backup_folder(ctx),
        int(settings_db.get(ctx.db, "backup.keep_daily", DEFAULT_KEEP_DAILY)),
        int(settings_db.get(ctx.db, "backup.keep_monthly", DEFAULT_KEEP_MONTHLY)),
    )


@requires(Perm.MANAGE_SETTINGS)
def save_backup_settings(
    ctx: AppContext, folder: str, keep_daily: int, keep_monthly: int
) -> BackupSettings:
    """Change the backup folder and rotation in one transaction; each change audited. The
    folder is a full path (empty: beside the database) and not a file; at least the last
    day's copy is kept."""
    folder = _checked_folder(folder)
    keep_daily = validation.whole_number(
        keep_daily, QT_TRANSLATE_NOOP("Desk", "daily copies kept"), 1, 366
    )
    keep_monthly = validation.whole_number(
        keep_monthly, QT_TRANSLATE_NOOP("Desk", "monthly copies kept"), 0, 120
    )
    with atomic(ctx.db):
        for key, value in (
            ("backup.folder", folder),
            ("backup.keep_daily", keep_daily),
            ("backup.keep_monthly", keep_monthly),
        ):
            site.put_setting(ctx, key, value)
    return backup_settings(ctx)


def _checked_folder(folder) -> str:
    folder = validation.text(folder, QT_TRANSLATE_NOOP("Desk", "backup folder"), 500)
    if not folder:
        return ""  # the usual place, beside the database
    path = Path(folder).expanduser()
    if not path.is_absolute():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Give the backup folder as a full path (for example D:\\Backups or"
                " /home/desk/backups), not {folder}.",
            ),
            folder=folder,
        )
    if path.exists() and not path.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "{folder} is a file, not a folder: choose a folder."),
            folder=str(path),
        )
    return str(path)


@requires(Perm.MANAGE_SETTINGS)
def backup_to_file(ctx: AppContext, target: str | Path) -> Path:
    """An admin's copy to a file of their choosing (e.g. a USB stick)."""
    return take_backup(ctx, "manual", target=target, now=ctx.clock.now())


def newest_good_backup(folder: Path) -> Path | None:
    for path in backups_in(folder):
        if check_file(path).sound:
            return path
    return None


def restore(db_path: str | Path, backup: str | Path, ctx_for_audit=None) -> Path:
    """Put a verified backup in place of the database file; the current file is kept aside.
    No connection to `db_path` may be open. Returns where the old file was put."""
    db_path, backup = Path(db_path), Path(backup)
    check = check_file(backup)
    if not check.sound:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Desk", "{path} is not a sound backup ({problem}); nothing was changed."
            ),
            path=str(backup),
            problem=check.problem,
        )
    if _same_file(backup, db_path):
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Desk", "{path} is the database itself; nothing was changed."),
            path=str(backup),
        )
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    incoming = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup, incoming)
        owner_only(incoming)
        _carry_identity(incoming, db_path)
        _leave_checkpoint(incoming)
        if db_path.exists():
            os.replace(db_path, aside)
        for suffix in ("-wal", "-shm"):  # the old WAL belongs to the old file
            old = Path(str(db_path) + suffix)
            if old.exists():
                os.replace(old, Path(str(aside) + suffix))
        os.replace(incoming, db_path)
        copy_companions(backup, db_path, only_missing=True)
    except (OSError, sqlite3.Error) as exc:
        incoming.unlink(missing_ok=True)
        raise _fault(exc, db_path.parent) from exc
    return aside


@before_sign_in
def record_restore(ctx: AppContext, backup: Path, aside: Path, signer=None) -> None:
    """Audit row in the restored database: who signed for which copy, where the old file
    went. The signer may be an admin of the site the backup replaced, absent from the copy,
    so the row names them rather than pointing at a user row of the copy."""
    with atomic(ctx.db):
        audit.record(
            ctx,
            "database.restore",
            "database",
            None,
            None,
            {
                "backup": str(backup),
                "kept_aside": str(aside),
                "signed_by": (signer or ctx.user).username,
            },
        )


def _leave_checkpoint(incoming: Path) -> None:
    """The restored file carries a checkpoint from the start (the full walk once, here, when
    the copy has none), so its first start never waits for the whole trail. What cannot be
    checked here (the key not yet on this PC) is left for the checks after the restore."""
    db = connect(incoming)
    try:
        audit.ensure_checkpoint(AppContext(db), datetime.now(UTC))
    except (audit_key.AuditKeyMissing, keys.KeyStoreError, sqlite3.Error):
        pass
    finally:
        db.close()


def _carry_identity(incoming: Path, current: Path) -> None:
    """A copy made before sites had an identity takes the identity of the file it replaces
    when both hold the same members' key (same fingerprint), so its keys are found again."""
    if keys.identity_in_file(incoming):
        return
    fingerprint = peek_setting(incoming, FINGERPRINT_SETTING)
    replaced = keys.identity_in_file(current)
    if replaced and fingerprint and peek_setting(current, FINGERPRINT_SETTING) == fingerprint:
        put_setting_in_file(incoming, keys.IDENTITY_SETTING, replaced)


def _admin_of(path: Path, username: str, password: str):
    from services.admin import users

    copy = read_only(path)
    try:
        return users.verify_password(AppContext(copy), username, password, Perm.MANAGE_USERS)
    finally:
        copy.close()


def _readable_site(db_path: Path) -> bool:
    """The current file can be opened and holds users (so its admins can sign)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    try:
        current = read_only(db_path)
        try:
            users_db.by_name(current, "")
        finally:
            current.close()
    except (sqlite3.DatabaseError, BackupFailed):
        return False
    return True


def signed_in_admin_for_restore(db_path: str | Path, backup: str | Path, username, password):
    """Restore belongs to the site. A backup of this site (same site identity) is signed by an
    admin of the backup; any other backup only by an admin of the current site, checked
    against the current file. With no readable current file, only a copy of this site's own
    (its identity known to this PC's key store, or from its rotation folder) is taken; with
    no file at all (a new PC) the backup's admin signs."""
    db_path, backup = Path(db_path), Path(backup)
    if not backup.is_file():
        raise BackupFailed(QT_TRANSLATE_NOOP("Desk", "There is no file {path}."), path=str(backup))
    theirs = keys.identity_in_file(backup)
    if _readable_site(db_path):
        ours = keys.identity_in_file(db_path)
        if ours is not None and theirs == ours:
            return _admin_of(backup, username, password)
        try:
            return _admin_of(db_path, username, password)
        except DomainError as exc:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "{path} is not a backup of this site: only an admin of this site may put"
                    " it in place, with their own password. Nothing was changed.",
                ),
                path=str(backup),
            ) from exc
    if db_path.exists() and not (
        _same_file(backup.parent, backup_folder_for(db_path))
        or (theirs is not None and keys.knows_site(theirs))
    ):
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Desk",
                "{path} is not a backup of this site, and the current database cannot be"
                " read to let its admin sign for it. Nothing was changed.",
            ),
            path=str(backup),
        )
    return _admin_of(backup, username, password)


def signed_in_admin_of(backup: str | Path, username: str, password: str):
    """An admin of the backup file itself (used where the backup is this site's own)."""
    return _admin_of(Path(backup), username, password)
