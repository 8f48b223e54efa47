"""The database's full check (SQLite quick_check and the whole audit chain) on a worker
thread with its own connection, so a big file opens at once and is still checked."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from services.core.database import HealthReport, check_file


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
