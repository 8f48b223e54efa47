"""Screenshots for docs/screenshots/, offscreen, on one demo site: every page of the
navigation (ui/pages.py) in English and Chinese as <page-key>-<lang>.png, then the key
dialogs, filled-in forms and documents as <page-key>-<what>-<lang>.png (documents are
rendered from their PDF with pdftoppm, first page).

The site is `frontdesk demo` on a temporary file: 30 days of desk work up to the evening
before TODAY, then a morning at the counter (a shift open, loans, sales, a member, found
items, an invoice, a complaint) so that today's figures are real too.

Run: .venv/bin/python scripts/screenshots.py [en|zh_CN ...]"""

from __future__ import annotations

import math
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
from PySide6.QtCore import QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QTableWidget,  # noqa: E402
    QTableWidgetItem,
)

from demo import site as demo  # noqa: E402
from demo.lending import counts_for  # noqa: E402
from demo.lost_found import signature_png  # noqa: E402
from demo.members import demo_resident_id  # noqa: E402
from services.admin import users  # noqa: E402
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_site  # noqa: E402
from services.lending import items as lending_items  # noqa: E402
from services.lending import loans as lending  # noqa: E402
from services.shifts import shifts  # noqa: E402
from ui import i18n  # noqa: E402
from ui.pages import PAGES  # noqa: E402
from ui.session import DeskSession, desk_tr  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TS = ROOT / "resources" / "i18n" / "frontdesk_zh_CN.ts"
TZ = ZoneInfo(demo.DEMO_SITE.timezone)
TODAY = date(2026, 3, 17)  # a Tuesday
YESTERDAY = TODAY - timedelta(days=1)
DAYS = 30  # the dashboard's charts show 30 days
VISITOR = "13917260427"  # one customer known to lending, members and complaints
PAGE_SIZE = (1200, 780)
SCREEN = (1366, 768)  # the counter PC's screen


def at(hour: int, minute: int = 0, day: date = TODAY) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


# --- the site ----------------------------------------------------------------------------------
@dataclass
class Site:
    path: Path
    staff: dict[str, AppContext]  # role -> signed-in context
    made: dict  # what this morning made, by name


def build_site(folder: Path) -> Site:
    path = folder / "demo.db"
    site_ctx = open_site(path, desk_tr, FixedClock(at(9)))
    print(demo.build_demo(site_ctx, days=DAYS, seed=7, today=TODAY))
    staff = {}
    for username, _name, role in demo.STAFF:
        user = users.sign_in(site_ctx, username, demo.DEMO_PASSWORD)
        staff.setdefault(role, site_ctx.signed_in_as(user))
    made = morning(staff, site_ctx.clock)
    site_ctx.clock.at = at(11, 40)  # when the pictures are taken
    return Site(path, staff, made)


def morning(staff: dict, clock: FixedClock) -> dict:
    """The counter from 9:00: each step a little later than the last."""
    from services.complaints import cases as complaints
    from services.finance import handover

    clerk, lead = staff["clerk"], staff["shift_lead"]
    made = {}
    shifts.open_shift(clerk, counts_for(60000))
    for step in (lend_items, sell_services, enrol_member, lost_and_found, issue_invoices):
        clock.advance(minutes=17)
        made.update(step(staff, clock))
    clock.advance(minutes=9)
    made["case"] = complaints.record_case(
        clerk, VISITOR, "二楼洗手间没有纸巾了", "cleanliness", name="周女士", area="2F 东侧洗手间"
    )
    made["handover"] = handover.hand_over(lead, YESTERDAY)
    return made


def free_umbrellas(ctx: AppContext) -> list[str]:
    return [
        i["code"]
        for i in lending_items.list_items(ctx)
        if i["state"] == "in" and i["kind_code"] == "umbrella"
    ]


def lend_items(staff: dict, clock: FixedClock) -> dict:
    """New umbrellas first: a month of the demo loses or retires the first twelve."""
    admin = staff["admin"]
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 10)
    free = free_umbrellas(admin)
    loans = []
    for code, phone, name in zip(
        free, (VISITOR, "13812345678", "15098765432"), ("周女士", "", "Li")
    ):
        clock.advance(minutes=6)
        loans.append(lending.lend_item(staff["clerk"], code, phone, "cash", name))
    # one comes back with a torn canopy: part of its deposit kept, the rest refunded
    clock.advance(minutes=4)
    torn = lending.lend_item(staff["clerk"], free[3], "13698765432", "cash")
    clock.advance(minutes=5)
    returned = lending.return_item(staff["shift_lead"], torn.id, "damaged", 2000, "伞面撕裂")
    return {"loan": loans[0], "returned": returned}


