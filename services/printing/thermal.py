"""A desk document (services/documents' model) as ESC/POS bytes for a thermal receipt printer.

The same Document that reportlab draws as a PDF is read here block by block, so a slip says
the same on both. Written with python-escpos (its Dummy printer collects the commands):

- text in the printer's Chinese mode (FS &) encoded as GB18030, so 中文 prints with the
  printer's own font; a character that is not ASCII takes two columns in that mode;
- lines wrapped only between words or Chinese characters: a number, code, time or masked
  value is never split (a table that cannot keep every cell whole is printed as stacked rows);
- the printer's own QR command (GS ( k), or a raster image where the printer has none;
- totals and marks in bold and double size instead of grey; a full or partial cut at the end;
- the drawer kick (ESC p) when the document is a cash movement.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from escpos.printer import Dummy

from services.documents.builder import Block, Document
from services.documents.tables import Column
from services.documents.text import paper_fen
from services.printing.paper import PAPER_DOTS, Paper

CHINESE_MODE = b"\x1c\x26"  # FS &: two-byte (GB18030/GBK) characters on
QR_MODULE_DOTS = {58: 6, 80: 8}  # modules of 0.75 and 1 mm: quick to scan
CUTS = {"full": "FULL", "partial": "PART"}
# ¥ (U+00A5) is not in GBK, the two-byte set every Chinese printer has; ￥ is
SUBSTITUTES = str.maketrans({"¥": "￥", "\u00a0": " ", "\u2009": " "})


def printable(text: str) -> str:
    return str(text).translate(SUBSTITUTES)


def width(text: str) -> int:
    """Columns the text takes in Chinese mode: one per ASCII character, two for the rest."""
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def _tokens(text: str) -> list[str]:
    """Unbreakable pieces: a run of ASCII non-space characters (a word, number, code, time,
    masked value such as 138****1234), a single Chinese character, or one space."""
    tokens: list[str] = []
    run = ""
    for ch in text:
        if ch == " ":
            if run:
                tokens.append(run)
                run = ""
            tokens.append(" ")
        elif ord(ch) < 128 or ch in "￥·":
            run += ch  # '￥' keeps to its amount, '·' to its word
        else:
            if run:
                tokens.append(run)
                run = ""
            if tokens and ch in "，。；：、）》」』！？" and tokens[-1] != " ":
                tokens[-1] += ch  # closing punctuation never starts a line
            else:
                tokens.append(ch)
    if run:
        tokens.append(run)
    return tokens


def wrap(text: str, columns: int) -> list[str]:
    """Lines of at most `columns`, broken between tokens only; a token longer than a whole
    line (which no desk value is) is the one thing ever cut."""
    lines: list[str] = []
    for paragraph in printable(text).split("\n"):
        line = ""
        for token in _tokens(paragraph):
            if width(line) + width(token) <= columns:
                line += token
                continue
            if token == " ":
                lines.append(line.rstrip())
                line = ""
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = ""
            while width(token) > columns:  # longer than a line: cut where it must
                cut = columns
                while width(token[:cut]) > columns:
                    cut -= 1
                lines.append(token[:cut])
                token = token[cut:]
            line = token
        lines.append(line.rstrip())
    return lines


def _pad_between(left: str, right: str, columns: int) -> str:
    return left + " " * (columns - width(left) - width(right)) + right


class _Writer:
    def __init__(self, paper: Paper):
        self.paper = paper
        self.cols = paper.columns
        self.p = Dummy()
        self.p.hw("INIT")
        self.p._raw(CHINESE_MODE)

    def style(self, *, align="left", bold=False, double=False, wide=False, invert=False):
        self.p.set(
            align=align,
            bold=bold,
            double_height=double,
            double_width=wide,
            invert=invert,
            normal_textsize=not (double or wide),
        )

    def line(self, text: str = "") -> None:
        self.p._raw(printable(text).encode("gb18030") + b"\n")

    def lines(self, texts: Sequence[str]) -> None:
        for text in texts:
            self.line(text)

    # ---- blocks ----

    def header(self, name: str, lines: Sequence[str]) -> None:
        if name:
            self.style(align="center", bold=True, double=True)
            self.lines(wrap(name, self.cols))
        self.style(align="center")
        for line in lines:
            self.lines(wrap(line, self.cols))
        self.style()
        self.line("=" * self.cols)

    def title(self, text: str, subtitle: str) -> None:
        self.style(align="center", bold=True, double=True, wide=True)
        self.lines(wrap(text, self.cols // 2))
        self.style(align="center", bold=True)
        if subtitle:
            self.lines(wrap(subtitle, self.cols))
        self.style()
        self.line()

    def marks(self, texts: Sequence[str]) -> None:
        # white on black and double size: a copy or a voided slip is seen at a glance
        self.style(align="center", bold=True, double=True, wide=True, invert=True)
        self.lines(f" {x} " for x in wrap("  ".join(texts), self.cols // 2 - 2))
        self.style()
        self.line()

    def fields(self, rows: Sequence[tuple[str, str]]) -> None:
        for label, value in rows:
            label, value = printable(label), printable(value)
            if width(label) + 1 + width(value) <= self.cols and "\n" not in value:
                self.line(_pad_between(label, value, self.cols))
                continue
            self.lines(wrap(label, self.cols))
            self.lines("  " + x for x in wrap(value, self.cols - 2))

    def total(self, label: str, value: str) -> None:
        self.line("-" * self.cols)
        self.style(bold=True, double=True)
        label, value = printable(label), printable(value)
        if width(label) + 2 + width(value) <= self.cols:
            self.line(_pad_between(label, value, self.cols))
        else:
            self.lines(wrap(label, self.cols))
            self.style(align="right", bold=True, double=True)
            self.lines(wrap(value, self.cols))
        self.style()

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence], total) -> None:
        def cell(col: Column, value) -> str:
            text = paper_fen(value) if col.money and isinstance(value, int) else value
            return printable("" if text is None else str(text))

        self.line()
        body = [[cell(c, v) for c, v in zip(columns, row)] for row in rows]
        foot = [cell(c, v) for c, v in zip(columns, total)] if total else None
        heads = [printable(c.title) for c in columns]
        everything = [heads, *body, *([foot] if foot else [])]
        need = [max(width(r[i]) for r in everything) for i in range(len(columns))]
        gaps = len(columns) - 1
        if sum(need) + gaps <= self.cols and not any("\n" in x for r in everything for x in r):
            need[0] += self.cols - sum(need) - gaps  # the first column takes the room left

            def row_line(cells: Sequence[str]) -> str:
                parts = []
                for col, text, room in zip(columns, cells, need):
                    pad = " " * (room - width(text))
                    parts.append(pad + text if col.alignment == "right" else text + pad)
                return " ".join(parts).rstrip()

            self.style(bold=True)
            self.line(row_line(heads))
            self.style()
            self.line("-" * self.cols)
            self.lines(row_line(r) for r in body)
            if foot:
                self.line("-" * self.cols)
                self.style(bold=True)
                self.line(row_line(foot))
                self.style()
        else:
            # too many or too wide columns for the roll: each row as a small record, the
            # first cell on its own line and the others 'heading value', nothing split
            for cells in body + ([foot] if foot else []):
                self.style(bold=cells is foot)
                self.lines(wrap(cells[0], self.cols))
                for head, text in zip(heads[1:], cells[1:]):
                    if text:
                        self.fields_line(head, text)
                self.line("-" * self.cols)
            self.style()
        self.line()

    def fields_line(self, label: str, value: str) -> None:
        label = "  " + label
        if width(label) + 1 + width(value) <= self.cols and "\n" not in value:
            self.line(_pad_between(label, value, self.cols))
        else:
            self.line(label)
            self.lines("    " + x for x in wrap(value, self.cols - 4))

    def paragraph(self, text: str, align: str) -> None:
        self.style(align=align if align in ("left", "center", "right") else "left")
        self.lines(wrap(text, self.cols))
        self.style()

    def qr(self, text: str, caption: str) -> None:
        self.style(align="center")
        self.line()
        if self.paper.native_qr:
            self.p.qr(text, native=True, size=QR_MODULE_DOTS[self.paper.width_mm], ec=1)
            self.line()
        else:
            self.p.qr(text, native=False, size=QR_MODULE_DOTS[self.paper.width_mm], center=True)
        if caption:
            self.lines(wrap(caption, self.cols))
        self.style()
        self.line()

    def signatures(self, items) -> None:
        for sig in items:
            self.line()
            self.line()
            label = printable(sig.label)
            if width(label) + 12 <= self.cols:
                self.line(label + " " + "_" * (self.cols - width(label) - 1))
            else:
                self.lines(wrap(label, self.cols))
                self.line("_" * self.cols)

    def image(self, png: bytes) -> None:
        from PIL import Image

        picture = Image.open(io.BytesIO(png)).convert("L")
        dots = PAPER_DOTS[self.paper.width_mm]
        if picture.width > dots:
            picture = picture.resize((dots, round(picture.height * dots / picture.width)))
        self.p.image(picture, center=True)

    def block(self, block: Block) -> None:
        v = block.values
        match block.kind:
            case "header":
                self.header(v["name"], v["lines"])
            case "title":
                self.title(v["text"], v["subtitle"])
            case "marks":
                self.marks(v["texts"])
            case "fields":
                self.fields(v["rows"])
            case "total":
                self.total(v["label"], v["value"])
            case "table":
                self.table(v["columns"], v["rows"], v["total"])
            case "paragraph":
                self.paragraph(v["text"], v["align"])
            case "qr":
                self.qr(v["text"], v["caption"])
            case "signatures":
                self.signatures(v["items"])
            case "image":
                self.image(v["png"])
            case "rule":
                self.line("-" * self.cols)
            case "spacer" | "page_break":
                self.line()
            case "drawing":
                pass  # charts are for A4 summaries; a roll has no room for them
            case _:
                raise ValueError(f"unknown block kind {block.kind!r}")


def render(document: Document, paper: Paper | None = None, *, kick: bool | None = None) -> bytes:
    """The ESC/POS job of one document: initialise, Chinese mode, the blocks, feed and cut,
    then the drawer kick when the document is a cash movement (or `kick` says so)."""
    paper = paper or Paper()
    writer = _Writer(paper)
    for block in document.blocks:
        writer.block(block)
    writer.p.cut(mode=CUTS.get(paper.cut, "FULL"))
    if (document.opens_drawer if kick is None else kick) and paper.drawer:
        writer.p.cashdraw(2)
    return writer.p.output


def drawer_kick() -> bytes:
    """The pulse that opens the cash drawer on the printer's drawer port (pin 2)."""
    p = Dummy()
    p.cashdraw(2)
    return p.output
