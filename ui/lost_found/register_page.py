"""Register a found item: the form, then at once its tag with the QR code for the storage
bag, and the open lost reports it may answer, to link and call the customer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.core.money import parse_yuan
from services.lost_found import items as lost_found
from services.lost_found import matching as lost_found_match
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import language, local_text
from ui.common.forms import FormGuard, message_label, problem_label
from ui.common.lazy import lazy_module
from ui.common.shortcuts import bind
from ui.lost_found.found_form import FoundItemForm
from ui.session import DeskSession, desk_tr

# reportlab loads on the first print
lost_found_documents = lazy_module("services.lost_found.documents")


def reasons_text(reasons: list[str]) -> str:
    return ", ".join(desk_tr(lost_found_match.REASONS[r]) for r in reasons)


class FoundRegisterPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.item: lost_found.FoundItem | None = None
        self.form = FoundItemForm(session, self)
        register = QPushButton(self.tr("&Register and print tag (Ctrl+Enter)"))
        register.setObjectName("register")
        register.clicked.connect(self.on_register)
        clear = QPushButton(self.tr("Cle&ar"))
        clear.clicked.connect(self.form.reset)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(clear)
        buttons.addWidget(register)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addLayout(buttons)
        left.addStretch()
        self.message = message_label()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        box = QGroupBox(self.tr("Open lost reports this item may answer"))
        self.reports = QListWidget()
        self.reports.setObjectName("reports")
        self.reports.setWordWrap(True)
        self.reports.setAlternatingRowColors(True)
        self.reports.itemActivated.connect(lambda entry: self.on_link())
        link = QPushButton(self.tr("&Link to this report"))
        link.clicked.connect(self.on_link)
        column = QVBoxLayout(box)
        column.addWidget(self.reports, 1)
        column.addWidget(link)
        right = QVBoxLayout()
        right.addWidget(self.message)
        right.addWidget(box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.body.addLayout(columns, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            bind(self, keys, self.on_register, self.tr("Register and print the tag"), register)
        self.setFocusProxy(self.form.category)
        # Enter registers from any one-line field, Esc clears; every problem beside its field
        self.problem = problem_label()
        left.insertWidget(1, self.problem)
        self.guard = FormGuard(self, submit=self.on_register, cancel=self.form.reset)
        self.guard.problem = self.problem
        form = self.form
        for field in (form.description, form.place, form.hidden):
            self.guard.field(field, required=True)
        self.guard.field(form.cash, lambda: parse_yuan(form.cash.text()) and None, True)

    def page_title(self) -> str:
        return self.tr("<h2>Register a found item</h2>")

    def on_register(self) -> None:
        item = self.guard.run(
            lambda: lost_found.register_found_item(self.ctx, **self.form.values())
        )
        if item is REFUSED:
            return
        self.done("found_items")
        self.item = item
        self.message.setText(
            self.tr(
                "Registered {tag}: {what}. Put the tag on the bag and store it at {where}."
            ).format(tag=item.tag_no, what=item.description, where=item.storage or "—")
        )
        self.form.reset()
        self.guard.clear()
        self.show_reports(item.id)
        ctx, lang = doc_ctx(self.session), language()
        self.open_document(
            lambda copy_no: lost_found_documents.tag_label_pdf(ctx, item.id, copy_no, lang),
            "found_tag",
            item.tag_no,
            self.tr("Found-item tag {tag}").format(tag=item.tag_no),
        )

    def show_reports(self, item_id: int) -> None:
        self.reports.clear()
        for match in lost_found_match.reports_for_item(self.ctx, item_id):
            report = match.report
            entry = QListWidgetItem(
                self.tr(
                    "{no}  {what}  {colour}\n    lost {when} at {where}  ·  agrees on: {why}"
                ).format(
                    no=report.report_no,
                    what=report.description,
                    colour=report.colour,
                    when=local_text(self.session, report.lost_to),
                    where=report.lost_place,
                    why=reasons_text(match.reasons),
                )
            )
            entry.setData(Qt.UserRole, report.id)
            self.reports.addItem(entry)
        if self.reports.count():
            self.reports.setCurrentRow(0)

    def on_link(self) -> None:
        entry = self.reports.currentItem()
        if entry is None or self.item is None:
            return
        link = self.run(
            lost_found_match.link_report, self.ctx, entry.data(Qt.UserRole), self.item.id
        )
        if link is REFUSED:
            return
        self.message.setText(
            self.tr("Linked {tag} to report {no}. Please call the customer on {phone} now.").format(
                tag=link.item.tag_no, no=link.report.report_no, phone=link.call_phone_masked
            )
        )
        self.show_reports(self.item.id)
