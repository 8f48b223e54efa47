"""The floor guide: a page per floor with its shops and service points."""

from __future__ import annotations

import pypdfium2 as pdfium

from services.directory import documents as directory_documents
from services.directory import guide as directory
from services.directory import shops


def pages_text(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def test_one_page_per_floor_with_shops_and_facilities(role_ctx):
    admin = role_ctx["admin"]
    star = shops.add_shop(admin, "星巴克", "Starbucks", "L1-001", "L1", "餐饮", "021-50001001")
    directory.set_shop_details(admin, star.id, "07:30-22:00")
    shops.add_shop(admin, "优衣库", "UNIQLO", "L2-002", "L2", "服装")
    directory.add_facility(admin, "nursing_room", "L2", "孩子王旁", "母婴室", "Nursing room")
    text = pages_text(directory_documents.floor_guide_pdf(role_ctx["clerk"]))
    assert len(text) == 2
    assert "Floor guide L1" in text[0] and "Starbucks" in text[0] and "07:30-22:00" in text[0]
    assert "UNIQLO" in text[1] and "Nursing room" in text[1] and "Starbucks" not in text[1]
    one = pages_text(directory_documents.floor_guide_pdf(role_ctx["clerk"], ["L2"]))
    assert len(one) == 1 and "10:00-22:00" in one[0]
