"""Found items: search by words (any length, Chinese or English) with filters, or the items
due for action; claim, hand to the police, dispose, reprint the tag or announce. The list
never shows the hidden detail or the photo; phones are masked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from services.lost_found import due as found_due
from services.lost_found import items as lost_found
from ui.common.date_range import ALL, DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import format_fen, language, page_zone, zone_text
from ui.common.lazy import lazy_module
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.scan_router import takes_codes
from ui.common.shortcuts import bind
from ui.common.tables import table_view
from ui.lost_found.broadcast_dialog import BroadcastDialog
from ui.lost_found.claim_dialog import ClaimDialog
from ui.lost_found.common import category_labels, fill_categories, status_label
from ui.lost_found.outcome_dialog import OutcomeDialog
from ui.session import DeskSession, desk_tr

# reportlab loads on the first print
lost_found_documents = lazy_module("services.lost_found.documents")


class FoundItemsPage(DeskPage):
    watches = ("found_items",)

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.dialog = None
        self.search = QLineEdit()
        takes_codes(self.search, "found_tag")  # a scan here stays here
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Words or a scanned tag, then Enter (伞, 钱包, black wallet…)")
        )
        self.search.returnPressed.connect(self.refresh)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for code, label in lost_found.STATUS_LABELS.items():
            self.status.addItem(desk_tr(label), code)
        self.category = QComboBox()
        fill_categories(self.category, session.ctx, blank=self.tr("Any category"))
        self.dates = DateRangeBar(session, caption=self.tr("Found:"))
        self.dates.changed.connect(self.refresh)
        self.due_only = QCheckBox(self.tr("&Due for action only"))
        self.due_only.setObjectName("due_only")
        for widget in (self.status, self.category):
            widget.currentIndexChanged.connect(self.refresh)
        self.due_only.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        for widget in (
            self.search,
            self.status,
            self.category,
            self.dates,
            self.due_only,
        ):
            filters.addWidget(widget, 3 if widget is self.search else 0)
        self.model = PagedTableModel(self._columns(), self._fetch, page_size=100, parent=self)
        self.table = table_view(self.model, fit_contents=True)
        self.table.setObjectName("items")
        self.table.doubleClicked.connect(lambda index: self.on_claim())
        actions = QHBoxLayout()
        for text, slot in (
            (self.tr("&Claim…"), self.on_claim),
            (self.tr("Hand to &police…"), self.on_police),
            (self.tr("D&ispose…"), self.on_dispose),
            (self.tr("Print &tag"), self.on_tag),
            (self.tr("&Broadcast…"), self.on_broadcast),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
            if slot == self.on_claim:
                self.claim_button = button
        actions.addStretch()
        actions.addWidget(export_button(self, self.model, "found-items"))
        self.body.addLayout(filters)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(actions)
        bind(self, "Ctrl+F", self.search.setFocus, self.tr("Search"))
        self.setFocusProxy(self.search)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Found items</h2>")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Tag"), "tag_no"),
            Column(
                self.tr("Action"),
                "action",
                lambda v, r: desk_tr(found_due.DUE_ACTIONS[v]) if v else "",
            ),
            Column(self.tr("Category"), "category", lambda v, r: category_labels(self).get(v, v)),
            Column(self.tr("What"), "description"),
            Column(self.tr("Colour"), "colour"),
            Column(self.tr("Found"), "found_at", lambda v, r: zone_text(page_zone(self), v)),
            Column(self.tr("Where"), "found_place"),
            Column(self.tr("Stored at"), "storage"),
            Column(
                self.tr("Finder"),
                "finder_phone_masked",
                lambda v, r: " ".join(x for x in (r["finder_name"], v) if x),
            ),
            Column(self.tr("Cash"), "cash_fen", lambda v, r: format_fen(v) if v else "", True),
            Column(self.tr("Status"), "status", lambda v, r: status_label(v)),
        ]

    def _fetch(self, offset: int, limit: int) -> list[dict]:
        return self.run(self._rows, offset, limit) or []

    def _rows(self, offset: int, limit: int) -> list[dict]:
        """The items due for action, or those the search and filters find."""
        if self.due_only.isChecked():
            due = found_due.due_for_action(self.ctx, offset=offset, limit=limit)
            return [{**vars(d.item), "action": d.action} for d in due]
        day_from, day_to = self.dates.span()
        rows = lost_found.search_found(
            self.ctx,
            self.search.text(),
            status=self.status.currentData() or None,
            category=self.category.currentData() or None,
            day_from=day_from,
            day_to=day_to,
            limit=limit,
            before_id=self.model.last("id") if offset else None,  # keyset: any depth alike
        )
        return [{**vars(r), "action": ""} for r in rows]

    def refresh(self) -> None:
        self.model.reload()
        due = self.due_only.isChecked()
        self.table.setColumnHidden(1, not due)  # the Action column
        for widget in (self.search, self.status, self.category, self.dates):
            widget.setEnabled(not due)  # the due list is the whole list of held items
        if self.model.rowCount():
            self.table.selectRow(0)

    def show_scanned(self, target) -> QWidget | None:
        """A tag scanned on any page: its item selected, and Enter releases it to the owner
        while it is held."""
        self.due_only.setChecked(False)
        self.status.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.dates.choose(ALL, emit=False)
        self.search.setText(target.number)
        self.refresh()
        if target.action == "release":
            self.claim_button.setAutoDefault(True)
            self.claim_button.setFocus()
            return self.claim_button
        self.table.setFocus()
        return self.table

    def selected(self) -> lost_found.FoundItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return lost_found.get_found_item(self.ctx, self.model.row(index.row())["id"])

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda code: self.refresh())
        dialog.open()

    def on_claim(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = self.run(ClaimDialog, self.session, item.id, self)  # the item may be gone
        if dialog is not REFUSED:
            self._open(dialog)

    def on_police(self) -> None:
        item = self.selected()
        if item is not None:
            self._open(OutcomeDialog(self.session, item, "police", self))

    def on_dispose(self) -> None:
        item = self.selected()
        if item is not None:
            self._open(OutcomeDialog(self.session, item, "disposed", self))

    def on_tag(self) -> None:
        item = self.selected()
        if item is None:
            return
        ctx, lang = doc_ctx(self.session), language()
        self.dialog = self.open_document(
            lambda copy_no: lost_found_documents.tag_label_pdf(ctx, item.id, copy_no, lang),
            "found_tag",
            item.tag_no,
            self.tr("Found-item tag {tag}").format(tag=item.tag_no),
        )

    def on_broadcast(self) -> None:
        item = self.selected()
        if item is not None:
            self._open(BroadcastDialog(self.session, "found", item.id, self))
