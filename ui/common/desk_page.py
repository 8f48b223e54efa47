"""DeskPage, the base of the main window's pages: the session, the page's frame (its title
over one column of parts), and the one place where the desk's refusals are shown.

A page names its title in `page_title()`, adds its parts to `self.body`, and calls the
services through `self.run(...)`: a DomainError's message is shown (never a traceback) and
the call answers REFUSED, so the page simply stops there:

    case = self.run(complaints.record_case, self.ctx, phone, text, category)
    if case is REFUSED:
        return
    self.done("complaints")    # screens showing complaints refresh (ui/common/hub.py)

A page that shows data names the hub topics it `watches` and has a `refresh()`: it is called
when one of them changes (at once when the page is in view, else when it is next shown).
Shown, a page puts the cursor in its first field (its focus proxy, or the first field that
takes Tab), so the clerk can type or scan at once however the page was reached.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from services.core.context import AppContext
from services.core.errors import DomainError
from ui.common import hub
from ui.common.background import BackgroundCall
from ui.common.documents import prepare_document, show_document, show_prepared
from ui.session import REFUSED, DeskSession, run_or_note, run_or_show, show_error

__all__ = ["REFUSED", "DeskPage"]


class DeskPage(QWidget):
    watches: tuple[str, ...] = ()  # hub topics whose change calls refresh()

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.preview = None  # the last document this page opened (tests look at it)
        self._documents: BackgroundCall | None = None  # counter documents made on a worker
        self.stale = False
        if self.watches and hasattr(self, "refresh"):
            hub.watch(session, self, self._data_changed, *self.watches)
        self.body = QVBoxLayout(self)
        self.title = QLabel(self.page_title(), self)
        self.title.setTextFormat(Qt.RichText)
        self.body.addWidget(self.title)
        # parented first: a parentless widget made visible is a window of its own for a
        # moment, and takes the keyboard (and a scan) away from the desk's window
        self.title.setVisible(bool(self.title.text()))

    @property
    def ctx(self) -> AppContext:
        """The signed-in context every service call takes."""
        return self.session.ctx

    # --- fresh screens and the cursor ---------------------------------------------------------
    def _data_changed(self) -> None:
        if self.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()
        # shown again, the page is ready for the next customer: the cursor in its first field
        # (a scan that opened the page moves it on afterwards)
        target = self.focusProxy() or first_field(self)
        if target is not None:
            target.setFocus(Qt.OtherFocusReason)
        QTimer.singleShot(0, self, self.focus_first)

    def focus_first(self) -> None:
        """The cursor in the page's first field (its focus proxy, else the first widget
        that takes Tab), unless the focus is already inside the page."""
        if not self.isVisible():
            return
        focused = self.focusWidget()
        if focused is not None and focused.hasFocus() and self.isAncestorOf(focused):
            return
        target = self.focusProxy() or first_field(self)
        if target is not None:
            target.setFocus(Qt.OtherFocusReason)

    def done(self, *topics: str) -> None:
        """After a successful change: the screens that show these data refresh."""
        hub.done(self.session, *topics)

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

    def open_document_later(self, build, kind: str | None, number: str | None, title: str):
        """As open_document for a counter document, made on a worker so the window never
        waits for reportlab or the printer: `build(ctx, copy_no)` gets the worker's context.
        The preview (or the direct print) lands in self.preview when the bytes arrive; the
        documents come in the order asked for, every one of them."""
        if self._documents is None:
            self._documents = BackgroundCall(self.session, self, in_turn=True)
            self._documents.setObjectName("counter documents")  # named in the soak's list
            self._documents.answered.connect(self._document_ready)
        self._documents.start(prepare_document, build, kind, number, title)

    def documents_pending(self) -> bool:
        """Whether a document asked for by open_document_later is still being made."""
        return self._documents is not None and self._documents.pending > 0

    def _document_ready(self, prepared, error) -> None:
        if isinstance(error, DomainError):
            show_error(self, error)
            return
        if error is not None:
            raise error  # the application's handler logs it
        self.preview = self.run(show_prepared, self, self.session, prepared) or None


def first_field(page: QWidget) -> QWidget | None:
    """The first widget in the page's Tab chain that takes the keyboard."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
