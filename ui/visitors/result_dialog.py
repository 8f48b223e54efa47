"""What the visitor search found, grouped by module: membership and points, loans and
deposits, lost reports and claims, complaint cases, receipts. A scanned number's own record
comes first and is selected; overdue records are red. 'Open page' goes to the module's page,
'Take back' starts the return of a loan still out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.visitors.search import GROUP_LABELS, STATE_LABELS, Hit, VisitorFound
from ui.common.formatting import format_fen, label, language, local_text
from ui.session import DeskSession

OVERDUE = QColor(255, 214, 214)
PAGE_OF = {
    "member": "members",
    "loan": "outstanding",
    "lost_report": "lost_reports",
    "claim": "found_items",
    "found_item": "found_items",
    "complaint": "complaints",
    "receipt": "receipts",
    "invoice": "invoice_register",
}


class VisitorResultDialog(QDialog):
    open_page = Signal(str)  # page key
    take_back = Signal(int)  # loan id

    def __init__(self, session: DeskSession, found: VisitorFound, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.found = session, found
        self.setWindowTitle(self.tr("Visitor search"))
        self.summary = QLabel(self._summary())
        self.summary.setTextFormat(Qt.RichText)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Number"),
                self.tr("What"),
                self.tr("State"),
                self.tr("When"),
                self.tr("Phone"),
                self.tr("Amount"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.Stretch)
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemActivated.connect(lambda *_: self.on_open())
        self.open_button = QPushButton(self.tr("&Open page"))
        self.open_button.clicked.connect(self.on_open)
        self.take_back_button = QPushButton(self.tr("&Take back"))
        self.take_back_button.clicked.connect(self.on_take_back)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.take_back_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill()
        self.resize(860, 520)

    def _summary(self) -> str:
        f = self.found
        if f.document is not None:
            text = self.tr("<b>{number}</b>: {state}").format(
                number=f.document.number, state=label(STATE_LABELS, f.document.state)
            )
            if f.phone_masked:
                text += " — " + self.tr("visitor {phone}").format(phone=f.phone_masked)
            return text
        if f.empty:
            return self.tr("Nothing at the desk for {phone}.").format(phone=f.phone_masked)
        return self.tr("Everything for <b>{phone}</b>").format(phone=f.phone_masked)

    def _fill(self) -> None:
        current = None
        for kind, hits in self.found.groups():
            group = QTreeWidgetItem([f"{label(GROUP_LABELS, kind)} ({len(hits)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for hit in hits:
                item = self._row(hit)
                group.addChild(item)
                if (
                    self.found.document is not None
                    and current is None
                    and hit.number == self.found.document.number
                ):
                    current = item
            group.setExpanded(True)
        first = self.tree.topLevelItem(0)
        self.tree.setCurrentItem(current or (first.child(0) if first else None))
        self._selected(self.tree.currentItem())

    def _row(self, hit: Hit) -> QTreeWidgetItem:
        amount = (
            format_fen(hit.amount_fen)
            if hit.amount_fen is not None
            else self.tr("{points} points").format(points=hit.points)
            if hit.points is not None
            else ""
        )
        when = local_text(self.session, hit.at)
        if hit.due_at and hit.state in ("out", "overdue"):
            when = self.tr("{when}, due {due}").format(
                when=when, due=local_text(self.session, hit.due_at)
            )
        item = QTreeWidgetItem(
            [
                hit.number,
                hit.title_in(language()),
                label(STATE_LABELS, hit.state),
                when,
                hit.phone_masked,
                amount,
            ]
        )
        item.setData(0, Qt.UserRole, hit)
        if hit.urgent:
            for col in range(6):
                item.setBackground(col, QBrush(OVERDUE))
        if self.found.document is not None and hit.number == self.found.document.number:
            font = QFont(item.font(0))
            font.setBold(True)
            for col in range(6):
                item.setFont(col, font)
        return item

    def current_hit(self) -> Hit | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.UserRole) if item is not None else None

    def _selected(self, item, *_) -> None:
        hit = self.current_hit()
        self.open_button.setEnabled(hit is not None and hit.kind in PAGE_OF)
        self.take_back_button.setEnabled(
            hit is not None and hit.kind == "loan" and hit.state in ("out", "overdue")
        )

    def on_open(self) -> None:
        hit = self.current_hit()
        if hit is not None and hit.kind in PAGE_OF:
            self.open_page.emit(PAGE_OF[hit.kind])
            self.accept()

    def on_take_back(self) -> None:
        hit = self.current_hit()
        if hit is not None and hit.kind == "loan" and hit.state in ("out", "overdue"):
            self.take_back.emit(hit.id)
            self.accept()
