"""The paging announcement (寻人寻物广播) of a lost report or a found item, in Chinese and
English; the clerk may edit it before it is read out and recorded in the broadcast log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from services.lost_found import paging as lost_found_paging
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED, DeskSession, desk_tr


class BroadcastDialog(QDialog):
    def __init__(
        self, session: DeskSession, kind: str, record_id: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session, self.kind, self.record_id = session, kind, record_id
        self.recorded = None
        self.setWindowTitle(self.tr("Paging broadcast"))
        text = lost_found_paging.broadcast_text(session.ctx, kind, record_id)
        self.text_zh, self.text_en = QPlainTextEdit(text.text_zh), QPlainTextEdit(text.text_en)
        self.requested_by = QLineEdit()
        self.repeats = QSpinBox()
        self.repeats.setRange(1, 10)
        self.repeats.setValue(2)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.addButton(self.tr("&Record as broadcast"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.on_record)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Chinese:"), self.text_zh)
        form.addRow(self.tr("English:"), self.text_en)
        form.addRow(self.tr("Asked by:"), self.requested_by)
        form.addRow(self.tr("Times read:"), self.repeats)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        form.addRow(buttons)
        # Esc cancels; the problems stand beside their fields (Enter stays in the texts)
        self.guard = FormGuard(self, cancel=self.reject, problem=self.problem)
        self.guard.field(self.text_zh, self._text_problem, name="Chinese text")
        self.guard.field(self.text_en, name="English text")
        self.guard.field(self.requested_by, name="who asked")
        self.resize(560, 360)

    def _text_problem(self) -> str | None:
        if self.text_zh.toPlainText().strip() or self.text_en.toPlainText().strip():
            return None
        return desk_tr("Write the announcement first.")

    def on_record(self) -> None:
        recorded = self.guard.run(
            lost_found_paging.announce,
            self.session.ctx,
            self.kind,
            self.record_id,
            self.requested_by.text(),
            self.repeats.value(),
            self.text_zh.toPlainText(),
            self.text_en.toPlainText(),
        )
        if recorded is not REFUSED:
            self.recorded = recorded
            self.accept()
