"""Document: the builder every module uses to make a receipt roll, an A4 or an A5 PDF.

    doc = Document("receipt", copy_mark=copy_mark_text(copy_no, tr("COPY {n}")))
    doc.header(profile.name, profile.address).title(tr("Deposit slip"))
    doc.fields([(tr("Slip no."), "D2026-000012"), (tr("Deposit"), format_fen(5000))])
    doc.qr("D2026-000012").signatures([tr("Clerk"), tr("Customer")])
    pdf = doc.build()

The builder writes no words of its own: every label comes from the caller, translated."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageBreak,
    PageTemplate,
    Spacer,
)

from services.documents import blocks
from services.documents.fonts import cjk_font
from services.documents.layout import LAYOUTS, RULE, Layout, Styles, styles_for
from services.documents.pages import Footer, corner_mark, footer_painter, numbered_canvas, watermark
from services.documents.tables import Column, paged_table

Block = Callable[[Layout, Styles], list[Flowable]]
ROLL_MEASURE_HEIGHT = 5000 * mm
ROLL_SLACK = 1.0  # pt; rounding must never push the last line onto a second roll page


def copy_mark_text(copy_no: int, template: str) -> str | None:
    """None for the original (copy 0), else the caller's template, e.g. 'COPY {n}' -> 'COPY 2'."""
    from services.core import validation
    from services.core.errors import QT_TRANSLATE_NOOP

    validation.whole_number(copy_no, QT_TRANSLATE_NOOP("Desk", "copy number"), 0, 10**6)
    return template.replace("{n}", str(copy_no)) if copy_no > 0 else None


