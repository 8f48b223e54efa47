"""Screenshots of the complaint list (with overdue cases), a case, the summary, the first-aid
kit, paging and held items, in English and Chinese, offscreen on a temporary site filled
through the services; plus the summary PDF and the case record rendered to PNG.

Run: .venv/bin/python scripts/screens/complaints.py [en|zh_CN ...]"""
from __future__ import annotations

import dataclasses
import os
import random
import subprocess
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from demo import care as care_demo
from services.complaints import documents as complaint_documents
from services.complaints import cases as complaints
from demo import site as demo
from services.care import first_aid
from services.directory import shops
from services.admin import site
from services.admin import users
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from ui import i18n  # noqa: E402
from ui.complaints.case_dialog import CaseDialog  # noqa: E402
from ui.complaints.complaints_page import ComplaintsPage  # noqa: E402
from ui.complaints.summary_page import ComplaintSummaryPage  # noqa: E402
from ui.custody.custody_page import CustodyPage  # noqa: E402
from ui.first_aid.first_aid_page import FirstAidPage  # noqa: E402
from ui.paging.paging_page import PagingPage  # noqa: E402
from ui.session import DeskSession, desk_tr  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 3, 27)


def build_site(folder: Path) -> dict:
    first = TODAY - timedelta(days=26)
    clock = FixedClock(datetime.combine(first, time(8, 30), TZ))
    db = open_database(folder / "care.db")
    bare = AppContext(db, None, clock)
    profile = site.SiteProfile(kind="mall", name="星光广场 Starlight Plaza", language="zh_CN",
                               address="上海市浦东新区世纪大道 1888 号")
    admin = bare.signed_in_as(site.initialise(bare, profile, "admin", "demo-pass-1", "管理员"))
    ctxs = {"admin": admin}
    for name, full, role in (("zhao.min", "赵敏", "supervisor"), ("wang.lei", "王磊", "shift_lead"),
                             ("li.na", "李娜", "clerk")):
        ctxs[role] = admin.signed_in_as(users.add_user(admin, name, role, "demo-pass-1", full))
    for n, (zh, en, floor, category, phone) in enumerate(demo.SHOPS[:30]):
        shops.add_shop(admin, zh, en, f"{floor}-{n + 1:03d}", floor, category, phone)
    care_demo.ensure_demo_items(admin)
    rng = random.Random(21)
    for offset in range(27):
        day = first + timedelta(days=offset)
        clock.at = datetime.combine(day, time(9), TZ)
        care_demo.simulate_day(ctxs, clock, rng, day)
    # one case the desk let slip: recorded three days ago and never taken in hand
    clock.at = datetime.combine(TODAY - timedelta(days=3), time(11, 40), TZ)
    complaints.record_case(ctxs["clerk"], "13912345678", "电梯口积水无人处理，老人差点滑倒",
                           "safety", name="周先生", area="2F 东侧电梯口")
    clock.at = datetime.combine(TODAY, time(16, 20), TZ)
    # a kit that needs attention: one medicine nearly used up, one about to expire
    kit = {m.name: m for m in first_aid.list_medicines(admin)}
    heart = kit["速效救心丸"]
    first_aid.discard(ctxs["shift_lead"], heart.id, heart.stock - 1, "受潮")
    cooling = first_aid.add_medicine(admin, "退热贴", "external", "片", 2)
    first_aid.restock(admin, cooling.id, 6, (TODAY + timedelta(days=12)).isoformat())
    return ctxs


def grab(widget, name: str, lang: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"complaints-{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def render(pdf: bytes, name: str, lang: str, folder: Path) -> None:
    target = folder / f"{name}.pdf"
    target.write_bytes(pdf)
    stem = OUT / f"complaints-{name}-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(target), str(stem)], check=True)
    for png in sorted(OUT.glob(f"complaints-{name}-{lang}-*.png")):
        print(png.relative_to(ROOT))


def main(languages: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    ctxs = build_site(folder)
    clerk, sup = ctxs["clerk"], ctxs["supervisor"]
    doc_ctx = dataclasses.replace(sup, translate=desk_tr)
    keep = []  # the pages live until the application quits
    for lang in languages:
        i18n.install(lang)
        page = ComplaintsPage(DeskSession(clerk))
        page.resize(1360, 800)
        page.filter_box.setCurrentIndex(page.filter_box.findData("open"))
        page.refresh()
        grab(page, "list", lang)
        keep.append(page)
        closed = complaints.list_cases(clerk, status="closed", limit=1)[0]
        dialog = CaseDialog(DeskSession(sup), closed.id)
        grab(dialog, "case", lang)
        fwd = complaints.list_cases(clerk, status="resolved", limit=1)
        if fwd:
            keep.append(CaseDialog(DeskSession(sup), fwd[0].id))
            grab(keep[-1], "case-next", lang)
        summary = ComplaintSummaryPage(DeskSession(sup))
        summary.resize(1200, 900)
        grab(summary, "summary", lang)
        kit = FirstAidPage(DeskSession(clerk))
        kit.resize(1200, 800)
        grab(kit, "first-aid", lang)
        paging_page = PagingPage(DeskSession(clerk))
        paging_page.resize(1200, 700)
        grab(paging_page, "paging", lang)
        held = CustodyPage(DeskSession(clerk))
        held.resize(1200, 600)
        held.held_box.setChecked(False)
        grab(held, "custody", lang)
        keep += [dialog, summary, kit, paging_page, held]
        render(complaint_documents.summary_pdf(doc_ctx, "month", TODAY), "summary-pdf", lang,
               folder)
        render(complaint_documents.case_record_pdf(doc_ctx, closed.id), "record-pdf", lang,
               folder)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "zh_CN"])
