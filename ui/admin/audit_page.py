"""The audit trail, newest first, a page at a time; for supervisors and admins."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from services.core import audit
from services.admin import site
from services.core.clock import local, parse_iso
from ui.common.paged_table_model import Column, PagedTableModel
from ui.session import DeskSession, run_or_show


def change_summary(row: dict) -> str:
    """before → after, compactly; full values are in the tooltip-free export later."""
    def short(text):
        if text is None:
            return ""
        value = json.loads(text)
        return json.dumps(value, ensure_ascii=False)[:120]
    before, after = short(row["before"]), short(row["after"])
    return f"{before} → {after}" if before else after


class AuditPage(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        tz = site.timezone(session.ctx.db)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by action, user or record number"))
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self.timer.start())
        columns = [
            Column(self.tr("No."), "id", align_right=True),
            Column(self.tr("Time"), "at",
                   lambda v, r: local(parse_iso(v), tz).strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("User"), "username"),
            Column(self.tr("Action"), "action"),
            Column(self.tr("Record"), "entity", lambda v, r: f"{v} {r['entity_id'] or ''}"),
            Column(self.tr("Change"), "after", lambda v, r: change_summary(r)),
        ]
        self.model = PagedTableModel(columns, self.fetch, page_size=200, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.horizontalHeader().setResizeContentsPrecision(0)  # rows in view only
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Audit trail</h2>"))
        title.setTextFormat(Qt.RichText)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.reload()

    def fetch(self, offset: int, limit: int) -> list[dict]:
        return run_or_show(self, audit.list_rows, self.session.ctx, offset=offset, limit=limit,
                           text=self.search.text().strip()) or []

    def reload(self) -> None:
        self.model.reload()
