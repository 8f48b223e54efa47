"""DeskPage, the base of the main window's pages: the session, the page's frame (its title
over one column of parts), and the one place where the desk's refusals are shown.

A page names its title in `page_title()`, adds its parts to `self.body`, and calls the
services through `self.run(...)`: a DomainError's message is shown (never a traceback) and
the call answers REFUSED, so the page simply stops there:

    case = self.run(complaints.record_case, self.ctx, phone, text, category)
    if case is REFUSED:
        return
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from services.core.context import AppContext
from ui.common.documents import show_document
from ui.session import REFUSED, DeskSession, run_or_note, run_or_show

__all__ = ["REFUSED", "DeskPage"]


class DeskPage(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.preview = None  # the last document this page opened (tests look at it)
        self.body = QVBoxLayout(self)
        self.title = QLabel(self.page_title())
        self.title.setTextFormat(Qt.RichText)
        self.title.setVisible(bool(self.title.text()))
        self.body.addWidget(self.title)

    @property
    def ctx(self) -> AppContext:
        """The signed-in context every service call takes."""
        return self.session.ctx

    def page_title(self) -> str:
        """The heading over the page (rich text, e.g. "<h2>Lending</h2>"); none by default."""
        return ""

    def run(self, operation, *args, **kwargs):
        """Call a service: its answer, or REFUSED once a DomainError's message is shown in a
        message box over this page."""
        return run_or_show(self, operation, *args, **kwargs)

    def run_noted(self, note, operation, *args, **kwargs):
        """As run, but the message goes to `note` on the page (e.g. a label's setText), for
        problems that should stay in view beside the fields."""
        return run_or_note(note, operation, *args, **kwargs)

    def open_document(self, build, kind: str | None, number: str | None, title: str):
        """Preview a document to print or save (see ui.common.documents.show_document); it
        is kept in self.preview. A document the desk refuses to build is shown as refused."""
        preview = self.run(show_document, self, self.session, build, kind, number, title)
        self.preview = preview or None
        return self.preview