class Document:
    def __init__(
        self,
        layout: str | Layout = "receipt",
        *,
        footer: Footer | None = None,
        copy_mark: str | None = None,
        void_mark: str | None = None,
        pdf_title: str = "",
        author: str = "",
    ):
        self.layout = LAYOUTS[layout] if isinstance(layout, str) else layout
        self.footer = footer
        self.copy_mark, self.void_mark = copy_mark, void_mark
        self.pdf_title, self.author = pdf_title, author
        self._blocks: list[tuple[str, Block]] = []
        cjk_font()  # fail early and clearly when no font is installed

    # ---- content blocks (each returns self, so calls chain) ----

    def _add(self, kind: str, block: Block) -> Document:
        self._blocks.append((kind, block))
        return self

    def header(self, site_name: str, *lines: str) -> Document:
        """Site name and address lines at the top."""
        return self._add("header", lambda lay, st: blocks.header(st, site_name, lines))

    def title(self, text: str, subtitle: str = "") -> Document:
        if not self.pdf_title:
            self.pdf_title = text
        return self._add("title", lambda lay, st: blocks.title(st, text, subtitle))

    def fields(self, rows: Sequence[tuple[str, str]]) -> Document:
        """Key-value rows: ('Slip no.', 'D2026-000012')."""
        rows = list(rows)
        return self._add("fields", lambda lay, st: blocks.fields(lay, st, rows))

    def total(self, label: str, value: str) -> Document:
        """A large right-aligned line such as 'Total ¥50.00'."""
        return self._add("total", lambda lay, st: blocks.total_line(lay, st, label, value))

    def table(
        self, columns: Sequence[Column], rows: Sequence[Sequence], total: Sequence | None = None
    ) -> Document:
        """Rows of cells; money columns take fen. Sheets split it into page-sized pieces."""
        columns, rows = list(columns), [list(r) for r in rows]
        return self._add(
            "table", lambda lay, st: [paged_table(lay, st, columns, rows, total), Spacer(1, 2 * mm)]
        )

    def paragraph(self, text: str, *, small: bool = False, align: str = "left") -> Document:
        return self._add(
            "paragraph", lambda lay, st: blocks.paragraph(st, text, small=small, align=align)
        )

    def qr(self, text: str, *, size_mm: float | None = None, caption: str = "") -> Document:
        """A QR code of `text`; the symbol is size_mm wide (30 mm on a receipt by default)."""
        size = size_mm * mm if size_mm else None
        return self._add("qr", lambda lay, st: blocks.qr_code(lay, st, text, size, caption))

    def signatures(
        self, items: Sequence[blocks.Signature | str], per_row: int | None = None
    ) -> Document:
        items = list(items)
        return self._add("signatures", lambda lay, st: blocks.signatures(lay, st, items, per_row))

    def image(self, png: bytes, *, width_mm: float = 40, align: str = "center") -> Document:
        return self._add("image", lambda lay, st: blocks.image(lay, png, width_mm * mm, align))

    def spacer(self, height_mm: float = 3) -> Document:
        return self._add("spacer", lambda lay, st: [Spacer(1, height_mm * mm)])

    def rule(self) -> Document:
        return self._add(
            "rule",
            lambda lay, st: [
                HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=3, spaceAfter=3)
            ],
        )

    def page_break(self) -> Document:
        return self._add("page_break", lambda lay, st: [] if lay.is_roll else [PageBreak()])

    # ---- output ----

    @property
    def marks(self) -> list[str]:
        return [m for m in (self.void_mark, self.copy_mark) if m]

    def build(self) -> bytes:
        """The PDF as bytes; a receipt page is exactly as tall as its content."""
        if not self.layout.is_roll:
            return self._render(self.layout.height)
        content = self._measure_roll()
        return self._render(
            content + self.layout.margin_top + self.layout.margin_bottom + ROLL_SLACK
        )

    def _flowables(self) -> list[Flowable]:
        styles = styles_for(self.layout)
        kinds = [kind for kind, _ in self._blocks]
        at = next(
            (i + 1 for i, k in enumerate(kinds) if k == "title"),
            1 if kinds[:1] == ["header"] else 0,
        )
        ordered = [block for _, block in self._blocks]
        if self.marks:
            ordered.insert(at, lambda lay, st: blocks.mark_box(lay, st, self.marks))
        return [f for block in ordered for f in block(self.layout, styles)]

    def _measure_roll(self) -> float:
        ends: list[float] = []
        doc = self._template(
            io.BytesIO(), ROLL_MEASURE_HEIGHT, on_page_end=lambda canvas, d: ends.append(d.frame._y)
        )
        doc.build(self._flowables())
        if len(ends) > 1:
            raise ValueError("a receipt longer than the measuring roll")
        frame_top = ROLL_MEASURE_HEIGHT - self.layout.margin_top
        return frame_top - ends[0] if ends else 0.0  # an empty document has no page yet

    def _render(self, page_height: float) -> bytes:
        out = io.BytesIO()
        doc = self._template(out, page_height, on_page_end=self._decorate)
        canvas_class = Canvas
        if self.footer is not None and not self.layout.is_roll:
            canvas_class = numbered_canvas(footer_painter(self.layout, cjk_font(), self.footer))
        doc.build(self._flowables(), canvasmaker=canvas_class)
        return out.getvalue()

    def _template(self, out, page_height: float, on_page_end) -> BaseDocTemplate:
        lay = self.layout
        doc = BaseDocTemplate(
            out,
            pagesize=(lay.width, page_height),
            leftMargin=lay.margin_x,
            rightMargin=lay.margin_x,
            topMargin=lay.margin_top,
            bottomMargin=lay.margin_bottom,
            title=self.pdf_title,
            author=self.author,
            creator="Front Desk",
            # every page starts in the embedded CJK font, so the PDF names
            # no Helvetica that a printer would have to substitute
            initialFontName=cjk_font(),
        )
        frame = Frame(
            lay.margin_x,
            lay.margin_bottom,
            lay.frame_width,
            page_height - lay.margin_top - lay.margin_bottom,
            id="content",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=on_page_end)])
        return doc

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        font, (page_w, page_h) = cjk_font(), doc.pagesize
        if self.layout.is_roll:
            if self.void_mark:
                watermark(canvas, page_w, page_h, font, self.void_mark)
            return
        if self.marks:
            corner_mark(canvas, self.layout, font, self.marks)
            watermark(canvas, page_w, page_h, font, self.void_mark or self.copy_mark)
