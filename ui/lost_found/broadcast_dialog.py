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
from ui.session import REFUSED, DeskSession, run_or_show


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
        form.addRow(buttons)
        self.resize(560, 360)

    def on_record(self) -> None:
        recorded = run_or_show(
            self,
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
