"""UI tests use their own QSettings scope so a developer's saved window state never leaks in;
`demo_site` is the demo database with one visitor known to every area, built once a module."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from services.core.database import open_database
from tests.demo.test_dashboard_demo import build_site


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("demo-site") / "demo.db")
    made = build_site(db, days=3, seed=4)
    yield made
    db.close()
