"""Every document rendered in English and in Chinese: no internal code (cash, id_document,
deposit_taken, main …) reaches the paper, and no word of the other language does (a label or
a status left untranslated); names people typed aside."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from services.complaints import documents as complaint_documents
from services.core.database import open_database
from services.finance import handover
from services.invoices import documents as invoice_documents
from services.lending import documents as lending_documents
from services.members import documents as member_documents
from services.reports import ledger_documents
from services.sales import documents as sales_documents
from services.shifts import shifts
from tests.demo.test_dashboard_demo import TODAY, build_site
from tests.services.printing.catalogue import counter_documents, sheet_documents
from ui import i18n
from ui.session import desk_tr

TS = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "frontdesk_zh_CN.ts"
CODES = {
    # payment methods, money kinds, found-item categories and outcomes, statuses, kinds
    "cash", "wechat", "alipay", "card", "deposit_taken", "deposit_refund", "deposit_forfeit",
    "sale", "sale_void", "charge", "ordinary", "valuable", "id_document", "perishable",
    "held", "claimed", "police", "disposed", "in_progress", "forwarded", "resolved",
    "complaint", "suggestion", "praise", "oral", "written", "person", "company", "blue", "red",
    "main", "resident_id", "passport", "enrol", "redeem", "manual", "expire", "reissue",
}  # fmt: skip
CJK = re.compile(r"[\u4e00-\u9fff]")
TYPED_COLUMNS = ("Description", "Place", "Item", "Service", "Name", "Note", "Reason", "Text")


def vocabulary() -> set[str]:
    """The English source of every coded value the documents print: methods, money kinds,
    categories, statuses, kinds, conditions, ID types."""
    from services.complaints import cases
    from services.core.money import MONEY_KIND_LABELS
    from services.invoices.documents import BUYER_KIND_LABELS
    from services.lending.loans import CONDITION_LABELS
    from services.lost_found import items as lost_found
    from services.members import documents as member_docs
    from services.members import members
    from services.members.ids import ID_TYPE_LABELS

    words = {label for label, _, _ in lost_found.DEFAULT_CATEGORIES.values()}
    for labels in (
        shifts.METHOD_LABELS,
        MONEY_KIND_LABELS,
        lost_found.STATUS_LABELS,
        lost_found.REPORT_STATUS_LABELS,
        cases.STATUS_LABELS,
        cases.KIND_LABELS,
        cases.FORM_LABELS,
        cases.CHANNEL_LABELS,
        cases.CATEGORY_LABELS,
        BUYER_KIND_LABELS,
        member_docs.KIND_LABELS,
        members.CARD_STATUS_LABELS,
        ID_TYPE_LABELS,
        CONDITION_LABELS,
    ):
        words |= {str(x) for x in labels.values()}
    return words


def translations() -> dict[str, str]:
    """English source -> Chinese of every finished entry of the documents' contexts."""
    found = {}
    for context in ET.parse(TS).getroot():
        if not context.find("name").text.startswith("Desk"):
            continue
        for message in context.findall("message"):
            done = message.find("translation")
            if done.get("type") is None and done.text:
                found[message.find("source").text] = done.text
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory, qapp):
    db = open_database(tmp_path_factory.mktemp("languages") / "demo.db")
    made = build_site(db, days=3, seed=4)
    from tests.services.printing.test_escpos_documents import issue_invoice

    issue_invoice(made["ctxs"]["clerk"])
    yield made
    i18n.install("en")
    db.close()


