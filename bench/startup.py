"""Start-up on the scale database: process start to the main window shown and painted,
against a bare PySide6 window that opens the same file (sqlite3 connect + one query).

    .venv/bin/python bench/startup.py [--db /tmp/frontdesk-scale.db] [--runs 5]

Each run is a fresh process (imports included). The app run does what ui/app.py's DeskApp
does with the dialogs bypassed: open_database (migrations), the start check, sign-in of the
clerk through the services (scrypt included), MainWindow, show, then the background check;
it is "ready" at QTimer.singleShot(0) after show + processEvents (the first page painted).
Left out: the day's first-sign-in backup copy (once a day; see docs/benchmarks.md).
Prints medians; the child also reports its RSS (bench/memory.py uses that).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, result, scale_db_path  # noqa: E402


def child_bare(path: str) -> None:
    import sqlite3

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    conn = sqlite3.connect(path)
    name = conn.execute("SELECT value FROM settings WHERE key = 'site.name'").fetchone()
    window = QMainWindow()
    window.setCentralWidget(QLabel(str(name)))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    QTimer.singleShot(0, lambda: (report({}), app.quit()))
    app.exec()


def child_app(path: str, wait_check: bool) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.common import PASSWORD, USERS, rss_mb
    from services.admin import users
    from services.core.context import AppContext
    from services.core.database import open_database
    from ui import i18n
    from ui.app import DeskApp
    from ui.session import DeskSession, desk_tr

    app = QApplication([])
    i18n.install("en")
    desk = DeskApp(Path(path), "en")
    desk.db = open_database(path)
    desk.ctx = AppContext(desk.db, translate=desk_tr)
    if not desk.health_ok():
        raise SystemExit("start check failed")
    user = users.sign_in(desk.ctx, USERS["clerk"], PASSWORD)
    desk.session = DeskSession(desk.ctx.signed_in_as(user), path)
    desk.show_main_window()
    desk.start_background_check()
    app.processEvents()
    figures = {}

    def ready():
        figures["rss_ready_mb"] = rss_mb()
        if not wait_check:
            report(figures)
            app.quit()
            return
        started = time.perf_counter()
        desk.checker.wait()
        app.processEvents()
        figures["check_s"] = time.perf_counter() - started
        figures["check_sound"] = bool(desk.checker.report and desk.checker.report.sound)
        figures["rss_after_check_mb"] = rss_mb()
        report(figures)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


def report(figures: dict) -> None:
    print("READY " + json.dumps({"at": time.time(), **figures}), flush=True)
    os._exit(0)  # do not wait for the background check's daemon thread to be torn down


def run_child(kind: str, path: Path, wait_check: bool = False) -> tuple[float, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    args = [sys.executable, __file__, "--child", kind, "--db", str(path)]
    if wait_check:
        args.append("--wait-check")
    started = time.time()
    out = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("READY "))
    figures = json.loads(line[6:])
    return (figures["at"] - started) * 1000, figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "app"])
    parser.add_argument("--wait-check", action="store_true")
    opts = parser.parse_args()
    if opts.child == "bare":
        return child_bare(opts.db)
    if opts.child == "app":
        return child_app(opts.db, opts.wait_check)
    path = scale_db_path(opts.db)
    run_child("app", path, wait_check=True)  # warm the cache; the full check leaves a checkpoint
    apps, bares = [], []
    for _ in range(opts.runs):  # interleaved, so load from other users falls on both
        apps.append(run_child("app", path)[0])
        bares.append(run_child("bare", path)[0])
    app_ms, bare_ms = statistics.median(apps), statistics.median(bares)
    print(
        f"start-up to main window painted: app {app_ms:.0f} ms, bare window {bare_ms:.0f} ms"
        f" (median of {opts.runs}; runs {', '.join(f'{x:.0f}' for x in apps)})"
    )
    result("start-up to main window (scale db)", app_ms, bare_ms, "ratio <= 1.5")


if __name__ == "__main__":
    main()
