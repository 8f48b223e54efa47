"""Showing a desk document: the documents are built in services/ (no Qt), with labels in the
window's language, and opened in the preview that prints or saves them; or, when this desk's
receipt printer is set to "print directly", a counter document (slip, receipt, tag, card,
voucher, Z-report) goes straight to that printer with no preview and no dialog."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.session import REFUSED, DeskSession, desk_tr, run_or_show


def doc_ctx(session: DeskSession):
    """The session's context with Qt's translation, for documents built in services/."""
    return dataclasses.replace(session.ctx, translate=desk_tr)


@dataclass
class DirectPrint:
    """A counter document printed straight to the receipt printer (kept as a page's preview
    so the caller and tests can see what happened); `rebuild(copy_no)` makes a reprint."""

    kind: str | None
    number: str | None
    title: str
    copy_no: int
    rebuild: object

    def isVisible(self) -> bool:  # noqa: N802 - the preview dialog's question, answered
        return False

    def close(self) -> bool:
        return True  # nothing on screen to close


def show_document(
    parent: QWidget, session: DeskSession, build, kind: str | None, number: str | None, title: str
):
    """Print a counter document directly when the desk is set so, else open the preview
    (print / save PDF); `build(copy_no)` makes its bytes. The dialog is window-modal but
    does not block, so the counter keeps its rhythm."""
    from services.documents import printing
    from services.printing import counter, printers

    copy_no = printing.next_copy_number(session.ctx, kind, number) if kind and number else 0
    pdf = build(copy_no)
    labels = getattr(pdf, "labels", None)
    if labels:
        setup = printers.printer_setup(session.ctx, "label")
        if setup.prints_directly:
            done = print_labels(parent, session, setup, pdf, title)
            if done is not None:
                return done
    model = getattr(pdf, "document", None)
    if model is not None and (model.layout.is_roll or kind in counter.COUNTER_KINDS):
        setup = printers.printer_setup(session.ctx, "receipt")
        if setup.prints_directly:
            done = print_directly(parent, session, setup, pdf, kind, number, title, copy_no)
            if done is not None:
                done.rebuild = build
                return done
        elif model.opens_drawer and copy_no == 0 and setup.is_escpos:
            run_or_show(parent, counter.kick_drawer, session.ctx)  # the cash goes in now
    return open_preview(parent, session, pdf, kind, number, title, build)


def open_preview(parent, session, pdf, kind, number, title, build):
    from ui.documents.preview_dialog import DocumentPreviewDialog

    dialog = DocumentPreviewDialog(session, pdf, kind, number, title, parent, rebuild=build)
    dialog.open()
    return dialog


def print_labels(parent, session, setup, pdf, title):
    """Single item labels on the label printer with no dialog; None when it failed."""
    from services.printing import counter
    from ui.printing.system_printer import print_pdf

    if setup.is_escpos:
        if run_or_show(parent, counter.print_labels, session.ctx, pdf.labels) is REFUSED:
            return None
    elif not print_pdf(pdf, setup.system_name, title):
        return None
    return DirectPrint(None, None, title, 0, None)


def print_directly(parent, session, setup, pdf, kind, number, title, copy_no):
    """The document on the receipt printer; None when the printer failed (the clerk was told
    why, and the preview opens instead so the slip can still be printed)."""
    from services.documents import printing
    from services.printing import counter

    if setup.is_escpos:
        printed = run_or_show(
            parent, counter.print_counter_document, session.ctx, pdf.document, kind, number
        )
        return None if printed is REFUSED else DirectPrint(kind, number, title, copy_no, None)
    from services.documents.layout import LAYOUTS
    from ui.printing.system_printer import print_pdf

    model = pdf.document
    roll = LAYOUTS["receipt58" if setup.paper_mm == 58 else "receipt"]
    if model.layout != roll:
        model.layout = roll  # the same document laid out for the receipt printer's paper
        pdf = model.build()
    if not print_pdf(pdf, setup.system_name, title):
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "DocumentPreviewDialog",
                "The printer could not be started. Check that it is"
                " switched on and connected, then try again.",
            ),
        )
        return None
    if (
        kind
        and number
        and run_or_show(parent, printing.record_print, session.ctx, kind, number, "printer")
        is REFUSED
    ):
        return None
    return DirectPrint(kind, number, title, copy_no, None)
