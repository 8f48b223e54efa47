"""This desk's printers: the receipt printer (ESC/POS over the network, USB or a serial port,
or a system printer), the label printer and the A4 printer, each with a test page; and the
"Open drawer" button (audited) for the counter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from services.core.context import DEFAULT_DESK
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm
from services.printing import counter, printers
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.forms import FormGuard
from ui.printing.system_printer import print_pdf, system_printers
from ui.session import DeskSession, desk_tr

ERROR_STYLE, SAVED_STYLE = "color: #b00020;", "color: #1b5e20;"


def desk_label(desk: str) -> str:
    """This counter as people call it: the main desk, or the name it was given."""
    return desk_tr(QT_TRANSLATE_NOOP("Desk", "Main desk")) if desk == DEFAULT_DESK else desk


class PrinterBox(QGroupBox):
    """The form of one printer (role 'receipt', 'label' or 'a4')."""

    def __init__(self, page: PrintersPage, role: str):
        super().__init__(desk_tr(printers.ROLE_LABELS[role]))
        self.page, self.role = page, role
        self.connection = QComboBox()
        for code, label in printers.CONNECTION_LABELS.items():
            if role == "a4" and code in printers.ESC_POS_CONNECTIONS:
                continue  # an A4 sheet is not printed on a thermal roll
            self.connection.addItem(desk_tr(label), code)
        self.host = QLineEdit()
        self.host.setPlaceholderText("192.168.1.87")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.device = QLineEdit()
        self.device.setPlaceholderText("/dev/usb/lp0 · 0416:5011 · COM3")
        self.baud = QComboBox()
        for rate in printers.BAUD_RATES:
            self.baud.addItem(str(rate), rate)
        self.system_name = QComboBox()
        self.system_name.setEditable(True)
        self.system_name.addItems(system_printers())
        self.paper = QComboBox()
        self.paper.addItem(self.tr("80 mm"), 80)
        self.paper.addItem(self.tr("58 mm"), 58)
        self.cut = QComboBox()
        self.cut.addItem(self.tr("Full cut"), "full")
        self.cut.addItem(self.tr("Partial cut"), "partial")
        self.direct = QCheckBox(
            self.tr("Print counter documents directly (no preview)")
            if role == "receipt"
            else self.tr("Print single labels directly (no preview)")
        )
        self.native_qr = QCheckBox(self.tr("The printer draws QR codes itself"))
        self.drawer = QCheckBox(self.tr("A cash drawer is connected to this printer"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Print test page"))
        self.test_button.clicked.connect(self.print_test)
        form = QFormLayout(self)
        form.addRow(self.tr("Connection"), self.connection)
        form.addRow(self.tr("Address"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Device"), self.device)
        form.addRow(self.tr("Baud rate"), self.baud)
        form.addRow(self.tr("System printer"), self.system_name)
        if role != "a4":
            form.addRow(self.tr("Paper width"), self.paper)
            form.addRow(self.tr("Cut"), self.cut)
            form.addRow(self.native_qr)
        if role in ("receipt", "label"):
            form.addRow(self.direct)
        if role == "receipt":
            form.addRow(self.drawer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch()
        form.addRow(self.message)
        form.addRow(buttons)
        self.form = form
        # Enter saves; the fields the chosen connection needs are marked beside them at once
        self.guard = FormGuard(self, submit=self.save, problem=self.message)
        self.guard.field(self.host, self._host_problem, True)
        self.guard.field(self.device, required=True)
        self.guard.field(self.system_name, required=True)
        self.connection.currentIndexChanged.connect(self._show_fields)
        editable = page.session.may(Perm.MANAGE_SETTINGS)
        for widget in self.findChildren(QWidget):
            if widget is not self.message:
                widget.setEnabled(editable)
        self.load(printers.printer_setup(page.ctx, role))

    def load(self, setup: printers.PrinterSetup) -> None:
        self.connection.setCurrentIndex(max(self.connection.findData(setup.connection), 0))
        self.host.setText(setup.host)
        self.port.setValue(setup.port)
        self.device.setText(setup.device)
        self.baud.setCurrentIndex(max(self.baud.findData(setup.baud), 0))
        self.system_name.setCurrentText(setup.system_name)
        self.paper.setCurrentIndex(max(self.paper.findData(setup.paper_mm), 0))
        self.cut.setCurrentIndex(max(self.cut.findData(setup.cut), 0))
        self.direct.setChecked(setup.direct)
        self.native_qr.setChecked(setup.native_qr)
        self.drawer.setChecked(setup.drawer)
        self._show_fields()

    def setup(self) -> printers.PrinterSetup:
        return replace(
            printers.PrinterSetup(role=self.role),
            connection=self.connection.currentData(),
            host=self.host.text(),
            port=self.port.value(),
            device=self.device.text(),
            baud=self.baud.currentData(),
            system_name=self.system_name.currentText(),
            paper_mm=self.paper.currentData(),
            cut=self.cut.currentData(),
            direct=self.direct.isChecked() and self.role in ("receipt", "label"),
            native_qr=self.native_qr.isChecked(),
            drawer=self.drawer.isChecked() and self.role == "receipt",
        )

    def _show_fields(self) -> None:
        kind = self.connection.currentData()
        shown = {
            self.host: kind == "network",
            self.port: kind == "network",
            self.device: kind in ("usb", "serial"),
            self.baud: kind == "serial",
            self.system_name: kind == "system",
            self.native_qr: kind in printers.ESC_POS_CONNECTIONS,
            self.cut: kind in printers.ESC_POS_CONNECTIONS,
            self.drawer: kind in printers.ESC_POS_CONNECTIONS,
            self.direct: kind != "none",
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible) if self.form.indexOf(widget) >= 0 else None

    def _note(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(SAVED_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    def _host_problem(self) -> str | None:
        if printers.HOST_PATTERN.match(self.host.text().strip()):
            return None
        return desk_tr("Enter the printer's IP address or host name.")

    def save(self) -> bool:
        self._note("", False)
        saved = self.guard.run(printers.save_printer_setup, self.page.ctx, self.setup())
        if saved is REFUSED:
            return False
        self.load(saved)
        self._note(self.tr("Saved."), True)
        return True

    def print_test(self) -> None:
        """Save what is on the form, then print the test page on that printer."""
        if not self.save():
            return
        pdf = self.page.run_noted(
            self.message.setText, counter.print_test_page, self.page.ctx, self.role
        )
        if pdf is REFUSED:
            return
        if pdf is not None and not print_pdf(
            pdf, self.system_name.currentText(), self.tr("Printer test page")
        ):
            self._note(self.tr("The printer could not be started."), False)
            return
        self._note(self.tr("Test page sent to the printer."), True)


class PrintersPage(DeskPage):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, parent)
        intro = QLabel(
            self.tr(
                "The printers of this desk ({desk}). With 'Print counter documents directly'"
                " on, slips, receipts, tags, cards and shift reports go straight to the"
                " receipt printer; A4 documents still open in the preview."
            ).format(desk=desk_label(session.ctx.desk))
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.boxes = {role: PrinterBox(self, role) for role in printers.ROLES}
        for box in self.boxes.values():
            self.body.addWidget(box)
        drawer_row = QHBoxLayout()
        self.drawer_button = QPushButton(self.tr("Open cash drawer"))
        self.drawer_button.clicked.connect(self.open_drawer)
        self.drawer_note = QLabel()
        drawer_row.addWidget(self.drawer_button)
        drawer_row.addWidget(self.drawer_note, 1)
        self.body.addLayout(drawer_row)
        self.body.addStretch()

    def page_title(self) -> str:
        return self.tr("<h2>Printers</h2>")

    def open_drawer(self, reason: str | None = None) -> bool:
        """Open the drawer without a sale; the reason goes into the audit trail."""
        if not isinstance(reason, str):
            reason, ok = QInputDialog.getText(
                self, self.tr("Open cash drawer"), self.tr("Why is the drawer opened?")
            )
            if not ok:
                return False
        if self.run(counter.open_drawer, self.ctx, reason) is REFUSED:
            return False
        self.drawer_note.setText(self.tr("Drawer opened."))
        return True
