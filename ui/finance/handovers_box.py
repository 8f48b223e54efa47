"""Finance › Hand-overs: the vouchers issued, newest first, filtered by desk and business day
(the shared date-range filter), a page at a time, exported as shown."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QVBoxLayout

from services.finance import handover_list
from services.shifts import desks
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED
from ui.common.formatting import format_fen, language, local_text
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view


class HandoversBox(QGroupBox):
    """The hand-over vouchers of `page` (a DeskPage: its session and refusals)."""

    def __init__(self, page):
        super().__init__()
        self.setTitle(self.tr("Hand-over vouchers"))
        self.page = page
        self.desk = QComboBox()
        self.desk.setObjectName("handover_desk")
        self.desk.addItem(self.tr("Every desk"), None)
        for desk in page.run(desks.desk_list, page.ctx) or []:
            self.desk.addItem(desk.label(language()), desk.code)
        self.desk.currentIndexChanged.connect(lambda _i: self.reload())
        self.dates = DateRangeBar(page.session, caption=self.tr("Business day:"))
        self.dates.changed.connect(self.reload)
        self.model = PagedTableModel(
            [
                Column(self.tr("Voucher"), "handover_no"),
                Column(self.tr("Day"), "day", lambda v, r: v.isoformat()),
                Column(self.tr("Desk"), "desk", lambda v, r: v or self.tr("whole site")),
                Column(self.tr("Receipts"), "receipt_count", align_right=True),
                Column(self.tr("Net"), "net_fen", lambda v, r: format_fen(v), True),
                Column(self.tr("By"), "by"),
                Column(self.tr("Issued"), "at", lambda v, r: local_text(page.session, v)),
            ],
            self._rows,
            page_size=100,
            parent=self,
        )
        self.view = table_view(self.model, fit_contents=True)
        self.view.setObjectName("handovers")
        top = QHBoxLayout()
        top.addWidget(self.desk)
        top.addWidget(self.dates)
        top.addStretch()
        top.addWidget(export_button(page, self.model, "handovers"))
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        self.reload()

    def _rows(self, offset: int, limit: int) -> list[dict]:
        first, last = self.dates.span()
        found = self.page.run(
            handover_list.list_handovers,
            self.page.ctx,
            desk=self.desk.currentData(),
            day_from=first,
            day_to=last,
            before_id=self.model.last("id") if offset else None,  # keyset: any depth alike
            limit=limit,
        )
        return [] if found is REFUSED else [as_row(h) for h in found]

    def reload(self) -> None:
        self.model.reload()
