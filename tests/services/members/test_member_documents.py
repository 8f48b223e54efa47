"""The card confirmation, statement and receipts show what they must, masked (acceptance 3)."""

from __future__ import annotations

import pypdfium2 as pdfium

from services.members import documents as member_documents
from services.members import members
from services.members import points as member_points
from services.members import rewards as member_rewards
from services.shifts import shifts
from tests.services.members.fixtures import receipt, resident_id, shop


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_documents_show_card_points_and_never_the_full_id_or_phone(role_ctx):
    clerk, admin = role_ctx["clerk"], role_ctx["admin"]
    s = shop(admin)
    number = resident_id()
    made = members.enrol_member(
        clerk, "王小明", "13800138000", "resident", number, receipt(s.id, "ENROL-1", 25050)
    )
    card = made.member.card_no
    member_points.credit_receipt(clerk, card, receipt(s.id, "B-2", 9999))
    gift = member_rewards.add_reward(admin, "MUG", "马克杯", "Mug", 10, stock=3)
    red = member_points.redeem(clerk, card, gift.id)
    confirmation = member_documents.card_confirmation_pdf(clerk, card, lang="en")
    statement = member_documents.points_statement_pdf(clerk, made.member.id, lang="en")
    slip = member_documents.redemption_receipt_pdf(clerk, red.id, lang="en")
    texts = [pdf_text(x) for x in (confirmation, statement, slip)]
    for text, blob in zip(texts, (confirmation, statement, slip)):
        assert number not in text and number.encode() not in blob
        assert number[-4:] in text or "Mug" in text
        assert "13800138000" not in text and "138****8000" in text
    assert card in texts[0] and "Member card confirmation" in texts[0]
    for needle in ("Points balance", "ENROL-1", "Expires on", "Mug ×1", "-10", "+25", "+9"):
        assert needle in texts[1], needle
    assert red.receipt_no in texts[2] and "Points used" in texts[2]


def test_reissue_card_and_fee_receipt(role_ctx):
    clerk, admin = role_ctx["clerk"], role_ctx["admin"]
    s = shop(admin)
    number = resident_id()
    old = members.enrol_member(
        clerk, "李雷", "13900139000", "resident", number, receipt(s.id, "E-9", 30000)
    ).member.card_no
    members.report_card_lost(clerk, old)
    shifts.open_shift(clerk, {10000: 1})
    done = members.reissue_card(clerk, old, "resident", number)
    text = pdf_text(member_documents.card_confirmation_pdf(clerk, done.new_card_no, lang="en"))
    assert "Replacement member card" in text and old in text and done.fee_receipt_no in text
    fee = pdf_text(member_documents.reissue_fee_receipt_pdf(clerk, done.new_card_no, 1))
    assert "¥10.00" in fee and "COPY 1" in fee and done.fee_receipt_no in fee
