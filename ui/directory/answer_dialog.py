"""Add or correct one standard answer (supervisors): topic, both languages, search words,
the dates a promotion runs, and whether it is still given out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from services.directory import answers
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED, DeskSession, desk_tr


def _not_a_day(text: str) -> str | None:
    """None for an empty field or a day written YYYY-MM-DD; else the desk's message."""
    text = text.strip()
    if not text:
        return None
    try:
        date.fromisoformat(text)
    except ValueError:
        return desk_tr("{value} is not a date (YYYY-MM-DD).").format(value=text)
    return None


class AnswerDialog(QDialog):
    saved = Signal(object)

    def __init__(self, session: DeskSession, row: dict | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.row = session, row
        self.setWindowTitle(self.tr("Edit answer") if row else self.tr("New answer"))
        self.topic = QComboBox()
        for key, label in answers.TOPICS.items():
            self.topic.addItem(desk_tr(label), key)
        self.title_zh, self.title_en = QLineEdit(), QLineEdit()
        self.body_zh, self.body_en = QPlainTextEdit(), QPlainTextEdit()
        self.keywords = QLineEdit()
        self.valid_from, self.valid_until = QLineEdit(), QLineEdit()
        for box in (self.valid_from, self.valid_until):
            box.setPlaceholderText(self.tr("YYYY-MM-DD or empty"))
        self.active = QCheckBox(self.tr("Given out at the desk"))
        self.active.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Title (Chinese)"), self.title_zh)
        form.addRow(self.tr("Text (Chinese)"), self.body_zh)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Text (English)"), self.body_en)
        form.addRow(self.tr("Search words"), self.keywords)
        form.addRow(self.tr("Valid from"), self.valid_from)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow("", self.active)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        form.addRow(self.buttons)
        # Esc cancels; every problem at once, beside its field (Enter stays in the texts)
        self.guard = FormGuard(self, cancel=self.reject, problem=self.problem)
        self.guard.field(self.title_zh, required=True, name="Chinese title")
        self.guard.field(self.body_zh, required=True, name="Chinese text")
        self.guard.field(self.title_en, name="English title")
        self.guard.field(self.body_en, name="English text")
        self.guard.field(self.keywords, name="keywords")
        self.guard.field(self.valid_from, lambda: _not_a_day(self.valid_from.text()))
        self.guard.field(self.valid_until, self._until_problem)
        self.resize(640, 560)
        if row:
            self._fill(row)

    def _fill(self, row: dict) -> None:
        self.topic.setCurrentIndex(max(0, self.topic.findData(row["topic"])))
        self.title_zh.setText(row["title_zh"])
        self.title_en.setText(row["title_en"])
        self.body_zh.setPlainText(row["body_zh"])
        self.body_en.setPlainText(row["body_en"])
        self.keywords.setText(row["keywords"])
        self.valid_from.setText(row["valid_from"] or "")
        self.valid_until.setText(row["valid_until"] or "")
        self.active.setChecked(bool(row["active"]))

    def values(self) -> dict:
        return dict(
            topic=self.topic.currentData(),
            title_zh=self.title_zh.text(),
            body_zh=self.body_zh.toPlainText(),
            title_en=self.title_en.text(),
            body_en=self.body_en.toPlainText(),
            keywords=self.keywords.text(),
            valid_from=self.valid_from.text(),
            valid_until=self.valid_until.text(),
        )

    def _until_problem(self) -> str | None:
        text = self.valid_until.text().strip()
        problem = _not_a_day(text)
        if problem:
            return problem
        start = self.valid_from.text().strip()
        if text and start and not _not_a_day(start) and text < start:
            return desk_tr("The end date is before the start date.")
        if not text and self.topic.currentData() == "promotion":
            return desk_tr(
                "A promotion needs its end date, so it stops being offered when it ends."
            )
        return None

    def save(self) -> None:
        ctx = self.session.ctx
        if self.row:
            done = self.guard.run(
                answers.update_answer,
                ctx,
                self.row["id"],
                **self.values(),
                active=self.active.isChecked(),
            )
        else:
            done = self.guard.run(answers.add_answer, ctx, **self.values())
        if done is not REFUSED:
            self.saved.emit(done)
            self.accept()