def sell_services(staff: dict, clock: FixedClock) -> dict:
    from services.sales import price_list, sales

    clerk = staff["clerk"]
    items = {i.code: i for i in price_list.list_prices(clerk)}
    sale = sales.sell(clerk, [(items["COPY-A4"].id, 3), (items["WRAP-S"].id, 1)], "cash", 1000)
    clock.advance(minutes=12)
    wrong = sales.sell(clerk, [(items["FAX-OUT"].id, 4)], "wechat")
    sales.void_sale(staff["shift_lead"], wrong.receipt_no, "fax did not go through")
    return {"sale": sale, "void": wrong}


def enrol_member(staff: dict, clock: FixedClock) -> dict:
    from services.directory import shops
    from services.members import members, points, rewards
    from services.members.rules import ShoppingReceipt

    clerk, rng = staff["clerk"], random.Random(5)
    shop_list = shops.active_shops(clerk)
    made = members.enrol_member(
        clerk,
        "王晓东",
        VISITOR,
        "resident",
        demo_resident_id(rng),
        ShoppingReceipt(shop_list[1].id, "0317-0042", TODAY, 46800),
    )
    card = made.member.card_no
    for n, (shop, fen) in enumerate(((shop_list[0], 8650), (shop_list[6], 129900))):
        clock.advance(minutes=4)
        points.credit_receipt(clerk, card, ShoppingReceipt(shop.id, f"T{n + 1}0387", TODAY, fen))
    gift = next(r for r in rewards.list_rewards(clerk) if r.code == "BAG")
    if gift.stock == 0:  # the demo's month of redemptions may have emptied the shelf
        rewards.restock_reward(staff["admin"], gift.id, 20, "delivery")
    redemption = points.redeem(clerk, card, gift.id)
    return {"member": members.get_member(clerk, made.member.id), "redemption": redemption}


def lost_and_found(staff: dict, clock: FixedClock) -> dict:
    from services.lost_found import claims, items

    clerk, now = staff["clerk"], clock.now()
    items.register_lost_report(
        clerk,
        description="black leather wallet, has my bus card",
        colour="black",
        phone="13812345678",
        lost_from=now - timedelta(hours=3),
        lost_to=now - timedelta(hours=1),
        lost_place="3rd floor food court",
        contact_name="Ms Chen",
    )
    found = {}
    for key, desc, colour, place, minutes, hidden in (
        (
            "wallet",
            "钱包 皮质 对折",
            "黑色",
            "3F 美食广场 12 号桌",
            50,
            "夹层里有一张公交卡 尾号 0417",
        ),
        ("holder", "card holder", "black", "3F 美食广场", 90, "内袋有发票"),
        ("bag", "双肩包", "黑色", "1F 入口", 40, "前袋有钥匙"),
    ):
        found[key] = items.register_found_item(
            clerk,
            category="ordinary",
            description=desc,
            colour=colour,
            found_place=place,
            found_at=now - timedelta(minutes=minutes),
            hidden_detail=hidden,
            storage="A-2",
        )
    clock.advance(minutes=8)
    claims.claim_item(
        clerk,
        found["holder"].id,
        claimant_name="陈静",
        id_type="resident_id",
        id_number="11010519491231002X",
        phone="13812345678",
        description="黑色卡包",
        description_confirmed=True,
        detail_answer="内袋有发票",
        signature_png=signature_png(random.Random(8)),
    )
    return {"wallet": found["wallet"], "claimed": found["holder"]}


