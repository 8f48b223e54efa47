"""Finance: the daily ledger and the income hand-over voucher of a chosen day; for supervisors
the monthly export (off the UI thread, cancellable) which locks the month; the months' lock
state, with unlock for admins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.core.permissions import Perm
from services.finance import handover, month_lock
from services.reports import daily_ledger, ledger_documents
from services.shifts import desks
from ui import i18n
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import language, local_text
from ui.common.forms import date_edit
from ui.finance.export_job import export_in_worker
from ui.finance.handovers_box import HandoversBox
from ui.session import DeskSession


def previous_months(today: date, count: int = 12) -> list[str]:
    """The months before this one, newest first: the ones that can be exported."""
    year, month, out = today.year, today.month, []
    for _ in range(count):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        out.append(f"{year:04d}-{month:02d}")
    return out


class FinancePage(DeskPage):
    watches = ("shift", "loans", "sales", "invoices", "members")

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.body.addWidget(self._day_box())
        self.export_box = self._export_box()
        self.body.addWidget(self.export_box)
        self.export_box.setVisible(session.may(Perm.MONTH_EXPORT))
        self.body.addWidget(self._locks_box(), 1)
        self.handovers = HandoversBox(self) if session.may(Perm.HANDOVER) else None
        if self.handovers is not None:
            self.body.addWidget(self.handovers, 1)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Finance</h2>")

    # --- the day ------------------------------------------------------------------------------
    def _day_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("A day's ledger and hand-over"))
        self.day_edit = date_edit(daily_ledger.business_today(self.ctx))
        self.day_edit.setObjectName("day_edit")
        self.ledger_button = QPushButton(self.tr("Daily &ledger..."))
        self.ledger_button.clicked.connect(self.on_ledger)
        self.handover_button = QPushButton(self.tr("&Hand-over voucher..."))
        self.handover_button.clicked.connect(self.on_handover)
        self.handover_button.setEnabled(self.session.may(Perm.HANDOVER))
        self.day_state = QLabel()
        self.day_state.setObjectName("day_state")
        # one desk's figures, or the whole site's (the sum of its desks); this PC's first
        self.desk_combo = QComboBox()
        self.desk_combo.setObjectName("desk_combo")
        self.desk_combo.addItem(self.tr("Whole site (every desk)"), None)
        for desk in self.run(desks.desk_list, self.ctx) or []:
            self.desk_combo.addItem(desk.label(i18n.current()), desk.code)
        here = self.desk_combo.findData(self.ctx.desk)
        self.desk_combo.setCurrentIndex(max(here, 0))
        self.desk_combo.currentIndexChanged.connect(lambda _: self._show_day_state())
        row = QHBoxLayout(box)
        row.addWidget(QLabel(self.tr("&Day:")))
        row.itemAt(0).widget().setBuddy(self.day_edit)
        row.addWidget(self.day_edit)
        desk_label = QLabel(self.tr("Des&k:"))
        desk_label.setBuddy(self.desk_combo)
        row.addWidget(desk_label)
        row.addWidget(self.desk_combo)
        row.addWidget(self.ledger_button)
        row.addWidget(self.handover_button)
        row.addWidget(self.day_state, 1)
        self.day_edit.dateChanged.connect(lambda _: self._show_day_state())
        return box

    def day(self) -> date:
        d = self.day_edit.date()
        return date(d.year(), d.month(), d.day())

    def desk(self) -> str | None:
        """The desk chosen, or None for the whole site."""
        return self.desk_combo.currentData()

    def _show_day_state(self) -> None:
        desk = self.desk()
        # a voucher is a desk's: for the whole site, each desk hands its own over
        self.handover_button.setEnabled(self.session.may(Perm.HANDOVER) and desk is not None)
        if not self.session.may(Perm.HANDOVER):
            self.day_state.setText("")
            return
        if desk is None:
            vouchers = self.run(handover.handovers_of_day, self.ctx, self.day()) or []
            self.day_state.setText(
                self.tr("Handed over: %1").replace(
                    "%1", ", ".join(f"{v.handover_no} ({v.desk or '*'})" for v in vouchers)
                )
                if vouchers
                else self.tr("Not handed over yet")
            )
            return
        voucher = self.run(handover.handover_of, self.ctx, self.day(), desk)
        self.day_state.setText(
            self.tr("Handed over: %1 by %2")
            .replace("%1", voucher.handover_no)
            .replace("%2", voucher.by_name or voucher.by)
            if voucher
            else self.tr("Not handed over yet")
        )

    def on_ledger(self) -> None:
        day, ctx, desk = self.day(), doc_ctx(self.session), self.desk()
        self.open_document(
            lambda copy_no: ledger_documents.daily_ledger_pdf(
                ctx, day, copy_no, lang=language(), desk=desk
            ),
            "daily_ledger",
            day.isoformat() if desk is None else f"{day.isoformat()}/{desk}",
            self.tr("Daily ledger %1").replace("%1", str(day))
            + ("" if desk is None else f" · {self.desk_combo.currentText()}"),
        )

    def on_handover(self) -> None:
        day, ctx, desk = self.day(), doc_ctx(self.session), self.desk()
        if desk is None:
            return
        voucher = self.run(handover.handover_of, ctx, day, desk)
        if voucher is REFUSED:
            return
        if voucher is None:
            answer = QMessageBox.question(
                self,
                self.tr("Hand over"),
                self.tr(
                    "Hand over the income of %1 at %2 to finance? The voucher takes the next"
                    " number and is issued once for the desk and the day."
                )
                .replace("%1", str(day))
                .replace("%2", self.desk_combo.currentText()),
            )
            if answer != QMessageBox.Yes:
                return
            voucher = self.run(handover.hand_over, ctx, day, desk)
            if voucher is REFUSED:
                return
        self._show_day_state()
        self.open_document(
            lambda copy_no: ledger_documents.handover_pdf(ctx, voucher, copy_no, language()),
            "handover",
            voucher.handover_no,
            self.tr("Income hand-over %1").replace("%1", voucher.handover_no),
        )

    # --- the month ----------------------------------------------------------------------------
    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Monthly finance export (locks the month)"))
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("month_combo")
        self.month_combo.addItems(previous_months(daily_ledger.business_today(self.ctx)))
        self.csv_check = QCheckBox(self.tr("Also write one &CSV file per sheet"))
        self.export_button = QPushButton(self.tr("&Export and lock..."))
        self.export_button.clicked.connect(self.on_export)
        form = QFormLayout(box)
        form.addRow(self.tr("&Month:"), self.month_combo)
        form.addRow(self.csv_check)
        form.addRow(self.export_button)
        return box

    def on_export(self, path: str | None = None, csv_dir: str | None = None) -> None:
        month = self.month_combo.currentText()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the export of %1").replace("%1", month),
                f"{month}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return
            if self.csv_check.isChecked():
                csv_dir = str(Path(path).with_suffix("")) + "-csv"
        result = export_in_worker(self, self.session, month, path, csv_dir)
        if result is not None:
            rows = sum(result.sheets.values())
            self.export_state = (
                self.tr("%1 exported to %2 (%3 rows); the month is locked.")
                .replace("%1", month)
                .replace("%2", str(result.path))
                .replace("%3", str(rows))
            )
            self.lock_note.setText(self.export_state)
        self.refresh()

    # --- locks ---------------------------------------------------------------------------------
    def _locks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locked months"))
        self.locks = QTableWidget(0, 5)
        self.locks.setObjectName("locks")
        self.locks.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("State"), self.tr("By"), self.tr("When"), self.tr("Reason")]
        )
        self.locks.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.locks.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.locks.setSelectionMode(QAbstractItemView.SingleSelection)
        self.locks.horizontalHeader().setStretchLastSection(True)
        self.locks.verticalHeader().setVisible(False)
        self.unlock_button = QPushButton(self.tr("&Unlock month..."))
        self.unlock_button.clicked.connect(self.on_unlock)
        self.unlock_button.setVisible(self.session.may(Perm.MONTH_UNLOCK))
        self.lock_note = QLabel()
        self.lock_note.setObjectName("lock_note")
        self.lock_note.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.locks, 1)
        column.addWidget(self.lock_note)
        column.addWidget(self.unlock_button, 0, Qt.AlignLeft)
        return box

    def refresh(self) -> None:
        self._show_day_state()
        if self.handovers is not None:
            self.handovers.reload()
        states = self.run(month_lock.month_locks, self.ctx) or []
        self.locks.setRowCount(len(states))
        for row, state in enumerate(states):
            cells = [
                state.month,
                self.tr("Locked") if state.locked else self.tr("Unlocked"),
                state.by_name or state.by or "",
                local_text(self.session, state.at) if state.at else "",
                state.reason,
            ]
            for col, text in enumerate(cells):
                self.locks.setItem(row, col, QTableWidgetItem(text))
        self.locks.resizeColumnsToContents()

    def selected_month(self) -> str | None:
        rows = self.locks.selectionModel().selectedRows()
        return self.locks.item(rows[0].row(), 0).text() if rows else None

    def on_unlock(self, reason: str | None = None) -> None:
        month = self.selected_month()
        if month is None:
            self.lock_note.setText(self.tr("Choose the month to unlock in the list first."))
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Unlock %1").replace("%1", month),
                self.tr("Why is %1 unlocked? (kept in the audit trail)").replace("%1", month),
            )
            if not ok:
                return
        if self.run(month_lock.unlock_month, self.ctx, month, reason):
            self.lock_note.setText(self.tr("%1 is unlocked.").replace("%1", month))
        self.refresh()
