"""Caller text to reportlab Paragraph markup: escaped, with line breaks kept."""

from __future__ import annotations

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