def issue_invoices(staff: dict, clock: FixedClock) -> dict:
    from services.directory import shops
    from services.invoices import invoices
    from services.invoices.invoices import LineInput

    clerk = staff["clerk"]
    made = {
        "invoice": invoices.issue_invoice(
            clerk,
            buyer_kind="company",
            buyer_name="上海海港贸易有限公司",
            buyer_tax_id=demo.demo_tax_id("91310101MA1FPX0K2"),
            shop_id=shops.active_shops(clerk)[2].id,
            sources=[invoices.SourceReceipt("0317-00217", 130900)],
            lines=[
                LineInput("羊毛大衣 Wool coat", 1, 129900, 13),
                LineInput("礼品包装 Gift wrap", 1, 1000, 6),
            ],
            e_invoice_no="26312000000012345678",
        )
    }
    last_month = TODAY.replace(day=1) - timedelta(days=1)  # red letters credit earlier months
    older = invoices.list_invoices(clerk, TODAY - timedelta(days=DAYS), last_month)
    original = next(
        (i for i in older if i.kind == "blue" and not i.is_void and i.remaining_fen), None
    )
    if original is not None:
        made["red"] = invoices.issue_red_letter(
            staff["shift_lead"], original.invoice_no, "goods returned"
        )
    return made


# --- taking the pictures --------------------------------------------------------------------
class Camera:
    """Grabs widgets and renders PDFs as docs/screenshots/<name>-<lang>.png."""

    def __init__(self, lang: str, folder: Path):
        self.lang, self.folder = lang, folder
        self.kept = []  # the widgets stay alive until the end (PySide6 tears down badly)

    def grab(self, widget, name: str, size: tuple[int, int] | None = PAGE_SIZE) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        for _ in range(3):  # layouts, then the timers that fill lists as they show
            QApplication.processEvents()
        widget.grab().save(str(self._path(name)))
        print(self._path(name).relative_to(ROOT))
        self.kept.append(widget)
        widget.hide()

    def render(self, pdf: bytes, name: str) -> None:
        source = self.folder / f"{name}-{self.lang}.pdf"
        source.write_bytes(pdf)
        stem = self._path(name).with_suffix("")
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(source),
                str(stem),
            ],
            check=True,
        )
        print(stem.with_suffix(".png").relative_to(ROOT))

    def _path(self, name: str) -> Path:
        return OUT / f"{name}-{self.lang}.png"


def session_for(site: Site, entry) -> DeskSession:
    """The supervisor runs the desk's pages; the admin's pages are the admin's."""
    from services.core.permissions import allowed

    role = "supervisor" if entry.perm is None or allowed("supervisor", entry.perm) else "admin"
    return DeskSession(site.staff[role], str(site.path))


def walk_pages(site: Site, camera: Camera) -> dict:
    """Every page of the navigation as it first shows; the pages by key, for the scenes."""
    built = {}
    for entry in PAGES:
        page = entry.factory(session_for(site, entry), None)
        camera.grab(page, entry.key)
        built[entry.key] = page
    return built


# --- dialogs and filled-in forms ---------------------------------------------------------
def counter_scenes(site: Site, built: dict, camera: Camera) -> None:
    page = built["lending"]
    page.scan_box.setText(free_umbrellas(site.staff["admin"])[-1])
    page.on_scan()
    page.lend_form.phone.setText("13612345678")
    page.lend_form.name.setText("张先生" if camera.lang == "zh_CN" else "Mr Zhang")
    camera.grab(page, "lending-lend")
    page = built["shift"]
    expected = shifts.cash_figures(
        site.staff["shift_lead"], shifts.current_shift(site.staff["shift_lead"])
    ).expected_fen
    page.count_grid.set_counts(counts_for(expected - 50))
    page.on_counted()
    page.reason.setText(
        "一枚五角硬币找零时少了"
        if camera.lang == "zh_CN"
        else "one ¥0.50 coin short, given as change"
    )
    camera.grab(page, "shift-close")
    page = built["sale"]
    page.cart = [(page.items[5].id, 3), (page.items[0].id, 1)]
    page._show_cart()
    page.given.setText("10")
    camera.grab(page, "sale-cart")


def member_scenes(site: Site, built: dict, camera: Camera) -> None:
    from services.directory import shops

    page = built["members"]
    page.search_box.setText(site.made["member"].card_no)
    page.on_enter()
    camera.grab(page, "members-member")
    page.search_box.setText("王")
    page.search()
    camera.grab(page, "members-search")
    page = built["enrol"]
    page.receipt.select_shop(shops.active_shops(site.staff["clerk"])[3].id)
    page.receipt.number.setText("0317-00218")
    page.receipt.amount.setText("356.00")
    page.name.setText("陈静")
    page.phone.setText("13916880427")
    page.id_number.setText("310115198807")
    camera.grab(page, "enrol-filled")


