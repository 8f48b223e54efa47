"""Lines on paper break between words or Chinese characters, never inside a value."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from services.documents import cjk_font
from services.documents.text import fit, wrapped

TEXT = "第 1 次点钞 2026-03-14 21:30 王磊，找零 ¥1,250.00，手机 138****8000，单号 D2026-000012。"
VALUES = ("2026-03-14", "21:30", "¥1,250.00", "138****8000", "D2026-000012")


def test_wrapped_lines_fit_and_keep_every_value_whole():
    font = cjk_font()
    for width in (80, 110, 150, 300):  # each value fits a line of these
        lines = wrapped(TEXT, font, 9, width).split("<br/>")
        assert all(stringWidth(x, font, 9) <= width for x in lines), width
        for value in VALUES:
            assert any(value in line for line in lines), (width, value, lines)
        assert not any(re.match(r"^[，。]", x) for x in lines)  # no line starts with a comma


def test_fit_shortens_with_an_ellipsis():
    font = cjk_font()
    assert fit("港城国际购物中心", font, 8, 1000) == "港城国际购物中心"
    short = fit("港城国际购物中心暨海港城国际商业广场", font, 8, 50)
    assert short.endswith("…") and stringWidth(short, font, 8) <= 50
