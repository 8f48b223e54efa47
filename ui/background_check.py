"""Work the window does not wait for, each on a worker thread with its own connection: the
database's full check (SQLite quick_check and the whole audit chain), so a big file opens at
once and is still checked; and the automatic backup."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from services.admin import backups
from services.core.database import HealthReport, check_file, open_worker, storage_error
from services.core.errors import DomainError

log = logging.getLogger(__name__)


class BackgroundCheck(QObject):
    """Run `start()` once; `done` carries the HealthReport back to the GUI thread."""

    done = Signal(object)

    def __init__(self, db_path: str | Path, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.report: HealthReport | None = None
        # A daemon thread: quitting the app never waits for a walk of millions of rows,
        # and the check only writes its checkpoint in a transaction of its own.
        self._thread = threading.Thread(target=self._run, name="health-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        self.report = check_file(self.db_path)
        self.done.emit(self.report)


class BackgroundBackup(QObject):
    """The automatic copy (the day's first, or an hourly retry after a failure) on a worker
    thread with its own connection, so sign-in never waits for it and never fails with it.
    `done` carries the standing warning (a BackupFailed) or None back to the GUI thread."""

    done = Signal(object)

    def __init__(self, db_path: str | Path, user, clock, parent=None):
        super().__init__(parent)
        self.db_path, self.user, self.clock = Path(db_path), user, clock
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
