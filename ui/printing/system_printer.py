"""A PDF printed on a named printer of the operating system, with no dialog (the printer a
desk chose in its printer settings)."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ui.documents.preview_dialog import MAX_PRINT_DPI, for_printer, render_page


def system_printers() -> list[str]:
    """The names of the printers the operating system knows."""
    return list(QPrinterInfo.availablePrinterNames())


def print_pdf(pdf: bytes, printer_name: str, title: str) -> bool:
    """Each page at its true size on `printer_name`; False when that printer cannot start."""
    document = pdfium.PdfDocument(bytes(pdf))
    try:
        width, height = document[0].get_size()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(printer_name)
        if not printer.isValid() or printer.printerName() != printer_name:
            return False
        printer.setDocName(title)
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(width, height), QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                QMarginsF(),
            )
        )
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index, page in enumerate(document):
                if index:
                    printer.newPage()
                w, h = page.get_size()
                image = for_printer(render_page(page, dpi), w)
                page.close()
                scale = printer.resolution() / 72
                painter.drawImage(QRectF(0, 0, w * scale, h * scale), image)
        finally:
            painter.end()
        return True
    finally:
        document.close()
