"""Showing a desk document: the documents are built in services/ (no Qt), with labels in the
window's language, and opened in the preview that prints or saves them; or, when this desk's
receipt printer is set to "print directly", a counter document (slip, receipt, tag, card,
voucher, Z-report) goes straight to that printer with no preview and no dialog.

A counter document can be prepared on a worker (prepare_document: no widgets, its own
connection): its copy number, its bytes, and its ESC/POS print or the drawer's kick; the GUI
thread then only shows what came back (show_prepared)."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services.core.errors import DomainError
from ui.session import REFUSED, DeskSession, desk_tr, run_or_show, show_error


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

    copy_no = printing.next_copy_number(session.ctx, kind, number) if kind and number else 0
    return show_built(parent, session, build(copy_no), build, kind, number, title, copy_no)


def show_built(parent, session, pdf, build, kind, number, title, copy_no):
    """show_document once the bytes are made: to the printer, or into the preview."""
    from services.printing import counter, printers

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
    from services.printing import counter

    if setup.is_escpos:
        printed = run_or_show(
            parent, counter.print_counter_document, session.ctx, pdf.document, kind, number
        )
        return None if printed is REFUSED else DirectPrint(kind, number, title, copy_no, None)
    pdf = roll_pdf(setup, pdf)
    return print_on_system(parent, session, setup, pdf, kind, number, title, copy_no)


def roll_pdf(setup, pdf):
    """The same document laid out for the receipt printer's paper (no Qt: a worker may)."""
    from services.documents.layout import LAYOUTS

    model = pdf.document
    roll = LAYOUTS["receipt58" if setup.paper_mm == 58 else "receipt"]
    if model.layout != roll:
        model.layout = roll
        pdf = model.build()
    return pdf


def print_on_system(parent, session, setup, pdf, kind, number, title, copy_no):
    """A roll PDF on the receipt printer's system queue with no dialog; None when it failed
    (the clerk was told why)."""
    from services.documents import printing
    from ui.printing.system_printer import print_pdf

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


# --- a counter document made on a worker ---------------------------------------------------
@dataclass
class Prepared:
    """What prepare_document made and did on the worker, for show_prepared to show."""

    build: object  # build(ctx, copy_no): the bytes again, for a reprint
    pdf: bytes
    kind: str | None
    number: str | None
    title: str
    copy_no: int
    printed: bool = False  # gone to the ESC/POS receipt printer (its copy logged)
    system: object = None  # the receipt printer's setup, when a system queue prints it
    roll: bytes | None = None  # the document laid out for that printer's paper
    problem: DomainError | None = None  # the printer's or drawer's refusal, to show


def prepare_document(ctx, build, kind, number, title) -> Prepared:
    """Runs on a worker, so no widgets: the copy number, the bytes (`build(ctx, copy_no)`),
    and for a counter document the receipt printer's part (an ESC/POS print, or the
    drawer's kick for cash taken) that would otherwise hold the window."""
    from services.documents import printing

    ctx = dataclasses.replace(ctx, translate=desk_tr)  # labels in the window's language
    copy_no = printing.next_copy_number(ctx, kind, number) if kind and number else 0
    done = Prepared(build, build(ctx, copy_no), kind, number, title, copy_no)
    try:
        _receipt_printer_part(ctx, done)
    except DomainError as exc:  # shown by the GUI thread; the preview opens instead
        done.problem = exc
    return done


def _receipt_printer_part(ctx, done: Prepared) -> None:
    from services.printing import counter, printers

    model = getattr(done.pdf, "document", None)
    if getattr(done.pdf, "labels", None) or model is None:
        return  # labels and plain documents are shown as show_built shows them
    if not (model.layout.is_roll or done.kind in counter.COUNTER_KINDS):
        return
    setup = printers.printer_setup(ctx, "receipt")
    if setup.prints_directly and setup.is_escpos:
        counter.print_counter_document(ctx, model, done.kind, done.number)
        done.printed = True
    elif setup.prints_directly:
        done.system, done.roll = setup, roll_pdf(setup, done.pdf)
    elif model.opens_drawer and done.copy_no == 0 and setup.is_escpos:
        counter.kick_drawer(ctx)  # the cash goes in now


def show_prepared(parent: QWidget, session: DeskSession, done: Prepared):
    """On the GUI thread: what the worker made, printed on a system queue or previewed;
    a reprint (COPY n) from the preview is built with the window's context."""
    rebuild = functools.partial(done.build, doc_ctx(session))
    args = (done.kind, done.number, done.title)
    if getattr(done.pdf, "labels", None):
        return show_built(parent, session, done.pdf, rebuild, *args, done.copy_no)
    if done.problem is not None:
        show_error(parent, done.problem)
    if done.printed:
        return DirectPrint(*args, done.copy_no, rebuild)
    if done.system is not None:
        printed = print_on_system(parent, session, done.system, done.roll, *args, done.copy_no)
        if printed is not None:
            printed.rebuild = rebuild
            return printed
    return open_preview(parent, session, done.pdf, *args, rebuild)
