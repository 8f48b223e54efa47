"""Screenshots of the foundation's windows in English and Chinese, offscreen, on a demo site:
first-run wizard, sign-in, main window, users and settings pages."""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from demo import site as demo  # noqa: E402
from services.admin import users
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from ui import i18n  # noqa: E402
from ui.first_run_wizard import FirstRunWizard  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.session import DeskSession  # noqa: E402
from ui.sign_in_dialog import SignInDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def grab(widget, name: str, lang: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    db = open_database(tmp / "demo.db")
    demo.build_demo(db, days=3, seed=4, today=date.today())
    ctx = AppContext(db)
    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        fresh = open_database(tmp / f"new-{lang}.db")
        wizard = FirstRunWizard(AppContext(fresh))
        wizard.resize(700, 480)
        grab(wizard, "foundation-first-run", lang)
        sign_in = SignInDialog(ctx, demo.DEMO_SITE.name)
        grab(sign_in, "foundation-sign-in", lang)
        admin = ctx.signed_in_as(users.sign_in(ctx, "admin", demo.DEMO_PASSWORD))
        window = MainWindow(DeskSession(admin, str(tmp / "demo.db")))
        window.resize(1280, 800)
        for key in [e.key for e in window.entries]:
            window.show_page(key)
            grab(window, f"foundation-main-{key}", lang)
        window.close()
    app.quit()


if __name__ == "__main__":
    main()
