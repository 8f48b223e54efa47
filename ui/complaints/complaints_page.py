"""The complaint desk: record a case from the keyboard (phone first, Ctrl+Enter saves),
the list of cases with overdue ones in red and due ones in amber, and the counts of both.
Enter or a double click opens the case; Ctrl+H lists the typed phone's history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from services.complaints import cases as complaints
from services.complaints.cases import CATEGORY_LABELS, CHANNEL_LABELS, KIND_LABELS, STATUS_LABELS
from services.core.clock import parse_iso
from services.core.identifiers import normalise_phone
from services.directory import shops
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import label, local_text, page_zone, zone_text
from ui.common.forms import FormGuard, buddy, code_combo, message_label, problem_label
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.shortcuts import bind
from ui.common.tables import as_row, table_view
from ui.quality.rating import offer_rating
from ui.session import DeskSession, desk_tr

OVERDUE = QColor(255, 215, 215)
DUE_SOON = QColor(255, 238, 200)
SOON_HOURS = complaints.DUE_SOON_HOURS
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value  # roles come as ints: compared as ints


class CaseTableModel(PagedTableModel):
    """Cases with no first response stand out: red when overdue, amber when due soon."""

    def __init__(self, columns, fetch, now, parent=None):
        super().__init__(columns, fetch, parent=parent)
        self.now = now

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if role == BACKGROUND and index.isValid():
            case = self.row(index.row())["_item"]
            if case.first_response_at is None:
                left = (parse_iso(case.due_at) - self.now()).total_seconds() / 3600
                if left < 0:
                    return QBrush(OVERDUE)
                if left < SOON_HOURS:
                    return QBrush(DUE_SOON)
            return None
        return super().data(index, role)


class ComplaintsPage(DeskPage):
    watches = ("complaints",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.scan: bytes | None = None
        self.history_phone = ""
        self._build()
        self.setFocusProxy(self.phone_box)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Complaints and feedback</h2>")

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.phone_box = QLineEdit()
        self.phone_box.setPlaceholderText(self.tr("Customer's phone"))
        self.phone_box.setMaximumWidth(180)
        self.name_box = QLineEdit()
        self.name_box.setPlaceholderText(self.tr("Name"))
        self.name_box.setMaximumWidth(160)
        self.kind_box = code_combo(KIND_LABELS)
        self.channel_box = code_combo(CHANNEL_LABELS)
        self.category_box = code_combo(
            {c: CATEGORY_LABELS.get(c, c) for c in complaints.categories(self.ctx)}
        )
        self.shop_box = QComboBox()
        self.shop_box.addItem(self.tr("(no shop)"), None)
        for shop in shops.active_shops(self.ctx):
            self.shop_box.addItem(f"{shop.unit} {shop.name_zh}", shop.id)
        self.area_box = QLineEdit()
        self.area_box.setPlaceholderText(self.tr("Area, e.g. B1 car park"))
        self.text_box = QPlainTextEdit()
        self.text_box.setTabChangesFocus(True)
        self.text_box.setPlaceholderText(self.tr("What the customer said"))
        self.text_box.setMaximumHeight(70)
        self.scan_button = QPushButton(self.tr("Attach s&can…"))
        self.record_button = QPushButton(self.tr("&Record (Ctrl+Enter)"))
        form = QFormLayout()
        row1 = QHBoxLayout()
        for w in (self.phone_box, self.name_box, self.kind_box, self.channel_box):
            row1.addWidget(w)
        form.addRow(buddy(self.tr("&Phone, name"), self.phone_box), row1)
        row2 = QHBoxLayout()
        for w in (self.category_box, self.shop_box, self.area_box):
            row2.addWidget(w)
        form.addRow(buddy(self.tr("Ca&tegory, shop"), self.category_box), row2)
        form.addRow(self.tr("Te&xt"), self.text_box)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.scan_button)
        buttons.addStretch()
        buttons.addWidget(self.record_button)
        form.addRow(buttons)

        self.counts_label = QLabel()
        self.filter_box = QComboBox()
        self.filter_box.addItem(self.tr("Open cases"), "open")
        self.filter_box.addItem(self.tr("Awaiting first response"), "unanswered")
        self.filter_box.addItem(self.tr("All cases"), None)
        for code, _text in STATUS_LABELS.items():
            self.filter_box.addItem(label(STATUS_LABELS, code), code)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search number, text, name or area"))
        self.search_box.setClearButtonEnabled(True)
        hint = self.search_box.placeholderText()  # the hint whole, not "Search number, t…"
        self.search_box.setMinimumWidth(self.search_box.fontMetrics().horizontalAdvance(hint) + 40)
        bar = QHBoxLayout()
        bar.addWidget(self.counts_label, 1)
        bar.addWidget(self.filter_box)
        self.dates = DateRangeBar(self.session, caption=self.tr("Opened:"))
        bar.addWidget(self.dates)
        bar.addWidget(self.search_box)

        self.model = CaseTableModel(self._columns(), lambda o, n: [], self.ctx.clock.now, self)
        self.table = table_view(self.model, (120, 120, 90, 100, 110, 110, 120, 120))
        self.open_button = QPushButton(self.tr("&Open case"))
        self.history_button = QPushButton(self.tr("Customer &history (Ctrl+H)"))
        lower = QHBoxLayout()
        lower.addWidget(self.history_button)
        lower.addStretch()
        lower.addWidget(self.open_button)
        lower.addWidget(export_button(self, self.model, "complaints"))

        self.message = message_label()
        # the new case's form: Ctrl+Enter records (eventFilter), Esc clears it, and every
        # problem is shown beside its field
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.guard = FormGuard(self.form_box, cancel=self.clear_form, problem=self.problem)
        self.guard.field(self.phone_box, self._phone_problem, True, "phone")
        self.guard.field(self.name_box, name="name")
        self.guard.field(self.area_box, name="shop or area")
        self.guard.field(self.text_box, required=True, name="complaint text")
        self.body.addWidget(self.form_box)
        self.body.addWidget(self.message)
        self.body.addLayout(bar)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(lower)

        self.record_button.clicked.connect(self.record)
        self.scan_button.clicked.connect(self.choose_scan)
        self.open_button.clicked.connect(self.open_selected)
        self.history_button.clicked.connect(self.show_history)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.filter_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_box.textChanged.connect(lambda _t: self.refresh())
        self.dates.changed.connect(self.refresh)
        for box in (self.phone_box, self.name_box, self.area_box, self.text_box):
            box.installEventFilter(self)  # Ctrl+Enter records from any field of the form
        bind(
            self,
            "Ctrl+H",
            self.show_history,
            self.tr("The caller's earlier cases"),
            context=Qt.WidgetWithChildrenShortcut,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.KeyPress
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)
            and event.modifiers() & Qt.ControlModifier
        ):
            self.record()
            return True
        return super().eventFilter(watched, event)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Case"), "case_no"),
            Column(self.tr("Opened"), "opened_at", lambda v, r: zone_text(page_zone(self), v)),
            Column(self.tr("Phone"), "phone_masked"),
            Column(self.tr("Kind"), "kind", lambda v, r: label(KIND_LABELS, v)),
            Column(self.tr("Category"), "category", lambda v, r: label(CATEGORY_LABELS, v)),
            Column(self.tr("Status"), "status", lambda v, r: label(STATUS_LABELS, v)),
            Column(self.tr("Due"), "due_at", lambda v, r: zone_text(page_zone(self), v)),
            Column(
                self.tr("Shop or area"),
                "shop_zh",
                lambda v, r: " ".join(x for x in (v, r["area"]) if x),
            ),
            # the whole text on one line: the column elides it, its tooltip shows it all
            Column(self.tr("Text"), "text", lambda v, r: " ".join(v.split())),
        ]

    # --- actions ------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        status = self.filter_box.currentData()
        text = self.search_box.text()
        first, last = self.dates.span()
        span = {"opened_from": first, "opened_to": last}
        if self.history_phone:
            cases = complaints.customer_history(ctx, self.history_phone)
            self.model.reload(lambda o, n: [as_row(c) for c in cases[o : o + n]])
        else:
            self.model.reload(lambda o, n: self._cases(status, text, span, o, n))
        due = complaints.due_counts(ctx)
        self.counts_label.setText(
            self.tr("<b>{overdue}</b> overdue · <b>{soon}</b> due within {hours} hours").format(
                overdue=due.overdue, soon=due.due_soon, hours=SOON_HOURS
            )
        )
        self.counts_label.setStyleSheet("color: #b00020;" if due.overdue else "")

    def _cases(self, status, text: str, span: dict, offset: int, limit: int) -> list[dict]:
        found = self.run(
            complaints.list_cases,
            self.ctx,
            status=status,
            text=text,
            limit=limit,
            before_id=self.model.last("id") if offset else None,  # keyset: any depth alike
            **span,
        )
        return [] if found is REFUSED else [as_row(c) for c in found]

    def _phone_problem(self) -> str | None:
        digits = normalise_phone(self.phone_box.text())
        if not digits.isdigit() or not 7 <= len(digits) <= 12:
            return desk_tr("Type the customer's phone number (7 to 12 digits).")
        return None

    def clear_form(self) -> None:
        """Ready for the next caller: the form empty, no problem shown."""
        for box in (self.phone_box, self.name_box, self.area_box):
            box.clear()
        self.text_box.clear()
        self.shop_box.setCurrentIndex(0)
        self.scan = None
        self.scan_button.setText(self.tr("Attach s&can…"))
        self.guard.clear()
        self.phone_box.setFocus()

    def record(self) -> None:
        case = self.guard.run(
            complaints.record_case,
            self.ctx,
            self.phone_box.text(),
            self.text_box.toPlainText(),
            self.category_box.currentData(),
            kind=self.kind_box.currentData(),
            channel=self.channel_box.currentData(),
            form="written"
            if self.scan or self.channel_box.currentData() == "comment_book"
            else "oral",
            name=self.name_box.text(),
            shop_id=self.shop_box.currentData(),
            area=self.area_box.text(),
            scan=self.scan,
        )
        if case is REFUSED:
            return
        self.done("complaints")
        self.message.setText(
            self.tr("Case {case} recorded; first response due by {due}.").format(
                case=case.case_no, due=local_text(self.session, case.due_at)
            )
        )
        if case.channel == "counter":
            offer_rating(self, "complaint", case.case_no)
        self.last_case = case
        self.clear_form()
        self.history_phone = ""
        self.refresh()

    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scanned comment"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            with open(path, "rb") as f:
                self.scan = f.read()
            self.scan_button.setText(self.tr("Scan attached ✓"))

    def show_history(self) -> None:
        """The typed phone's cases; with the phone box empty, back to the list."""
        phone = self.phone_box.text().strip()
        if phone and self.run(complaints.customer_history, self.ctx, phone) is REFUSED:
            return
        self.history_phone = phone
        self.refresh()

    def selected_case(self):
        index = self.table.currentIndex()
        return self.model.row(index.row())["_item"] if index.isValid() else None

    def show_scanned(self, target) -> QWidget | None:
        """A case number scanned on any page: the case, open to answer."""
        from ui.complaints.case_dialog import CaseDialog

        self.dialog = CaseDialog(self.session, target.record_id, self)
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()
        return self.dialog

    def open_selected(self) -> None:
        from ui.complaints.case_dialog import CaseDialog

        case = self.selected_case()
        if case is None:
            return
        self.dialog = CaseDialog(self.session, case.id, self)
        self.dialog.finished.connect(lambda _r: self.refresh())
        self.dialog.open()
