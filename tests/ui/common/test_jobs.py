"""run_job: long work off the UI thread, with progress, Cancel and the desk's errors."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from services.core.database import open_database
from services.core.errors import ValidationError
from ui.common.jobs import run_job


def test_result_comes_back_from_another_thread(qtbot, db_path, db):
    seen = {}

    def work(progress, cancelled, path):
        seen["thread"] = threading.current_thread()
        own = open_database(path)  # the worker's own connection
        try:
            for n in range(5):
                progress(n + 1, 5)
            return own.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            own.close()

    result = run_job(None, "Counting", work, str(db_path))
    assert result > 0
    assert seen["thread"] is not threading.main_thread()


def test_cancel_stops_the_work_and_gives_none(qtbot):
    steps = []

    def work(progress, cancelled):
        for n in range(200):
            if cancelled():
                return "stopped early"
            steps.append(n)
            progress(n, 200)
            time.sleep(0.01)
        return "finished"

    def press_cancel():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                widget.cancel()
                return
        QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(400, press_cancel)
    assert run_job(None, "Slow", work) is None
    assert len(steps) < 200


def test_domain_error_is_shown_not_raised(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def work(progress, cancelled):
        raise ValidationError("The month {month} is locked.", month="2026-02")

    assert run_job(None, "Export", work) is None
    assert shown == ["The month 2026-02 is locked."]
