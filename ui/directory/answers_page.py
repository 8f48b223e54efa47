"""The desk's standard answers: every clerk searches them and reads the text out in either
language; supervisors add and correct them (expired and withdrawn ones shown on request)."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from services.core.permissions import Perm
from services.directory import answers
from ui.common.desk_page import DeskPage
from ui.common.formatting import label, language
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.shortcuts import bind
from ui.common.tables import table_view
from ui.directory.answer_dialog import AnswerDialog
from ui.session import DeskSession, desk_tr

SEARCH_DELAY_MS = 150


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AnswersPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.is_editor = session.may(Perm.EDIT_ANSWERS)
        self._rows: list[dict] = []
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self._connect()
        self.setFocusProxy(self.search_box)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Answers</h2>")

    def _build(self) -> None:
        self.search_box = QLineEdit(clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search the answers (Ctrl+F)"))
        self.topic_box = QComboBox()
        self.topic_box.addItem(self.tr("All topics"), "")
        for key, topic in answers.TOPICS.items():
            self.topic_box.addItem(desk_tr(topic), key)
        self.all_box = QCheckBox(self.tr("Show e&xpired and withdrawn"))
        self.all_box.setVisible(self.is_editor)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.topic_box)
        top.addWidget(self.all_box)

        self.model = PagedTableModel(
            [
                Column(self.tr("Topic"), "topic", lambda v, r: label(answers.TOPICS, v)),
                Column(self.tr("Title"), "title_zh", lambda v, r: self._title(r)),
                Column(self.tr("Until"), "valid_until", lambda v, r: v or ""),
            ],
            lambda o, n: [],
            parent=self,
        )
        self.table = table_view(self.model, (110, 260))
        self.text = QTextBrowser()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setSizes([420, 560])

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            button.setVisible(self.is_editor)
            buttons.addWidget(button)
        buttons.addStretch()

        self.body.addLayout(top)
        self.body.addWidget(splitter, 1)
        self.body.addLayout(buttons)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.topic_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.all_box.toggled.connect(lambda _c: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_text())
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        bind(
            self,
            QKeySequence.Find,
            self.search_box.setFocus,
            self.tr("Search"),
            context=Qt.WidgetWithChildrenShortcut,
        )

    @staticmethod
    def _zh() -> bool:
        return language().startswith("zh")

    def _title(self, row: dict) -> str:
        return row["title_zh"] if self._zh() or not row["title_en"] else row["title_en"]

    def refresh(self, select_id: int | None = None) -> None:
        self._timer.stop()
        found = self.run_noted(self.text.setPlainText, self._find, self.search_box.text()) or []
        self._rows = [asdict(a) for a in found]
        self.model.reload(lambda offset, limit: self._rows[offset : offset + limit])
        ids = [r["id"] for r in self._rows]
        self.table.selectRow(ids.index(select_id) if select_id in ids else 0)
        self.show_text()

    def _find(self, text: str) -> list:
        """Editors may ask for the expired and withdrawn answers too."""
        topic = self.topic_box.currentData() or ""
        if self.is_editor and self.all_box.isChecked():
            return [a for a in answers.all_answers(self.ctx, text) if not topic or a.topic == topic]
        return answers.search_answers(self.ctx, text, topic)

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def show_text(self) -> None:
        row = self.selected()
        if row is None:
            self.text.setHtml(
                self.tr("<p>No answer found. Ask a supervisor rather than guess.</p>")
            )
            return
        first, second = ("zh", "en") if self._zh() else ("en", "zh")
        parts = []
        for lang in (first, second):
            title, body = row[f"title_{lang}"], row[f"body_{lang}"]
            if body:
                parts.append(f"<h3>{_escape(title)}</h3><p>{_escape(body)}</p>")
        if row["valid_from"] or row["valid_until"]:
            parts.append(
                "<p><i>"
                + self.tr("Valid %1 to %2")
                .replace("%1", row["valid_from"] or "…")
                .replace("%2", row["valid_until"] or "…")
                + "</i></p>"
            )
        self.text.setHtml("<hr>".join(parts))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and self.is_editor:
            self.open_dialog(row)

    def open_dialog(self, row: dict | None) -> None:
        self.dialog = AnswerDialog(self.session, row, self)
        self.dialog.saved.connect(lambda answer: self.refresh(answer.id))
        self.dialog.open()
