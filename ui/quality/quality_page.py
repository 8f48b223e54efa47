"""Service quality at the desk: the quality checks (a clerk sees their own scores and
comments, a supervisor every check and scores a service), the missed hotline calls noted
from the phone's list, and for admins the scoring sheet and the service targets."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from services.core.permissions import Perm
from services.quality import checks, ratings
from services.quality.checks import CHANNEL_LABELS, SECTION_LABELS
from services.quality.ratings import SERVICE_LABELS
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import label
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view
from ui.quality.check_dialogs import CheckDialog, SheetDialog, TargetsDialog, item_title
from ui.session import DeskSession


class QualityPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.supervisor = session.may(Perm.QUALITY_CHECK)
        bar = QHBoxLayout()
        self.missed_button = QPushButton(self.tr("Note a &missed hotline call…"))
        self.check_button = QPushButton(self.tr("&New quality check…"))
        self.sheet_button = QPushButton(self.tr("Edit the scoring &sheet…"))
        self.targets_button = QPushButton(self.tr("Service &targets…"))
        self.check_button.setVisible(self.supervisor)
        for button in (self.sheet_button, self.targets_button):
            button.setVisible(session.may(Perm.MANAGE_SETTINGS))
        for button in (
            self.missed_button,
            self.check_button,
            self.sheet_button,
            self.targets_button,
        ):
            bar.addWidget(button)
        bar.addStretch()
        self.heading = QLabel(
            self.tr("Every quality check") if self.supervisor else self.tr("Your quality checks")
        )
        self.model = PagedTableModel(
            [
                Column(self.tr("Day"), "day"),
                Column(self.tr("Clerk"), "clerk_name"),
                Column(self.tr("Checked by"), "checker_name"),
                Column(self.tr("Channel"), "channel", lambda v, r: label(CHANNEL_LABELS, v)),
                Column(
                    self.tr("Service"),
                    "service",
                    lambda v, r: label(SERVICE_LABELS, v) if v else "",
                ),
                Column(self.tr("Sheet"), "sheet_version", lambda v, r: f"v{v}"),
                Column(
                    self.tr("Score"),
                    "total",
                    lambda v, r: f"{v}/{r['max_total']}",
                    align_right=True,
                ),
                Column(self.tr("Comment"), "comment"),
            ],
            self.fetch,
            parent=self,
        )
        self.table = table_view(self.model, fit_contents=True)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.RichText)
        self.detail.setWordWrap(True)
        self.body.addLayout(bar)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.detail)
        self.missed_button.clicked.connect(self.note_missed_call)
        self.check_button.clicked.connect(self.new_check)
        self.sheet_button.clicked.connect(lambda: SheetDialog(self.session, self).exec())
        self.targets_button.clicked.connect(lambda: TargetsDialog(self.session, self).exec())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_check(cur))
        self.model.reload()

    def page_title(self) -> str:
        return self.tr("<h2>Service quality</h2>")

    def fetch(self, offset: int, limit: int) -> list[dict]:
        operation = checks.list_checks if self.supervisor else checks.my_checks
        found = self.run(operation, self.ctx, offset=offset, limit=limit)
        return [] if found is REFUSED else [as_row(c) for c in found]

    def show_check(self, index) -> None:
        if not index.isValid():
            self.detail.clear()
            return
        check = self.run(checks.get_check, self.ctx, self.model.row(index.row())["id"])
        if check is REFUSED:
            return
        rows = "".join(
            f"<tr><td>{escape(label(SECTION_LABELS, s.section))}</td>"
            f"<td>{escape(item_title(s))}</td><td align=right>{s.points}/{s.max_points}</td></tr>"
            for s in check.scores
        )
        comment = f"<p>{escape(check.comment)}</p>" if check.comment else ""
        self.detail.setText(f"<table cellpadding=2>{rows}</table>{comment}")

    def new_check(self) -> None:
        dialog = CheckDialog(self.session, self)
        if dialog.exec() and dialog.check is not None:
            self.model.reload()

    def note_missed_call(self) -> None:
        seconds, ok = QInputDialog.getInt(
            self,
            self.tr("Missed hotline call"),
            self.tr("How many seconds did it ring before the caller hung up?"),
            30,
            0,
            600,
        )
        if ok and self.run(ratings.record_missed_call, self.ctx, seconds) is not REFUSED:
            self.detail.setText(self.tr("Missed call noted ({n} s).").format(n=seconds))
