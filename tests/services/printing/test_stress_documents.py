"""Every document of a hard day: a 60-character site name, 60-character item and service
names, a 30-character borrower name and 300 receipts. pdftotext must find every number, code,
time, amount and masked value of a document whole (none split across lines), and zbar must
read every QR code at 203 dpi one-bit."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from collections import Counter
from datetime import date

import pytest

from services.admin import site
from services.core.database import open_database
from services.finance import handover
from services.invoices import documents as invoice_documents
from services.lending import documents as lending_documents
from services.lending import items as lending_items
from services.lending import loans as lending
from services.reports import ledger_documents
from services.sales import documents as sales_documents
from services.sales import price_list, sales
from services.shifts import shifts
from tests.demo.test_dashboard_demo import TODAY, build_site
from tests.services.printing.catalogue import counter_documents, sheet_documents

SITE_NAME = ("港城国际购物中心暨海港城国际商业广场服务台" * 3)[:60]
# 60-character names; a service's Chinese name is kept to the 40 the desk accepts
ITEM_ZH, ITEM_EN = ("超长名称的儿童推车" * 7)[:60], ("Extra long child stroller name " * 3)[:60]
SERVICE_ZH, SERVICE_EN = ("礼品包装加急服务" * 6)[:40], ("Express gift wrapping service " * 3)[:60]
BORROWER = "欧阳" + "慕容" * 14  # 30 characters
VALUE = re.compile(
    r"[A-Z]{1,3}\d{4}-\d{3,6}"  # document numbers
    r"|\d{4}-\d{2}-\d{2}"  # dates
    r"|\d{2}:\d{2}"  # times
    r"|\d{3}\*{4}\d{4}"  # masked phones
    r"|\*{4}\d{4}"  # masked IDs
    r"|-?¥[\d,]+\.\d{2}"  # amounts
    r"|[A-Z]{1,3}-\d{3}"  # item codes
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


@pytest.fixture(scope="module")
def hard_day(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("stress") / "demo.db")
    made = build_site(db, days=2, seed=5)
    ctxs = made["ctxs"]
    admin, clerk, lead = ctxs["admin"], ctxs["clerk"], ctxs["shift_lead"]
    site.update_profile(admin, dataclasses.replace(site.get_profile(admin), name=SITE_NAME))
    kind = lending_items.add_kind(admin, "bigcart", "BC", ITEM_ZH, ITEM_EN, 20000, 240)
    codes = lending_items.add_items(admin, kind.id, 2)
    loan = lending.lend_item(clerk, codes[0], "13800138000", "cash", BORROWER)
    service = price_list.add_price_item(admin, "EXPRESSWRAP", SERVICE_ZH, SERVICE_EN, 123456)
    for n in range(300):
        sales.sell(clerk, [(service.id, 1 + n % 3)], ("cash", "wechat", "alipay", "card")[n % 4])
    open_shift = shifts.current_shift(lead)
    expected = shifts.cash_figures(lead, open_shift).expected_fen
    hundreds, rest = divmod(expected, 10000)
    shifts.close_shift(lead, {10000: hundreds, 10: rest // 10}, "counted to the ten fen")
    yield {**made, "loan": loan, "codes": codes, "db": db}
    db.close()


def pdf_text(pdf: bytes, tmp_path) -> str:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def qr_codes(pdf: bytes, tmp_path) -> Counter:
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbar or poppler is not installed")
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    for old in tmp_path.glob("page-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", "203", "-mono", "-png", str(source), str(tmp_path / "page")], check=True
    )
    found = Counter()
    for page in sorted(tmp_path.glob("page-*.png")):
        done = subprocess.run(
            ["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, check=False
        )
        found.update(done.stdout.split())
    return found


def model_values(document) -> Counter:
    """Each number, code, time, amount and masked value the document prints, with its count."""
    from services.documents.text import paper_fen as format_fen

    texts: list[str] = []
    for block in document.blocks:
        v = block.values
        if block.kind == "fields":
            texts += [value for _, value in v["rows"]]
        elif block.kind == "table":
            for row in [*v["rows"], *([v["total"]] if v["total"] else [])]:
                for column, cell in zip(v["columns"], row):
                    money = column.money and isinstance(cell, int)
                    texts.append(format_fen(cell) if money else str(cell or ""))
        elif block.kind in ("paragraph",):
            texts.append(v["text"])
        elif block.kind == "total":
            texts.append(v["value"])
        elif block.kind == "title":
            texts.append(v["subtitle"])
    return Counter(m for text in texts for m in VALUE.findall(text))


def qr_texts(document) -> Counter:
    return Counter(b.values["text"] for b in document.blocks if b.kind == "qr")


def all_documents(day: dict):
    ctxs = day["ctxs"]
    clerk, lead = ctxs["clerk"], ctxs["shift_lead"]
    supervisor = ctxs["supervisor"]
    for printed in counter_documents(day["db"]) + sheet_documents(day["db"]):
        yield printed.name, printed.build(clerk, 0)
    yield "slip of the long names", lending_documents.deposit_slip_pdf(clerk, day["loan"].id)
    shift_id = shifts.recent_shifts(lead, limit=1)[0].id
    for layout in ("receipt", "a4"):
        yield (
            f"Z-report {layout}",
            lending_documents.shift_report_pdf(lead, shift_id, layout=layout),
        )
    yield "receipts register", sales_documents.sales_register_pdf(clerk, TODAY, TODAY)
    yield "invoice register", invoice_documents.invoice_register_pdf(clerk, TODAY, TODAY)
    yield "daily ledger", ledger_documents.daily_ledger_pdf(lead, TODAY)
    voucher = handover.handover_of(supervisor, date(2026, 3, 15))
    voucher = voucher or handover.hand_over(supervisor, date(2026, 3, 15))
    yield "hand-over", ledger_documents.handover_pdf(supervisor, voucher)


@needs_poppler
def test_no_value_is_split_and_every_qr_scans(hard_day, tmp_path):
    for name, pdf in all_documents(hard_day):
        document = pdf.document
        text = pdf_text(pdf, tmp_path)
        flat = Counter(VALUE.findall(text))
        for value, count in model_values(document).items():
            assert flat[value] >= count, (name, value, count, flat[value])
        wanted = qr_texts(document)
        if wanted:
            scanned = qr_codes(pdf, tmp_path)
            for code, count in wanted.items():
                assert scanned[code] >= count, (name, code, scanned)


@needs_poppler
def test_item_labels_hold_long_names_and_scan(hard_day, tmp_path):
    """Each label scanned on its own, as the counter's scanner does: its code, nothing else."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4

    admin = hard_day["ctxs"]["admin"]
    codes = [i["code"] for i in lending_items.list_items(admin)][-20:]  # the long names too
    assert set(hard_day["codes"]) <= set(codes)
    dots = 203 / 72
    for sheet in (True, False):
        pdf = lending_documents.item_labels_pdf(admin, codes, sheet=sheet)
        text = pdf_text(pdf, tmp_path)
        for code in codes:
            assert code in text
        qr_codes(pdf, tmp_path)  # renders the pages to page-N.png
        pages = sorted(tmp_path.glob("page-*.png"))
        scanned = []
        for n in range(len(codes)):
            if not sheet:
                picture = Image.open(pages[n])
            else:
                per_sheet = 3 * lending_documents.SHEET_ROWS
                page = Image.open(pages[n // per_sheet])
                col, row = n % per_sheet % 3, n % per_sheet // 3
                w, h = lending_documents.LABEL_W, lending_documents.LABEL_H
                gap = lending_documents.COLUMN_GAP
                rows = lending_documents.SHEET_ROWS
                left = (A4[0] - 3 * w - 2 * gap) / 2 + col * (w + gap)
                top = (A4[1] - rows * h) / 2 + row * h
                box = (left * dots, top * dots, (left + w) * dots, (top + h) * dots)
                picture = page.crop(tuple(round(x) for x in box))
            picture.save(tmp_path / "one.png")
            done = subprocess.run(
                ["zbarimg", "-q", "--raw", str(tmp_path / "one.png")],
                capture_output=True,
                text=True,
                check=False,
            )
            scanned.append(done.stdout.strip())
        assert scanned == codes, sheet


@needs_poppler
def test_a4_footers_never_overprint(hard_day, tmp_path):
    """The footer's site name, print time and page number stand apart with a long site name."""
    clerk = hard_day["ctxs"]["clerk"]
    pdf = sales_documents.sales_register_pdf(clerk, TODAY, TODAY)
    source = tmp_path / "register.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(source), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    words = [
        (float(m[0]), float(m[1]), float(m[2]), m[3])
        for m in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            done.stdout,
        )
    ]
    bottom = max(y for _, y, _, _ in words)
    footer = sorted((x0, x1, w) for x0, y, x1, w in words if y > bottom - 2)
    assert any("/" in w or w.isdigit() for _, _, w in footer)  # the page number is there
    for (_, end, left), (start, _, right) in zip(footer, footer[1:]):
        assert end <= start + 0.5, (left, right)  # no word runs into the next
