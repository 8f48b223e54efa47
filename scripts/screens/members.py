"""Screenshots of the enrolment and member pages in English and Chinese, offscreen, on a
temporary site filled through the services, plus the rendered card confirmation, points
statement and redemption receipt.

Run: .venv/bin/python scripts/screens/members.py [en|zh_CN ...]"""
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

from demo import site as demo
from services.members import documents as member_documents
from services.members import points as member_points
from services.members import rewards as member_rewards
from services.members import members
from demo import members as members_demo
from services.directory import shops
from services.admin import site
from services.admin import users
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.members.rules import ShoppingReceipt  # noqa: E402
from ui import i18n  # noqa: E402
from ui.members.enrol_page import EnrolPage  # noqa: E402
from ui.members.members_page import MembersPage  # noqa: E402
from ui.session import DeskSession, desk_tr  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TZ = ZoneInfo("Asia/Shanghai")


def build_site(folder: Path) -> tuple[dict, members.Member, str]:
    day = date.today()
    clock = FixedClock(datetime.combine(day - timedelta(days=3), time(8, 30), TZ))
    db = open_database(folder / "members.db")
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
    members_demo.ensure_demo_items(admin)
    rng = random.Random(5)
    for back in (3, 2, 1):
        members_demo.simulate_day(ctxs, clock, rng, day - timedelta(days=back))
    clock.at = datetime.combine(day, time(10, 20), TZ)
    clerk = ctxs["clerk"]
    all_shops = shops.active_shops(clerk)
    made = members.enrol_member(clerk, "王晓东", "13817261234", "resident",
                                members_demo.demo_resident_id(rng),
                                ShoppingReceipt(all_shops[1].id, "20260316-0042", day, 46800))
    card = made.member.card_no
    for n, (shop, fen) in enumerate(((all_shops[0], 8650), (all_shops[6], 129900),
                                     (all_shops[10], 3200))):
        clock.at += timedelta(minutes=7)
        member_points.credit_receipt(clerk, card, ShoppingReceipt(shop.id, f"T{n + 1}88{n}7",
                                                                  day, fen))
    gift = next(r for r in member_rewards.list_rewards(clerk) if r.code == "BAG")
    clock.at += timedelta(minutes=3)
    redemption = member_points.redeem(clerk, card, gift.id)
    return ctxs, members.get_member(clerk, made.member.id), redemption


def grab(widget, name: str, lang: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"members-{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def render(pdf: bytes, name: str, lang: str, folder: Path) -> None:
    target = folder / f"{name}.pdf"
    target.write_bytes(pdf)
    stem = OUT / f"members-{name}-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(target), str(stem)], check=True)
    print(stem.with_suffix(".png").relative_to(ROOT))


def main(languages: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    ctxs, member, redemption = build_site(folder)
    clerk = ctxs["clerk"]
    for lang in languages:
        i18n.install(lang)
        enrol = EnrolPage(DeskSession(clerk))
        enrol.resize(1200, 560)
        enrol.show()
        enrol.receipt.select_shop(shops.active_shops(clerk)[3].id)
        enrol.receipt.number.setText("0318-00217")
        enrol.receipt.amount.setText("356.00")
        enrol.name.setText("陈静")
        enrol.phone.setText("13916880427")
        enrol.id_type.setCurrentIndex(0)
        enrol.id_number.setText("310115198807")
        grab(enrol, "enrol", lang)
        page = MembersPage(DeskSession(clerk))
        page.resize(1360, 720)
        page.search_box.setText(member.card_no)
        page.on_enter()
        grab(page, "member", lang)
        page.search_box.setText("王")
        page.search()
        grab(page, "search", lang)
        ctx = dataclasses.replace(clerk, translate=desk_tr)
        render(member_documents.card_confirmation_pdf(ctx, member.card_no), "card", lang, folder)
        render(member_documents.points_statement_pdf(ctx, member.id, lang), "statement", lang, folder)
        render(member_documents.redemption_receipt_pdf(ctx, redemption.id, lang=lang), "redemption", lang,
               folder)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "zh_CN"])
