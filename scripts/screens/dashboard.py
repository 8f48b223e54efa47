"""Screenshots of the dashboard (and the visitor search's answer) in English and Chinese,
offscreen, on a temporary demo site whose days were all made through the services.

Run: .venv/bin/python scripts/screens/dashboard.py [en|zh_CN ...]"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from services.visitors import search as visitor_search  # noqa: E402
from services.core.database import open_database  # noqa: E402
from tests.services.test_dashboard_demo import VISITOR_PHONE, build_site  # noqa: E402
from ui import i18n  # noqa: E402
from ui.dashboard.dashboard_page import DashboardPage  # noqa: E402
from ui.session import DeskSession  # noqa: E402
from ui.visitor_search.result_dialog import VisitorResultDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def grab(widget, name: str, lang: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"dashboard-{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path)


def main(langs: list[str]) -> None:
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        made = build_site(db, days=20, seed=3)
        clerk = made["ctxs"]["clerk"]
        for lang in langs:
            i18n.install(lang)
            page = DashboardPage(DeskSession(clerk))
            page.resize(1280, 760)
            grab(page, "page", lang)
            page.close()
            found = visitor_search.search_visitor(clerk, VISITOR_PHONE)
            dialog = VisitorResultDialog(DeskSession(clerk), found)
            dialog.resize(860, 560)
            grab(dialog, "visitor", lang)
            dialog.close()
        db.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:] or ["en"])
