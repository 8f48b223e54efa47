"""UI tests use their own QSettings scope so a developer's saved window state never leaks in;
`errors` keeps the texts of the message boxes a test brings up, `open_page` shows a page as a
user sees it, and `demo_site` is the demo database with one visitor known to every area,
built once a module."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from services.core.database import open_database
from services.shifts import desks
from tests.demo.test_dashboard_demo import build_site
from ui.session import DeskSession


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp):
    """A window a test leaves open still has its timers (a search after typing, a refresh):
    firing in a later test, after this test's database was closed, they fail that test. So
    every top-level widget left at the end is deleted (no closeEvent: it would write to the
    closed database)."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture(autouse=True)
def isolated_pc_desk(tmp_path, monkeypatch):
    """Which desk a PC is lives in the user's config folder: each test has its own."""
    monkeypatch.setenv(desks.FOLDER_VARIABLE, str(tmp_path / "pc-config"))
    yield


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def open_page(qtbot):
    """open_page(PageClass, ctx): the page of a user signed in as `ctx`, on screen."""

    def show(cls, ctx):
        page = cls(DeskSession(ctx))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        return page

    return show


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("demo-site") / "demo.db")
    made = build_site(db, days=3, seed=4)
    yield made
    db.close()
