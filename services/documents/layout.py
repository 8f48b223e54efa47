"""Paper layouts and the paragraph styles of each: an 80 mm receipt roll, A4 and A5 sheets."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4 as A4_SIZE
from reportlab.lib.pagesizes import A5 as A5_SIZE
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from services.documents.fonts import cjk_font

MUTED = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.94, 0.94, 0.94)
WATERMARK = colors.Color(0.84, 0.84, 0.84)


@dataclass(frozen=True)
class Layout:
    name: str
    width: float  # points
    height: float | None  # None: a roll, the page is as tall as its content
    margin_x: float
    margin_top: float
    margin_bottom: float  # on sheets this leaves room for the page footer
    base_size: float  # body text, pt
    title_size: float
    qr_size: float  # default QR symbol size without its quiet zone
    label_share: float  # width share of the label column of key-value rows

    @property
    def is_roll(self) -> bool:
        return self.height is None

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin_x


RECEIPT = Layout("receipt", 80 * mm, None, 4 * mm, 4 * mm, 5 * mm, 9, 14, 30 * mm, 0.38)
RECEIPT_58 = Layout("receipt58", 58 * mm, None, 2.5 * mm, 3 * mm, 4 * mm, 8, 12, 26 * mm, 0.36)
A4 = Layout("a4", A4_SIZE[0], A4_SIZE[1], 18 * mm, 16 * mm, 20 * mm, 10, 18, 35 * mm, 0.3)
A5 = Layout("a5", A5_SIZE[0], A5_SIZE[1], 12 * mm, 12 * mm, 16 * mm, 9, 15, 30 * mm, 0.32)
LAYOUTS = {layout.name: layout for layout in (RECEIPT, RECEIPT_58, A4, A5)}


def rule_color(layout: Layout):
    """Rules on a roll are black (one-bit heads), grey on sheets."""
    return colors.black if layout.is_roll else RULE


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    site_name: ParagraphStyle
    site_line: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    mark: ParagraphStyle
    total: ParagraphStyle


def _style(
    name: str,
    size: float,
    *,
    align: int = TA_LEFT,
    color=colors.black,
    leading: float = 1.3,
    **extra,
) -> ParagraphStyle:
    # wordWrap='CJK' breaks Chinese between any two characters yet keeps Latin words whole
    return ParagraphStyle(
        name,
        fontName=cjk_font(),
        fontSize=size,
        leading=size * leading,
        alignment=align,
        textColor=color,
        wordWrap="CJK",
        **extra,
    )


@functools.lru_cache(maxsize=16)
def styles_for(layout: Layout) -> Styles:
    """The paragraph styles of a layout, made once (every document of it reads the same;
    a block that needs another alignment or spacing clones one, nothing changes them)."""
    base = layout.base_size
    centred_header = layout.is_roll
    # a thermal head prints dots or none: grey text dithers into fuzz, so a roll is all black
    muted = colors.black if layout.is_roll else MUTED
    head_align = TA_CENTER if centred_header else TA_LEFT
    return Styles(
        body=_style("body", base, spaceAfter=base * 0.4),
        small=_style("small", base - 1.5),
        muted=_style("muted", base - 1.5, color=muted),
        title=_style(
            "title",
            layout.title_size,
            align=TA_CENTER,
            leading=1.25,
            spaceBefore=base * 0.6,
            spaceAfter=base * 0.8,
        ),
        site_name=_style("site_name", base + 3, align=head_align, leading=1.25),
        site_line=_style("site_line", base - 1.5, align=head_align, color=muted),
        label=_style("label", base, color=muted),
        value=_style("value", base),
        cell=_style("cell", base - 0.5, leading=1.25),
        cell_head=_style("cell_head", base - 0.5, leading=1.25, color=muted),
        mark=_style("mark", base + 4, align=TA_CENTER, leading=1.2),
        total=_style("total", base + 3, align=TA_RIGHT, leading=1.3),
    )


ALIGNMENTS = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
