"""Screenshots of the paid-services counter, receipts, price list, invoice form and invoice
register in English and Chinese, offscreen, on a temporary site filled through the services,
plus the rendered receipt, voided reprint, invoice and red-letter invoice.

Run: .venv/bin/python scripts/screens/sales.py [en|zh_CN ...]"""
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

from PySide6.QtWidgets import QApplication, QTableWidgetItem  # noqa: E402

from demo import site as demo
from services.invoices import documents as invoice_documents
from services.invoices import invoices
from services.sales import price_list
from services.documents import printing
from services.sales import sales
from demo import sales as sales_demo
from services.sales import documents as sales_documents
from services.shifts import shifts
from services.directory import shops
from services.admin import site
from services.admin import users
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.invoices.invoices import LineInput  # noqa: E402
from ui import i18n  # noqa: E402
from ui.invoices.issue_page import IssueInvoicePage  # noqa: E402
from ui.invoices.register_page import InvoiceRegisterPage  # noqa: E402
from ui.sales.price_list_page import PriceListPage  # noqa: E402
from ui.sales.receipts_page import ReceiptsPage  # noqa: E402
from ui.sales.sale_page import SalePage  # noqa: E402
from ui.session import DeskSession, desk_tr  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TZ = ZoneInfo("Asia/Shanghai")


def _uscc(first17: str) -> str:
    from services.core.identifiers import uscc_check_char
    return first17 + uscc_check_char(first17)


def build_site(folder: Path) -> tuple[dict, dict]:
    day = date.today()
    clock = FixedClock(datetime.combine(day - timedelta(days=40), time(9), TZ))
    db = open_database(folder / "sales.db")
    bare = AppContext(db, None, clock)
    profile = site.SiteProfile(kind="mall", name="星光广场 Starlight Plaza", language="zh_CN",
                               address="上海市浦东新区世纪大道 1888 号",
                               tax_id=_uscc("91310115MA1K4LXX3"))
    admin = bare.signed_in_as(site.initialise(bare, profile, "admin", "demo-pass-1"))
    ctxs = {"admin": admin}
    for name, role in (("zhao.min", "supervisor"), ("wang.lei", "shift_lead"),
                       ("li.na", "clerk")):
        ctxs[role] = admin.signed_in_as(users.add_user(admin, name, role, "demo-pass-1", name))
    for n, (zh, en, floor, category, phone) in enumerate(demo.SHOPS):
        shops.add_shop(admin, zh, en, f"{floor}-{n + 1:03d}", floor, category, phone)
    sales_demo.ensure_demo_items(admin)
    rng = random.Random(6)
    for back in (40, 39, 3, 2, 1):
        sales_demo.simulate_day(ctxs, clock, rng, day - timedelta(days=back))
    clock.at = datetime.combine(day, time(10, 5), TZ)
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    shifts.open_shift(clerk, {10000: 2, 1000: 10, 100: 20})
    items = {i.code: i for i in price_list.list_prices(clerk)}
    made = {"sale": sales.sell(clerk, [(items["COPY-A4"].id, 3), (items["WRAP-S"].id, 1)],
                               "cash", 1000)}
    clock.at += timedelta(minutes=12)
    wrong = sales.sell(clerk, [(items["FAX-OUT"].id, 4)], "wechat")
    sales.void_sale(lead, wrong.receipt_no, "fax did not go through")
    made["void"] = wrong
    shop = shops.active_shops(clerk)[2]
    old = invoices.list_invoices(clerk, day - timedelta(days=41), day - timedelta(days=38))
    original = next(i for i in old if i.kind == "blue" and not i.is_void and i.remaining_fen)
    made["red"] = invoices.issue_red_letter(lead, original.invoice_no, "goods returned")
    made["invoice"] = invoices.issue_invoice(
        clerk, buyer_kind="company", buyer_name="上海海港贸易有限公司",
        buyer_tax_id=_uscc("91310101MA1FPX0K2"), shop_id=shop.id, sources=["0318-00217"],
        lines=[LineInput("羊毛大衣 Wool coat", 1, 129900, 13),
               LineInput("礼品包装 Gift wrap", 1, 1000, 6)], e_invoice_no="26312000000012345678")
    return ctxs, made


def grab(widget, name: str, lang: str, prefix: str = "sales") -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"{prefix}-{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def render(pdf: bytes, name: str, lang: str, folder: Path) -> None:
    target = folder / f"{name}.pdf"
    target.write_bytes(pdf)
    stem = OUT / f"{name}-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(target), str(stem)], check=True)
    print(stem.with_suffix(".png").relative_to(ROOT))


def main(languages: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    ctxs, made = build_site(folder)
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    for lang in languages:
        i18n.install(lang)
        page = SalePage(DeskSession(clerk))
        page.resize(1280, 640)
        page.cart = [(page.items[5].id, 3), (page.items[0].id, 1)]
        page._show_cart()
        page.given.setText("10")
        grab(page, "counter", lang)
        receipts = ReceiptsPage(DeskSession(lead))
        receipts.resize(1200, 560)
        grab(receipts, "receipts", lang)
        prices = PriceListPage(DeskSession(ctxs["admin"]))
        prices.resize(1100, 760)
        prices.table.selectRow(5)
        grab(prices, "price-list", lang)
        issue = IssueInvoicePage(DeskSession(clerk))
        issue.resize(1100, 620)
        issue.buyer_kind.setCurrentIndex(1)
        issue.buyer_name.setText("杭州云帆科技有限公司")
        issue.tax_id.setText(made["invoice"].buyer_tax_id)
        issue.seller.setCurrentIndex(3)
        issue.sources.setText("0320-00031")
        for col, text in enumerate(("运动鞋 Running shoes", "2", "459", "13")):
            issue.lines.setItem(0, col, QTableWidgetItem(text))
        grab(issue, "issue", lang, "invoices")
        register = InvoiceRegisterPage(DeskSession(lead))
        register.resize(1280, 600)
        grab(register, "register", lang, "invoices")
        register.day.setDate(register.day.date().addDays(-40))
        grab(register, "register-last-month", lang, "invoices")
        ctx = dataclasses.replace(clerk, translate=desk_tr)
        no = made["sale"].receipt_no
        render(sales_documents.receipt_pdf(ctx, no, lang=lang), "sales-receipt", lang, folder)
        void_no = made["void"].receipt_no
        copy = printing.next_copy_number(clerk.db, "receipt", void_no) or 1
        render(sales_documents.receipt_pdf(ctx, void_no, copy, lang), "sales-receipt-void-reprint",
               lang, folder)
        render(invoice_documents.invoice_pdf(ctx, made["invoice"].invoice_no), "invoices-invoice",
               lang, folder)
        render(invoice_documents.invoice_pdf(ctx, made["red"].invoice_no),
               "invoices-red-letter", lang, folder)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1:] or ["en"])
