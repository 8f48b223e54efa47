"""Document: the builder every module uses to make a receipt roll, an A4 or an A5 PDF.

    doc = Document("receipt", copy_mark=copy_mark_text(copy_no, tr("COPY {n}")))
    doc.header(profile.name, profile.address).title(tr("Deposit slip"))
    doc.fields([(tr("Slip no."), "D2026-000012"), (tr("Deposit"), paper_fen(5000))])
    doc.qr("D2026-000012").signatures([tr("Clerk"), tr("Customer")])
    pdf = doc.build()

The builder writes no words of its own: every label comes from the caller, translated."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

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
from services.documents.layout import LAYOUTS, Layout, Styles, rule_color, styles_for
from services.documents.pages import Footer, corner_mark, footer_painter, numbered_canvas, watermark
from services.documents.tables import Column, fits_whole, paged_table
from services.documents.text import paper_fen

ROLL_MEASURE_HEIGHT = 5000 * mm
ROLL_SLACK = 1.0  # pt; rounding must never push the last line onto a second roll page


def copy_mark_text(copy_no: int, template: str) -> str | None:
    """None for the original (copy 0), else the caller's template, e.g. 'COPY {n}' -> 'COPY 2'."""
    from services.core import validation
    from services.core.errors import QT_TRANSLATE_NOOP

    validation.whole_number(copy_no, QT_TRANSLATE_NOOP("Desk", "copy number"), 0, 10**6)
    return template.replace("{n}", str(copy_no)) if copy_no > 0 else None


@dataclass(frozen=True)
class Block:
    """One content block of the model: its kind and the caller's plain values (text, fen,
    columns, rows). Renderers (PDF here, ESC/POS in services/printing) read these."""

    kind: str
    values: dict = field(default_factory=dict)


class PdfBytes(bytes):
    """The PDF of a document; `.document` is the model it was drawn from, so the same
    document can go to an ESC/POS printer without being built twice."""

    document: Document | None = None
    labels: list[Document] | None = None  # one model per label, for a label printer


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
        self.opens_drawer = False  # a cash movement: the receipt printer kicks the drawer
        self.number = ""  # the document's number, printed as a QR code where it has one
        self._blocks: list[Block] = []
        cjk_font()  # fail early and clearly when no font is installed

    # ---- content blocks (each returns self, so calls chain) ----

    def _add(self, kind: str, **values) -> Document:
        self._blocks.append(Block(kind, values))
        return self

    @property
    def blocks(self) -> list[Block]:
        """The content in order, with the COPY/VOID mark placed after the title."""
        kinds = [b.kind for b in self._blocks]
        at = next(
            (i + 1 for i, k in enumerate(kinds) if k == "title"),
            1 if kinds[:1] == ["header"] else 0,
        )
        ordered = list(self._blocks)
        if self.marks:
            ordered.insert(at, Block("marks", {"texts": self.marks}))
        return ordered

    def header(self, site_name: str, *lines: str) -> Document:
        """Site name and address lines at the top."""
        return self._add("header", name=site_name, lines=[x for x in lines if x])

    def title(self, text: str, subtitle: str = "") -> Document:
        if not self.pdf_title:
            self.pdf_title = text
        return self._add("title", text=text, subtitle=subtitle)

    def fields(self, rows: Sequence[tuple[str, str]]) -> Document:
        """Key-value rows: ('Slip no.', 'D2026-000012')."""
        return self._add("fields", rows=[(str(k), str(v)) for k, v in rows])

    def total(self, label: str, value: str) -> Document:
        """A large right-aligned line such as 'Total ¥50.00'."""
        return self._add("total", label=label, value=value)

    def table(
        self, columns: Sequence[Column], rows: Sequence[Sequence], total: Sequence | None = None
    ) -> Document:
        """Rows of cells; money columns take fen. Sheets split it into page-sized pieces."""
        return self._add(
            "table",
            columns=list(columns),
            rows=[list(r) for r in rows],
            total=list(total) if total else None,
        )

    def paragraph(self, text: str, *, small: bool = False, align: str = "left") -> Document:
        return self._add("paragraph", text=text, small=small, align=align)

    def qr(self, text: str, *, size_mm: float | None = None, caption: str = "") -> Document:
        """A QR code of `text`; the symbol is size_mm wide (30 mm on a receipt by default)."""
        return self._add("qr", text=text, size_mm=size_mm, caption=caption)

    def signatures(
        self, items: Sequence[blocks.Signature | str], per_row: int | None = None
    ) -> Document:
        sigs = [blocks.Signature(s) if isinstance(s, str) else s for s in items]
        return self._add("signatures", items=sigs, per_row=per_row)

    def image(self, png: bytes, *, width_mm: float = 40, align: str = "center") -> Document:
        return self._add("image", png=png, width_mm=width_mm, align=align)

    def drawing(self, drawing) -> Document:
        """A reportlab graphics Drawing (a chart); printed only on sheets."""
        return self._add("drawing", drawing=drawing)

    def spacer(self, height_mm: float = 3) -> Document:
        return self._add("spacer", height_mm=height_mm)

    def rule(self) -> Document:
        return self._add("rule")

    def page_break(self) -> Document:
        return self._add("page_break")

    # ---- output ----

    @property
    def marks(self) -> list[str]:
        return [m for m in (self.void_mark, self.copy_mark) if m]

    def build(self) -> PdfBytes:
        """The PDF as bytes; a receipt page is exactly as tall as its content."""
        if not self.layout.is_roll:
            pdf = PdfBytes(self._render(self.layout.height))
        else:
            content = self._measure_roll()
            pdf = PdfBytes(
                self._render(
                    content + self.layout.margin_top + self.layout.margin_bottom + ROLL_SLACK
                )
            )
        pdf.document = self
        return pdf

    def _flowables(self) -> list[Flowable]:
        styles = styles_for(self.layout)
        return [f for block in self.blocks for f in _pdf_block(block, self.layout, styles)]

    def _measure_roll(self) -> float:
        """The roll's content height without laying it out on a page: every flowable's
        wrapped height with its space before and after. That is at least what the frame
        uses (it drops the first space and merges neighbours'), so the receipt never spills
        onto a second roll page; the wrapped flowables are drawn by the render that follows,
        so a receipt is laid out once, not twice."""
        measuring = Canvas(io.BytesIO(), pagesize=(self.layout.width, ROLL_MEASURE_HEIGHT))
        flowables, total = self._flowables(), 0.0
        for flowable in flowables:
            if getattr(flowable, "frameAction", None):
                continue
            _, height = flowable.wrapOn(measuring, self.layout.frame_width, ROLL_MEASURE_HEIGHT)
            total += flowable.getSpaceBefore() + height + flowable.getSpaceAfter()
        if total > ROLL_MEASURE_HEIGHT:
            raise ValueError("a receipt longer than the measuring roll")
        self._wrapped = flowables
        return total

    def _render(self, page_height: float) -> bytes:
        out = io.BytesIO()
        doc = self._template(out, page_height, on_page_end=self._decorate)
        canvas_class = Canvas
        if self.footer is not None and not self.layout.is_roll:
            canvas_class = numbered_canvas(footer_painter(self.layout, cjk_font(), self.footer))
        flowables, self._wrapped = getattr(self, "_wrapped", None) or self._flowables(), None
        doc.build(flowables, canvasmaker=canvas_class)
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
            return  # the framed VOID / COPY n under the title says it; a grey watermark dithers
        if self.marks:
            corner_mark(canvas, self.layout, font, self.marks)
            watermark(canvas, page_w, page_h, font, self.void_mark or self.copy_mark)


