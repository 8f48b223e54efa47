"""Items held at the desk (代保管): take one in for a department, supplier or customer, and
hand it out to whoever picks it up. Held items are listed first; nothing is ever deleted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from services.care import custody
from services.care.custody import OWNER_LABELS
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import label, page_zone, zone_text
from ui.common.forms import FormGuard, buddy, code_combo, problem_label
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view
from ui.session import DeskSession, desk_tr


class CustodyPage(DeskPage):
    watches = ("care",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self._build()
        self.setFocusProxy(self.what_box)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Items held at the desk</h2>")

    def _build(self) -> None:
        self.what_box = QLineEdit()
        self.what_box.setPlaceholderText(self.tr("What, e.g. a box of samples"))
        self.owner_box = code_combo(OWNER_LABELS)
        self.for_box = QLineEdit()
        self.for_box.setPlaceholderText(self.tr("Held for"))
        self.left_by_box = QLineEdit()
        self.left_by_box.setPlaceholderText(self.tr("Left by"))
        self.storage_box = QLineEdit()
        self.storage_box.setPlaceholderText(self.tr("Where it is kept"))
        self.take_button = QPushButton(self.tr("&Take in"))
        form = QFormLayout()
        row1 = QHBoxLayout()
        for w in (self.what_box, self.owner_box, self.for_box):
            row1.addWidget(w)
        form.addRow(buddy(self.tr("&Item"), self.what_box), row1)
        row2 = QHBoxLayout()
        for w in (self.left_by_box, self.storage_box, self.take_button):
            row2.addWidget(w)
        form.addRow(self.tr("Left by"), row2)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        # every problem of the item taken in shows at once beside its field
        self.guard = FormGuard(self, problem=self.problem)
        self.guard.field(self.what_box, required=True, name="description")
        self.guard.field(self.for_box, required=True, name="held for")
        self.guard.field(self.left_by_box, required=True, name="left by")
        self.guard.field(self.storage_box, name="storage place")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for code, text in custody.STATUS_LABELS.items():
            self.status.addItem(desk_tr(text), code)
        self.status.addItem(self.tr("Any status"), "")
        self.dates = DateRangeBar(self.session, caption=self.tr("Taken in:"))
        self.model = PagedTableModel(self._columns(), lambda o, n: [], parent=self)
        self.table = table_view(self.model, (70, 170, 90, 140, 120, 120, 120, 120))
        self.hand_button = QPushButton(self.tr("&Hand out…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addWidget(self.dates)
        bottom.addStretch()
        bottom.addWidget(self.hand_button)
        bottom.addWidget(export_button(self, self.model, "custody"))
        self.body.addLayout(form)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(bottom)
        self.take_button.clicked.connect(self.take_in)
        self.storage_box.returnPressed.connect(self.take_in)
        self.hand_button.clicked.connect(self.hand_out)
        self.table.activated.connect(lambda _i: self.hand_out())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.dates.changed.connect(self.refresh)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Ref."), "id", lambda v, r: r["_item"].ref),
            Column(self.tr("Item"), "description"),
            Column(self.tr("For a"), "owner_kind", lambda v, r: label(OWNER_LABELS, v)),
            Column(self.tr("Held for"), "held_for"),
            Column(self.tr("Left by"), "left_by"),
            Column(self.tr("Taken in"), "received_at", lambda v, r: zone_text(page_zone(self), v)),
            Column(
                self.tr("Picked up"), "picked_up_at", lambda v, r: zone_text(page_zone(self), v)
            ),
            Column(self.tr("Picked up by"), "picked_up_by", lambda v, r: v or ""),
            Column(self.tr("Kept at"), "storage"),
        ]

    def refresh(self) -> None:
        self.model.reload(self._fetch)

    def _fetch(self, offset: int, limit: int) -> list[dict]:
        first, last = self.dates.span()
        found = self.run(
            custody.list_items,
            self.ctx,
            status=self.status.currentData() or None,
            received_from=first,
            received_to=last,
            before_id=self.model.last("id") if offset else None,  # keyset: any depth alike
            limit=limit,
        )
        return [] if found is REFUSED else [as_row(i) for i in found]

    def take_in(self) -> None:
        if (
            self.guard.run(
                custody.take_in,
                self.ctx,
                self.what_box.text(),
                self.owner_box.currentData(),
                self.for_box.text(),
                self.left_by_box.text(),
                storage=self.storage_box.text(),
            )
            is REFUSED
        ):
            return
        self.done("care")
        for box in (self.what_box, self.for_box, self.left_by_box, self.storage_box):
            box.clear()
        self.guard.clear()
        self.refresh()
        self.what_box.setFocus()

    def hand_out(self, who: str | None = None) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        item = self.model.row(index.row())["_item"]
        if who is None:
            who, ok = QInputDialog.getText(
                self,
                self.tr("Hand out"),
                self.tr("Who picks up {what}?").format(what=item.description),
                text=item.held_for,
            )
            if not ok:
                return
        if self.run(custody.hand_out, self.ctx, item.id, who) is not REFUSED:
            self.done("care")
            self.refresh()
