"""Caller text to reportlab Paragraph markup: escaped, with line breaks kept."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape


def markup(text: str) -> str:
    """Plain text a person typed (may hold '<' or '&') as safe Paragraph markup."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text whole when it fits `width` points, else cut at a character with '…' added,
    so a long name never runs into its neighbour."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def paper_fen(fen: int) -> str:
    """An amount as printed on paper: '¥1,234.50', thousands grouped so a long figure reads."""
    from services.core.money import format_fen

    return format_fen(fen, grouping=True)


_PIECE = re.compile(r"[\x21-\x7e¥￥·…*×%]+|\s|[^\s\x21-\x7e]")
_CLOSING = "，。；：、）》」』！？,.;:)%"


def pieces(text: str) -> list[str]:
    """Unbreakable pieces: a run of Latin letters, digits and signs (a number, code, time,
    amount or masked value), one Chinese character (with a closing mark that may not start a
    line), or one space."""
    found: list[str] = []
    for piece in _PIECE.findall(text):
        if found and piece in _CLOSING and not found[-1].isspace():
            found[-1] += piece
        else:
            found.append(piece)
    return found


def broken_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The text broken into lines of at most `width` points, only between pieces; a piece
    wider than a line stands alone on its line (still too wide)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width -= 0.5  # rounding: a line measured to fit must fit the Paragraph too
    lines: list[str] = []
    for paragraph in str(text).replace("\r\n", "\n").split("\n"):
        if stringWidth(paragraph, font, size) <= width:
            lines.append(paragraph.rstrip())  # most of a document's texts: one line
            continue
        line = ""
        for piece in pieces(paragraph):
            if stringWidth(line + piece, font, size) <= width or not line.strip():
                line += piece
            elif piece.isspace():
                lines.append(line.rstrip())
                line = ""
            else:
                lines.append(line.rstrip())
                line = piece
        lines.append(line.rstrip())
    return lines


def wrapped(text: str, font: str, size: float, width: float) -> str:
    """The text as Paragraph markup broken into lines of at most `width` points, only between
    pieces: reportlab's own CJK wrapping breaks anywhere, even inside 2026-03-14 or
    138****8000 when it starts early in a line. A piece wider than a line is the one thing
    left for the Paragraph to break."""
    return "<br/>".join(escape(line) for line in broken_lines(text, font, size, width))
