"""With "print directly" on, a lend at the counter prints the slip on the receipt printer (a
fake network printer here) with no preview and no dialog; the printers page keeps the
settings and opens the drawer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from services.documents import printing
from services.lending import items as lending_items
from services.printing import printers
from services.shifts import shifts
from tests.services.printing.fake_printer import FakePrinter
from tests.services.printing.test_escpos_documents import KICK, qr_payload
from ui.common.documents import DirectPrint
from ui.lending.lending_page import LendingPage
from ui.printing.printers_page import PrintersPage
from ui.session import DeskSession


@pytest.fixture
def fake_printer():
    printer = FakePrinter()
    yield printer
    printer.close()


def dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_a_lend_prints_the_slip_with_no_dialog(role_ctx, qtbot, fake_printer, errors, db_path):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 2)
    printers.save_printer_setup(
        admin,
        printers.PrinterSetup(
            connection="network", host="127.0.0.1", port=fake_printer.port, direct=True
        ),
    )
    shifts.open_shift(clerk, {10000: 1})
    page = LendingPage(DeskSession(clerk, str(db_path)))  # the slip made and sent on a worker
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.scan_box.setFocus()
    qtbot.keyClicks(page.scan_box, "U-001")
    qtbot.keyClick(page.scan_box, Qt.Key_Return)
    qtbot.keyClicks(page.lend_form.phone, "13800138000")
    qtbot.keyClick(page.lend_form.phone, Qt.Key_Return)
    qtbot.waitUntil(lambda: not page.documents_pending())
    assert errors == []
    assert isinstance(page.preview, DirectPrint)
    assert dialogs() == []
    job = fake_printer.wait_for(1)[0]
    assert qr_payload(job) == [b"D2026-000001"]
    assert KICK in job  # a cash deposit went into the drawer
    assert printing.prints_of(clerk, "deposit_slip", "D2026-000001")[0].output == "printer"
    # a reprint on demand is COPY 1, again with no dialog, and opens no drawer
    page.open_slip(1, "D2026-000001")
    second = fake_printer.wait_for(2)[1]
    assert b"COPY 1" in second and KICK not in second
    assert dialogs() == []


def test_without_direct_printing_the_preview_opens(role_ctx, qtbot, errors):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 1)
    shifts.open_shift(clerk, {10000: 1})
    page = LendingPage(DeskSession(clerk))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.scan_box, "U-001")
    qtbot.keyClick(page.scan_box, Qt.Key_Return)
    qtbot.keyClicks(page.lend_form.phone, "13800138000")
    qtbot.keyClick(page.lend_form.phone, Qt.Key_Return)
    assert isinstance(page.preview, QDialog) and page.preview.isVisible()
    page.preview.close()


def test_printers_page_saves_tests_and_opens_the_drawer(role_ctx, qtbot, fake_printer, errors):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    page = PrintersPage(DeskSession(admin))
    qtbot.addWidget(page)
    page.show()
    box = page.boxes["receipt"]
    box.connection.setCurrentIndex(box.connection.findData("network"))
    box.host.setText("127.0.0.1")
    box.port.setValue(fake_printer.port)
    box.paper.setCurrentIndex(box.paper.findData(58))
    box.direct.setChecked(True)
    box.print_test()
    assert "Test page sent" in box.message.text(), box.message.text()
    job = fake_printer.wait_for(1)[0]
    assert "中文示例".encode("gb18030") in job
    saved = printers.printer_setup(clerk, "receipt")
    assert (saved.paper_mm, saved.direct, saved.port) == (58, True, fake_printer.port)
    page.grab().save("/tmp/printers-page.png")

    clerk_page = PrintersPage(DeskSession(clerk))
    qtbot.addWidget(clerk_page)
    assert not clerk_page.boxes["receipt"].save_button.isEnabled()  # admins set printers
    assert clerk_page.open_drawer("change for a 100 note")
    assert fake_printer.wait_for(2)[1] == KICK + b"22"
    assert errors == []


def test_single_labels_go_straight_to_the_label_printer(role_ctx, qtbot, fake_printer, errors):
    from PySide6.QtWidgets import QWidget

    from services.lending import documents as lending_documents
    from ui.common.documents import show_document

    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    codes = lending_items.add_items(admin, kinds["umbrella"].id, 3)
    printers.save_printer_setup(
        admin,
        printers.PrinterSetup(
            role="label",
            connection="network",
            host="127.0.0.1",
            port=fake_printer.port,
            paper_mm=58,
            direct=True,
        ),
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_document(
        parent,
        DeskSession(clerk),
        lambda n: lending_documents.item_labels_pdf(clerk, codes, sheet=False),
        None,
        None,
        "Item labels",
    )
    assert isinstance(shown, DirectPrint) and dialogs() == []
    jobs = fake_printer.wait_for(3)
    assert [qr_payload(job) for job in jobs] == [[code.encode()] for code in codes]
    assert all(KICK not in job for job in jobs)
    # a sheet of labels is an A4 page: it still opens in the preview
    sheet = show_document(
        parent,
        DeskSession(clerk),
        lambda n: lending_documents.item_labels_pdf(clerk, codes, sheet=True),
        None,
        None,
        "Item labels",
    )
    assert isinstance(sheet, QDialog)
    sheet.close()
    assert errors == []


def test_cash_moves_open_the_drawer_even_without_direct_printing(
    role_ctx, qtbot, fake_printer, errors, db_path
):
    """A cash sale (its receipt previewed) and the void of a cash sale open the drawer; a card
    sale does not."""
    from services.sales import price_list, sales
    from ui.sales.receipts_page import ReceiptsPage
    from ui.sales.sale_page import SalePage

    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    printers.save_printer_setup(
        admin,
        printers.PrinterSetup(connection="network", host="127.0.0.1", port=fake_printer.port),
    )
    price_list.ensure_default_prices(admin)
    shifts.open_shift(clerk, {10000: 1})
    copy = next(i for i in price_list.list_prices(clerk) if i.code == "COPY-A4")
    page = SalePage(DeskSession(clerk, str(db_path)))  # the drawer kicked from a worker
    qtbot.addWidget(page)
    cash = sales.sell(clerk, [(copy.id, 2)], "cash", tendered_fen=1000)
    _show_receipt(qtbot, page, cash)  # as the sale page does once the sale is made
    assert fake_printer.wait_for(1) == [KICK + b"22"]
    page.preview.close()
    card = sales.sell(clerk, [(copy.id, 1)], "card")
    _show_receipt(qtbot, page, card)
    page.preview.close()
    register = ReceiptsPage(DeskSession(lead))
    qtbot.addWidget(register)
    register.void(cash.receipt_no, "wrong service")
    assert fake_printer.wait_for(2) == [KICK + b"22"] * 2
    assert errors == []


def _show_receipt(qtbot, page, sale):
    from services.sales import documents as sales_documents

    page.open_document_later(
        lambda ctx, n: sales_documents.receipt_pdf(ctx, sale.receipt_no, n),
        sales_documents.RECEIPT_KIND,
        sale.receipt_no,
        "Receipt",
    )
    qtbot.waitUntil(lambda: not page.documents_pending())


def test_a_system_receipt_printer_gets_the_roll_pdf_with_no_dialog(
    role_ctx, qtbot, monkeypatch, errors
):
    import pypdfium2 as pdfium
    from PySide6.QtWidgets import QWidget

    from services.lending import documents as lending_documents
    from ui.common.documents import show_document
    from ui.printing import system_printer

    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    printers.save_printer_setup(
        admin,
        printers.PrinterSetup(connection="system", system_name="POS-58", paper_mm=58, direct=True),
    )
    sent = []
    monkeypatch.setattr(
        system_printer, "print_pdf", lambda pdf, name, title: sent.append((pdf, name)) or True
    )
    shifts.open_shift(clerk, {10000: 1})
    closed = shifts.close_shift(lead, {10000: 1})
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_document(
        parent,
        DeskSession(lead),
        lambda n: lending_documents.shift_report_pdf(lead, closed.id, n),  # laid out for A4
        "shift_report",
        closed.report_no,
        "Z",
    )
    assert isinstance(shown, DirectPrint) and dialogs() == []
    ((pdf, name),) = sent
    width = pdfium.PdfDocument(bytes(pdf))[0].get_size()[0]
    assert name == "POS-58" and abs(width - 58 / 25.4 * 72) < 1
    assert printing.prints_of(lead, "shift_report", closed.report_no)[-1].output == "printer"
    assert errors == []
