"""Paging broadcasts (寻人寻物广播): fill a template for a person or an item, adjust the
Chinese and English texts, and record who asked and how often it is read; the log below
holds every broadcast, lost-and-found ones included."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from services.care import paging
from services.care.paging import KIND_LABELS, SOURCE_LABELS
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import label, page_zone, zone_text
from ui.common.forms import FormGuard, buddy, code_combo, problem_label
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view
from ui.session import DeskSession, desk_tr


class PagingPage(DeskPage):
    watches = ("care",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self._build()
        self.setFocusProxy(self.who_box)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Paging broadcasts</h2>")

    def _build(self) -> None:
        self.kind_box = code_combo(KIND_LABELS)
        self.who_box = QLineEdit()
        self.who_box.setPlaceholderText(self.tr("Who is paged, or what is looked for"))
        self.where_box = QLineEdit()
        self.where_box.setPlaceholderText(self.tr("Where to come"))
        self.fill_button = QPushButton(self.tr("&Fill in"))
        self.zh_box = QPlainTextEdit()
        self.en_box = QPlainTextEdit()
        for box in (self.zh_box, self.en_box):
            box.setMaximumHeight(54)
            box.setTabChangesFocus(True)
        self.asked_box = QLineEdit()
        self.asked_box.setPlaceholderText(self.tr("Asked by"))
        self.repeats_box = QSpinBox()
        self.repeats_box.setRange(1, 10)
        self.repeats_box.setValue(2)
        self.interval_box = QSpinBox()
        self.interval_box.setRange(0, 120)
        self.interval_box.setSuffix(self.tr(" min"))
        self.record_button = QPushButton(self.tr("&Record broadcast"))
        form = QFormLayout()
        row = QHBoxLayout()
        for w in (self.kind_box, self.who_box, self.where_box, self.fill_button):
            row.addWidget(w)
        form.addRow(buddy(self.tr("&Page"), self.kind_box), row)
        form.addRow(self.tr("Chinese"), self.zh_box)
        form.addRow(self.tr("English"), self.en_box)
        row2 = QHBoxLayout()
        row2.addWidget(self.asked_box)
        row2.addWidget(QLabel(self.tr("Read")))
        row2.addWidget(self.repeats_box)
        row2.addWidget(QLabel(self.tr("times, every")))
        row2.addWidget(self.interval_box)
        row2.addWidget(self.record_button)
        form.addRow(buddy(self.tr("Asked &by"), self.asked_box), row2)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        # Esc clears; every problem of the broadcast shows at once beside its field
        self.guard = FormGuard(self, cancel=self.clear_form, problem=self.problem)
        self.guard.field(self.zh_box, self._text_problem, name="Chinese text")
        self.guard.field(self.en_box, name="English text")
        self.guard.field(self.asked_box, required=True, name="who asked")
        self.guard.field(self.where_box, name="meeting place")
        self.model = PagedTableModel(self._columns(), lambda o, n: [], parent=self)
        self.table = table_view(self.model, (120, 110, 110, 120, 60, 300))
        self.source = QComboBox()
        self.source.setObjectName("source")
        self.source.addItem(self.tr("From anywhere"), "")
        for code, text in SOURCE_LABELS.items():
            self.source.addItem(desk_tr(text), code)
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.dates = DateRangeBar(self.session, caption=self.tr("Broadcast:"))
        self.dates.changed.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.source)
        filters.addWidget(self.dates)
        filters.addStretch()
        filters.addWidget(export_button(self, self.model, "broadcasts"))
        self.body.addLayout(form)
        self.body.addLayout(filters)
        self.body.addWidget(self.table, 1)
        self.fill_button.clicked.connect(self.fill)
        self.where_box.returnPressed.connect(self.fill)
        self.asked_box.returnPressed.connect(self.record)
        self.record_button.clicked.connect(self.record)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), "at", lambda v, r: zone_text(page_zone(self), v)),
            Column(self.tr("Kind"), "kind", lambda v, r: label(KIND_LABELS, v) if v else ""),
            Column(self.tr("From"), "source", lambda v, r: label(SOURCE_LABELS, v)),
            Column(self.tr("Asked by"), "requested_by"),
            Column(
                self.tr("Times"),
                "repeats",
                lambda v, r: (
                    self.tr("{n} × every {m} min").format(n=v, m=r["interval_minutes"])
                    if r["interval_minutes"]
                    else str(v)
                ),
            ),
            Column(self.tr("Text"), "text_zh", lambda v, r: v or r["text_en"]),
        ]

    def refresh(self) -> None:
        self.model.reload(self._fetch)

    def _fetch(self, offset: int, limit: int) -> list[dict]:
        first, last = self.dates.span()
        found = self.run(
            paging.list_pages,
            self.ctx,
            limit=limit,
            source=self.source.currentData() or None,
            day_from=first,
            day_to=last,
            before_id=self.model.last("id") if offset else None,  # keyset: any depth alike
        )
        return [] if found is REFUSED else [as_row(p) for p in found]

    def fill(self) -> None:
        kind = self.kind_box.currentData()
        who = self.who_box.text()
        zh, en = paging.fill_template(kind, who=who, what=who, where=self.where_box.text())
        self.zh_box.setPlainText(zh)
        self.en_box.setPlainText(en)
        self.asked_box.setFocus()

    def _text_problem(self) -> str | None:
        if self.zh_box.toPlainText().strip() or self.en_box.toPlainText().strip():
            return None
        return desk_tr("Write the announcement first.")

    def clear_form(self) -> None:
        """Ready for the next request: the form empty, no problem shown."""
        for box in (self.who_box, self.where_box, self.asked_box):
            box.clear()
        self.zh_box.clear()
        self.en_box.clear()
        self.guard.clear()
        self.who_box.setFocus()

    def record(self) -> None:
        if (
            self.guard.run(
                paging.page,
                self.ctx,
                self.kind_box.currentData(),
                self.zh_box.toPlainText(),
                self.en_box.toPlainText(),
                self.asked_box.text(),
                meet_at=self.where_box.text(),
                repeats=self.repeats_box.value(),
                interval_minutes=self.interval_box.value(),
            )
            is REFUSED
        ):
            return
        self.done("care")
        self.clear_form()
        self.refresh()