def lost_found_scenes(site: Site, built: dict, camera: Camera) -> None:
    from ui.lost_found.claim_dialog import ClaimDialog

    form = built["found_register"].form
    for box, text in (
        (form.description, "儿童水杯 带吸管"),
        (form.colour, "粉色"),
        (form.place, "3F 儿童乐园"),
        (form.finder_name, "刘女士"),
        (form.finder_phone, "13900001111"),
        (form.storage, "B-1"),
        (form.hidden, "杯底写着 朵朵"),
    ):
        box.setText(text)
    form.finder_kind.setCurrentIndex(1)
    camera.grab(built["found_register"], "found_register-filled")
    page = built["lost_reports"]
    rows = [page.model.row(n)["description"] for n in range(page.model.rowCount())]
    page.table.selectRow(next(n for n, text in enumerate(rows) if "wallet" in text))
    page.show_matches()
    camera.grab(page, "lost_reports-match")
    page = built["found_items"]
    page.search.setText("包")
    page.refresh()
    camera.grab(page, "found_items-search")
    page.search.clear()
    page.due_only.setChecked(True)
    camera.grab(page, "found_items-due")
    dialog = ClaimDialog(DeskSession(site.staff["clerk"]), site.made["wallet"].id)
    claim_filled(dialog)
    camera.grab(dialog, "found_items-claim", size=None)


def claim_filled(dialog) -> None:
    """The claimant's words, the detail checked, and a signature in two cursive strokes."""
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
    for start, end in ((0.08, 0.40), (0.46, 0.86)):
        dialog.pad.draw_stroke(
            [
                QPointF(
                    width * (start + (end - start) * t / 60),
                    height * (0.55 - 0.25 * math.sin(t / 3.2) + 0.08 * math.cos(t / 1.3)),
                )
                for t in range(61)
            ]
        )


def desk_scenes(site: Site, built: dict, camera: Camera) -> None:
    page = built["directory"]
    for text, name in (("xbk", "directory-search"), ("洗手间", "directory-facilities")):
        page.search_box.setText(text)
        page.refresh()
        camera.grab(page, name)
    page = built["answers"]
    promotions = [n for n, row in enumerate(page._rows) if row["topic"] == "promotion"]
    if promotions:  # the demo's promotions may all have ended by TODAY
        page.table.selectRow(promotions[0])
        camera.grab(page, "answers-promotion")
    custody = built["custody"]
    custody.status.setCurrentIndex(custody.status.findData(""))  # any status
    camera.grab(built["custody"], "custody-all")


def paper_scenes(site: Site, built: dict, camera: Camera) -> None:
    page = built["issue_invoice"]
    page.buyer_kind.setCurrentIndex(1)
    page.buyer_name.setText("杭州云帆科技有限公司")
    page.tax_id.setText(site.made["invoice"].buyer_tax_id)
    page.seller.setCurrentIndex(3)
    page.sources.setText("0317-00031")
    for col, text in enumerate(("运动鞋 Running shoes", "2", "459", "13")):
        page.lines.setItem(0, col, QTableWidgetItem(text))
    camera.grab(page, "issue_invoice-filled")
    page = built["invoice_register"]
    last_month = TODAY.replace(day=1) - timedelta(days=1)
    page.period_bar.set_span(last_month.replace(day=1), last_month)
    camera.grab(page, "invoice_register-last-month")
    page = built["finance"]
    page.day_edit.setDate(YESTERDAY)
    camera.grab(page, "finance-yesterday")


def complaint_scenes(site: Site, camera: Camera) -> None:
    from services.complaints import cases as complaints
    from ui.complaints.case_dialog import CaseDialog

    session = DeskSession(site.staff["supervisor"])
    for status, name in (("closed", "complaints-case"), ("resolved", "complaints-case-next")):
        found = complaints.list_cases(site.staff["clerk"], status=status, limit=1)
        if found:
            camera.grab(CaseDialog(session, found[0].id), name, size=None)


