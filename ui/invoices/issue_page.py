"""Issue an invoice (代开发票): seller (the mall or a tenant shop), buyer person or company
with a checked credit code, lines with quantity, tax-included unit price and tax rate, the
purchase receipts it covers, an optional 20-digit e-invoice number; then the A4 PDF."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.identifiers import is_valid_uscc
from services.core.money import parse_yuan
from services.directory import shops
from services.invoices import documents as invoice_documents
from services.invoices import invoices
from services.invoices.invoices import LineInput
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import format_fen
from ui.common.forms import FormGuard, message_label, problem_label
from ui.common.scan_router import takes_codes
from ui.session import DeskSession, desk_tr

ROWS = 5


class IssueInvoicePage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.seller = QComboBox()
        self.seller.setObjectName("seller")
        self.buyer_kind = QComboBox()
        self.buyer_kind.setObjectName("buyer_kind")
        self.buyer_kind.addItem(self.tr("Person"), "person")
        self.buyer_kind.addItem(self.tr("Company"), "company")
        self.buyer_kind.currentIndexChanged.connect(self._kind_changed)
        self.buyer_name = QLineEdit()
        self.buyer_name.setObjectName("buyer_name")
        self.tax_id = QLineEdit()
        self.tax_id.setObjectName("tax_id")
        self.tax_id.setMaxLength(18)
        self.tax_id.setPlaceholderText(self.tr("18-character unified social credit code"))
        self.sources = QLineEdit()
        takes_codes(self.sources, "receipt", "fee_receipt")  # a scan here stays here
        self.sources.setObjectName("sources")
        self.sources.setPlaceholderText(
            self.tr("Receipt numbers, a tenant's with its amount (U-5521 398.00), by commas")
        )
        self.e_no = QLineEdit()
        self.e_no.setObjectName("e_no")
        self.e_no.setMaxLength(20)
        self.lines = QTableWidget(ROWS, 4)
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Qty"),
                self.tr("Unit price incl. tax"),
                self.tr("Tax rate %"),
            ]
        )
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):  # short figures: as wide as their headings
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.lines.itemChanged.connect(lambda *_: self._show_total())
        self.total = QLabel()
        self.total.setObjectName("total")
        self.message = message_label()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        issue = QPushButton(self.tr("&Issue invoice"))
        issue.clicked.connect(self.on_issue)
        form = QFormLayout()
        form.addRow(self.tr("&Seller"), self.seller)
        form.addRow(self.tr("Buyer &type"), self.buyer_kind)
        form.addRow(self.tr("Buyer &name"), self.buyer_name)
        form.addRow(self.tr("Buyer ta&x ID"), self.tax_id)
        form.addRow(self.tr("Purchase &receipts"), self.sources)
        form.addRow(self.tr("&E-invoice no. (optional)"), self.e_no)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(issue)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        self.body.addLayout(form)
        self.body.addWidget(self.lines, 1)
        self.body.addLayout(bottom)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.message)
        # every problem of the invoice at once: beside its field, the lines' on the line below
        self.guard = FormGuard(self, problem=self.problem)
        self.guard.field(self.buyer_name, required=True, name="buyer's name")
        self.guard.field(self.tax_id, self._tax_id_problem, True, "buyer's taxpayer ID")
        self.guard.field(self.sources, lambda: invoices.parse_sources(self.sources.text()) and None)
        self.guard.field(self.e_no, self._e_no_problem, name="e-invoice number")
        self.guard.field(self.lines, self._lines_problem, name="invoice lines")
        self.setFocusProxy(self.buyer_name)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Issue invoice</h2>")

    def refresh(self) -> None:
        self.seller.clear()
        self.seller.addItem(self.tr("The mall"), None)
        for shop in shops.active_shops(self.ctx):
            self.seller.addItem(shop.label, shop.id)
        self._kind_changed()
        self._show_total()

    def _kind_changed(self) -> None:
        self.tax_id.setEnabled(self.buyer_kind.currentData() == "company")

    def _text(self, row: int, col: int) -> str:
        item = self.lines.item(row, col)
        return item.text().strip() if item else ""

    def line_inputs(self) -> list[LineInput]:
        out = []
        for r in range(self.lines.rowCount()):
            if not any(self._text(r, c) for c in range(4)):
                continue
            try:
                qty, rate = int(self._text(r, 1) or "1"), int(self._text(r, 3) or "13")
            except ValueError:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Desk", "Quantity and tax rate are whole numbers.")
                ) from None
            out.append(LineInput(self._text(r, 0), qty, parse_yuan(self._text(r, 2)), rate))
        return out

    def _show_total(self) -> None:
        try:
            lines = self.line_inputs()
        except DomainError:
            return
        gross = sum(x.quantity * x.unit_price_fen for x in lines)
        tax = sum(invoices.line_tax(x.quantity * x.unit_price_fen, x.tax_rate) for x in lines)
        self.total.setText(
            self.tr("Total %1, of which tax %2")
            .replace("%1", format_fen(gross))
            .replace("%2", format_fen(tax))
        )

    def _tax_id_problem(self) -> str | None:
        code = self.tax_id.text().strip().upper()
        if is_valid_uscc(code):
            return None
        return desk_tr(
            '"{code}" is not a valid unified social credit code: it has 18'
            " characters and its last one is a check character."
        ).format(code=code)

    def _e_no_problem(self) -> str | None:
        text = self.e_no.text().strip()
        if not text or invoices.E_INVOICE_RE.match(text):
            return None
        return desk_tr("An e-invoice number has exactly 20 digits.")

    def _lines_problem(self) -> str | None:
        if not self.line_inputs():  # a line the desk cannot read is refused here
            return desk_tr("An invoice needs at least one line.")
        return None

    def on_issue(self) -> None:
        inv = self.guard.run(self._issue)
        if inv is REFUSED:
            return
        self.done("invoices")
        self.message.setText(
            self.tr("Invoice %1 issued: %2.")
            .replace("%1", inv.invoice_no)
            .replace("%2", format_fen(inv.total_fen))
        )
        self.last_invoice = inv
        for w in (self.buyer_name, self.tax_id, self.sources, self.e_no):
            w.clear()
        self.lines.clearContents()
        self.guard.clear()
        ctx = doc_ctx(self.session)
        self.open_document(
            lambda n: invoice_documents.invoice_pdf(ctx, inv.invoice_no, n),
            invoice_documents.INVOICE_KIND,
            inv.invoice_no,
            self.tr("Invoice"),
        )

    def _issue(self) -> invoices.Invoice:
        """What the form says, to the service (the lines may be refused as typed)."""
        return invoices.issue_invoice(
            self.ctx,
            buyer_kind=self.buyer_kind.currentData(),
            buyer_name=self.buyer_name.text(),
            buyer_tax_id=self.tax_id.text(),
            lines=self.line_inputs(),
            shop_id=self.seller.currentData(),
            sources=invoices.parse_sources(self.sources.text()),
            e_invoice_no=self.e_no.text(),
        )
