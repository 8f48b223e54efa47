"""The right words on paper: a voided receipt offers no invoice, ambiguous words read right
in Chinese (类型 / 类别, 发票 / 张数, 关班时间), notes and coins in order of value."""

from __future__ import annotations

import dataclasses

import pytest

from services.complaints import documents as complaint_documents
from services.invoices import documents as invoice_documents
from services.lending import documents as lending_documents
from services.sales import documents as sales_documents
from services.sales import sales
from tests.services.printing.test_both_languages import demo  # noqa: F401 - the fixture
from ui import i18n
from ui.session import desk_tr


def texts(pdf) -> list[str]:
    out = []
    for block in pdf.document.blocks:
        v = block.values
        if block.kind == "fields":
            out += [f"{label}={value}" for label, value in v["rows"]]
        elif block.kind == "table":
            out += [c.title for c in v["columns"]]
            out += ["|".join(str(x) for x in row) for row in v["rows"]]
        elif block.kind in ("paragraph",):
            out.append(v["text"])
    return out


@pytest.fixture
def zh(demo):  # noqa: F811
    i18n.install("zh_CN")
    yield {k: dataclasses.replace(v, translate=desk_tr) for k, v in demo["ctxs"].items()}
    i18n.install("en")


def test_a_voided_receipt_offers_no_invoice(demo):  # noqa: F811
    clerk, lead = demo["ctxs"]["clerk"], demo["ctxs"]["shift_lead"]
    no = clerk.db.conn.execute(
        "SELECT receipt_no FROM sales WHERE id NOT IN (SELECT sale_id FROM sale_voids)"
        " AND receipt_no NOT IN (SELECT receipt_no FROM invoice_sources) ORDER BY id DESC"
    ).fetchone()[0]
    offer = "an invoice can be issued"
    assert any(offer in x for x in texts(sales_documents.receipt_pdf(clerk, no)))
    sales.void_sale(lead, no, "wrong service")
    voided = sales_documents.receipt_pdf(clerk, no)
    assert not any(offer in x for x in texts(voided))
    assert "VOID" in voided.document.marks


def test_ambiguous_words_read_right_in_chinese(zh):
    clerk, supervisor = zh["clerk"], zh["supervisor"]
    case_id = clerk.db.conn.execute("SELECT id FROM complaint_cases ORDER BY id").fetchone()[0]
    record = texts(complaint_documents.case_record_pdf(clerk, case_id))
    assert any(x.startswith("类型=") for x in record) and any(x.startswith("类别=") for x in record)
    register = invoice_documents.invoice_register_pdf(supervisor, *_month())
    assert "张数" in texts(register)
    shift_id = clerk.db.conn.execute(
        "SELECT id FROM shifts WHERE report_no IS NOT NULL ORDER BY id"
    ).fetchone()[0]
    report = texts(lending_documents.shift_report_pdf(supervisor, shift_id))
    assert any(x.startswith("关班时间=") for x in report)
    assert not any(x.startswith("已关闭") for x in report)


def test_notes_and_coins_in_order_of_value(demo):  # noqa: F811
    lead = demo["ctxs"]["shift_lead"]
    shift_id = lead.db.conn.execute(
        "SELECT id FROM shifts WHERE report_no IS NOT NULL AND counted_counts LIKE '%,%'"
    ).fetchone()[0]
    pdf = lending_documents.shift_report_pdf(lead, shift_id)
    tables = [b for b in pdf.document.blocks if b.kind == "table"]
    notes = next(t for t in tables if t.values["columns"][0].title == "Note or coin")
    values = [row[0] for row in notes.values["rows"]]
    assert values == sorted(values, reverse=True) and len(values) > 1


def _month():
    from datetime import date

    return date(2026, 3, 1), date(2026, 3, 31)
