"""Start-up and sign-in on the scale database, each against its floor, in fresh processes.

    .venv/bin/python bench/startup.py [--db /tmp/frontdesk-scale/scale.db] [--runs 5]

Figures (each run a new process, imports included; app and floor interleaved):
  - start-up: from launch to the first paint of the first window the user sees (the sign-in;
    `ui.app.run` exactly as `frontdesk` runs it, with only the sign-in's exec replaced by
    "show, paint, report"), with the checkpoint the last full check left, against a bare
    window with one table (QApplication, sqlite3, a QMainWindow holding a QTableWidget of 50
    found items read by their index), launched the same way;
  - the same start-up with no checkpoint (an app closed before its background check ever
    finished): the checkpoint row is taken out before each run and put back after;
  - beside each start-up: how long after the paint the GUI thread was busy starting the start
    check (the key store and the rows since the checkpoint run on a worker);
  - the first sign-in of the day against a later one: from the password accepted to a usable
    window, i.e. the main window painted and the clerk's first page (found items) opened and
    painted, while the day's first automatic backup (and the background check) run.
Password hashing (scrypt) belongs to the sign-in figure, not to start-up. Left to run after
"ready": the start check and the background check (start-up), the dashboard's figures
(sign-in). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, report, scale_db_path, spread  # noqa: E402


def child_bare(path: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication([])
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT tag_no, description, colour, found_place, found_at, status FROM found_items"
        " ORDER BY id DESC LIMIT 50"
    ).fetchall()
    window = QMainWindow()
    table = QTableWidget(len(rows), 6)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    QTimer.singleShot(0, lambda: ready_and_exit({}))
    app.exec()


def child_start(path: str) -> None:
    """`frontdesk --db PATH` up to the sign-in painted; then how long the start check after
    the paint kept the window busy."""
    from PySide6.QtWidgets import QApplication

    import ui.app
    from ui.sign_in_dialog import SignInDialog

    figures: dict = {}
    checked = ui.app.DeskApp.check_after_paint

    def check_after_paint(desk):
        started = time.perf_counter()
        checked(desk)
        figures["start_check_ms"] = (time.perf_counter() - started) * 1000

    def painted(dialog):
        dialog.show()
        QApplication.processEvents()
        dialog.repaint()
        figures["at"] = time.time()
        deadline = time.perf_counter() + 30
        while "start_check_ms" not in figures and time.perf_counter() < deadline:
            QApplication.processEvents()
            time.sleep(0.002)
        ready_and_exit(figures)

    ui.app.DeskApp.check_after_paint = check_after_paint
    SignInDialog.exec = painted
    ui.app.run(Path(path), "en")


def child_app(path: str, first_page: str | None, wait_backup: bool) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.common import PASSWORD, USERS, rss_mb
    from services.admin import site, users
    from services.core.database import open_site
    from services.members import ids
    from ui import i18n
    from ui.app import DeskApp
    from ui.session import DeskSession, desk_tr

    app = QApplication([])
    i18n.install("en")
    desk = DeskApp(Path(path), "en")
    desk.ctx = open_site(path, desk_tr)
    if not desk.health_ok():
        raise SystemExit("start check failed")
    ids.id_key_missing(desk.ctx)
    if not site.is_initialised(desk.ctx):
        raise SystemExit("not a set-up site")
    user = users.sign_in(desk.ctx, USERS["clerk"], PASSWORD)
    signed = time.perf_counter()
    desk.session = DeskSession(desk.ctx.signed_in_as(user), path)
    desk.show_main_window()
    desk.start_automatic_backup()
    desk.backup_timer.start()
    desk.start_background_check()
    app.processEvents()
    figures: dict = {}

    def ready():
        figures["rss_ready_mb"] = rss_mb()
        figures["painted_ms"] = (time.perf_counter() - signed) * 1000
        if first_page:
            page = desk.window.page(first_page)
            app.processEvents()
            page.repaint()
            figures["usable_ms"] = (time.perf_counter() - signed) * 1000
        if wait_backup and desk.backup_job is not None:
            started = time.perf_counter()
            desk.backup_job.wait()
            figures["backup_wait_s"] = time.perf_counter() - started
            figures["backup_warning"] = str(desk.backup_warning or "")
        ready_and_exit(figures)

    QTimer.singleShot(0, ready)
    app.exec()


def report_ready(figures: dict) -> None:
    print("READY " + json.dumps({"at": time.time(), **figures}), flush=True)


def ready_and_exit(figures: dict) -> None:
    report_ready(figures)
    os._exit(0)  # do not wait for the background check's thread to be torn down


def run_child(kind: str, path: Path, *extra: str) -> tuple[float, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    args = [sys.executable, __file__, "--child", kind, "--db", str(path), *extra]
    started = time.time()
    out = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT)
    line = next((x for x in out.stdout.splitlines() if x.startswith("READY ")), None)
    if line is None:
        raise SystemExit(f"{kind} child failed: {out.stderr.strip()[-800:]}")
    figures = json.loads(line[6:])
    return (figures["at"] - started) * 1000, figures


class Checkpoint:
    """Take the audit checkpoint out of the file for a run, and put it back."""

    def __init__(self, path: Path):
        self.path = path
        conn = sqlite3.connect(path)
        self.rows = conn.execute("SELECT * FROM audit_checkpoint").fetchall()
        self.columns = [d[0] for d in conn.execute("SELECT * FROM audit_checkpoint").description]
        conn.close()

    def remove(self) -> None:
        conn = sqlite3.connect(self.path)
        with conn:
            conn.execute("DELETE FROM audit_checkpoint")
        conn.close()

    def restore(self) -> None:
        conn = sqlite3.connect(self.path)
        with conn:
            conn.execute("DELETE FROM audit_checkpoint")
            marks = ", ".join("?" * len(self.columns))
            conn.executemany(
                f"INSERT INTO audit_checkpoint ({', '.join(self.columns)}) VALUES ({marks})",
                self.rows,
            )
        conn.close()


def todays_backups(path: Path) -> list[Path]:
    from services.admin import backups
    from services.core.clock import Clock, local

    folder = backups.backup_folder_for(path)
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT value FROM settings WHERE key = 'site.timezone'").fetchone()
    conn.close()
    tz = json.loads(row[0]) if row and row[0].startswith('"') else (row[0] if row else "UTC")
    today = local(Clock().now(), tz).strftime("%Y%m%d")
    if not folder.exists():
        return []
    return [p for p in folder.iterdir() if today in p.name]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "app", "start"])
    parser.add_argument("--first-page")
    parser.add_argument("--wait-backup", action="store_true")
    parser.add_argument("--start-only", action="store_true", help="no sign-in figure")
    opts = parser.parse_args()
    if opts.child == "bare":
        return child_bare(opts.db)
    if opts.child == "app":
        return child_app(opts.db, opts.first_page, opts.wait_backup)
    if opts.child == "start":
        return child_start(opts.db)
    path = scale_db_path(opts.db)
    if not opts.start_only:
        run_child("app", path, "--wait-backup")  # warm the cache; today's backup made once
    run_child("bare", path)

    run_child("start", path)
    checkpoint = Checkpoint(path)
    for label in ("checkpoint", "no checkpoint"):
        apps, bares, checks = [], [], []
        try:
            for n in range(opts.runs):  # interleaved, so load from other users falls on both
                order = ["start", "bare"] if n % 2 == 0 else ["bare", "start"]
                for kind in order:
                    if kind == "bare":
                        bares.append(run_child("bare", path)[0])
                        continue
                    if label == "no checkpoint":
                        checkpoint.remove()
                    took, figures = run_child("start", path)
                    checkpoint.restore()
                    apps.append(took)
                    checks.append(figures.get("start_check_ms", float("nan")))
        finally:
            checkpoint.restore()
        figures = spread(apps, bares)
        print(f"start-up ({label}): app {apps} bare {bares}; start check after it {checks}")
        report(
            f"start-up to the first window painted ({label})",
            figures,
            "ratio <= 1.5",
            start_check_after_paint_ms=[round(x, 1) for x in checks],
        )

    if opts.start_only:
        return
    firsts, laters, backup_s = [], [], []
    for _ in range(max(2, opts.runs // 2)):
        for old in todays_backups(path):
            old.unlink()
        _, figures = run_child("app", path, "--first-page", "found_items", "--wait-backup")
        firsts.append(figures["usable_ms"])
        backup_s.append(figures.get("backup_wait_s", 0))
        made = todays_backups(path)
        _, figures = run_child("app", path, "--first-page", "found_items")
        laters.append(figures["usable_ms"])
        if not made:
            print("note: the first sign-in left no backup of today", flush=True)
    for old in todays_backups(path)[:-1]:
        old.unlink()
    sign_in = spread(firsts, laters)
    print(
        f"sign-in to usable window: first of the day {firsts}, later {laters};"
        f" the backup went on {backup_s} s after the window was usable"
    )
    report(
        "first sign-in of the day, to a usable window (floor: a later sign-in)",
        sign_in,
        "ratio <= 1.5",
        backup_after_usable_s=[round(x, 1) for x in backup_s],
    )


if __name__ == "__main__":
    main()
