"""What is drawn on every page around the content: the footer with 'page X / Y', the
print time and the site, the COPY/VOID mark in the top corner and the diagonal watermark."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from services.documents.layout import MUTED, RULE, Layout
from services.documents.text import fit

WATERMARK_ALPHA = 0.13  # drawn over the content, light enough to read every figure through


@dataclass(frozen=True)
class Footer:
    """Footer of sheets. Every word comes from the caller, e.g.
    Footer("Harbour City Mall", "Printed 2026-03-16 10:00", "Page {page} / {pages}")."""

    site_name: str = ""
    printed: str = ""
    page_label: str = "{page} / {pages}"

    def page_text(self, page: int, pages: int) -> str:
        return self.page_label.replace("{page}", str(page)).replace("{pages}", str(pages))


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer knows the page count."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def footer_painter(layout: Layout, font: str, footer: Footer):
    def draw(canvas: Canvas, page: int, pages: int) -> None:
        y = layout.margin_bottom * 0.45
        left, right = layout.margin_x, layout.width - layout.margin_x
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 10, right, y + 10)
        size, gap = 8, 12
        canvas.setFont(font, size)
        canvas.setFillColor(MUTED)
        page_text = footer.page_text(page, pages)
        page_w = canvas.stringWidth(page_text, font, size)
        printed_w = canvas.stringWidth(footer.printed, font, size)
        centre_left = layout.width / 2 - printed_w / 2
        if canvas.stringWidth(footer.site_name, font, size) <= centre_left - gap - left:
            canvas.drawString(left, y, footer.site_name)
            canvas.drawCentredString(layout.width / 2, y, footer.printed)
        else:
            # a long site name: it gives way (shortened with '…'), the print time moves next
            # to the page number, and nothing is drawn over anything else
            room = right - left - page_w - printed_w - 2 * gap
            canvas.drawString(left, y, fit(footer.site_name, font, size, max(room, 0)))
            canvas.drawRightString(right - page_w - gap, y, footer.printed)
        canvas.drawRightString(right, y, page_text)
        canvas.restoreState()

    return draw


def corner_mark(canvas: Canvas, layout: Layout, font: str, texts: Sequence[str]) -> None:
    """The mark at the top right of every sheet, above the content."""
    text = "  ".join(texts)
    size = 11
    right = layout.width - layout.margin_x
    y = layout.height - layout.margin_top * 0.6
    width = canvas.stringWidth(text, font, size)
    canvas.saveState()
    canvas.setFont(font, size)
    canvas.setLineWidth(1)
    canvas.rect(right - width - 8, y - 4, width + 8, size + 5, stroke=1, fill=0)
    canvas.drawRightString(right - 4, y, text)
    canvas.restoreState()


def watermark(canvas: Canvas, page_w: float, page_h: float, font: str, text: str) -> None:
    """A light diagonal word across the page, drawn over the content with transparency."""
    angle = math.degrees(math.atan2(page_h, page_w))
    diagonal = math.hypot(page_w, page_h)
    size = min(110.0, 0.62 * diagonal / max(canvas.stringWidth(text, font, 1), 1e-6))
    size = min(size, page_w * 0.9)  # a short receipt: never taller than the paper is wide
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFillAlpha(WATERMARK_ALPHA)
    canvas.setFont(font, size)
    canvas.translate(page_w / 2, page_h / 2)
    canvas.rotate(angle)
    canvas.drawCentredString(0, -size * 0.35, text)
    canvas.restoreState()
