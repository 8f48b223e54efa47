"""Small helpers the lending and shift pages share: times, names, documents in the UI
language, the slip preview."""
from __future__ import annotations

import dataclasses
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from services.admin import site
from services.core.clock import parse_iso
from services.core.money import format_fen
from services.shifts.shifts import METHOD_LABELS, METHODS
from ui import i18n
from ui.session import DeskSession, desk_tr

__all__ = ["format_fen", "local_text", "kind_name", "method_label", "METHODS", "doc_ctx",
           "show_document"]


def local_text(session: DeskSession, stored: str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if not stored:
        return ""
    tz = ZoneInfo(site.timezone(session.ctx))
    return parse_iso(stored).astimezone(tz).strftime(fmt)


def language() -> str:
    return i18n.current()


def kind_name(row) -> str:
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    return get("name_zh") if language().startswith("zh") else get("name_en")


def method_label(method: str) -> str:
    return desk_tr(METHOD_LABELS.get(method, method))


def doc_ctx(session: DeskSession):
    """The session's context with Qt's translation, for documents built in services/."""
    return dataclasses.replace(session.ctx, translate=desk_tr)


def show_document(parent: QWidget, session: DeskSession, build, kind: str | None,
                  number: str | None, title: str):
    """Open the preview (print / save PDF) of a document; `build(copy_no)` makes its bytes.
    The dialog is window-modal but does not block, so the counter keeps its rhythm."""
    from services.documents import printing
    from ui.documents.preview_dialog import DocumentPreviewDialog

    copy_no = printing.next_copy_number(session.ctx, kind, number) if kind and number else 0
    dialog = DocumentPreviewDialog(session, build(copy_no), kind, number, title, parent,
                                   rebuild=build)
    dialog.open()
    return dialog


def tr(text: str) -> str:
    return QCoreApplication.translate("Lending", text)
