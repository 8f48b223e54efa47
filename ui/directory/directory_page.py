"""The directory at the counter: type to find a shop or a service point (Chinese, English,
pinyin initials), and count each question with one key — F1 directions … F6 other; F8 turns
the next count into a hotline call. F7 takes back the last count; Ctrl+P prints the
floor guide. The day's counts by hour stand beside the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.directory import floors, inquiries
from services.directory import guide as directory
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import language
from ui.common.lazy import lazy_module
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.shortcuts import bind
from ui.common.tables import as_row, table_view
from ui.quality.rating import offer_rating
from ui.session import DeskSession, desk_tr

directory_documents = lazy_module("services.directory.documents")  # reportlab on first print

SEARCH_DELAY_MS = 120
KEYS = dict(zip(inquiries.TYPES, ("F1", "F2", "F3", "F4", "F5", "F6")))
COLUMN_WIDTHS = (110, 160, 45, 100, 80, 95, 110)


class DirectoryPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.last_inquiry: inquiries.Inquiry | None = None
        self._entries: list[dict] = []
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self._connect()
        self.setFocusProxy(self.search_box)
        self.refresh()
        self.refresh_tally()

    def page_title(self) -> str:
        return self.tr("<h2>Directory</h2>")

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit(clearButtonEnabled=True)
        self.search_box.setPlaceholderText(
            self.tr("Shop, brand, category, pinyin initials (xbk), floor or unit (Ctrl+F)")
        )
        self.floor_box = QComboBox()
        self.print_button = QPushButton(self.tr("&Print floor guide…"))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.floor_box)
        top.addWidget(self.print_button)

        self.model = PagedTableModel(self._columns(), lambda o, n: [], parent=self)
        self.table = table_view(self.model, COLUMN_WIDTHS)
        self.count_label = QLabel()

        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addWidget(self.count_label)
        left.addWidget(self._tally_bar())

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self._tally_panel(), 2)
        self.body.addLayout(columns, 1)

    def _tally_bar(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.type_buttons: dict[str, QPushButton] = {}
        for n, kind in enumerate(inquiries.TYPES):
            button = QPushButton(f"{KEYS[kind]}  {desk_tr(inquiries.TYPE_LABELS[kind])}")
            button.setToolTip(self.tr("Count one question of this kind"))
            button.setFocusPolicy(Qt.NoFocus)  # the search box keeps the cursor
            self.type_buttons[kind] = button
            grid.addWidget(button, 0, n)
        self.hotline_box = QCheckBox(self.tr("Hotline call (F8)"))
        self.hotline_box.setFocusPolicy(Qt.NoFocus)
        self.rang_box = QSpinBox(minimum=0, maximum=600, suffix=self.tr(" s rang"))
        self.rang_box.setSpecialValueText(self.tr("rang: not timed"))
        self.rang_box.setEnabled(False)
        self.undo_button = QPushButton(self.tr("Take back last (F7)"))
        self.undo_button.setEnabled(False)
        self.status_label = QLabel()
        grid.addWidget(self.hotline_box, 1, 0, 1, 2)
        grid.addWidget(self.rang_box, 1, 2, 1, 2)
        grid.addWidget(self.undo_button, 1, 4, 1, 2)
        grid.addWidget(self.status_label, 2, 0, 1, 6)
        return box

    def _tally_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Today's inquiries by hour</b>")))
        self.tally_table = QTableWidget(0, len(inquiries.TYPES) + 1)
        self.tally_table.setHorizontalHeaderLabels(
            [desk_tr(inquiries.TYPE_LABELS[t]) for t in inquiries.TYPES] + [self.tr("All")]
        )
        self.tally_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tally_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.tally_table.setFocusPolicy(Qt.NoFocus)
        self.tally_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.summary_label = QLabel(wordWrap=True)
        layout.addWidget(self.tally_table, 1)
        layout.addWidget(self.summary_label)
        return panel

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), "name_zh"),
            Column(self.tr("English name"), "name_en"),
            Column(self.tr("Floor"), "floor", lambda v, row: self._floor_label(row)),
            Column(self.tr("Unit / where"), "unit"),
            Column(self.tr("Category"), "category", lambda v, row: self._category(row)),
            Column(self.tr("Hours"), "hours"),
            Column(self.tr("Phone"), "phone"),
        ]

    @staticmethod
    def _category(row: dict) -> str:
        kind = directory.FACILITY_KINDS.get(row["category"]) if row["kind"] == "facility" else None
        return desk_tr(kind[0]) if kind else row["category"]

    def _connect(self) -> None:
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self.refresh)
        self.floor_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.print_floor_guide)
        self.hotline_box.toggled.connect(self.rang_box.setEnabled)
        self.undo_button.clicked.connect(self.take_back_last)
        for kind, button in self.type_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.record(k))
            what = self.tr("Count a question: {kind}").format(
                kind=desk_tr(inquiries.TYPE_LABELS[kind])
            )
            bind(self, KEYS[kind], lambda k=kind: self.record(k), what, button)
        bind(self, "F8", self.hotline_box.toggle, self.tr("Hotline call on or off"))
        # Ctrl+Z stays the search box's own undo
        bind(self, "F7", self.take_back_last, self.tr("Take back the last count"), self.undo_button)
        bind(self, QKeySequence.Find, self._focus_search, self.tr("Search"))
        bind(self, QKeySequence.Print, self.print_floor_guide, self.tr("Print the floor guide"))
        self._fill_floors()

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    @staticmethod
    def _floor_label(row: dict) -> str:
        """'L2 二层' — the floor's code and its name in the window's language."""
        zh, en = row.get("floor_zh", ""), row.get("floor_en", "")
        name = (zh or en) if language().startswith("zh") else (en or zh)
        return f"{row['floor']} {name}" if name else row["floor"]

    def _fill_floors(self) -> None:
        self.floor_box.addItem(self.tr("All floors"), "")
        named = {f.code: f for f in self.run(floors.floor_list, self.ctx) or []}
        for code in self.run(directory.directory_floors, self.ctx) or []:
            floor = named.get(code)
            self.floor_box.addItem(floor.label(language()) if floor else code, code)

    # --- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        found = (
            self.run_noted(
                self.count_label.setText,
                directory.search_directory,
                self.ctx,
                self.search_box.text(),
                self.floor_box.currentData() or "",
            )
            or []
        )
        self._entries = [as_row(e) for e in found]  # plain fields: no deep copy per entry
        self.model.reload(lambda offset, limit: self._entries[offset : offset + limit])
        if self._entries:
            self.table.selectRow(0)
        self.count_label.setText(self.tr("%n place(s) found", "", len(self._entries)))

    def selected_entry(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    # --- the tally --------------------------------------------------------------------------
    def record(self, kind: str) -> None:
        """One key, one count; directions remember the shop selected in the list."""
        hotline = self.hotline_box.isChecked()
        entry = self.selected_entry()
        shop_id = (
            entry["ref_id"]
            if (
                kind == "directions"
                and entry
                and entry["kind"] == "shop"
                and self.search_box.text().strip()
            )
            else None
        )
        rang = self.rang_box.value() if hotline and self.rang_box.value() else None
        done = self.run(
            inquiries.record_inquiry,
            self.ctx,
            kind,
            "hotline" if hotline else "counter",
            rang,
            shop_id,
        )
        if done is REFUSED:
            return
        if done.channel == "counter":
            offer_rating(self, "inquiry", f"Q{done.id}")
        self.last_inquiry = done
        self.undo_button.setEnabled(True)
        self.hotline_box.setChecked(False)
        self.rang_box.setValue(0)
        label = desk_tr(inquiries.TYPE_LABELS[kind])
        channel = desk_tr(inquiries.CHANNEL_LABELS[done.channel])
        text = self.tr("Counted: %1 (%2)").replace("%1", label).replace("%2", channel)
        if done.shop_name:
            text += " — " + done.shop_name
        self.status_label.setText(text)
        self.refresh_tally()

    def take_back_last(self) -> None:
        if self.last_inquiry is None:
            return
        if self.run(inquiries.take_back_inquiry, self.ctx, self.last_inquiry.id) is REFUSED:
            return
        self.status_label.setText(self.tr("The last count was taken back."))
        self.last_inquiry = None
        self.undo_button.setEnabled(False)
        self.refresh_tally()

    def refresh_tally(self) -> None:
        tally = self.run(inquiries.day_tally, self.ctx)
        if tally is REFUSED:
            return
        hours = sorted(tally.by_hour)
        self.tally_table.setRowCount(len(hours) + 1)
        labels = [f"{h:02d}:00" for h in hours] + [self.tr("Total")]
        self.tally_table.setVerticalHeaderLabels(labels)
        rows = [tally.by_hour[h] for h in hours] + [tally.by_type]
        for r, counts in enumerate(rows):
            for c, kind in enumerate(list(inquiries.TYPES) + [None]):
                value = sum(counts.values()) if kind is None else counts[kind]
                item = QTableWidgetItem(str(value) if value else "")
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.tally_table.setItem(r, c, item)
        self.summary_label.setText(self._summary(tally))

    def _summary(self, tally: inquiries.DayTally) -> str:
        text = self.tr("%n inquiry(ies) today", "", tally.total)
        if tally.busiest_hour is not None:
            text += " · " + self.tr("busiest hour %1:00").replace("%1", f"{tally.busiest_hour:02d}")
        if tally.hotline_calls:
            text += " · " + self.tr(
                "hotline: %1 call(s), %2 of %3 timed answered within three rings"
            ).replace("%1", str(tally.hotline_calls)).replace(
                "%2", str(tally.hotline_within_rule)
            ).replace("%3", str(tally.hotline_timed))
        return text

    # --- the floor guide --------------------------------------------------------------------
    def print_floor_guide(self) -> None:
        floor = self.floor_box.currentData() or ""
        ctx, floors = doc_ctx(self.session), [floor] if floor else None
        self.open_document(
            lambda _copy: directory_documents.floor_guide_pdf(ctx, floors),
            None,
            None,
            QCoreApplication.translate("Desk", "Floor guide"),
        )
