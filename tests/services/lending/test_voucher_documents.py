"""The refund and compensation vouchers read back from their PDFs, in English and in Chinese:
number, kind, loan and item in the document's language, amount, payment, clerk by display
name, time, customer's signature on a refund, the QR's number; the phone only masked."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from services.lending import items as lending_items
from services.lending import loans as lending
from services.lending import voucher_documents
from services.shifts import shifts
from tests.services.lending.test_lending_documents import pdf_text

TS = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "frontdesk_zh_CN.ts"


def chinese():
    """Desk's Chinese from the translation file, as the window's translator gives it."""
    found = {}
    for context in ET.parse(TS).getroot():
        if context.find("name").text != "Desk":
            continue
        for message in context.findall("message"):
            done = message.find("translation")
            if done.get("type") is None and done.text:
                found[message.find("source").text] = done.text
    return lambda text: found.get(text, text)


@pytest.fixture
def returned(role_ctx):
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 2)
    shifts.open_shift(clerk, {10000: 1})
    good = lending.lend_item(clerk, "U-001", "13800138000", "cash", "Li")
    damaged = lending.lend_item(clerk, "U-002", "13900139000", "wechat")
    return (
        lending.return_item(clerk, good.id),
        lending.return_item(lead, damaged.id, "damaged", 2000, "torn canopy"),
    )


def flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_refund_voucher_in_english(role_ctx, returned):
    clerk = role_ctx["clerk"]
    [voucher] = returned[0].vouchers
    text = flat(voucher_documents.voucher_pdf(clerk, voucher.voucher_no, lang="en"))
    for needle in (
        "Deposit refund voucher",
        voucher.voucher_no,
        "Deposit refund",
        returned[0].loan.slip_no,
        "Umbrella U-001",
        "Li 138****8000",
        "Refunded ¥50.00",
        "Refunded by Cash",
        clerk.user.display_name,
        "Customer",
        "Please sign",
    ):
        assert needle in text, needle
    assert "13800138000" not in text and "爱心雨伞" not in text
    assert text.count(voucher.voucher_no) >= 3  # title, field, the QR's caption
    copy = flat(voucher_documents.voucher_pdf(clerk, voucher.voucher_no, copy_no=1, lang="en"))
    assert "COPY 1" in copy


def test_compensation_voucher_in_english(role_ctx, returned):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    refund, charge = returned[1].vouchers
    text = flat(voucher_documents.voucher_pdf(clerk, charge.voucher_no, lang="en"))
    for needle in (
        "Compensation voucher",
        charge.voucher_no,
        "Compensation charge",
        "Damaged",
        "torn canopy",
        "Compensation ¥20.00",
        "From the deposit ¥20.00 (WeChat Pay)",
        lead.user.display_name,
        "139****9000",
    ):
        assert needle in text, needle
    assert "Customer" not in text  # nothing is paid out: no signature of receipt
    refunded = flat(voucher_documents.voucher_pdf(clerk, refund.voucher_no, lang="en"))
    assert "Refunded ¥30.00" in refunded and "Refunded by WeChat Pay" in refunded


def test_vouchers_in_chinese_name_the_item_in_chinese(role_ctx, returned):
    clerk = dataclasses.replace(role_ctx["clerk"], translate=chinese())
    [voucher] = returned[0].vouchers
    text = flat(voucher_documents.voucher_pdf(clerk, voucher.voucher_no, lang="zh_CN"))
    for needle in ("押金退款凭证", voucher.voucher_no, "爱心雨伞 U-001", "¥50.00", "现金", "顾客"):
        assert needle in text, needle
    assert "Umbrella" not in text and "Refunded" not in text
    charge = returned[1].vouchers[1]
    text = flat(voucher_documents.voucher_pdf(clerk, charge.voucher_no, lang="zh_CN"))
    for needle in ("赔偿凭证", "损坏", "¥20.00", "微信支付"):
        assert needle in text, needle
    assert "Compensation" not in text and "Damaged" not in text
