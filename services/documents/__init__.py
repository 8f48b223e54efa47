"""Desk documents as PDF bytes, built without Qt: receipts on an 80 mm roll, A4 and A5 sheets.

Use Document (see builder.py) with Column for tables, Signature for signature lines and
Footer for the page footer of sheets; every visible word is passed in by the caller."""

from services.documents.blocks import Signature
from services.documents.builder import Document, copy_mark_text
from services.documents.fonts import FontMissing, cjk_font, font_path
from services.documents.layout import A4, A5, LAYOUTS, RECEIPT, Layout
from services.documents.pages import Footer
from services.documents.tables import Column

__all__ = [
    "A4",
    "A5",
    "LAYOUTS",
    "RECEIPT",
    "Column",
    "Document",
    "Footer",
    "FontMissing",
    "Layout",
    "Signature",
    "cjk_font",
    "copy_mark_text",
    "font_path",
]
