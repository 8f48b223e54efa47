"""Long work off the UI thread: run_job(parent, title, work, *args) runs
`work(progress, cancelled, *args)` in a QThread with a progress dialog and a Cancel button.
`progress(done, total)` moves the bar; `cancelled()` says whether to stop. The worker opens
its own database connection (pass it the file path, never the UI's connection: an SQLite
connection belongs to the thread that made it). Returns the result, or None when cancelled
or refused (a DomainError is shown with show_error)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from services.core.errors import DomainError
from ui.session import show_error


class JobWorker(QObject):
    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, work: Callable, args: tuple):
        super().__init__()
        self.work, self.args = work, args
        self.stop = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.report, self.stop.is_set, *self.args)
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            self.error = exc
        self.done.emit()

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))


class JobBridge(QObject):
    """Lives on the UI thread, so the worker's signals reach the dialog there."""

    def __init__(self, dialog: QProgressDialog, worker: JobWorker, thread: QThread):
        super().__init__()
        self.dialog, self.worker, self.thread = dialog, worker, thread

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        if self.dialog.wasCanceled():  # cancel() by code or Escape does not emit canceled
            self.worker.stop.set()
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    @Slot()
    def on_cancel(self) -> None:
        self.worker.stop.set()

    @Slot()
    def on_done(self) -> None:
        self.thread.quit()


def run_job(parent: QWidget | None, title: str, work: Callable, *args) -> Any:
    """Run `work` off the UI thread behind a progress dialog; wait for it (the UI stays
    responsive) and return its result, or None when cancelled or refused."""
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    thread = QThread()
    worker = JobWorker(work, args)
    worker.moveToThread(thread)
    bridge = JobBridge(dialog, worker, thread)
    loop = QEventLoop()
    worker.progressed.connect(bridge.on_progress, Qt.QueuedConnection)
    worker.done.connect(bridge.on_done, Qt.QueuedConnection)
    dialog.canceled.connect(bridge.on_cancel)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    # read first: closing the dialog emits canceled
    stopped = worker.stop.is_set() or dialog.wasCanceled()
    dialog.canceled.disconnect(bridge.on_cancel)
    dialog.close()
    dialog.deleteLater()
    error = worker.error
    if isinstance(error, DomainError):
        show_error(parent, error)
        return None
    if error is not None:
        raise error
    return None if stopped else worker.result
