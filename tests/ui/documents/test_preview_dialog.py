"""The document preview: pages shown, saved and printed, every output in the print log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from services.documents import Column, Document, Footer, copy_mark_text, printing
from tests.services.documents.test_documents import page_texts
from ui.documents.preview_dialog import DocumentPreviewDialog
from ui.session import DeskSession

NUMBER = "D2026-000012"


def slip(copy_no: int = 0, layout: str = "receipt", rows: int = 1) -> bytes:
    doc = Document(
        layout,
        copy_mark=copy_mark_text(copy_no, "COPY {n}"),
        footer=Footer("Harbour City Mall", "", "Page {page} / {pages}"),
    )
    doc.header("港城购物中心").title("押金卡 Deposit slip").fields([("Slip no.", NUMBER)])
    doc.table(
        [Column("Item", 3), Column("Deposit", 1, money=True)], [["雨伞 Umbrella", 5000]] * rows
    )
    return doc.qr(NUMBER).build()


def open_dialog(qtbot, ctx, pdf: bytes, **kwargs) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(
        DeskSession(ctx), pdf, "deposit_slip", NUMBER, "Deposit slip", **kwargs
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts need an active window
    return dialog


def outputs(ctx) -> list[tuple[str, int]]:
    return [(p.output, p.copy_no) for p in printing.prints_of(ctx, "deposit_slip", NUMBER)]


def save_to(monkeypatch, path):
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(path), "PDF files (*.pdf)")),
    )


def test_dialog_shows_every_page_and_logs_the_preview(qtbot, admin_ctx):
    pdf = slip(layout="a4", rows=120)
    dialog = open_dialog(qtbot, admin_ctx, pdf)
    assert len(dialog.page_labels) == 3
    assert all(not label.pixmap().isNull() for label in dialog.page_labels)
    assert dialog.info.text() == "3 page(s)"
    assert outputs(admin_ctx) == [("preview", 0)]


def test_zoom_renders_larger_pages(qtbot, admin_ctx):
    dialog = open_dialog(qtbot, admin_ctx, slip())
    before = dialog.page_labels[0].pixmap().width()
    dialog.zoom_in()
    assert dialog.zoom == 1.25
    assert dialog.page_labels[0].pixmap().width() > before
    assert dialog.zoom_label.text() == "125 %"


def test_save_as_pdf_writes_the_file_and_records_the_copy(qtbot, admin_ctx, tmp_path, monkeypatch):
    pdf = slip()
    dialog = open_dialog(qtbot, admin_ctx, pdf)
    save_to(monkeypatch, tmp_path / "slip")  # the extension is added
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "slip.pdf").read_bytes() == pdf
    assert outputs(admin_ctx) == [("preview", 0), ("pdf", 0)]
    # without a way to rebuild with COPY 1 the dialog issues no second, unmarked copy
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert outputs(admin_ctx) == [("preview", 0), ("pdf", 0)]


def test_ctrl_s_saves_and_a_rebuild_marks_the_next_copy(qtbot, admin_ctx, tmp_path, monkeypatch):
    built = []

    def rebuild(copy_no: int) -> bytes:
        built.append(copy_no)
        return slip(copy_no)

    dialog = open_dialog(qtbot, admin_ctx, slip(), rebuild=rebuild)
    save_to(monkeypatch, tmp_path / "first.pdf")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert built == [1]
    save_to(monkeypatch, tmp_path / "second.pdf")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert built == [1, 2]
    assert outputs(admin_ctx) == [("preview", 0), ("pdf", 0), ("pdf", 1)]
    assert "COPY 2" in page_texts(dialog.pdf_bytes)[0]  # ready for the next reprint
    assert "COPY" not in page_texts((tmp_path / "first.pdf").read_bytes())[0]
    assert "COPY 1" in page_texts((tmp_path / "second.pdf").read_bytes())[0]


def test_print_renders_pages_onto_the_printer_and_records_it(
    qtbot, admin_ctx, tmp_path, monkeypatch
):
    target = tmp_path / "printed.pdf"

    def pdf_printer(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(dialog._page_size(), QPageSize.Unit.Point))
        return printer

    monkeypatch.setattr(DocumentPreviewDialog, "_ask_printer", pdf_printer)
    dialog = open_dialog(qtbot, admin_ctx, slip(layout="a4", rows=60))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes().startswith(b"%PDF")
    assert len(page_texts(target.read_bytes())) == 2
    assert outputs(admin_ctx) == [("preview", 0), ("printer", 0)]


def test_cancelled_print_records_nothing(qtbot, admin_ctx, monkeypatch):
    monkeypatch.setattr(DocumentPreviewDialog, "_ask_printer", lambda dialog: None)
    dialog = open_dialog(qtbot, admin_ctx, slip())
    dialog.print_document()
    assert outputs(admin_ctx) == [("preview", 0)]


def test_escape_closes(qtbot, admin_ctx):
    dialog = open_dialog(qtbot, admin_ctx, slip())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_domain_error_is_shown_not_raised(qtbot, bare_ctx, admin_ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    open_dialog(qtbot, bare_ctx, slip())
    assert shown == ["Please sign in first."]
    assert outputs(admin_ctx) == []


@pytest.mark.parametrize("kind, number", [(None, None)])
def test_unnumbered_documents_are_not_logged(qtbot, admin_ctx, tmp_path, monkeypatch, kind, number):
    dialog = DocumentPreviewDialog(DeskSession(admin_ctx), slip(), kind, number, "Test page")
    qtbot.addWidget(dialog)
    save_to(monkeypatch, tmp_path / "test.pdf")
    dialog.save_pdf()
    dialog.save_pdf()
    assert (tmp_path / "test.pdf").exists()
    assert dialog.save_button.isEnabled()
    assert admin_ctx.db.conn.execute("SELECT count(*) FROM document_prints").fetchone()[0] == 0
