"""The CJK font every desk document is set in, found once and registered with reportlab.

reportlab embeds only TrueType (glyf) outlines; Noto CJK .ttc files carry CFF outlines and
fail, so they are not candidates. A TTFont is embedded in the PDF as a subset of the glyphs
used, which keeps receipts small and makes them print the same on any machine."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from services.core.errors import QT_TRANSLATE_NOOP, DomainError

FONT_NAME = "DeskCJK"
BUNDLED_FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "cjk.ttf"

# (path, subfont index of a .ttc collection), in order of preference
SYSTEM_FONTS: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
)


class FontMissing(DomainError):
    pass


def candidates() -> list[tuple[Path, int]]:
    return [(BUNDLED_FONT, 0)] + [(Path(p), index) for p, index in SYSTEM_FONTS]


def _load(path: Path, index: int) -> TTFont | None:
    if not path.is_file():
        return None
    try:
        return TTFont(FONT_NAME, str(path), subfontIndex=index)
    except (TTFError, OSError, ValueError):
        return None  # e.g. CFF outlines or a damaged file: try the next one


@functools.lru_cache(maxsize=1)
def _registered() -> tuple[str, Path]:
    for path, index in candidates():
        font = _load(path, index)
        if font is not None:
            pdfmetrics.registerFont(font)
            # one face only: <b>/<i> markup falls back to the same face instead of failing
            pdfmetrics.registerFontFamily(
                FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
            )
            return FONT_NAME, path
    raise FontMissing(
        QT_TRANSLATE_NOOP(
            "Desk",
            "No Chinese font for printing was found. Install the package"
            " fonts-wqy-microhei (Debian/Ubuntu), or copy a TrueType font (.ttf) with Chinese"
            " characters to {path}.",
        ),
        path=str(BUNDLED_FONT),
    )


def cjk_font() -> str:
    """Register the first usable CJK TrueType font (once) and return its reportlab name."""
    return _registered()[0]


def font_path() -> Path:
    """The file the registered font came from (printer test page, diagnostics)."""
    return _registered()[1]
