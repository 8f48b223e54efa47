"""Everything out on loan: overdue first, then due today, then later; phones masked; the
count and the deposits held (money owed to customers) on the totals line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from services.core.permissions import Perm
from services.lending import loans as lending
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import (
    format_fen,
    method_label,
    page_zone,
    shown_name,
    zone_text,
)
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.reveal_dialog import RevealPhoneDialog
from ui.common.shortcuts import bind
from ui.common.tables import table_view
from ui.session import DeskSession, desk_tr

OVERDUE = QColor(255, 214, 214)
DUE_TODAY = QColor(255, 243, 205)


BACKGROUND = Qt.ItemDataRole.BackgroundRole.value  # an int: enum comparisons are slow


class OutstandingModel(PagedTableModel):
    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        if role == BACKGROUND and index.isValid():
            status = self.row(index.row())["status"]
            if status == "overdue":
                return QBrush(OVERDUE)
            if status == "due_today":
                return QBrush(DUE_TODAY)
            return None
        return super().data(index, role)


class OutstandingPage(DeskPage):
    watches = ("loans",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        bind(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"), refresh)
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(refresh)
        self.reveal = QPushButton(self.tr("Reveal &phone…"))
        self.reveal.clicked.connect(self.reveal_phone)
        self.reveal.setVisible(self.session.may(Perm.REVEAL_PERSONAL))
        top.addWidget(self.reveal)
        self.model = OutstandingModel(self._columns(), self._fetch, page_size=100, parent=self)
        self.table = table_view(self.model, fit_contents=True)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Any status"), "")
        for code, text in lending.OUT_STATUS_LABELS.items():
            self.status.addItem(desk_tr(text), code)
        self.status.currentIndexChanged.connect(self.refresh)
        self.dates = DateRangeBar(session, caption=self.tr("Lent:"))
        self.dates.changed.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.dates)
        filters.addStretch(1)
        filters.addWidget(export_button(self, self.model, "items-out"))
        self.body.addLayout(top)
        self.body.addLayout(filters)
        self.body.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.refresh()
        self._just_built = True

    def page_title(self) -> str:
        return self.tr("<h2>Items out</h2>")

    def _columns(self) -> list[Column]:
        statuses = {
            "overdue": self.tr("Overdue"),
            "due_today": self.tr("Due today"),
            "later": self.tr("Out"),
        }
        return [
            Column(self.tr("Status"), "status", lambda v, r: statuses[v]),
            Column(self.tr("Due back"), "due_at", lambda v, r: zone_text(page_zone(self), v)),
            Column(self.tr("Item"), "item_code", lambda v, r: f"{shown_name(r)} {v}"),
            Column(self.tr("Slip"), "slip_no"),
            Column(self.tr("Phone"), "phone_masked"),
            Column(self.tr("Name"), "borrower_name"),
            Column(self.tr("Deposit"), "deposit_fen", lambda v, r: format_fen(v), True),
            Column(self.tr("Paid by"), "method", lambda v, r: method_label(v)),
            Column(self.tr("Lent"), "lent_at", lambda v, r: zone_text(page_zone(self), v)),
        ]

    def reveal_phone(self) -> None:
        """Supervisors: the selected borrower's full number, asked with a reason."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            loan_id = self.model.row(rows[0].row())["id"]
            RevealPhoneDialog(self.session, "loan", loan_id, self).exec()

    def _fetch(self, offset: int, limit: int) -> list[dict]:
        first, last = self.dates.span()
        return (
            self.run(
                lending.outstanding,
                self.ctx,
                limit=limit,
                status=self.status.currentData() or None,
                lent_from=first,
                lent_to=last,
                after_id=self.model.last("id") if offset else None,  # keyset: any depth alike
            )
            or []
        )

    def refresh(self) -> None:
        self.model.reload()
        held = self.run(lending.held_totals, self.ctx)
        if held is REFUSED:
            return
        self.totals.setText(
            self.tr("Items out: {count}; deposits held: {total}").format(
                count=held.count, total=format_fen(held.deposit_fen)
            )
        )

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._just_built:  # the constructor has just read the list; no second read
            self._just_built = False
            return
        self.refresh()