def group_scenes(site: Site, window, camera: Camera) -> None:
    """Every group of the navigation (ui/pages.py GROUPS) as a clerk's screen of 1366×768
    shows it: group-<key>-<lang>.png; the back office as the admin sees it."""
    from ui.main_window import MainWindow
    from ui.pages import GROUPS

    admin = MainWindow(DeskSession(site.staff["admin"], str(site.path)))
    admin.setWindowState(Qt.WindowNoState)
    for group in GROUPS:
        shown = next(
            (
                w
                for w in ((admin, window) if group.key == "back_office" else (window, admin))
                if any(g.key == group.key for g, _ in w.groups)
            ),
            None,
        )
        if shown is None:
            continue
        shown.show_page(next(es for g, es in shown.groups if g.key == group.key)[0].key)
        camera.grab(shown, f"group-{group.key}", size=SCREEN)
    camera.kept.append(admin)


def window_scenes(site: Site, folder: Path, camera: Camera) -> None:
    from services.visitors import search as visitor_search
    from ui.first_run_wizard import FirstRunWizard
    from ui.main_window import MainWindow
    from ui.sign_in_dialog import SignInDialog
    from ui.visitors.result_dialog import VisitorResultDialog

    fresh = open_site(folder / f"new-{camera.lang}.db", desk_tr)
    camera.grab(FirstRunWizard(fresh), "first-run", size=(700, 480))
    camera.grab(
        SignInDialog(site.staff["clerk"].signed_in_as(None), demo.DEMO_SITE.name),
        "sign-in",
        size=None,
    )
    session = DeskSession(site.staff["supervisor"], str(site.path))
    window = MainWindow(session)
    window.setWindowState(Qt.WindowNoState)
    camera.grab(window, "main-window", size=SCREEN)
    group_scenes(site, window, camera)
    found = visitor_search.search_visitor(session.ctx, VISITOR)
    camera.grab(VisitorResultDialog(session, found), "main-window-visitor", size=(860, 560))


def export_summary(site: Site, folder: Path, camera: Camera) -> None:
    """The month export's summary sheet, read back with openpyxl (no office suite here)."""
    from services.reports import month_export

    month = f"{TODAY.year:04d}-{TODAY.month - 1:02d}"
    xlsx = folder / f"{month}-{camera.lang}.xlsx"
    month_export.export_month(site.staff["supervisor"], month, xlsx)
    rows = list(openpyxl.load_workbook(xlsx).worksheets[0].iter_rows())
    table = QTableWidget(len(rows) - 1, len(rows[0]))
    table.setHorizontalHeaderLabels([str(c.value) for c in rows[0]])
    for r, row in enumerate(rows[1:]):
        for c, cell in enumerate(row):
            text = (
                ""
                if cell.value is None
                else (f"{cell.value:.2f}" if cell.number_format == "0.00" else str(cell.value))
            )
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    camera.grab(table, "finance-export-summary", size=(760, 860))


