"""Counter documents made on a worker (DeskPage.open_document_later): the bytes are built and
an ESC/POS print sent off the GUI thread with a connection of the worker's own; every
document asked for opens, in order; a printer that cannot be reached is named and the
preview opens instead; a system receipt printer gets the roll layout with no dialog."""

from __future__ import annotations

import socket
import threading

import pypdfium2 as pdfium
from PySide6.QtWidgets import QDialog

from services.documents import printing
from services.lending import documents as lending_documents
from services.lending import items as lending_items
from services.lending import loans as lending
from services.printing import printers
from services.shifts import shifts
from tests.services.lending.test_lending_documents import pdf_text
from ui.common.desk_page import DeskPage
from ui.common.documents import DirectPrint
from ui.session import DeskSession


def _lent(role_ctx, count: int) -> list[lending.Loan]:
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, count)
    shifts.open_shift(clerk, {10000: 1})
    return [lending.lend_item(clerk, f"U-00{n + 1}", "13800138000", "cash") for n in range(count)]


def _page(qtbot, ctx, db_path) -> DeskPage:
    page = DeskPage(DeskSession(ctx, str(db_path)))
    qtbot.addWidget(page)
    page.show()
    return page


def _slip(page: DeskPage, loan, seen: list | None = None) -> None:
    def build(ctx, copy_no):
        if seen is not None:
            seen.append((threading.get_ident(), ctx.db.conn is page.ctx.db.conn))
        return lending_documents.deposit_slip_pdf(ctx, loan.id, copy_no, "en")

    page.open_document_later(build, "deposit_slip", loan.slip_no, f"Slip {loan.slip_no}")


def test_slips_are_made_on_a_worker_and_every_one_opens_in_order(qtbot, role_ctx, db_path, errors):
    loans = _lent(role_ctx, 3)
    page = _page(qtbot, role_ctx["clerk"], db_path)
    seen: list = []
    for loan in loans:
        _slip(page, loan, seen)
    qtbot.waitUntil(lambda: not page.documents_pending())
    opened = [d for d in page.findChildren(QDialog) if d.isVisible()]
    assert [d.number for d in opened] == [loan.slip_no for loan in loans]
    assert page.preview is opened[-1] and errors == []
    assert all(thread != threading.get_ident() and not same for thread, same in seen)
    # a reprint from the preview is the next copy, made with the window's context
    preview = opened[0]
    preview._issued("pdf")
    assert "COPY 1" in pdf_text(preview.pdf_bytes)
    for dialog in opened:
        dialog.close()


def test_an_unreachable_receipt_printer_is_named_and_the_preview_opens(
    qtbot, role_ctx, db_path, errors
):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    printers.save_printer_setup(
        role_ctx["admin"],
        printers.PrinterSetup(connection="network", host="127.0.0.1", port=port, direct=True),
    )
    [loan] = _lent(role_ctx, 1)
    page = _page(qtbot, role_ctx["clerk"], db_path)
    _slip(page, loan)
    qtbot.waitUntil(lambda: not page.documents_pending())
    assert len(errors) == 1 and "could not be reached" in errors[0]
    assert isinstance(page.preview, QDialog) and page.preview.isVisible()
    assert page.preview.number == loan.slip_no
    page.preview.close()


def test_a_system_receipt_printer_gets_the_roll_made_on_the_worker(
    qtbot, role_ctx, db_path, errors, monkeypatch
):
    from ui.printing import system_printer

    printers.save_printer_setup(
        role_ctx["admin"],
        printers.PrinterSetup(connection="system", system_name="POS-58", paper_mm=58, direct=True),
    )
    sent = []
    monkeypatch.setattr(
        system_printer,
        "print_pdf",
        lambda pdf, name, title: sent.append((pdf, name, threading.get_ident())) or True,
    )
    [loan] = _lent(role_ctx, 1)
    page = _page(qtbot, role_ctx["clerk"], db_path)
    _slip(page, loan)
    qtbot.waitUntil(lambda: not page.documents_pending())
    assert isinstance(page.preview, DirectPrint) and errors == []
    ((pdf, name, thread),) = sent
    width = pdfium.PdfDocument(bytes(pdf))[0].get_size()[0]
    assert name == "POS-58" and abs(width - 58 / 25.4 * 72) < 1
    assert thread == threading.get_ident()  # Qt's printing stays on the GUI thread
    clerk = role_ctx["clerk"]
    assert printing.prints_of(clerk, "deposit_slip", loan.slip_no)[-1].output == "printer"
