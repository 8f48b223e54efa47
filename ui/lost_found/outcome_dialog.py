"""Hand a held item to the police (officer and station) or dispose of it (method and
witness): two fields and a note, recorded by the service."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from services.lost_found import items as lost_found
from ui.common import hub
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED, DeskSession


class OutcomeDialog(QDialog):
    def __init__(
        self,
        session: DeskSession,
        item: lost_found.FoundItem,
        kind: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session, self.item, self.kind = session, item, kind
        self.result_item = None
        police = kind == "police"
        self.setWindowTitle(
            (self.tr("Hand {tag} to the police") if police else self.tr("Dispose of {tag}")).format(
                tag=item.tag_no
            )
        )
        self.first, self.second, self.note = QLineEdit(), QLineEdit(), QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Officer:") if police else self.tr("Method:"), self.first)
        form.addRow(self.tr("Police station:") if police else self.tr("Witness:"), self.second)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.on_ok)
        buttons.rejected.connect(self.reject)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        form.addRow(buttons)
        # Enter records, Esc cancels; both names are needed, each marked beside its field
        self.guard = FormGuard(self, submit=self.on_ok, cancel=self.reject, problem=self.problem)
        self.guard.field(self.first, required=True, name="officer's name" if police else "method")
        self.guard.field(self.second, required=True, name="police station" if police else "witness")
        self.guard.field(self.note, name="note")

    def on_ok(self) -> None:
        operation = lost_found.hand_to_police if self.kind == "police" else lost_found.dispose_item
        done = self.guard.run(
            operation,
            self.session.ctx,
            self.item.id,
            self.first.text(),
            self.second.text(),
            self.note.text(),
        )
        if done is not REFUSED:
            self.result_item = done
            hub.done(self.session, "found_items")
            self.accept()
