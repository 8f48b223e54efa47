"""A loan already back, reached by its slip or by one of its vouchers: what was settled and
the vouchers of its return, one reprinted with Enter (marked COPY n); Esc for the next
customer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.lending import loans as lending
from services.lending import vouchers
from ui.common.formatting import format_fen, label, local_text, method_label, shown_name
from ui.session import DeskSession


class VoucherPanel(QWidget):
    reprint = Signal(str)  # voucher number
    cancelled = Signal()

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.settled: vouchers.SettledLoan | None = None
        box = QGroupBox(self.tr("Returned loan"))
        self.summary = QLabel()
        self.summary.setObjectName("settled_loan")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.setObjectName("voucher_list")
        self.list.itemActivated.connect(lambda _item: self.on_reprint())
        # a return has at most two vouchers: a short list, the hint and button close under it
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 5)
        self.none = QLabel(self.tr("No voucher was issued for this return."))
        self.reprint_button = QPushButton(self.tr("Re&print voucher"))
        self.reprint_button.clicked.connect(self.on_reprint)
        self.hint = QLabel(self.tr("Enter: reprint the chosen voucher.  Esc: next customer."))
        self.hint.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.summary)
        column.addWidget(self.list)
        column.addWidget(self.none)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.reprint_button)
        column.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()

    def start(self, settled: vouchers.SettledLoan) -> None:
        self.settled = settled
        loan = settled.loan
        lines = [
            self.tr("Slip {slip}: {item} {code}").format(
                slip=loan.slip_no, item=shown_name(loan), code=loan.item_code
            ),
            self.tr("Back {at} ({condition}); refund {refund}, compensation {charge}.").format(
                at=local_text(self.session, loan.settled_at),
                condition=label(lending.CONDITION_LABELS, loan.condition),
                refund=format_fen(loan.refund_fen or 0),
                charge=format_fen((loan.forfeit_fen or 0) + (loan.extra_charge_fen or 0)),
            ),
        ]
        self.summary.setText("\n".join(lines))
        self.list.clear()
        for voucher in settled.vouchers:
            entry = QListWidgetItem(
                self.tr("{number}  {kind}  {amount}  {method}").format(
                    number=voucher.voucher_no,
                    kind=label(vouchers.KIND_LABELS, voucher.kind),
                    amount=format_fen(voucher.amount_fen),
                    method=method_label(voucher.method),
                )
            )
            entry.setData(Qt.UserRole, voucher.voucher_no)
            self.list.addItem(entry)
            if voucher.voucher_no == settled.voucher_no or self.list.currentRow() < 0:
                self.list.setCurrentItem(entry)
        has_any = bool(settled.vouchers)
        self.list.setVisible(has_any)
        self.none.setVisible(not has_any)
        self.reprint_button.setEnabled(has_any)
        self.list.setFocus()

    def chosen(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(Qt.UserRole) if entry is not None else None

    def on_reprint(self) -> None:
        number = self.chosen()
        if number:
            self.reprint.emit(number)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
