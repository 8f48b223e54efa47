"""RegisterPage: a register of numbered documents (receipts, invoices) over a span of days
(today, this week, this month or days chosen) and a status: the filters and the register's
actions on top, its documents a page at a time (paged on by key), the totals of the span
underneath. A register names its `columns()`, `actions()`, its `statuses()`, how it fetches
`documents(first, last, status, before_id, limit)` and what `totals_text(first, last)` says."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from ui.common.date_range import MONTH, TODAY, DateRangeBar
from ui.common.desk_page import DeskPage
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.session import DeskSession, desk_tr


class RegisterPage(DeskPage):
    def __init__(
        self, session: DeskSession, parent: QWidget | None = None, whole_month: bool = False
    ):
        super().__init__(session, parent)
        self.resize_when_shown = False
        self.period_bar = DateRangeBar(
            session, initial=MONTH if whole_month else TODAY, allow_all=False
        )
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Any status"), "")
        for code, text in self.statuses().items():
            self.status.addItem(desk_tr(text), code)
        self.model = PagedTableModel(self.columns(), self._fetch)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # rows in view only
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.period_bar)
        top.addWidget(self.status)
        top.addStretch(1)
        for button in self.actions():
            top.addWidget(button)
        self.export = export_button(self, self.model, self.export_name())
        top.addWidget(self.export)
        self.body.addLayout(top)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.totals)
        self.period_bar.changed.connect(self.reload)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    # --- what a register says ---------------------------------------------------------------
    def columns(self) -> list[Column]:
        """The register's columns; each register (receipts, invoices) names its own."""
        return []

    def actions(self) -> list[QPushButton]:
        return []

    def export_name(self) -> str:
        """The file name a CSV export of the register suggests."""
        return type(self).__name__.removesuffix("Page").lower()

    def statuses(self) -> dict[str, str]:
        """The register's statuses to filter by: code -> label marked in services/."""
        return {}

    def documents(
        self, first: date, last: date, status: str | None, before_id: int | None, limit: int
    ) -> list[dict]:
        """One page of the period's documents in `status` (None: any), below `before_id`
        (the last row shown; None for the first page), read by the register."""
        return []

    def totals_text(self, first: date, last: date) -> str:
        return ""

    # --- the list ---------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list[dict]:
        before_id = self.model.last("id") if offset else None  # keyset: any depth alike
        status = self.status.currentData() or None
        return self.documents(*self.period_bar.period(), status, before_id, limit)

    def reload(self) -> None:
        self.model.reload()
        if self.table.isVisible():
            self.table.resizeColumnsToContents()
        else:  # a page not shown yet has no rows in view: measured when it is (showEvent)
            self.resize_when_shown = True
        self.totals.setText(self.totals_text(*self.period_bar.period()))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.resize_when_shown:
            self.resize_when_shown = False
            self.table.resizeColumnsToContents()

    def refresh(self) -> None:
        """The hub's call when the register's documents change (see `watches`)."""
        self.reload()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None
