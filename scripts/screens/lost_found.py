"""Screenshots of the lost-and-found screens (register, match, claim, found items) in English
and Chinese, offscreen, on a temporary site filled through the services, plus the rendered
found-item tag and the claim receipt with its drawn signature.

Run: .venv/bin/python scripts/screens/lost_found.py [en|zh_CN ...]"""
from __future__ import annotations

import dataclasses
import math
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

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from services.lost_found import items as lost_found
from services.lost_found import claims as lost_found_claims
from demo import lost_found as lost_found_demo
from services.lost_found import documents as lost_found_documents
from services.admin import site
from services.admin import users
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from ui import i18n  # noqa: E402
from ui.lost_found.claim_dialog import ClaimDialog  # noqa: E402
from ui.lost_found.items_page import FoundItemsPage  # noqa: E402
from ui.lost_found.register_page import FoundRegisterPage  # noqa: E402
from ui.lost_found.reports_page import LostReportsPage  # noqa: E402
from ui.session import DeskSession, desk_tr  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TZ = ZoneInfo("Asia/Shanghai")
PASSWORD = "demo-pass-1"


def build_site(folder: Path) -> tuple[dict, FixedClock]:
    today = date.today()
    clock = FixedClock(datetime.combine(today - timedelta(days=6), time(8, 30), TZ))
    db = open_database(folder / "lost_found.db")
    bare = AppContext(db, None, clock)
    profile = site.SiteProfile(kind="mall", name="星光广场 Starlight Plaza", language="zh_CN",
                               address="上海市浦东新区世纪大道 1888 号")
    admin = bare.signed_in_as(site.initialise(bare, profile, "admin", PASSWORD))
    ctxs = {"admin": admin}
    for name, label, role in (("zhao.min", "赵敏", "supervisor"), ("wang.lei", "王磊", "shift_lead"),
                              ("li.na", "李娜", "clerk")):
        ctxs[role] = admin.signed_in_as(users.add_user(admin, name, role, PASSWORD, label))
    lost_found_demo.ensure_demo_items(admin)
    rng = random.Random(5)
    for n in range(6, 0, -1):
        day = today - timedelta(days=n)
        clock.at = datetime.combine(day, time(9), TZ)
        lost_found_demo.simulate_day(ctxs, clock, rng, day)
    clock.at = datetime.combine(today, time(14, 20), TZ)
    return ctxs, clock


