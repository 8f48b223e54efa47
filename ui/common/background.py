"""One service call off the GUI thread, with no dialog: the page asks, goes on painting, and
gets the answer as a signal. For work a page starts by itself (matching a selected report)
and that can take longer than a clerk should wait for a repaint.

The worker opens its own connection (services.core.database.open_worker) on the session's
file; a session without a file (a page built on a bare context) runs the call in place. A
newer call makes older answers stale: only the latest one is delivered."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from services.core.database import open_worker
from ui.session import DeskSession


class BackgroundCall(QObject):
    """`start(operation, *args)` runs operation(worker_ctx, *args) on a thread; `answered`
    carries (result, error) of the latest call back to the GUI thread."""

    answered = Signal(object, object)
    _finished = Signal(int, object, object)

    def __init__(self, session: DeskSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.latest = 0
        self._finished.connect(self._deliver)

    def start(self, operation: Callable, *args) -> int:
        self.latest += 1
        token, ctx = self.latest, self.session.ctx
        if not self.session.db_path:
            self._finished.emit(token, *_call(lambda: operation(ctx, *args)))
            return token
        path, user, clock, translate = self.session.db_path, ctx.user, ctx.clock, ctx.translate
        desk = ctx.desk

        def run() -> None:
            def work():
                worker = open_worker(path, user, clock, translate)
                worker.desk = desk  # this counter's shift and drawer
                try:
                    return operation(worker, *args)
                finally:
                    worker.close()

            self._finished.emit(token, *_call(work))

        threading.Thread(target=run, name="background call", daemon=True).start()
        return token

    def cancel(self) -> None:
        """No answer of the calls started so far is delivered."""
        self.latest += 1

    def _deliver(self, token: int, result, error) -> None:
        if token == self.latest:
            self.answered.emit(result, error)


def _call(work: Callable) -> tuple:
    try:
        return work(), None
    except Exception as exc:  # handed to the GUI thread, which shows a DomainError
        return None, exc