# --- documents ---------------------------------------------------------------------------
def documents(site: Site, camera: Camera) -> None:
    from services.complaints import cases as complaints
    from services.complaints import documents as complaint_documents
    from services.directory import documents as directory_documents
    from services.documents import printing
    from services.invoices import documents as invoice_documents
    from services.lending import documents as lending_documents
    from services.lending import voucher_documents
    from services.lost_found import documents as lost_found_documents
    from services.members import documents as member_documents
    from services.quality import documents as quality_documents
    from services.reports import ledger_documents
    from services.sales import documents as sales_documents

    clerk, lead, made, lang = (
        site.staff["clerk"],
        site.staff["shift_lead"],
        site.made,
        camera.lang,
    )
    supervisor = site.staff["supervisor"]
    closed_shift = next(s for s in shifts.recent_shifts(lead, limit=5) if not s.is_open)
    codes = [i["code"] for i in lending_items.list_items(clerk)][:12]
    void_no = made["void"].receipt_no
    pdfs = {
        "lending-deposit-slip": lending_documents.deposit_slip_pdf(
            clerk, made["loan"].id, lang=lang
        ),
        "lending-refund-voucher": voucher_documents.voucher_pdf(
            clerk, made["returned"].vouchers[0].voucher_no, lang=lang
        ),
        "lending-compensation-voucher": voucher_documents.voucher_pdf(
            clerk, made["returned"].vouchers[1].voucher_no, lang=lang
        ),
        "shift-report": lending_documents.shift_report_pdf(lead, closed_shift.id, lang=lang),
        "lendable_items-labels": lending_documents.item_labels_pdf(clerk, codes, lang=lang),
        "members-card": member_documents.card_confirmation_pdf(
            clerk, made["member"].card_no, lang=lang
        ),
        "members-statement": member_documents.points_statement_pdf(clerk, made["member"].id, lang),
        "members-redemption": member_documents.redemption_receipt_pdf(
            clerk, made["redemption"].id, lang=lang
        ),
        "receipts-receipt": sales_documents.receipt_pdf(clerk, made["sale"].receipt_no, lang=lang),
        "receipts-void-reprint": sales_documents.receipt_pdf(
            clerk, void_no, printing.next_copy_number(clerk, "receipt", void_no) or 1, lang
        ),
        "invoice_register-invoice": invoice_documents.invoice_pdf(
            clerk, made["invoice"].invoice_no
        ),
        "found_register-tag": lost_found_documents.tag_label_pdf(clerk, made["wallet"].id),
        "found_items-claim-receipt": lost_found_documents.claim_receipt_pdf(
            clerk, made["claimed"].id
        ),
        "directory-floor-guide": directory_documents.floor_guide_pdf(clerk, ["L1"]),
        "complaint_summary-month": complaint_documents.summary_pdf(supervisor, "month", TODAY),
        "service_level-month": quality_documents.service_level_pdf(supervisor, "month", TODAY),
        "finance-daily-ledger": ledger_documents.daily_ledger_pdf(lead, YESTERDAY, lang=lang),
        "finance-handover": ledger_documents.handover_pdf(lead, made["handover"]),
    }
    if "red" in made:
        pdfs["invoice_register-red-letter"] = invoice_documents.invoice_pdf(
            clerk, made["red"].invoice_no
        )
    closed = complaints.list_cases(clerk, status="closed", limit=1)
    if closed:
        pdfs["complaints-case-record"] = complaint_documents.case_record_pdf(
            supervisor, closed[0].id
        )
    for name, pdf in pdfs.items():
        camera.render(pdf, name)
    printer_tests(site, camera)


def settings_scenes(built: dict, camera: Camera) -> None:
    """Every tab of the Settings page (the site tab is the page's own picture)."""
    from ui.admin.settings_page import TABS

    page = built["settings"]
    for key, *_ in TABS:
        page.show_tab(key)
        camera.grab(page, f"settings-{key}")


def printer_tests(site: Site, camera: Camera) -> None:
    from services.admin.printer_test import printer_test_pdf
    from ui.admin.settings_page import SettingsPage

    page = SettingsPage(DeskSession(site.staff["admin"]))
    for layout in ("a4", "receipt"):
        camera.render(
            printer_test_pdf(site.staff["admin"], layout, page.printer_test_labels()),
            f"settings-printer-test-{layout}",
        )


# --- the run -----------------------------------------------------------------------------
def compile_translation() -> None:
    """The pictures show the .ts as it is now, not an older compiled .qm."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True
    )


def take(site: Site, folder: Path, lang: str) -> list:
    i18n.install(lang)
    camera = Camera(lang, folder)
    built = walk_pages(site, camera)
    counter_scenes(site, built, camera)
    member_scenes(site, built, camera)
    lost_found_scenes(site, built, camera)
    desk_scenes(site, built, camera)
    paper_scenes(site, built, camera)
    settings_scenes(built, camera)
    complaint_scenes(site, camera)
    window_scenes(site, folder, camera)
    export_summary(site, folder, camera)
    documents(site, camera)
    return camera.kept


def no_message_boxes() -> None:
    """Offscreen, a message box would wait for a click that never comes: a scene the desk
    refuses stops the run with the message instead."""

    def refused(parent, title, text, *rest, **options):
        raise SystemExit(f"a message box came up: {text}")

    for kind in ("warning", "information", "question", "critical"):
        setattr(QMessageBox, kind, staticmethod(refused))


def main(languages: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    no_message_boxes()
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-screens-"))
    QSettings.setDefaultFormat(QSettings.IniFormat)  # the developer's own settings stay
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder / "settings"))
    compile_translation()
    OUT.mkdir(parents=True, exist_ok=True)
    site = build_site(folder)
    kept = [take(site, folder, lang) for lang in languages]
    print(f"{sum(len(k) for k in kept)} widgets and their documents in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "zh_CN"])
    # every picture is written: skip the interpreter's final clean-up, where this PySide6
    # build can crash tearing down offscreen widgets
    sys.stdout.flush()
    os._exit(0)
