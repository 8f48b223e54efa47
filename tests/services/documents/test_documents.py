"""The Qt-free document builder (receipt roll, A4) and money formatting."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.units import mm

from services.core.errors import ValidationError
from services.core.money import format_fen, parse_yuan
from services.documents import (
    A4,
    RECEIPT,
    Column,
    Document,
    FontMissing,
    Footer,
    Signature,
    copy_mark_text,
    fonts,
)
from services.documents.blocks import qr_code
from services.documents.layout import styles_for

CHINESE = "请在当天闭店前归还雨伞，凭此卡全额退还押金。"
FOOTER = Footer("港城购物中心", "Printed 2026-03-16 10:00", "Page {page} / {pages}")


def page_texts(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in doc:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_size() for i in range(len(doc))]
    finally:
        doc.close()


def flat(text: str) -> str:
    """Text without line breaks: wrapped Chinese comes back split over lines."""
    return re.sub(r"\s+", "", text)


def deposit_slip(layout="receipt", copy_no=0, void=None) -> bytes:
    doc = Document(
        layout, copy_mark=copy_mark_text(copy_no, "COPY {n}"), void_mark=void, footer=FOOTER
    )
    doc.header("港城购物中心 Harbour City Mall", "香港路1号 1 Harbour Rd")
    doc.title("押金卡 Deposit slip")
    doc.fields([("Slip no.", "D2026-000012"), ("Borrower", "王小明 138****1234")])
    doc.table(
        [Column("Item", 3), Column("Amount", 1, money=True)],
        [["雨伞押金 Umbrella deposit", 5000]],
        total=["Total", 5000],
    )
    doc.paragraph(CHINESE)
    doc.qr("D2026-000012", caption="D2026-000012")
    doc.signatures(["Clerk 经办", "Customer 顾客"])
    return doc.build()


def test_receipt_builds_with_embedded_cjk_font_and_readable_chinese():
    pdf = deposit_slip()
    assert pdf.startswith(b"%PDF")
    assert b"/FontFile2" in pdf  # the TrueType font is embedded (as a subset)
    assert b"/Helvetica" not in pdf  # no font the printer would have to substitute
    [text] = page_texts(pdf)
    assert flat(CHINESE) in flat(text)
    assert "D2026-000012" in text and "¥50.00" in text and "COPY" not in text


def test_receipt_is_80_mm_wide_and_as_tall_as_its_content():
    short = Document("receipt").title("押金卡").build()
    long = Document("receipt").title("押金卡")
    for i in range(30):
        long.paragraph(f"第{i}行 line {i}")
    [(w, h_short)] = page_sizes(short)
    [(_, h_long)] = page_sizes(long.build())
    assert w == pytest.approx(80 * mm, abs=0.1)
    # margins plus one title line: no blank tail of a fixed page length
    assert h_short < 25 * mm
    assert h_long > h_short + 30 * 9  # thirty lines of 9 pt text more


def test_a4_with_chinese_and_qr_builds():
    pdf = deposit_slip("a4")
    [(w, h)] = page_sizes(pdf)
    assert (w, h) == pytest.approx((595.28, 841.89), abs=0.1)
    [text] = page_texts(pdf)
    assert flat(CHINESE) in flat(text)
    assert "Page 1 / 1" in text and "Printed 2026-03-16 10:00" in text


def test_reprint_carries_copy_mark_and_void_mark():
    assert copy_mark_text(0, "COPY {n}") is None
    assert copy_mark_text(2, "副本 {n}") == "副本 2"
    for layout in ("receipt", "a4"):
        [text] = page_texts(deposit_slip(layout, copy_no=1))
        assert "COPY 1" in text
        [text] = page_texts(deposit_slip(layout, void="作废 VOID"))
        assert "作废 VOID" in text


def test_a4_copy_mark_is_on_every_page():
    doc = Document("a4", copy_mark="COPY 3", footer=FOOTER).title("Ledger")
    doc.table([Column("No.")], [[str(i)] for i in range(120)])
    texts = page_texts(doc.build())
    assert len(texts) > 1
    assert all("COPY 3" in text for text in texts)


def test_600_row_table_is_split_into_pages_with_page_x_of_y():
    rows = [[f"R2026-{i:06d}", "复印 A4 Photocopy", i * 50] for i in range(1, 601)]
    doc = Document("a4", footer=FOOTER).title("Daily ledger 日报")
    doc.table(
        [Column("Receipt", 2), Column("Service", 4), Column("Amount", 2, money=True)],
        rows,
        total=["Total", "", sum(r[2] for r in rows)],
    )
    texts = page_texts(doc.build())
    pages = len(texts)
    counts = [len(re.findall(r"R2026-\d{6}", t)) for t in texts]
    # every row once, in order, and the heading repeated on each page
    found = [n for t in texts for n in re.findall(r"R2026-(\d{6})", t)]
    assert found == [f"{i:06d}" for i in range(1, 601)]
    assert all(t.count("Receipt") == 1 for t in texts)
    # full pages hold the same number of rows; the count of pages follows from it
    per_page = counts[1]
    assert 30 <= per_page <= 60
    assert all(c == per_page for c in counts[1:-1])
    assert pages == 1 + -(-(600 - counts[0]) // per_page)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} / {pages}" in text
    assert format_fen(sum(r[2] for r in rows), grouping=True) in texts[-1]


def test_wrapped_chinese_cells_keep_clear_of_the_next_column():
    # a closing '）' may hang past the end of a CJK line; it must not touch the next column
    text = "礼品包装（大号，含丝带和贺卡，顾客自选花色）Gift wrapping large with ribbon"
    columns = [
        Column("Receipt", 2),
        Column("Time", 1),
        Column("Service", 5),
        Column("Payment", 2),
        Column("Amount", 2, money=True),
    ]
    pdf = Document("a4").table(columns, [["R1", "10:00", text, "Cash 现金", 100]]).build()
    document = pdfium.PdfDocument(pdf)
    textpage = document[0].get_textpage()
    chars = [
        (textpage.get_text_range(i, 1), textpage.get_charbox(i))
        for i in range(textpage.count_chars())
    ]
    payment_left = min(box[0] for ch, box in chars if ch == "C")
    service_right = max(box[2] for ch, box in chars if ch in "）色")
    assert payment_left - service_right >= 3
    textpage.close()
    document.close()


def test_user_text_is_printed_literally_not_as_markup():
    pdf = Document("receipt").paragraph("<b>Tom & Jerry</b> 5 < 6").build()
    [text] = page_texts(pdf)
    assert "<b>Tom & Jerry</b> 5 < 6" in text


def test_qr_symbol_is_at_least_25_mm_on_a_receipt():
    [symbol, *_] = qr_code(RECEIPT, styles_for(RECEIPT), "D2026-000012")
    assert symbol.symbol_size >= 25 * mm  # the quiet zone comes on top
    assert symbol.width <= RECEIPT.frame_width


def test_embedded_png_and_signature_image():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (200, 60), "white").save(buffer, "PNG")
    png = buffer.getvalue()
    doc = Document("a4").title("Claim 认领").image(png, width_mm=30)
    doc.signatures([Signature("Claimant 领取人", png), "Clerk 经办"])
    pdf = doc.build()
    assert b"/Subtype /Image" in pdf
    assert "Claimant 领取人" in page_texts(pdf)[0]


def test_missing_font_says_which_package_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "candidates", lambda: [(tmp_path / "none.ttf", 0)])
    fonts._registered.cache_clear()
    try:
        with pytest.raises(FontMissing) as err:
            fonts.cjk_font()
        assert "fonts-wqy-microhei" in str(err.value)
    finally:
        fonts._registered.cache_clear()
    monkeypatch.undo()
    assert fonts.cjk_font() == fonts.FONT_NAME


def test_layouts():
    assert A4.frame_width == pytest.approx(A4.width - 36 * mm)
    assert RECEIPT.is_roll and not A4.is_roll


# ---- money ----


def test_format_fen():
    assert format_fen(12345) == "¥123.45"
    assert format_fen(-150) == "-¥1.50"
    assert format_fen(0) == "¥0.00"
    assert format_fen(5) == "¥0.05"
    assert format_fen(123456789, grouping=True) == "¥1,234,567.89"
    with pytest.raises(TypeError):
        format_fen(1.5)
    with pytest.raises(TypeError):
        format_fen(True)


@pytest.mark.parametrize(
    "text, fen",
    [
        ("12.5", 1250),
        ("12", 1200),
        ("12.05", 1205),
        ("0.01", 1),
        (".5", 50),
        ("12.", 1200),
        (" ¥1,234.50 ", 123450),
        ("￥8", 800),
        ("-1.5", -150),
        ("-¥1.50", -150),
        ("+3", 300),
        ("0", 0),
        ("007.10", 710),
        ("１２．５", 1250),
    ],
)
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "1.234",
        "0.001",
        "1e3",
        "12,34",
        "1,2345",
        "--1",
        "1.2.3",
        "¥",
        ".",
        "12 yuan",
        "NaN",
        "Infinity",
        "1_000",
        "١٢",
        "1" * 16,
    ],
)
def test_parse_yuan_refuses_garbage(text):
    with pytest.raises(ValidationError):
        parse_yuan(text)


def test_parse_yuan_message_names_the_fen_rule():
    with pytest.raises(ValidationError) as err:
        parse_yuan("1.234")
    assert "two decimals" in err.value.message and err.value.params == {"text": "1.234"}


@given(st.integers(min_value=-(10**17 - 1), max_value=10**17 - 1), st.booleans())
def test_parse_of_format_is_identity(fen, grouping):
    assert parse_yuan(format_fen(fen, grouping=grouping)) == fen


def test_roll_lines_keep_every_character_on_the_paper():
    """Header, fields, totals and paragraphs are drawn as lines; a piece wider than the roll
    (a long code) still goes onto the paper whole, broken by a Paragraph, never cut off."""
    code = "X" * 70
    doc = Document("receipt").header("港城购物中心 " * 6, "香港路1号 " * 8)
    doc.title("收据 Receipt", code)
    doc.fields([("Slip no.", "D2026-000012"), ("Code", code), ("备注 " * 12, CHINESE * 2)])
    doc.total("Total", "¥1,250.00").paragraph(CHINESE * 3 + code, small=True)
    pdf = doc.build()
    [text] = page_texts(pdf)
    flat_text = flat(text)
    for value in ("D2026-000012", "¥1,250.00", flat(CHINESE * 2), flat("港城购物中心 " * 6)):
        assert value in flat_text, value
    assert flat_text.count("X") == 3 * 70  # the subtitle, the field and the paragraph, whole
    document = pdfium.PdfDocument(pdf)
    page = document[0]
    width, _ = page.get_size()
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    assert all(box[0] >= 0 and box[2] <= width for box in boxes if box[2] > box[0])
    textpage.close()
    document.close()
