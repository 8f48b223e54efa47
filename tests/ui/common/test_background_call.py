"""A service call off the GUI thread: it runs on another thread with a connection of its
own, its answer arrives on the GUI thread, and only the latest call's answer is delivered."""

from __future__ import annotations

import sys
import threading

from services.core.errors import NotFound
from ui.common.background import SWITCH_INTERVAL_S, BackgroundCall
from ui.session import DeskSession


def test_the_call_runs_on_its_own_thread_and_connection(qtbot, role_ctx, db_path):
    clerk = role_ctx["clerk"]
    seen = {}

    def operation(ctx, n):
        seen["thread"] = threading.get_ident()
        seen["same_connection"] = ctx.db.conn is clerk.db.conn
        return ctx.db.conn.execute("SELECT ? + 1", (n,)).fetchone()[0]

    call = BackgroundCall(DeskSession(clerk, str(db_path)))
    answers = []
    call.answered.connect(lambda result, error: answers.append((result, error)))
    call.start(operation, 41)
    qtbot.waitUntil(lambda: bool(answers))
    assert answers == [(42, None)]
    assert seen["thread"] != threading.get_ident() and not seen["same_connection"]
    assert sys.getswitchinterval() <= SWITCH_INTERVAL_S  # a worker gives the GIL back soon


def test_only_the_latest_answer_is_delivered_and_errors_come_back(qtbot, role_ctx, db_path):
    clerk = role_ctx["clerk"]
    gate = threading.Event()

    def slow(ctx, n):
        gate.wait(5)
        return n

    def refused(ctx):
        raise NotFound("No such lost report.")

    call = BackgroundCall(DeskSession(clerk, str(db_path)))
    answers = []
    call.answered.connect(lambda result, error: answers.append((result, error)))
    call.start(slow, 1)
    call.start(refused)
    qtbot.waitUntil(lambda: bool(answers))
    gate.set()
    qtbot.wait(200)
    assert len(answers) == 1 and isinstance(answers[0][1], NotFound)


def test_calls_in_turn_deliver_every_answer_in_order(qtbot, role_ctx, db_path):
    clerk = role_ctx["clerk"]
    gate = threading.Event()
    threads = set()

    def slow_first(ctx, n):
        threads.add(threading.get_ident())
        if n == 1:
            gate.wait(5)  # a later call must not overtake it
        return n

    call = BackgroundCall(DeskSession(clerk, str(db_path)), in_turn=True)
    answers = []
    call.answered.connect(lambda result, error: answers.append(result))
    for n in (1, 2, 3):
        call.start(slow_first, n)
    assert call.pending == 3
    qtbot.wait(50)
    assert answers == []
    gate.set()
    qtbot.waitUntil(lambda: call.pending == 0)
    assert answers == [1, 2, 3] and len(threads) == 1
    call.start(slow_first, 4)
    call.cancel()
    qtbot.waitUntil(lambda: call.pending == 0)
    assert answers == [1, 2, 3]