def grab(widget, name: str, lang: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"lost-found-{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def render(pdf: bytes, name: str, lang: str, folder: Path) -> None:
    target = folder / f"{name}.pdf"
    target.write_bytes(pdf)
    stem = OUT / f"lost-found-{name}-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(target), str(stem)], check=True)
    print(stem.with_suffix(".png").relative_to(ROOT))


def close_preview(page) -> None:
    if getattr(page, "preview", None) is not None:
        page.preview.close()


def register_screen(ctxs, clock, lang) -> int:
    clerk = ctxs["clerk"]
    lost_found.register_lost_report(
        clerk, description="black leather wallet, has my bus card", colour="black",
        phone="13812345678", lost_from=clock.now() - timedelta(hours=3),
        lost_to=clock.now() - timedelta(hours=1), lost_place="3rd floor food court",
        contact_name="Ms Chen")
    for desc, colour, place, hours in (("红色长柄雨伞", "红色", "1F 入口", 2),
                                        ("white AirPods case", "white", "cinema", 4)):
        lost_found.register_lost_report(
            clerk, description=desc, colour=colour, phone="13700002222", lost_place=place,
            lost_from=clock.now() - timedelta(hours=hours + 1),
            lost_to=clock.now() - timedelta(hours=hours))
    for desc, colour, place, minutes in (("钱包 长款", "黑色", "1F 入口", 200),
                                         ("card holder", "black", "3F 美食广场", 90),
                                         ("双肩包", "黑色", "3F 美食广场", 60)):
        lost_found.register_found_item(
            clerk, category="ordinary", description=desc, colour=colour, found_place=place,
            found_at=clock.now() - timedelta(minutes=minutes), hidden_detail="内袋有发票",
            storage="A-1")
    page = FoundRegisterPage(DeskSession(clerk))
    page.resize(1280, 720)
    form = page.form
    form.description.setText("钱包 皮质 对折")
    form.colour.setText("黑色")
    form.brand.setText("Coach")
    form.place.setText("3F 美食广场 12 号桌")
    form.found_at.setDateTime(form.found_at.dateTime().addSecs(-40 * 60))
    form.storage.setText("A-2")
    form.hidden.setText("夹层里有一张公交卡 尾号 0417")
    page.on_register()
    close_preview(page)
    item_id = page.item.id
    form.description.setText("儿童水杯 带吸管")
    form.colour.setText("粉色")
    form.place.setText("3F 儿童乐园")
    form.finder_kind.setCurrentIndex(1)
    form.finder_name.setText("刘女士")
    form.finder_phone.setText("13900001111")
    form.storage.setText("B-1")
    form.hidden.setText("杯底写着 朵朵")
    grab(page, "register", lang)
    page.close()
    return item_id


def match_screen(ctxs, lang) -> None:
    page = LostReportsPage(DeskSession(ctxs["clerk"]))
    page.resize(1280, 760)
    page.refresh()
    rows = [page.model.row(n)["description"] for n in range(page.model.rowCount())]
    page.table.selectRow(next(n for n, d in enumerate(rows) if "wallet" in d))
    grab(page, "match", lang)
    page.close()


def claim_screen(ctxs, item_id, lang) -> None:
    dialog = ClaimDialog(DeskSession(ctxs["clerk"]), item_id)
    dialog.described.setPlainText("黑色皮钱包，对折款，里面有公交卡和几张会员卡")
    dialog.confirmed.setChecked(True)
    dialog.detail.setText("公交卡尾号0417")
    dialog.on_check()
    dialog.name.setText("陈静")
    dialog.id_number.setText("310115199003071234")
    dialog.phone.setText("13812345678")
    dialog.show()
    QApplication.processEvents()
    width, height = dialog.pad.width(), dialog.pad.height()
    for start, end in ((0.08, 0.40), (0.46, 0.86)):  # two words of a cursive hand
        dialog.pad.draw_stroke([QPointF(width * (start + (end - start) * t / 60),
                                        height * (0.55 - 0.25 * math.sin(t / 3.2)
                                                  + 0.08 * math.cos(t / 1.3)))
                                for t in range(61)])
    grab(dialog, "claim", lang)
    dialog.close()


def items_screen(ctxs, lang) -> None:
    page = FoundItemsPage(DeskSession(ctxs["clerk"]))
    page.resize(1280, 640)
    page.search.setText("包")
    page.refresh()
    grab(page, "items", lang)
    page.search.clear()
    page.due_only.setChecked(True)
    grab(page, "due", lang)
    page.close()


def documents(ctxs, item_id, lang, folder) -> None:
    ctx = dataclasses.replace(ctxs["clerk"], translate=desk_tr)
    render(lost_found_documents.tag_label_pdf(ctx, item_id), "tag", lang, folder)
    if lost_found_claims.get_claim(ctx, item_id) is None:
        lost_found_claims.claim_item(
            ctx, item_id, claimant_name="陈静", id_type="resident_id",
            id_number="11010519491231002X", phone="13812345678",
            description="黑色皮钱包，对折款", description_confirmed=True,
            detail_answer="公交卡尾号0417", signature_png=lost_found_demo.signature_png(
                random.Random(8)))
    render(lost_found_documents.claim_receipt_pdf(ctx, item_id), "claim-receipt", lang, folder)


def main(languages: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    for lang in languages:
        i18n.install(lang)
        ctxs, clock = build_site(folder / lang)
        item_id = register_screen(ctxs, clock, lang)
        match_screen(ctxs, lang)
        claim_screen(ctxs, item_id, lang)
        items_screen(ctxs, lang)
        documents(ctxs, item_id, lang, folder)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "zh_CN"])
    # Every picture is written; skip the interpreter's final garbage collection, where this
    # PySide6 build crashes tearing down the offscreen widgets ("bool_dealloc").
    sys.stdout.flush()
    os._exit(0)