def _pdf_block(block: Block, lay: Layout, st: Styles) -> list[Flowable]:
    """The reportlab flowables of one block, built afresh for each layout pass."""
    v = block.values
    match block.kind:
        case "header":
            return blocks.header(st, v["name"], v["lines"], rule_color(lay))
        case "title":
            return blocks.title(st, v["text"], v["subtitle"])
        case "marks":
            return blocks.mark_box(lay, st, v["texts"])
        case "fields":
            return blocks.fields(lay, st, v["rows"])
        case "total":
            return blocks.total_line(lay, st, v["label"], v["value"])
        case "table":
            if lay.is_roll and not fits_whole(lay, st, v["columns"], v["rows"], v["total"]):
                return _stacked_rows(lay, st, v["columns"], v["rows"], v["total"])
            table = paged_table(lay, st, v["columns"], v["rows"], v["total"])
            return [table, Spacer(1, 2 * mm)]
        case "paragraph":
            return blocks.paragraph(
                st, v["text"], small=v["small"], align=v["align"], width=lay.frame_width
            )
        case "qr":
            size = v["size_mm"] * mm if v["size_mm"] else None
            return blocks.qr_code(lay, st, v["text"], size, v["caption"])
        case "signatures":
            return blocks.signatures(lay, st, v["items"], v["per_row"])
        case "image":
            return blocks.image(lay, v["png"], v["width_mm"] * mm, v["align"])
        case "drawing":
            return [blocks.DrawingFlowable(v["drawing"]), Spacer(1, 3 * mm)]
        case "spacer":
            return [Spacer(1, v["height_mm"] * mm)]
        case "rule":
            return [
                HRFlowable(
                    width="100%", thickness=0.5, color=rule_color(lay), spaceBefore=3, spaceAfter=3
                )
            ]
        case "page_break":
            return [] if lay.is_roll else [PageBreak()]
    raise ValueError(f"unknown block kind {block.kind!r}")


def _stacked_rows(lay: Layout, st: Styles, columns, rows, total) -> list[Flowable]:
    """A table too wide for the roll: each row as its first cell, then 'heading value' lines,
    so no number, code or time is ever split (the ESC/POS output does the same)."""

    def text(column: Column, value) -> str:
        shown = paper_fen(value) if column.money and isinstance(value, int) else value
        return "" if shown is None else str(shown)

    out: list[Flowable] = []
    for row in [*rows, *([total] if total else [])]:
        out += blocks.paragraph(st, text(columns[0], row[0]), width=lay.frame_width)
        pairs = [(c.title, text(c, v)) for c, v in zip(columns[1:], row[1:]) if text(c, v)]
        out += blocks.fields(lay, st, pairs)
        out.append(HRFlowable(width="100%", thickness=0.4, color=rule_color(lay)))
    return out + [Spacer(1, 2 * mm)]
