"""Preview of a desk document (PDF bytes from services/documents) with Print… and Save as PDF….

Every print or save of a numbered document is logged by services.printing, which also says
which copy it is. A reprint must carry its COPY n mark, so a caller that wants more than one
output per dialog passes `rebuild(copy_no) -> pdf bytes`; without it the dialog issues one
copy and then offers only Close."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.documents import printing
from ui.session import REFUSED, DeskSession, run_or_show

SCREEN_DPI = 96
MAX_PRINT_DPI = 300  # sharp text on lasers; 600+ dpi rasters cost seconds and ~140 MB a page
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def render_page(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One PDF page as a QImage at `dpi`, straight from pdfium's buffer (no Pillow)."""
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
    try:
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return image.copy()  # own the pixels before pdfium frees its buffer
    finally:
        bitmap.close()


ROLL_MAX_WIDTH = 81 / 25.4 * 72  # points: a page this narrow is a receipt roll


def for_printer(image: QImage, page_width: float) -> QImage:
    """A roll page as one-bit black and white, cut at mid-grey: a thermal printer's driver
    would otherwise dither the antialiased edges of every character into fuzz."""
    if page_width > ROLL_MAX_WIDTH:
        return image
    return image.convertToFormat(
        QImage.Format.Format_Mono,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.MonoOnly,
    )


class DocumentPreviewDialog(QDialog):
    def __init__(
        self,
        session: DeskSession,
        pdf_bytes: bytes,
        kind: str | None,
        number: str | None,
        title: str,
        parent: QWidget | None = None,
        *,
        rebuild: Callable[[int], bytes] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.kind, self.number, self.title = kind, number, title
        self.rebuild = rebuild
        self.zoom = 1.0
        self.pdf_bytes = b""
        self.document: pdfium.PdfDocument | None = None
        self.page_labels: list[QLabel] = []
        self.setWindowTitle(title)
        self._build_ui()
        self.load(pdf_bytes, fit=True)
        if self.numbered:
            self._record("preview")

    @property
    def numbered(self) -> bool:
        return bool(self.kind and self.number)

    # ---- widgets ----

    def _build_ui(self) -> None:
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages_box)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #7a7a7a; }")
        self.pages_box.setStyleSheet("background: #7a7a7a;")

        self.info = QLabel()
        self.zoom_label = QLabel()
        zoom_out = self._button(self.tr("Zoom out"), self.zoom_out)
        zoom_in = self._button(self.tr("Zoom in"), self.zoom_in)
        self.print_button = self._button(self.tr("Print…"), self.print_document)
        self.save_button = self._button(self.tr("Save as PDF…"), self.save_pdf)
        close = self._button(self.tr("Close"), self.reject)
        self.print_button.setDefault(True)

        bar = QHBoxLayout()
        for widget in (self.info, zoom_out, self.zoom_label, zoom_in):
            bar.addWidget(widget)
        bar.addStretch()
        for widget in (self.print_button, self.save_button, close):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)

        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_pdf),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        # Esc closes: QDialog rejects on Escape by itself

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ---- pages ----

    def load(self, pdf_bytes: bytes, fit: bool = False) -> None:
        """Show these PDF bytes (also after a rebuild with the next COPY mark)."""
        if self.document is not None:
            self.document.close()
        self.pdf_bytes = pdf_bytes
        self.document = pdfium.PdfDocument(pdf_bytes)
        count = len(self.document)
        self.info.setText(self.tr("%n page(s)", "", count))
        if fit:
            self._fit_to_screen()
        self.render_pages()

    def _fit_to_screen(self) -> None:
        """Open as large as the page at 100 %, or smaller with the page's width fitted."""
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        page_w = self._page_size().width() / 72 * SCREEN_DPI
        page_h = self._page_size().height() / 72 * SCREEN_DPI
        chrome = 80  # scroll bar, margins and frame
        width = min(page_w + chrome, screen.width() * 0.9)
        height = min(page_h + chrome + 40, screen.height() * 0.9)
        self.resize(int(max(width, 520)), int(max(height, 400)))
        self.zoom = min(1.0, (width - chrome) / page_w)

    def render_pages(self) -> None:
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        ratio = self.devicePixelRatioF()
        for page in self.document:
            image = render_page(page, SCREEN_DPI * self.zoom * ratio)
            image.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white;")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
            page.close()
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(self.zoom * 100)))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self.render_pages()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom), ZOOM_STEPS[0]))

    # ---- output ----

    def print_document(self) -> None:
        if not self.print_button.isEnabled():
            return
        printer = self._ask_printer()
        if printer is None:
            return
        if not self._paint_on(printer):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "The printer could not be started. Check that it is"
                    " switched on and connected, then try again."
                ),
            )
            return
        self._issued("printer")

    def _page_size(self) -> QSizeF:
        width, height = self.document[0].get_size()
        return QSizeF(width, height)

    def _ask_printer(self) -> QPrinter | None:
        """The printer the clerk chose in the print dialog, set to the document's paper."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(self._page_size(), QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                QMarginsF(),
            )
        )
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def _paint_on(self, printer: QPrinter) -> bool:
        """Each page rendered at the printer's resolution and drawn at its true size."""
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for index, page in enumerate(self.document):
                if index:
                    printer.newPage()
                width, height = page.get_size()
                image = for_printer(render_page(page, dpi), width)
                page.close()
                target_w = width / 72 * printer.resolution()
                target_h = height / 72 * printer.resolution()
                # true size, unless the paper in the printer is smaller than the page
                scale = min(1.0, paper.width() / target_w, paper.height() / target_h)
                painter.drawImage(QRectF(0, 0, target_w * scale, target_h * scale), image)
        finally:
            painter.end()
        return True

    def save_pdf(self) -> None:
        if not self.save_button.isEnabled():
            return
        suggested = str(Path.home() / f"{self.number or self.title}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Could not save {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return
        self._issued("pdf")

    def _record(self, output: str):
        return run_or_show(
            self, printing.record_print, self.session.ctx, self.kind, self.number, output
        )

    def _issued(self, output: str) -> None:
        """A copy left the desk: log it, then make sure a further one shows COPY n."""
        if not self.numbered:
            return
        record = self._record(output)
        if record is REFUSED:
            return
        if (
            self.rebuild is None
            or run_or_show(self, self._load_copy, record.copy_no + 1) is REFUSED
        ):
            self._stop_output()

    def _load_copy(self, copy_no: int) -> None:
        """The next output is this copy, marked COPY n."""
        self.load(self.rebuild(copy_no))

    def _stop_output(self) -> None:
        hint = self.tr(
            "This copy has been issued. Open the document again to make a"
            " reprint; it will be marked as a copy."
        )
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
            button.setToolTip(hint)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._close_document()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._close_document()
        super().done(result)

    def _close_document(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None
