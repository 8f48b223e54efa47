"""What a 203 dpi thermal printer makes of an ESC/POS job: a one-bit picture of the paper.

Reads the commands the desk sends (services/printing/thermal.py) the way a printer in Chinese
mode does: Font A of 12 x 24 dots (a Chinese character 24 x 24), ESC ! sizes, ESC E bold,
ESC a alignment, GS B white on black, GS ( k QR codes (drawn with the qrcode package at the
module size asked), GS v 0 raster images, ESC d feeds. Used for the pictures in
docs/printing.md and to check in tests that a job prints whole and its QR codes scan."""

from __future__ import annotations

from dataclasses import dataclass

import qrcode
from PIL import Image, ImageDraw, ImageFont

from services.documents.fonts import font_path
from services.printing.paper import PAPER_DOTS

LINE_DOTS = 30  # 24-dot characters and the default line spacing of the printer
CHAR_W, CHAR_H = 12, 24
QR_LEVELS = {48: "L", 49: "M", 50: "Q", 51: "H"}


@dataclass
class _State:
    align: int = 0
    bold: bool = False
    tall: bool = False
    wide: bool = False
    invert: bool = False
    qr_size: int = 3
    qr_level: str = "M"
    qr_data: bytes = b""


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path()), size)


def render_job(job: bytes, width_mm: int = 80) -> Image.Image:
    """The printed paper of one job as a one-bit image, 8 dots a millimetre."""
    dots = PAPER_DOTS[width_mm]
    paper = Image.new("1", (dots, 20000), 1)
    draw = ImageDraw.Draw(paper)
    st, y, i, text = _State(), 8, 0, b""

    def flush(line: bytes) -> None:
        nonlocal y
        glyphs = line.decode("gb18030", errors="replace")
        sx, sy = (2 if st.wide else 1), (2 if st.tall else 1)
        width = sum((CHAR_W if ord(c) < 128 else 2 * CHAR_W) * sx for c in glyphs)
        x = {0: 0, 1: (dots - width) // 2, 2: dots - width}.get(st.align, 0)
        height = LINE_DOTS * sy
        if st.invert:
            draw.rectangle((x, y, x + width, y + height - 2), fill=0)
        font = _font(CHAR_H - 2)
        ink, ground = (1, 0) if st.invert else (0, 1)
        for ch in glyphs:
            cell_w = CHAR_W if ord(ch) < 128 else 2 * CHAR_W
            w = cell_w * sx
            # each character drawn in its cell at the base size, then stretched as the
            # printer's double width and height do
            natural = max(cell_w, int(font.getlength(ch)) + 2)  # squeezed into its cell
            glyph = Image.new("1", (natural, CHAR_H + 4), ground)  # room for '_' below
            pen = ImageDraw.Draw(glyph)
            for dx in (0, 1) if st.bold else (0,):
                pen.text((dx, 0), ch, font=font, fill=ink)
            paper.paste(glyph.resize((w, (CHAR_H + 4) * sy)), (x, y + 1))
            x += w
        y += height

    while i < len(job):
        b = job[i]
        if b == 0x0A:
            flush(text)
            text, i = b"", i + 1
        elif b == 0x1B:  # ESC
            op = job[i + 1]
            if op == ord("@"):
                st, i = _State(), i + 2
            elif op == ord("!"):
                mode = job[i + 2]
                st.bold, st.tall, st.wide = bool(mode & 8), bool(mode & 16), bool(mode & 32)
                i += 3
            elif op == ord("E"):
                st.bold, i = bool(job[i + 2]), i + 3
            elif op == ord("a"):
                st.align, i = job[i + 2] % 48, i + 3
            elif op == ord("d"):
                y, i = y + LINE_DOTS * job[i + 2], i + 3
            elif op == ord("p"):
                i += 5  # the drawer kick prints nothing
            else:
                i += 3
        elif b == 0x1C:  # FS & / FS .
            i += 2
        elif b == 0x1D:  # GS
            op = job[i + 1]
            if op == ord("B"):
                st.invert, i = bool(job[i + 2]), i + 3
            elif op == ord("!"):
                size = job[i + 2]
                st.wide, st.tall, i = bool(size & 0x70), bool(size & 0x07), i + 3
            elif op == ord("V"):
                i += 3 if job[i + 2] in (0, 1, 48, 49) else 4
                y += 8
                draw.line((0, y, dots, y), fill=0)  # where the knife cuts
                y += 8
            elif op == ord("(") and job[i + 2] == ord("k"):
                size = job[i + 3] + 256 * job[i + 4]
                body = job[i + 5 : i + 5 + size]
                fn = body[1]
                if fn == ord("C"):
                    st.qr_size = body[2]
                elif fn == ord("E"):
                    st.qr_level = QR_LEVELS.get(body[2], "M")
                elif fn == ord("P"):
                    st.qr_data = body[3:]
                elif fn == ord("Q"):
                    y = _draw_qr(paper, st, y, dots)
                i += 5 + size
            elif op == ord("v") and job[i + 2] == ord("0"):
                xl, xh, yl, yh = job[i + 4 : i + 8]
                row_bytes, rows = xl + 256 * xh, yl + 256 * yh
                data = job[i + 8 : i + 8 + row_bytes * rows]
                raster = Image.frombytes("1", (row_bytes * 8, rows), bytes(~x & 0xFF for x in data))
                x = {0: 0, 1: (dots - raster.width) // 2, 2: dots - raster.width}[st.align]
                paper.paste(raster, (max(x, 0), y))
                y += rows
                i += 8 + row_bytes * rows
            else:
                i += 3
        else:
            text += bytes([b])
            i += 1
    if text:
        flush(text)
    return paper.crop((0, 0, dots, y + 16))


def _draw_qr(paper: Image.Image, st: _State, y: int, dots: int) -> int:
    levels = {"L": 1, "M": 0, "Q": 3, "H": 2}
    code = qrcode.QRCode(error_correction=levels[st.qr_level], border=0, box_size=st.qr_size)
    code.add_data(st.qr_data.decode("utf-8"))
    code.make(fit=True)
    symbol = code.make_image().get_image().convert("1")
    x = {0: 0, 1: (dots - symbol.width) // 2, 2: dots - symbol.width}.get(st.align, 0)
    paper.paste(symbol, (x, y + 4 * st.qr_size))  # the printer leaves the quiet zone blank
    return y + symbol.height + 8 * st.qr_size
