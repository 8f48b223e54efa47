"""The content blocks of a desk document, each turned into reportlab flowables.

A block is built afresh for every layout pass (a receipt is laid out twice: once to
measure its height, once on a page of exactly that height), so each function here takes
the layout and styles and returns new flowables."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer, Table, TableStyle

from services.documents.fonts import cjk_font
from services.documents.layout import ALIGNMENTS, RULE, Layout, Styles
from services.documents.lines import FieldRows, Lines
from services.documents.qr import QrFlowable, side_for_symbol
from services.documents.text import markup, wrapped


@dataclass(frozen=True)
class Signature:
    """A signature line; `png` is an optional captured signature drawn above the line."""

    label: str
    png: bytes | None = None


def _plain_table(data, widths, commands=(), row_heights=None) -> Table:
    table = Table(data, colWidths=widths, rowHeights=row_heights)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),  # else the table names Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                *commands,
            ]
        )
    )
    return table


def header(styles: Styles, name: str, lines: Sequence[str], rule=RULE) -> list[Flowable]:
    parts: list[Flowable] = [Lines(name, styles.site_name)] if name else []
    parts += [Lines(line, styles.site_line) for line in lines if line]
    return parts + [
        Spacer(1, 1.5 * mm),
        HRFlowable(width="100%", thickness=0.6, color=rule),
        Spacer(1, 1 * mm),
    ]


def title(styles: Styles, text: str, subtitle: str = "") -> list[Flowable]:
    parts: list[Flowable] = [Lines(text, styles.title)]
    if subtitle:
        parts.append(Lines(subtitle, styles.muted.clone("subtitle", alignment=1, spaceAfter=4)))
    return parts


def mark_box(layout: Layout, styles: Styles, texts: Sequence[str]) -> list[Flowable]:
    """COPY n / VOID, framed so nobody takes a reprint or a voided slip for the original."""
    cell = Paragraph(markup("  ".join(texts)), styles.mark)
    width = min(layout.frame_width, 60 * mm)
    box = _plain_table(
        [[cell]],
        [width],
        [
            ("BOX", (0, 0), (-1, -1), 1.4, "black"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ],
    )
    return [Spacer(1, 1 * mm), box, Spacer(1, 2 * mm)]


def fields(layout: Layout, styles: Styles, rows: Sequence[tuple[str, str]]) -> list[Flowable]:
    label_w = layout.frame_width * layout.label_share
    value_w = layout.frame_width - label_w - 4  # the table's right padding
    rows = [(str(label), str(value)) for label, value in rows]
    if not rows:
        return []

    def table() -> Table:  # Paragraphs, which may break a piece wider than its column
        data = [
            [
                Paragraph(_lines(label, styles.label, label_w - 4), styles.label),
                Paragraph(_lines(value, styles.value, value_w), styles.value),
            ]
            for label, value in rows
        ]
        return _plain_table(data, [label_w, layout.frame_width - label_w])

    drawn = FieldRows(rows, label_w, layout.frame_width, styles.label, styles.value, table)
    return [drawn, Spacer(1, 1.5 * mm)]


def total_line(layout: Layout, styles: Styles, label: str, value: str) -> list[Flowable]:
    rule = "black" if layout.is_roll else RULE
    return [
        HRFlowable(width="100%", thickness=0.6, color=rule, spaceBefore=2, spaceAfter=2),
        Lines(f"{label}  {value}", styles.total),
        Spacer(1, 1.5 * mm),
    ]


def _lines(text: str, style, width: float) -> str:
    """Markup broken between pieces only, so no number, code or time is split."""
    return wrapped(text, style.fontName, style.fontSize, width - style.rightIndent)


def paragraph(
    styles: Styles,
    text: str,
    *,
    small: bool = False,
    align: str = "left",
    width: float | None = None,
) -> list[Flowable]:
    style = styles.small if small else styles.body
    if align != "left":
        style = style.clone(f"{style.name}_{align}", alignment=ALIGNMENTS[align])
    return [Lines(text, style)]


def qr_code(
    layout: Layout, styles: Styles, text: str, size: float | None = None, caption: str = ""
) -> list[Flowable]:
    # vector squares, so the code stays sharp at any printer resolution; `size` is the
    # symbol itself, the quiet zone comes on top of it (within the frame)
    side = side_for_symbol(text, size or layout.qr_size, level="M")
    parts: list[Flowable] = [QrFlowable(text, min(side, layout.frame_width), level="M")]
    if caption:
        parts.append(Lines(caption, styles.muted.clone("qr_caption", alignment=1)))
    return parts + [Spacer(1, 2 * mm)]


def image(layout: Layout, png: bytes, width: float, align: str = "CENTER") -> list[Flowable]:
    img_w, img_h = ImageReader(io.BytesIO(png)).getSize()
    width = min(width, layout.frame_width)
    flowable = Image(io.BytesIO(png), width=width, height=width * img_h / img_w)
    flowable.hAlign = align.upper()
    return [flowable]


def _signature_cell(styles: Styles, sig: Signature, line_w: float, height: float):
    mark = ""
    if sig.png:
        img_w, img_h = ImageReader(io.BytesIO(sig.png)).getSize()
        scale = min(line_w / img_w, height / img_h)
        mark = Image(io.BytesIO(sig.png), width=img_w * scale, height=img_h * scale)
    return [Paragraph(markup(sig.label), styles.label), mark]


def signatures(
    layout: Layout, styles: Styles, items: Sequence[Signature | str], per_row: int | None = None
) -> list[Flowable]:
    """'Clerk ________  Shift lead ________': one per line on a roll, side by side on sheets."""
    sigs = [Signature(s) if isinstance(s, str) else s for s in items]
    if not sigs:
        return []
    per_row = per_row or (1 if layout.is_roll else min(len(sigs), 3))
    slot = layout.frame_width / per_row
    widest = max(stringWidth(s.label, styles.label.fontName, styles.label.fontSize) for s in sigs)
    gap = 0 if per_row == 1 else 5 * mm  # keeps a line clear of the next label
    label_w = min(widest + 8 + gap, slot * 0.5)
    line_w = slot - label_w
    height = 12 * mm
    data, commands = [], []
    for r in range(0, len(sigs), per_row):
        row = []
        for c, sig in enumerate(sigs[r : r + per_row]):
            row += _signature_cell(styles, sig, line_w - 4, height)
            line_col = 2 * c + 1
            commands.append(
                ("LINEBELOW", (line_col, len(data)), (line_col, len(data)), 0.7, "black")
            )
        data.append(row + [""] * (2 * per_row - len(row)))
    commands += [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    commands += [("LEFTPADDING", (2 * c, 0), (2 * c, -1), gap) for c in range(1, per_row)]
    # each row is tall enough to sign above its line
    table = _plain_table(data, [label_w, line_w] * per_row, commands, [height] * len(data))
    return [Spacer(1, 3 * mm), table, Spacer(1, 2 * mm)]


class DrawingFlowable(Flowable):
    """A reportlab graphics Drawing (a chart) whose renderer starts in the CJK font: by
    itself it sets Helvetica first, which the PDF then names without embedding it."""

    def __init__(self, drawing):
        super().__init__()
        self.drawing = drawing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.drawing.wrap(avail_width, avail_height)

    def draw(self) -> None:
        from reportlab.graphics import shapes

        before = shapes.STATE_DEFAULTS["fontName"]
        shapes.STATE_DEFAULTS["fontName"] = cjk_font()
        try:
            self.drawing.drawOn(self.canv, 0, 0)
        finally:
            shapes.STATE_DEFAULTS["fontName"] = before
