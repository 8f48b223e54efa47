"""The audit trail, newest first, a page at a time; for supervisors and admins."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from services.admin import audit_search
from services.core import audit
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import site_zone, zone_text
from ui.common.forms import date_edit
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import table_view
from ui.session import DeskSession


def change_summary(row: dict) -> str:
    """before → after on one line: the column elides it, its tooltip shows it whole."""

    def short(text):
        if text is None:
            return ""
        value = json.loads(text)
        return json.dumps(value, ensure_ascii=False)

    before, after = short(row["before"]), short(row["after"])
    return f"{before} → {after}" if before else after


class AuditPage(DeskPage):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(session, parent)
        zone = site_zone(session)  # read once: the list is long
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by action, user or record number"))
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self.timer.start())
        columns = [
            Column(self.tr("No."), "id", align_right=True),
            Column(self.tr("Time"), "at", lambda v, r: zone_text(zone, v, "%Y-%m-%d %H:%M:%S")),
            Column(self.tr("User"), "username"),
            Column(self.tr("Action"), "action"),
            Column(self.tr("Record"), "entity", lambda v, r: f"{v} {r['entity_id'] or ''}"),
            Column(self.tr("Change"), "after", lambda v, r: change_summary(r)),
        ]
        self.model = PagedTableModel(columns, self.fetch, page_size=200, parent=self)
        self.view = table_view(self.model, fit_contents=True)
        self.view.clicked.connect(self.show_change)
        self.change = QLabel()
        self.change.setWordWrap(True)
        self.body.addLayout(self._filter_row())
        self.body.addWidget(self.view)
        self.body.addWidget(self.change)
        self.body.addLayout(self._anchor_row())
        if self.run(audit.audit_key_missing, self.ctx):
            self.body.addLayout(self._key_row())
        self.reload()

    def _key_row(self) -> QHBoxLayout:
        """After a restore on a new PC: the audit key from the recovery sheet (an admin's)."""
        self.audit_key = QLineEdit()
        self.audit_key.setObjectName("audit_key")
        self.audit_key.setEchoMode(QLineEdit.Password)
        self.audit_key.setPlaceholderText(
            self.tr("The audit trail's key is not on this PC: enter it from the recovery sheet")
        )
        keep = QPushButton(self.tr("Enter audit key"))
        keep.clicked.connect(self.enter_key)
        self.audit_key.returnPressed.connect(self.enter_key)
        row = QHBoxLayout()
        row.addWidget(self.audit_key, 1)
        row.addWidget(keep)
        return row

    def enter_key(self) -> None:
        keyed = self.run_noted(
            self.anchor_note.setText, audit.enter_audit_key, self.ctx, self.audit_key.text()
        )
        if isinstance(keyed, int) and not isinstance(keyed, bool):
            self.audit_key.clear()
            self.anchor_note.setText(
                self.tr("The audit key is back; %1 row(s) written meanwhile are keyed.").replace(
                    "%1", str(keyed)
                )
            )

    def _filter_row(self) -> QHBoxLayout:
        """Date span, user, kind of record, record number and free text; export what shows."""
        self.dated = QCheckBox(self.tr("From"))
        self.start, self.end = date_edit(), date_edit()
        today = QDate.currentDate()
        self.start.setDate(today.addDays(-30))
        self.end.setDate(today)
        self.user, self.area = QComboBox(), QComboBox()
        self.user.addItem(self.tr("All users"), "")
        self.area.addItem(self.tr("All records"), "")
        lists = self.run(audit_search.audit_filter_lists, self.ctx)
        if lists is not REFUSED:
            for name in lists[0]:
                self.user.addItem(name, name)
            for area in lists[1]:
                self.area.addItem(area, area)
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("Record number"))
        self.record.setClearButtonEnabled(True)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export_csv)
        for signal in (
            self.dated.toggled,
            self.start.dateChanged,
            self.end.dateChanged,
            self.user.currentIndexChanged,
            self.area.currentIndexChanged,
            self.record.textChanged,
        ):
            signal.connect(lambda *_: self.timer.start())
        row = QHBoxLayout()
        row.addWidget(self.dated)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addWidget(self.user)
        row.addWidget(self.area)
        row.addWidget(self.record)
        row.addWidget(self.search, 1)
        row.addWidget(export)
        return row

    def filters(self) -> audit_search.AuditFilter:
        dated = self.dated.isChecked()
        return audit_search.AuditFilter(
            start=self.start.date().toPython() if dated else None,
            end=self.end.date().toPython() if dated else None,
            username=self.user.currentData() or "",
            area=self.area.currentData() or "",
            record=self.record.text().strip(),
            text=self.search.text().strip(),
        )

    def show_change(self, index) -> None:
        """The picked change as one line per field: before → after."""
        row = self.model.row(index.row())
        lines = audit_search.change_lines(row["before"], row["after"])
        self.change.setText(
            "\n".join(f"{field}: {old or '—'} → {new or '—'}" for field, old, new in lines)
        )

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), "audit.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> None:
        data = self.run(audit_search.export_audit_csv, self.ctx, self.filters())
        if data is not REFUSED:
            with open(path, "wb") as f:
                f.write(data)

    def _anchor_row(self) -> QHBoxLayout:
        """A printed anchor (daily ledger, hand-over voucher, month export) checked against
        the file, and the anchor the trail stands at now."""
        self.anchor = QLineEdit()
        self.anchor.setObjectName("anchor")
        self.anchor.setPlaceholderText(self.tr("Printed audit anchor, e.g. 1234-ABCD-EFGH"))
        check = QPushButton(self.tr("Check anchor"))
        check.setObjectName("check_anchor")
        check.clicked.connect(self.check_anchor)
        self.anchor.returnPressed.connect(self.check_anchor)
        self.anchor_note = QLabel()
        self.anchor_note.setObjectName("anchor_note")
        self.anchor_note.setWordWrap(True)
        now = self.run(audit.anchor, self.ctx)
        if now:
            self.anchor_note.setText(self.tr("The trail stands at %1.").replace("%1", now.code))
        row = QHBoxLayout()
        row.addWidget(self.anchor)
        row.addWidget(check)
        row.addWidget(self.anchor_note, 1)
        return row

    def check_anchor(self) -> None:
        code = self.anchor.text().strip()
        found = self.run_noted(self.anchor_note.setText, audit.verify_anchor, self.ctx, code)
        if isinstance(found, int) and not isinstance(found, bool):
            self.anchor_note.setText(
                self.tr("Anchor %1 checks: the trail still holds it unchanged (row %2).")
                .replace("%1", code)
                .replace("%2", str(found))
            )

    def page_title(self) -> str:
        return self.tr("<h2>Audit trail</h2>")

    def fetch(self, offset: int, limit: int) -> list[dict]:
        found = self.run(
            audit_search.find_audit_rows, self.ctx, self.filters(), offset=offset, limit=limit
        )
        return [] if found is REFUSED else found

    def reload(self) -> None:
        self.model.reload()
