"""A roll page goes to a printer driver as one-bit black and white; an A4 page as it is."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

from services.documents import Document
from ui.documents.preview_dialog import for_printer, render_page


def page_image(layout: str) -> tuple[QImage, float]:
    doc = Document(layout)
    doc.header("港城购物中心").title("收据", "R2026-000001").total("合计", "¥1,250.00")
    pdf = pdfium.PdfDocument(bytes(doc.build()))
    page = pdf[0]
    width = page.get_size()[0]
    image = render_page(page, 203)
    page.close()
    pdf.close()
    return image, width


def test_a_roll_page_is_one_bit_and_a_sheet_is_untouched(qapp):
    roll, width = page_image("receipt")
    mono = for_printer(roll, width)
    assert mono.format() == QImage.Format.Format_Mono
    assert {
        mono.pixel(x, y) & 0xFFFFFF
        for x in range(0, mono.width(), 7)
        for y in range(0, mono.height(), 7)
    } <= {0, 0xFFFFFF}  # noqa: E501
    sheet, width = page_image("a4")
    assert for_printer(sheet, width) is sheet
