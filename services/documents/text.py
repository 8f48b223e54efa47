"""Caller text to reportlab Paragraph markup: escaped, with line breaks kept."""

from __future__ import annotations

from xml.sax.saxutils import escape


def markup(text: str) -> str:
    """Plain text a person typed (may hold '<' or '&') as safe Paragraph markup."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")
