"""The one place an unexpected error lands, and the way to the log (ui/log_file.py).

An exception that no page caught
(sys.excepthook, which Qt calls for an exception in a slot; threading.excepthook for a worker)
is logged in full and shown as a plain dialog; the app keeps running. Every change of the desk
runs in one transaction, so an operation that failed left nothing half-written."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from services.core.database import storage_error
from services.core.errors import DomainError
from ui.log_file import current_log, log_folder, start_log
from ui.session import error_text

__all__ = ["current_log", "log_folder", "start_log", "install", "open_log_folder"]
log = logging.getLogger("frontdesk")


def open_log_folder() -> bool:
    """Help → Open log folder: the file manager at the log's folder."""
    path = current_log()
    if path is None:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def unexpected_text(exc: BaseException) -> str:
    """What the person at the counter reads about an error nobody expected."""
    translate = QCoreApplication.translate
    known = exc if isinstance(exc, DomainError) else storage_error(exc)
    where = current_log()
    details = (
        translate("App", "The details are in {file}.").format(file=where)
        if where
        else translate("App", "The details were written to the error output.")
    )
    if known is not None:
        return "\n\n".join([error_text(known), details])
    return "\n\n".join(
        [
            translate("App", "Something went wrong."),
            translate(
                "App",
                "Nothing was saved half-way: each change is saved whole or not at all."
                " Check the last thing you did, then carry on.",
            ),
            details,
        ]
    )


_showing = threading.local()


def handle_unexpected(kind, exc, tb) -> None:
    """sys.excepthook: log it, tell the person, keep the app running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("unexpected error", exc_info=(kind, exc, tb))
    app = QApplication.instance()
    on_gui_thread = app is not None and QThread.currentThread() is app.thread()
    if not on_gui_thread or getattr(_showing, "now", False):
        return  # a worker's error is logged; its own result tells the window
    _showing.now = True
    try:
        box = QMessageBox(
            QMessageBox.Critical,
            QCoreApplication.translate("App", "Front Desk"),
            unexpected_text(exc),
        )
        box.exec()
    finally:
        _showing.now = False


def handle_thread_error(args) -> None:
    log.error(
        "unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


def install() -> None:
    """The application-wide handlers (the window's run only; tests call them directly)."""
    sys.excepthook = handle_unexpected
    threading.excepthook = handle_thread_error
