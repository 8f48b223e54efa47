"""Lendable items (admin): the kinds with their deposits, periods and rules; the numbered
items, added and retired (never deleted); QR labels one by one or as an A4 sheet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from services.core.money import parse_yuan
from services.lending import items as lending_items
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import format_fen, page_zone, shown_name, zone_text
from ui.common.forms import FormGuard, problem_label, select_all_on_focus
from ui.common.lazy import lazy_module
from ui.common.paged_table_model import Column, PagedTableModel
from ui.session import DeskSession

lending_documents = lazy_module("services.lending.documents")  # reportlab on first print


class KindDialog(QDialog):
    """Add or change a kind; code and label prefix are fixed once the kind exists. OK (or
    Enter) shows every problem of the form at once beside its field, the first one focused;
    only a form that passes is accepted."""

    def __init__(self, kind: lending_items.Kind | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kind of item"))
        self.code, self.prefix = QLineEdit(), QLineEdit()
        self.name_zh, self.name_en = QLineEdit(), QLineEdit()
        self.deposit, self.replacement = QLineEdit("0.00"), QLineEdit("0.00")
        self.hours = QSpinBox()
        self.hours.setRange(1, 24 * 60)
        self.before_closing = QCheckBox(self.tr("Must come back before closing"))
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(True)
        if kind is not None:
            self.code.setText(kind.code)
            self.prefix.setText(kind.prefix)
            self.code.setEnabled(False)
            self.prefix.setEnabled(False)
            self.name_zh.setText(kind.name_zh)
            self.name_en.setText(kind.name_en)
            self.deposit.setText(format_fen(kind.deposit_fen))
            self.replacement.setText(format_fen(kind.replacement_fen))
            self.hours.setValue(max(1, kind.loan_minutes // 60))
            self.before_closing.setChecked(kind.return_before_closing)
            self.active.setChecked(kind.active)
        for amount in (self.deposit, self.replacement):
            select_all_on_focus(amount)  # typing replaces the amount shown
        form = QFormLayout(self)
        form.addRow(self.tr("Code (a-z):"), self.code)
        form.addRow(self.tr("Label prefix (A-Z):"), self.prefix)
        form.addRow(self.tr("Name (Chinese):"), self.name_zh)
        form.addRow(self.tr("Name (English):"), self.name_en)
        form.addRow(self.tr("Deposit (yuan):"), self.deposit)
        form.addRow(self.tr("Loan period (hours):"), self.hours)
        form.addRow(self.before_closing)
        form.addRow(self.tr("Replacement price (yuan):"), self.replacement)
        form.addRow(self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.problem = problem_label()
        form.addRow(self.problem)
        form.addRow(buttons)
        self.guard = FormGuard(
            self, submit=self.try_accept, cancel=self.reject, problem=self.problem
        )
        field = self.guard.field
        field(self.code, lambda: lending_items.checked_code(self.code.text()) and None, True)
        field(self.prefix, lambda: lending_items.checked_prefix(self.prefix.text()) and None, True)
        for key, edit in (("name_zh", self.name_zh), ("name_en", self.name_en)):
            field(
                edit,
                lambda k=key, e=edit: lending_items.checked_kind_name(k, e.text()) and None,
                True,
            )
        for key, edit in (("deposit_fen", self.deposit), ("replacement_fen", self.replacement)):
            field(edit, lambda k=key, e=edit: self._price_problem(k, e), True)

    @staticmethod
    def _price_problem(key: str, edit: QLineEdit) -> None:
        lending_items.checked_price(key, parse_yuan(edit.text()))

    def try_accept(self) -> None:
        """Accepted only when every field passes; otherwise each problem shows beside it."""
        if self.guard.check():
            self.accept()

    def values(self) -> dict:
        """Raises ValidationError on a bad amount."""
        return dict(
            name_zh=self.name_zh.text(),
            name_en=self.name_en.text(),
            deposit_fen=parse_yuan(self.deposit.text()),
            loan_minutes=self.hours.value() * 60,
            return_before_closing=self.before_closing.isChecked(),
            replacement_fen=parse_yuan(self.replacement.text()),
        )


class ItemsPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.kinds: list[lending_items.Kind] = []
        self.kind_table = QTableWidget(0, 6)
        self.kind_table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Deposit"),
                self.tr("Loan period"),
                self.tr("Before closing"),
                self.tr("Replacement"),
                self.tr("Items"),
            ]
        )
        self.kind_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.kind_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.kind_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.kind_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.kind_table.itemSelectionChanged.connect(self._load_items)
        kind_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add &kind…"), self.on_add_kind),
            (self.tr("&Edit kind…"), self.on_edit_kind),
            (self.tr("Add &items…"), self.on_add_items),
            (self.tr("Print label &sheet (A4)"), self.on_sheet),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            kind_buttons.addWidget(button)
        kind_buttons.addStretch()

        self.model = PagedTableModel(
            [
                Column(self.tr("Number"), "code"),
                Column(self.tr("Kind"), "kind_code", lambda v, r: shown_name(r)),
                Column(self.tr("State"), "state", lambda v, r: self._state_text(r)),
                Column(
                    self.tr("Added"),
                    "created_at",
                    lambda v, r: zone_text(page_zone(self), v, "%Y-%m-%d"),
                ),
            ],
            lambda offset, limit: [],
            parent=self,
        )
        self.item_table = QTableView()
        self.item_table.setModel(self.model)
        self.item_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.item_table.verticalHeader().hide()
        self.item_table.horizontalHeader().setStretchLastSection(True)
        item_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Print &label of selected"), self.on_single_labels),
            (self.tr("&Retire item…"), self.on_retire),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            item_buttons.addWidget(button)
        item_buttons.addStretch()

        self.closing_time = QLineEdit()
        self.closing_time.setObjectName("closing_time")
        self.closing_time.setMaximumWidth(80)
        self.signoff_above = select_all_on_focus(QLineEdit())
        self.signoff_above.setObjectName("signoff_above")
        self.signoff_above.setMaximumWidth(100)
        save_rules = QPushButton(self.tr("Save desk rules"))
        save_rules.clicked.connect(self.on_save_rules)
        rules = QWidget()
        rules_form = QFormLayout(rules)
        rules_form.setContentsMargins(0, 0, 0, 0)
        rules_form.addRow(self.tr("Closing time:"), self.closing_time)
        rules_form.addRow(
            self.tr("Cash difference needing a sign-off above (yuan):"), self.signoff_above
        )
        save_rules.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        rules_form.addRow("", save_rules)
        self.rules_problem = problem_label()
        rules_form.addRow(self.rules_problem)
        # Enter saves; both problems show at once beside their fields
        self.rules_guard = FormGuard(rules, submit=self.on_save_rules, problem=self.rules_problem)
        self.rules_guard.field(
            self.closing_time,
            lambda: lending_items.checked_closing_time(self.closing_time.text()) and None,
            True,
        )
        self.rules_guard.field(
            self.signoff_above,
            lambda: (
                lending_items.checked_signoff_above(parse_yuan(self.signoff_above.text())) and None
            ),
            True,
        )

        self.body.addWidget(rules)
        self.body.addWidget(self.kind_table)
        self.body.addLayout(kind_buttons)
        self.body.addWidget(self.item_table, 1)
        self.body.addLayout(item_buttons)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Lendable items</h2>")

    def _state_text(self, row: dict) -> str:
        if row["state"] == "retired":
            return self.tr("Retired: {reason}").format(reason=row["retired_reason"] or "")
        return self.tr("Out on loan") if row["state"] == "out" else self.tr("In")

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        rules = lending_items.desk_rules(self.ctx)
        self.closing_time.setText(rules.closing_time)
        self.signoff_above.setText(format_fen(rules.signoff_above_fen))
        found = self.run(self._kinds_and_counts)
        if found is REFUSED:
            return
        self.kinds, counts = found
        selected = self.current_kind()
        self.kind_table.setRowCount(len(self.kinds))
        for row, kind in enumerate(self.kinds):
            hours = kind.loan_minutes / 60
            period = (
                self.tr("%n day(s)", "", round(hours / 24))
                if hours >= 24
                else self.tr("%n hour(s)", "", round(hours))
            )
            cells = [
                f"{shown_name(kind)} ({kind.prefix})",
                format_fen(kind.deposit_fen),
                period,
                self.tr("yes") if kind.return_before_closing else self.tr("no"),
                format_fen(kind.replacement_fen),
                str(counts[kind.id]),
            ]
            for column, text in enumerate(cells):
                self.kind_table.setItem(row, column, QTableWidgetItem(text))
        index = next((i for i, k in enumerate(self.kinds) if selected and k.id == selected.id), 0)
        if self.kinds:
            self.kind_table.selectRow(index)
        self._load_items()

    def _kinds_and_counts(self) -> tuple[list[lending_items.Kind], dict[int, int]]:
        kinds = lending_items.list_kinds(self.ctx)
        return kinds, {k.id: len(lending_items.list_items(self.ctx, k.id)) for k in kinds}

    def current_kind(self) -> lending_items.Kind | None:
        rows = self.kind_table.selectionModel().selectedRows() if self.kinds else []
        return self.kinds[rows[0].row()] if rows and rows[0].row() < len(self.kinds) else None

    def _load_items(self) -> None:
        kind = self.current_kind()
        kind_id = kind.id if kind else None
        self.model.reload(
            lambda offset, limit: lending_items.list_items(
                self.ctx, kind_id, offset=offset, limit=limit
            )
        )

    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.item_table.selectionModel().selectedRows()})
        return [self.model.row(r)["code"] for r in rows]

    # --- actions -------------------------------------------------------------------------------
    def _kind_dialog(self, kind) -> dict | None:
        dialog = KindDialog(kind, self)
        while dialog.exec() == QDialog.Accepted:  # a refused form opens again to be corrected
            values = self.run(self._save_kind, dialog, kind)
            if values is not REFUSED:
                self.refresh()
                return values
        return None

    def _save_kind(self, dialog: KindDialog, kind) -> dict:
        values = dialog.values()
        if kind is None:
            lending_items.add_kind(self.ctx, dialog.code.text(), dialog.prefix.text(), **values)
        else:
            lending_items.update_kind(self.ctx, kind.id, **values, active=dialog.active.isChecked())
        return values

    def on_save_rules(self) -> None:
        saved = self.rules_guard.run(
            lambda: lending_items.set_desk_rules(
                self.ctx, self.closing_time.text(), parse_yuan(self.signoff_above.text())
            )
        )
        if saved is not REFUSED:
            self.refresh()

    def on_add_kind(self) -> None:
        self._kind_dialog(None)

    def on_edit_kind(self) -> None:
        if (kind := self.current_kind()) is not None:
            self._kind_dialog(kind)

    def on_add_items(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        count, ok = QInputDialog.getInt(
            self,
            self.tr("Add items"),
            self.tr("How many new {kind}?").format(kind=shown_name(kind)),
            1,
            1,
            500,
        )
        codes = self.run(lending_items.add_items, self.ctx, kind.id, count) if ok else REFUSED
        if codes is not REFUSED:
            self.refresh()
            self._labels(codes, sheet=len(codes) > 1)

    def on_retire(self) -> None:
        codes = self.selected_codes()
        if not codes:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Retire item"),
            self.tr("Why is {code} retired (lost, broken…)?").format(code=codes[0]),
        )
        if ok:
            self.run(lending_items.retire_item, self.ctx, codes[0], reason)
            self.refresh()

    def on_sheet(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        codes = [
            r["code"] for r in lending_items.list_items(self.ctx, kind.id, include_retired=False)
        ]
        self._labels(codes, sheet=True)

    def on_single_labels(self) -> None:
        if codes := self.selected_codes():
            self._labels(codes, sheet=False)

    def _labels(self, codes: list[str], sheet: bool) -> None:
        if not codes:
            return
        ctx = doc_ctx(self.session)
        self.open_document(
            lambda copy_no: lending_documents.item_labels_pdf(ctx, codes, sheet),
            None,
            None,
            self.tr("Item labels"),
        )
