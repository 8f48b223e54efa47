"""The desk's main window on a real X display, for tests/ui/core/test_real_window.py: run as
`python -m tests.ui.core.real_window_driver DB USER PASSWORD GROUP_ROW` with DISPLAY set.

It shows the window maximised, says where the navigation entry GROUP_ROW is on the screen
(`CLICK x y`), then that the click arrived (`CLICKED key`), and at last which record a scan
opened (`OPENED slip`), each on a line of its own; `TIMEOUT …` when nothing came in time.
Nothing here is Qt-offscreen: the window manager decides where the focus goes."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from services.admin import users
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import open_database
from ui import i18n
from ui.main_window import MainWindow
from ui.session import DeskSession

WAIT_MS = 12_000


def say(line: str) -> None:
    print(line, flush=True)


def main(path: str, username: str, password: str, row: int) -> int:
    app = QApplication(sys.argv[:1])
    i18n.install("en")
    clock = FixedClock(datetime(2026, 3, 16, 2, 0, tzinfo=UTC))  # as the test's fixtures
    bare = AppContext(open_database(path), None, clock)
    ctx = bare.signed_in_as(users.sign_in(bare, username, password))
    window = MainWindow(DeskSession(ctx, path))
    window.scans.gap = 0.1  # a scanner's pace on a machine busy with other work
    window.showMaximized()
    state = {"clicked": False}

    def ready() -> None:
        if not window.isActiveWindow():
            QTimer.singleShot(50, ready)
            return
        nav = window.nav
        centre = nav.viewport().mapToGlobal(nav.visualItemRect(nav.item(row)).center())
        say(f"CLICK {centre.x()} {centre.y()}")
        watch()

    def watch() -> None:
        if not state["clicked"] and window.nav.currentRow() == row:
            state["clicked"] = True
            say(f"CLICKED {window.current_page_key()}")
        page = window.built.get("lending")
        if page is not None and page.stack.currentWidget() is page.return_form:
            loan = page.return_form.loan
            if loan is not None:
                say(f"OPENED {loan.slip_no}")
                app.quit()
                return
        QTimer.singleShot(20, watch)

    def give_up() -> None:
        focused = QApplication.focusWidget()
        say(
            f"TIMEOUT page={window.current_page_key()} active={window.isActiveWindow()}"
            f" focus={type(focused).__name__ if focused else None}"
        )
        app.exit(1)

    QTimer.singleShot(0, ready)
    QTimer.singleShot(WAIT_MS, give_up)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
