"""Work the window does not wait for, each with its own connection: the database's full
check (SQLite quick_check and the whole audit chain) in a process of its own, so a big file
opens at once and is still checked without sharing the window's GIL for a minute; and the
automatic backup on a worker thread."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from services.admin import backups
from services.core.database import (
    HealthReport,
    check_at_start,
    check_file,
    check_file_in_process,
    database_target,
    open_worker,
    storage_error,
)
from services.core.errors import DomainError
from services.members import ids

log = logging.getLogger(__name__)


class BackgroundCheck(QObject):
    """Run `start()` once; `done` carries the HealthReport back to the GUI thread (a queued
    signal: it is emitted by the thread that waits for the checking process)."""

    done = Signal(object)

    def __init__(self, db_path: str | Path, parent=None):
        super().__init__(parent)
        self.db_path = database_target(db_path)
        self.report: HealthReport | None = None
        self.process = None
        # A daemon thread that only waits on the pipe (the walk is in the other process):
        # quitting the app never waits for it, and the process ends with the app.
        self._thread = threading.Thread(target=self._run, name="health-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        self.report = self._in_a_process()
        if self.report is None:  # no process could be started or it died: check here
            self.report = check_file(self.db_path)
        self.done.emit(self.report)

    def _in_a_process(self) -> HealthReport | None:
        import multiprocessing  # only for a start without a checkpoint

        spawn = multiprocessing.get_context("spawn")  # a fresh interpreter, no Qt state
        try:
            answer, theirs = spawn.Pipe()
            self.process = spawn.Process(
                target=check_file_in_process,
                args=(str(self.db_path), theirs),
                name="frontdesk-check",
                daemon=True,
            )
            self.process.start()
            theirs.close()
        except (OSError, RuntimeError):
            log.exception("the check's process could not be started")
            return None
        try:
            report = answer.recv()
        except (EOFError, OSError):
            log.error("the check's process ended without an answer (%s)", self.process.exitcode)
            report = None
        finally:
            answer.close()
        self.process.join(5)
        return report


class StartCheck(QObject):
    """The start check (the audit rows since the checkpoint, hashes and MACs) and the ID key's
    move into the key store, on a worker thread with its own connection, once the first
    window is painted: the key store's first use (its backend picked, about 0.1 s) and the
    short walk never hold the window. `done` carries the HealthReport back (queued); with no
    checkpoint it says `deferred` and the whole walk is the background check's."""

    done = Signal(object)

    def __init__(self, db_path: str | Path, parent=None):
        super().__init__(parent)
        self.db_path = database_target(db_path)
        self.report: HealthReport | None = None
        self._thread = threading.Thread(target=self._run, name="start-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            ctx = open_worker(self.db_path)
            try:
                ids.id_key_missing(ctx)  # a key file beside the database moves to the store
                self.report = check_at_start(ctx, walk_whole=False)
            finally:
                ctx.close()
        except Exception:  # logged; the full check in its own process says what is wrong
            log.exception("start check")
            self.report = HealthReport(True, "ok", deferred=True)
        self.done.emit(self.report)


class BackgroundBackup(QObject):
    """The automatic copy (the day's first, or an hourly retry after a failure) on a worker
    thread with its own connection, so sign-in never waits for it and never fails with it.
    `done` carries the standing warning (a BackupFailed) or None back to the GUI thread."""

    done = Signal(object)

    def __init__(self, db_path: str | Path, user, clock, parent=None):
        super().__init__(parent)
        self.db_path, self.user, self.clock = database_target(db_path), user, clock
        self.warning = None
        # not a daemon: quitting waits for a copy in progress rather than leaving half of one
        self._thread = threading.Thread(target=self._run, name="automatic-backup")

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            ctx = open_worker(self.db_path, self.user, self.clock)
            try:
                backups.backup_if_first_today(ctx)
                self.warning = backups.backup_warning(ctx)
            finally:
                ctx.close()
        except DomainError as exc:
            self.warning = exc
        except Exception as exc:  # logged with its traceback; the desk carries on
            log.exception("automatic backup")
            self.warning = storage_error(exc) or exc
        self.done.emit(self.warning)
