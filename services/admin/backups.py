"""Backups: online copies with SQLite's backup API, verified, kept in rotation; and restore.

A copy is taken at the first sign-in of each day and after each shift close. The newest copy
of each of the last 14 days and of each of the last 12 months is kept (settings
`backup.keep_daily`, `backup.keep_monthly`) in `backup.folder` (default: a `backups` folder
beside the database file).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

import db.admin.settings as settings_db
from db.core.audit import first_break
from db.core.connection import atomic, backup_to, integrity_check
from services.admin import site
from services.core import audit
from services.core.clock import local
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError
from services.core.permissions import Perm, before_sign_in, internal, requires, signed_in

log = logging.getLogger(__name__)
# files that belong to the database and travel with each copy (the members' ID key)
COMPANION_SUFFIXES = (".member-key",)
NAME_RE = re.compile(r"^frontdesk-(\d{8})-(\d{6})-[a-z\-]+\.db$")
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
        if row[1] == "main":
            return Path(row[2])
    raise BackupFailed(QT_TRANSLATE_NOOP("Desk", "This database has no file to back up."))


@before_sign_in
def backup_folder(ctx) -> Path:
    db = ctx.db
    try:
        configured = settings_db.get(db, "backup.folder")
    except sqlite3.DatabaseError:  # a damaged file still has its backups in the usual place
        configured = None
    return Path(configured) if configured else database_path(ctx).parent / "backups"


def read_only(path: str | Path) -> sqlite_utils.Database:
    if not Path(path).is_file():
        raise BackupFailed(QT_TRANSLATE_NOOP("Desk", "There is no file {path}."), path=str(path))
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return sqlite_utils.Database(conn)


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


@internal
def take_backup(
    ctx, reason: str, target: str | Path | None = None, now: datetime | None = None
) -> Path:
    """Copy the live database (other processes may write meanwhile), verify the copy, rotate."""
    db = ctx.db
    now = now or datetime.now(UTC)
    stamp = local(now, site.timezone(ctx)).strftime("%Y%m%d-%H%M%S")
    folder = backup_folder(ctx)
    final = Path(target) if target else folder / f"frontdesk-{stamp}-{reason}.db"
    partial = final.with_name(final.name + ".partial")
    try:
        backup_to(db, partial)
        check = check_file(partial)
        if not check.sound:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "Desk", "The backup copy failed its check ({problem}); it was not kept."
                ),
                problem=check.problem,
            )
        os.replace(partial, final)
        copy_companions(database_path(ctx), final)
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Desk", "The backup could not be written to {folder}: {reason}"),
            folder=str(final.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    if target is None:
        rotate(
            folder,
            settings_db.get(db, "backup.keep_daily", DEFAULT_KEEP_DAILY),
            settings_db.get(db, "backup.keep_monthly", DEFAULT_KEEP_MONTHLY),
        )
    return final


def copy_companions(source: Path, target: Path, only_missing: bool = False) -> None:
    for suffix in COMPANION_SUFFIXES:
        src, dst = Path(str(source) + suffix), Path(str(target) + suffix)
        if src.exists() and not (only_missing and dst.exists()):
            shutil.copy2(src, dst)


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
        for suffix in COMPANION_SUFFIXES:
            Path(str(path) + suffix).unlink(missing_ok=True)
    return removed


@signed_in
def backup_if_first_today(ctx: AppContext) -> Path | None:
    """At sign-in: one copy per local day; a failure is logged, the desk carries on."""
    today = local(ctx.clock.now(), site.timezone(ctx)).strftime("%Y%m%d")
    if any(NAME_RE.match(p.name).group(1) == today for p in backups_in(backup_folder(ctx))):
        return None
    return quietly(ctx, "daily", ctx.clock.now())


@internal
def quietly(ctx, reason: str, now: datetime | None = None) -> Path | None:
    try:
        return take_backup(ctx, reason, now=now)
    except BackupFailed as exc:
        log.error("backup failed: %s", exc)
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
    """Change the backup folder and rotation in one transaction; each change audited."""
    with atomic(ctx.db):
        for key, value in (
            ("backup.folder", folder.strip()),
            ("backup.keep_daily", keep_daily),
            ("backup.keep_monthly", keep_monthly),
        ):
            site.put_setting(ctx, key, value)
    return backup_settings(ctx)


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
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    incoming = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, incoming)
    if db_path.exists():
        os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):  # the old WAL belongs to the old file
        old = Path(str(db_path) + suffix)
        if old.exists():
            os.replace(old, Path(str(aside) + suffix))
    os.replace(incoming, db_path)
    copy_companions(backup, db_path, only_missing=True)
    return aside


@requires(Perm.MANAGE_SETTINGS)
def record_restore(ctx: AppContext, backup: Path, aside: Path) -> None:
    """Audit row in the restored database: who put which copy back, where the old file went."""
    with atomic(ctx.db):
        audit.record(
            ctx,
            "database.restore",
            "database",
            None,
            None,
            {"backup": str(backup), "kept_aside": str(aside)},
        )


def signed_in_admin_of(backup: str | Path, username: str, password: str):
    """Restore is for admins; the credentials are checked against the backup being restored
    (the current file may be the damaged one)."""
    from services.admin import users

    copy = read_only(backup)
    try:
        user = users.verify_password(AppContext(copy), username, password, Perm.MANAGE_USERS)
    finally:
        copy.close()
    return user
