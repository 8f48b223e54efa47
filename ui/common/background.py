"""One service call off the GUI thread, with no dialog: the page asks, goes on painting, and
gets the answer as a signal. For work a page starts by itself (matching a selected report)
and that can take longer than a clerk should wait for a repaint.

The worker opens its own connection (services.core.database.open_worker) on the session's
file; a session without a file (a page built on a bare context) runs the call in place. A
newer call makes older answers stale: only the latest one is delivered. Made `in_turn`, the
calls run one after another on one thread and every answer is delivered, in order: for
documents, each of which the clerk must get."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from services.core.database import open_worker
from ui.session import DeskSession

# The window first: a worker's Python hands the GIL back within 1 ms (5 ms by default, and a
# paint that calls back into Python asks for it again and again)
SWITCH_INTERVAL_S = 0.001


class BackgroundCall(QObject):
    """`start(operation, *args)` runs operation(worker_ctx, *args) on a thread; `answered`
    carries (result, error) of the latest call back to the GUI thread."""

    answered = Signal(object, object)
    _finished = Signal(int, object, object)

    def __init__(
        self, session: DeskSession, parent: QObject | None = None, *, in_turn: bool = False
    ):
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self.session = session
        self.latest = 0
        self.cancelled_to = 0  # answers of calls up to this token are not delivered
        self.pending = 0  # calls started whose answer has not come back yet
        self._turns = ThreadPoolExecutor(1, "background call") if in_turn else None
        self._finished.connect(self._deliver)

    def start(self, operation: Callable, *args) -> int:
        self.latest += 1
        self.pending += 1
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

        if self._turns is not None:
            self._turns.submit(run)
        else:
            threading.Thread(target=run, name="background call", daemon=True).start()
        return token

    def cancel(self) -> None:
        """No answer of the calls started so far is delivered."""
        self.latest += 1
        self.cancelled_to = self.latest

    def _deliver(self, token: int, result, error) -> None:
        self.pending -= 1
        wanted = token > self.cancelled_to if self._turns is not None else token == self.latest
        if wanted:
            self.answered.emit(result, error)


def _call(work: Callable) -> tuple:
    try:
        return work(), None
    except Exception as exc:  # handed to the GUI thread, which shows a DomainError
        return None, exc
