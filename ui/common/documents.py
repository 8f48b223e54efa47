"""Showing a desk document: the documents are built in services/ (no Qt), with labels in the
window's language, and opened in the preview that prints or saves them."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from ui.session import DeskSession, desk_tr


def doc_ctx(session: DeskSession):
    """The session's context with Qt's translation, for documents built in services/."""
    return dataclasses.replace(session.ctx, translate=desk_tr)


def show_document(
    parent: QWidget, session: DeskSession, build, kind: str | None, number: str | None, title: str
):
    """Open the preview (print / save PDF) of a document; `build(copy_no)` makes its bytes.
    The dialog is window-modal but does not block, so the counter keeps its rhythm."""
    from services.documents import printing
    from ui.documents.preview_dialog import DocumentPreviewDialog

    copy_no = printing.next_copy_number(session.ctx, kind, number) if kind and number else 0
    dialog = DocumentPreviewDialog(
        session, build(copy_no), kind, number, title, parent, rebuild=build
    )
    dialog.open()
    return dialog
