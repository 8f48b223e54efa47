"""Screenshots of the directory and answers pages in English and Chinese, offscreen, on a
temporary demo-like site, plus the rendered floor guide (A4) of L1.

Run: .venv/bin/python scripts/screens/directory.py [en|zh_CN ...]"""
from __future__ import annotations

import dataclasses
import os
import random
import subprocess
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from demo import site as demo  # noqa: E402
from demo import directory as directory_demo
from services.directory import documents as directory_documents
from services.directory import shops
from services.admin import site
from services.admin import users
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from ui import i18n  # noqa: E402
from ui.directory.answers_page import AnswersPage  # noqa: E402
from ui.directory.directory_page import DirectoryPage  # noqa: E402
from ui.session import DeskSession, desk_tr  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TZ = ZoneInfo("Asia/Shanghai")


def build_site(folder: Path) -> dict:
    day = date.today()
    clock = FixedClock(datetime.combine(day, time(8, 30), TZ))
    db = open_database(folder / "directory.db")
    bare = AppContext(db, None, clock)
    profile = site.SiteProfile(kind="mall", name="星光广场 Starlight Plaza", language="zh_CN",
                               address="上海市浦东新区世纪大道 1888 号")
    admin = bare.signed_in_as(site.initialise(bare, profile, "admin", "demo-pass-1"))
    ctxs = {"admin": admin}
    for name, role in (("zhao.min", "supervisor"), ("wang.lei", "shift_lead"),
                       ("li.na", "clerk")):
        ctxs[role] = admin.signed_in_as(users.add_user(admin, name, role, "demo-pass-1", name))
    for n, (zh, en, floor, category, phone) in enumerate(demo.SHOPS):
        shops.add_shop(admin, zh, en, f"{floor}-{n + 1:03d}", floor, category, phone)
    directory_demo.ensure_demo_items(admin)
    clock.at = datetime.combine(day, time(9), TZ)
    directory_demo.simulate_day(ctxs, clock, random.Random(11), day)
    clock.at = datetime.combine(day, time(19, 40), TZ)
    return ctxs


def grab(widget, name: str, lang: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"directory-{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def floor_guide(ctx: AppContext, lang: str, folder: Path) -> None:
    pdf = directory_documents.floor_guide_pdf(dataclasses.replace(ctx, translate=desk_tr),
                                              ["L1"])
    target = folder / "guide.pdf"
    target.write_bytes(pdf)
    stem = OUT / f"directory-floor-guide-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(target), str(stem)], check=True)
    print(stem.with_suffix(".png").relative_to(ROOT))


def main(languages: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    ctxs = build_site(folder)
    for lang in languages:
        i18n.install(lang)
        page = DirectoryPage(DeskSession(ctxs["clerk"]))
        page.resize(1360, 760)
        page.search_box.setText("xbk")
        page.refresh()
        grab(page, "search", lang)
        page.search_box.setText("洗手间")
        page.refresh()
        grab(page, "facilities", lang)
        answers_page = AnswersPage(DeskSession(ctxs["supervisor"]))
        answers_page.resize(1200, 700)
        answers_page.search_box.setText("")
        promotions = [n for n, r in enumerate(answers_page._rows) if r["topic"] == "promotion"]
        answers_page.table.selectRow(promotions[0] if promotions else 0)
        grab(answers_page, "answers", lang)
        floor_guide(ctxs["clerk"], lang, folder)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "zh_CN"])
