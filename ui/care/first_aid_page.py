"""The first-aid kit: medicines by kind with stock and expiry (low and near-expiry flagged),
a line to record a use, restock or add, and the kit's ledger."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from services.care import first_aid
from services.care.first_aid import KIND_LABELS, MOVE_LABELS
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import label, page_zone, zone_text
from ui.common.forms import FormGuard, buddy, code_combo, date_edit, problem_label
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view
from ui.session import DeskSession, desk_tr

FLAG = QColor(255, 225, 200)


class MedicineModel(PagedTableModel):
    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if role == Qt.BackgroundRole and index.isValid():
            med = self.row(index.row())["_item"]
            return QBrush(FLAG) if med.low or med.near_expiry or med.expired else None
        return super().data(index, role)


class FirstAidPage(DeskPage):
    watches = ("care",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self._build()
        self.setFocusProxy(self.medicine_box)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>First-aid kit</h2>")

    def _build(self) -> None:
        self.flags_label = QLabel()
        self.flags_label.setWordWrap(True)
        self.model = MedicineModel(self._medicine_columns(), lambda o, n: [], parent=self)
        self.table = table_view(self.model, (180, 110, 80, 110, 160))
        self.medicine_box = QComboBox()
        self.quantity_box = QSpinBox()
        self.quantity_box.setRange(1, 1000)
        self.quantity_box.setMaximumWidth(90)
        self.phone_box = QLineEdit()
        self.phone_box.setPlaceholderText(self.tr("Phone (kept masked)"))
        self.whom_box = QLineEdit()
        self.whom_box.setPlaceholderText(self.tr("For whom, e.g. child with a grazed knee"))
        self.use_button = QPushButton(self.tr("Record &use"))
        self.expiry_box = date_edit()
        self.expiry_box.setDate(QDate.currentDate().addYears(1))
        self.restock_button = QPushButton(self.tr("Re&stock"))
        self.new_name_box = QLineEdit()
        self.new_name_box.setPlaceholderText(self.tr("New medicine"))
        self.new_kind_box = code_combo(KIND_LABELS)
        self.new_unit_box = QLineEdit()
        self.new_unit_box.setPlaceholderText(self.tr("Unit"))
        self.new_unit_box.setMaximumWidth(60)
        self.add_button = QPushButton(self.tr("&Add to kit"))
        form = QFormLayout()
        row = QHBoxLayout()
        for w in (self.medicine_box, self.quantity_box):
            row.addWidget(w)
        form.addRow(buddy(self.tr("&Medicine, quantity"), self.medicine_box), row)
        use = QHBoxLayout()
        for w in (self.phone_box, self.whom_box, self.use_button):
            use.addWidget(w)
        form.addRow(self.tr("Given to"), use)
        restock = QHBoxLayout()
        restock.addWidget(self.expiry_box)
        restock.addWidget(self.restock_button)
        restock.addStretch()
        form.addRow(self.tr("Expires on"), restock)
        add = QHBoxLayout()
        for w in (self.new_name_box, self.new_kind_box, self.new_unit_box, self.add_button):
            add.addWidget(w)
        form.addRow(self.tr("New in the kit"), add)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        # each line of the form is its own small form; every problem of it shows at once
        self.use_guard = FormGuard(self, problem=self.problem)
        self.use_guard.field(self.medicine_box, required=True, name="medicine number")
        self.use_guard.field(self.phone_box, self._whom_problem, name="phone")
        self.use_guard.field(self.whom_box, name="description")
        self.restock_guard = FormGuard(self, problem=self.problem)
        self.restock_guard.field(self.medicine_box, required=True, name="medicine number")
        self.add_guard = FormGuard(self, problem=self.problem)
        self.add_guard.field(self.new_name_box, required=True, name="name")
        self.add_guard.field(self.new_unit_box, name="unit")
        self.ledger = PagedTableModel(self._ledger_columns(), lambda o, n: [], parent=self)
        self.ledger_view = table_view(self.ledger, (120, 150, 80, 60, 180, 90))
        self.body.addWidget(self.flags_label)
        self.body.addWidget(self.table, 2)
        self.body.addLayout(form)
        self.move_kind = QComboBox()
        self.move_kind.setObjectName("move_kind")
        self.move_kind.addItem(self.tr("Every entry"), "")
        for code, text in MOVE_LABELS.items():
            self.move_kind.addItem(desk_tr(text), code)
        self.move_kind.currentIndexChanged.connect(lambda _i: self.refresh_ledger())
        self.dates = DateRangeBar(self.session)
        self.dates.changed.connect(self.refresh_ledger)
        ledger_bar = QHBoxLayout()
        ledger_bar.addWidget(QLabel(self.tr("<b>Ledger</b>")))
        ledger_bar.addWidget(self.move_kind)
        ledger_bar.addWidget(self.dates)
        ledger_bar.addStretch()
        ledger_bar.addWidget(export_button(self, self.ledger, "first-aid-ledger"))
        self.body.addLayout(ledger_bar)
        self.body.addWidget(self.ledger_view, 2)
        self.use_button.clicked.connect(self.record_use)
        self.whom_box.returnPressed.connect(self.record_use)
        self.restock_button.clicked.connect(self.restock)
        self.add_button.clicked.connect(self.add_medicine)
        self.table.clicked.connect(self._pick_from_table)

    def _medicine_columns(self) -> list[Column]:
        return [
            Column(self.tr("Medicine"), "name"),
            Column(self.tr("Kind"), "kind", lambda v, r: label(KIND_LABELS, v)),
            Column(self.tr("Stock"), "stock", lambda v, r: f"{v} {r['unit']}", True),
            Column(self.tr("Expires"), "expires_on", lambda v, r: v or ""),
            Column(self.tr("Flags"), "low", lambda v, r: self._flags(r["_item"])),
        ]

    def _ledger_columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), "at", lambda v, r: zone_text(page_zone(self), v)),
            Column(self.tr("Medicine"), "medicine"),
            Column(self.tr("Move"), "kind", lambda v, r: label(MOVE_LABELS, v)),
            Column(self.tr("Qty"), "change", lambda v, r: f"{v:+d}", True),
            Column(
                self.tr("For whom / note"),
                "for_whom",
                lambda v, r: " · ".join(x for x in (v, r["note"]) if x),
            ),
            Column(self.tr("By"), "user_name"),
        ]

    def refresh_ledger(self) -> None:
        self.ledger.reload(self._fetch_moves)

    def _fetch_moves(self, offset: int, limit: int) -> list[dict]:
        first, last = self.dates.span()
        found = self.run(
            first_aid.list_moves,
            self.ctx,
            limit=limit,
            kind=self.move_kind.currentData() or None,
            day_from=first,
            day_to=last,
            before_id=self.ledger.last("id") if offset else None,  # keyset: any depth alike
        )
        return [] if found is REFUSED else [as_row(m) for m in found]

    def _flags(self, med) -> str:
        flags = []
        if med.low:
            flags.append(self.tr("low stock"))
        if med.expired:
            flags.append(self.tr("expired"))
        elif med.near_expiry:
            flags.append(self.tr("expires soon"))
        return ", ".join(flags)

    def refresh(self) -> None:
        ctx = self.ctx
        meds = first_aid.list_medicines(ctx)
        self.model.reload(lambda o, n: [as_row(m) for m in meds[o : o + n]])
        self.refresh_ledger()
        current = self.medicine_box.currentData()
        self.medicine_box.clear()
        for med in meds:
            self.medicine_box.addItem(f"{med.name} ({label(KIND_LABELS, med.kind)})", med.id)
        if current is not None:
            self.medicine_box.setCurrentIndex(max(self.medicine_box.findData(current), 0))
        flagged = [m for m in meds if m.low or m.near_expiry or m.expired]
        self.flags_label.setText(
            self.tr("Ask for restocking: {names}").format(
                names=", ".join(f"{m.name} ({self._flags(m)})" for m in flagged)
            )
            if flagged
            else self.tr("Nothing is short or about to expire.")
        )

    def _pick_from_table(self, index) -> None:
        med = self.model.row(index.row())["_item"]
        self.medicine_box.setCurrentIndex(self.medicine_box.findData(med.id))

    def _whom_problem(self) -> str | None:
        if self.phone_box.text().strip() or self.whom_box.text().strip():
            return None
        return desk_tr("Say who the medicine was for (phone or a description).")

    def _run(self, guard, call, *args, **kwargs) -> bool:
        """Record a move of the kit; the lists follow when the desk took it."""
        for other in (self.use_guard, self.restock_guard, self.add_guard):
            other.clear()
        if guard.run(call, self.ctx, *args, **kwargs) is REFUSED:
            return False
        self.done("care")
        self.refresh()
        return True

    def record_use(self) -> None:
        if self._run(
            self.use_guard,
            first_aid.record_use,
            self.medicine_box.currentData(),
            self.quantity_box.value(),
            phone=self.phone_box.text(),
            description=self.whom_box.text(),
        ):
            self.phone_box.clear()
            self.whom_box.clear()
            self.quantity_box.setValue(1)

    def restock(self) -> None:
        self._run(
            self.restock_guard,
            first_aid.restock,
            self.medicine_box.currentData(),
            self.quantity_box.value(),
            self.expiry_box.date().toString("yyyy-MM-dd"),
        )

    def add_medicine(self) -> None:
        if self._run(
            self.add_guard,
            first_aid.add_medicine,
            self.new_name_box.text(),
            self.new_kind_box.currentData(),
            self.new_unit_box.text(),
        ):
            self.new_name_box.clear()
            self.new_unit_box.clear()