def documents(made: dict, lang: str):
    ctxs = {k: dataclasses.replace(v, translate=desk_tr) for k, v in made["ctxs"].items()}
    clerk, lead, supervisor = ctxs["clerk"], ctxs["shift_lead"], ctxs["supervisor"]
    db = clerk.db
    for printed in counter_documents(db) + sheet_documents(db):
        yield printed.name, printed.build(clerk, 0)
    shift_id = db.conn.execute("SELECT id FROM shifts WHERE report_no IS NOT NULL").fetchone()[0]
    yield "Z-report A4", lending_documents.shift_report_pdf(lead, shift_id, lang=lang)
    day = TODAY - (TODAY - date(2026, 3, 14))
    yield "receipts register", sales_documents.sales_register_pdf(clerk, day, TODAY, lang=lang)
    yield "invoice register", invoice_documents.invoice_register_pdf(clerk, day, TODAY)
    yield "daily ledger", ledger_documents.daily_ledger_pdf(lead, day)
    voucher = handover.handover_of(supervisor, day) or handover.hand_over(supervisor, day)
    yield "hand-over", ledger_documents.handover_pdf(supervisor, voucher)
    member_id = db.conn.execute("SELECT id FROM members ORDER BY id").fetchone()[0]
    yield "points statement", member_documents.points_statement_pdf(clerk, member_id, lang=lang)
    yield "complaint summary", complaint_documents.summary_pdf(supervisor, "week", TODAY)
    assert shifts  # the shift module is what the Z-report reads


def printed_words(document) -> tuple[list[str], list[str]]:
    """(labels the desk wrote, values the records gave) of one document."""
    from services.documents.text import paper_fen

    labels, values = [], []
    for block in document.blocks:
        v = block.values
        if block.kind == "title":
            labels.append(v["text"])
        elif block.kind == "marks":
            labels += v["texts"]
        elif block.kind == "fields":
            for label, value in v["rows"]:
                labels.append(label)
                values.append(value)
        elif block.kind == "table":
            labels += [c.title for c in v["columns"]]
            typed = {desk_tr(x) for x in TYPED_COLUMNS}
            for row in [*v["rows"], *([v["total"]] if v["total"] else [])]:
                for column, cell in zip(v["columns"], row):
                    if column.title in typed:
                        continue  # what people typed, in whatever language they typed it
                    money = column.money and isinstance(cell, int)
                    values.append(paper_fen(cell) if money else str(cell or ""))
        elif block.kind == "total":
            labels.append(v["label"])
        elif block.kind == "signatures":
            labels += [s.label for s in v["items"]]
        elif block.kind == "paragraph":
            values.append(v["text"])
    return labels, values


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_document_speaks_one_language_and_no_code(demo, lang):
    i18n.install(lang)
    english_to_chinese = translations()
    coded = vocabulary()
    problems = []
    for name, pdf in documents(demo, lang):
        labels, values = printed_words(pdf.document)
        for text in labels + values:
            # a label may be any string of the translation; a value only a coded one (a
            # description someone typed may well read 银行卡 in an English ledger)
            sources = english_to_chinese if text in labels else coded
            english = {s for s in sources if re.fullmatch(r"[A-Z][A-Za-z .'-]{2,}", s)}
            chinese = {english_to_chinese.get(s, "") for s in sources} - {""}
            for code in CODES:
                if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text) and (
                    lang != "en" or code.count("_") or code == "main" or text == code
                ):
                    problems.append((name, "code", code, text))
            parts = [p.strip() for p in re.split(r"\s*[·/()（）:：]\s*|\s{2,}", text)]
            for part in parts:
                if lang == "zh_CN" and part in english:
                    problems.append((name, "English", part))
                if lang == "en" and part in chinese and CJK.search(part):
                    problems.append((name, "Chinese", part))
        for label in labels:
            if lang == "en" and CJK.search(label):
                problems.append((name, "Chinese label", label))
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler is not installed")
def test_every_document_embeds_its_fonts(demo, tmp_path):
    """No PDF names a font it does not carry (a printer would substitute it)."""
    i18n.install("en")
    for name, pdf in documents(demo, "en"):
        path = tmp_path / "doc.pdf"
        path.write_bytes(pdf)
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True)
        fonts = listing.stdout.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts), (name, listing.stdout)
