"""The monthly export off the UI thread (ui.common.jobs): the worker opens its own
connection to the database file and signs in as the session's user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from services.core.database import open_site
from services.reports import month_export
from ui.common.jobs import run_job
from ui.session import DeskSession, desk_tr


def export_work(
    progress, cancelled, db_path: str, user, clock, month: str, path: str, csv_dir: str | None
):
    """Runs in the worker thread: an SQLite connection belongs to the thread that made it."""
    ctx = open_site(db_path, desk_tr, clock).signed_in_as(user)
    try:

        def report(done: int, total: int) -> bool:
            progress(done, total)
            return not cancelled()

        return month_export.export_month(ctx, month, path, csv_dir, progress=report)
    finally:
        ctx.close()


def export_in_worker(
    parent: QWidget, session: DeskSession, month: str, path: str, csv_dir: str | None
):
    title = QCoreApplication.translate("FinancePage", "Exporting %1...").replace("%1", month)
    return run_job(
        parent,
        title,
        export_work,
        session.db_path,
        session.ctx.user,
        session.ctx.clock,
        month,
        path,
        csv_dir,
    )
