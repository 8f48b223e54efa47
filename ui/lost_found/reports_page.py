"""Lost reports (顾客寻找失物): register one, then see the held items that may answer it,
likeliest first, link the right one and call the customer back; announce it on the paging
system when the customer asks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.core.errors import DomainError
from services.core.identifiers import is_mainland_mobile, normalise_phone
from services.core.permissions import Perm
from services.lost_found import items as lost_found
from services.lost_found import matching as lost_found_match
from ui.common.background import BackgroundCall
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.formatting import page_zone, zone_text
from ui.common.forms import (
    FormGuard,
    aware,
    date_time_edit,
    message_label,
    now_to_edit,
    problem_label,
)
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import table_view
from ui.lost_found.broadcast_dialog import BroadcastDialog
from ui.lost_found.common import category_labels, fill_categories, status_label
from ui.lost_found.register_page import reasons_text
from ui.session import DeskSession, desk_tr, show_error


class LostReportsPage(DeskPage):
    watches = ("lost_reports", "found_items")  # a new held item may answer a report

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.link = None
        self.message = message_label()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.reveal = QPushButton(self.tr("Show full &phone"))
        self.reveal.setVisible(False)
        self.reveal.clicked.connect(self.on_reveal)
        note = QHBoxLayout()
        note.addWidget(self.message, 1)
        note.addWidget(self.reveal)
        top = QHBoxLayout()
        top.addWidget(self._report_form(), 2)
        top.addWidget(self._report_list(), 3)
        self.body.addLayout(top)
        self.body.addLayout(note)
        self.body.addWidget(self._match_box(), 1)
        self.setFocusProxy(self.description)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("<h2>Lost reports and matching</h2>")

    # --- layout ---------------------------------------------------------------------------
    def _report_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("New lost report"))
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("What was lost, e.g. 黑色皮夹 / black wallet"))
        self.category = QComboBox()
        fill_categories(self.category, self.ctx, blank=self.tr("(not sure)"))
        self.colour, self.place = QLineEdit(), QLineEdit()
        self.lost_from, self.lost_to = date_time_edit(), date_time_edit()
        self.name, self.phone = QLineEdit(), QLineEdit()
        self.phone.setObjectName("phone")
        register = QPushButton(self.tr("&Register report"))
        register.clicked.connect(self.on_register)
        form = QFormLayout(box)
        form.addRow(self.tr("&What:"), self.description)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("C&olour:"), self.colour)
        form.addRow(self.tr("Lost wh&ere:"), self.place)
        form.addRow(self.tr("Lost &from:"), self.lost_from)
        form.addRow(self.tr("Lost &until:"), self.lost_to)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Mobile &phone:"), self.phone)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        form.addRow(self.problem)
        form.addRow(register)
        # Enter registers from any field, Esc clears; every problem beside its field
        self.guard = FormGuard(
            box, submit=self.on_register, cancel=self._cancel, problem=self.problem
        )
        self.guard.field(self.description, required=True, name="description")
        self.guard.field(self.category, name="category")
        self.guard.field(self.colour, name="colour")
        self.guard.field(self.place, name="place lost")
        self.guard.field(self.lost_from, self._time_problem)
        self.guard.field(self.lost_to, name="time lost")
        self.guard.field(self.name, name="contact name")
        self.guard.field(self.phone, self._phone_problem, True, "phone")
        self._reset_form()
        return box

    def _time_problem(self) -> str | None:
        if self.lost_to.dateTime() < self.lost_from.dateTime():
            return desk_tr("The time lost runs from the earlier to the later time.")
        return None

    def _phone_problem(self) -> str | None:
        if not is_mainland_mobile(normalise_phone(self.phone.text())):
            return desk_tr("Enter the customer's mobile number (11 digits, starting with 1).")
        return None

    def _cancel(self) -> None:
        self._reset_form()
        self.guard.clear()
        self.description.setFocus()

    def _report_list(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lost reports"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reports by words, then Enter"))
        self.search.returnPressed.connect(self.refresh)
        self.status = QComboBox()
        for code, label in lost_found.REPORT_STATUS_LABELS.items():
            self.status.addItem(desk_tr(label), code)
        self.status.addItem(self.tr("Any status"), "")
        self.status.currentIndexChanged.connect(self.refresh)
        self.dates = DateRangeBar(self.session, caption=self.tr("Reported:"))
        self.dates.changed.connect(self.refresh)
        self.model = PagedTableModel(
            [
                Column(self.tr("Report"), "report_no"),
                Column(self.tr("What"), "description"),
                Column(self.tr("Colour"), "colour"),
                Column(self.tr("Lost"), "lost_to", lambda v, r: zone_text(page_zone(self), v)),
                Column(self.tr("Where"), "lost_place"),
                Column(self.tr("Phone"), "phone_masked"),
                Column(self.tr("Status"), "status", lambda v, r: status_label(v)),
            ],
            self._fetch,
            page_size=100,
            parent=self,
        )
        self.table = table_view(self.model, fit_contents=True)
        self.table.setObjectName("reports")
        # matching reads many held items: run it once the list has painted, and once for a
        # run of arrow-key presses rather than for every row passed
        self._match_timer = QTimer(self, singleShot=True, interval=120)
        self._match_timer.timeout.connect(self.show_matches)
        self._matching = BackgroundCall(self.session, self)  # off the GUI thread
        self._matching.answered.connect(self._show_found_matches)
        self.table.selectionModel().currentRowChanged.connect(lambda *a: self._match_timer.start())
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.status)
        search_row.addWidget(export_button(self, self.model, "lost-reports"))
        column = QVBoxLayout(box)
        column.addLayout(search_row)
        column.addWidget(self.dates)
        column.addWidget(self.table, 1)
        return box

    def _match_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Held items that may answer the selected report, likeliest first"))
        self.matches = QListWidget()
        self.matches.setObjectName("matches")
        self.matches.setWordWrap(True)
        self.matches.setAlternatingRowColors(True)
        self.matches.itemActivated.connect(lambda entry: self.on_link())
        link = QPushButton(self.tr("&Link item to report"))
        link.clicked.connect(self.on_link)
        announce = QPushButton(self.tr("&Broadcast…"))
        announce.clicked.connect(self.on_broadcast)
        buttons = QVBoxLayout()
        buttons.addWidget(link)
        buttons.addWidget(announce)
        buttons.addStretch()
        row = QHBoxLayout(box)
        row.addWidget(self.matches, 1)
        row.addLayout(buttons)
        return box

    # --- data ---------------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list[dict]:
        rows = self.run(
            lost_found.search_reports,
            self.ctx,
            self.search.text(),
            status=self.status.currentData() or None,
            day_from=self.dates.span()[0],
            day_to=self.dates.span()[1],
            limit=limit,
            before_id=self.model.last("id") if offset else None,  # keyset: any depth alike
        )
        return [vars(r) for r in rows or []]

    def refresh(self) -> None:
        self.model.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.matches.clear()

    def _reset_form(self) -> None:
        for edit in (self.description, self.colour, self.place, self.name, self.phone):
            edit.clear()
        now = now_to_edit(self.session)
        self.lost_from.setDateTime(now.addSecs(-2 * 3600))
        self.lost_to.setDateTime(now)
        self.category.setCurrentIndex(0)

    def selected_report(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    # --- actions --------------------------------------------------------------------------------
    def on_register(self) -> None:
        report = self.guard.run(
            lost_found.register_lost_report,
            self.ctx,
            description=self.description.text(),
            phone=self.phone.text(),
            lost_from=aware(self.session, self.lost_from.dateTime()),
            lost_to=aware(self.session, self.lost_to.dateTime()),
            category=self.category.currentData() or "",
            colour=self.colour.text(),
            lost_place=self.place.text(),
            contact_name=self.name.text(),
        )
        if report is REFUSED:
            return
        self.done("lost_reports")
        self._reset_form()
        self.guard.clear()
        self.search.clear()
        self.refresh()
        self.message.setText(self.tr("Registered report {no}.").format(no=report.report_no))

    def show_matches(self) -> None:
        if not self.isVisible():  # a hidden page matches again when it is next shown
            self.stale = True
            return
        self.matches.clear()
        report = self.selected_report()
        if report is None:
            self._matching.cancel()
            return
        self._matching.start(lost_found_match.matches_for_report, report["id"])

    def _show_found_matches(self, found, error) -> None:
        self.matches.clear()
        if isinstance(error, DomainError):
            show_error(self, error)
            return
        if error is not None:
            raise error
        for match in found:
            item = match.item
            entry = QListWidgetItem(
                self.tr(
                    "{tag}  {what}  {colour}  {category}\n    found {when}"
                    " at {where}  ·  agrees on: {why}"
                ).format(
                    tag=item.tag_no,
                    what=item.description,
                    colour=item.colour,
                    category=category_labels(self).get(item.category, item.category),
                    when=zone_text(page_zone(self), item.found_at),
                    where=item.found_place,
                    why=reasons_text(match.reasons),
                )
            )
            entry.setData(Qt.UserRole, item.id)
            self.matches.addItem(entry)
        if not found:
            self.matches.addItem(self.tr("No held item looks like this yet."))
        else:
            self.matches.setCurrentRow(0)

    def on_link(self) -> None:
        report, entry = self.selected_report(), self.matches.currentItem()
        if report is None or entry is None or entry.data(Qt.UserRole) is None:
            return
        link = self.run(
            lost_found_match.link_report, self.ctx, report["id"], entry.data(Qt.UserRole)
        )
        if link is REFUSED:
            return
        self.link = link
        self.message.setText(
            self.tr("Linked {tag} to report {no}. Please call the customer on {phone} now.").format(
                tag=self.link.item.tag_no,
                no=self.link.report.report_no,
                phone=self.link.call_phone_masked,
            )
        )
        self.reveal.setVisible(self.session.may(Perm.REVEAL_PERSONAL))

    def on_reveal(self) -> None:
        if self.link is None:
            return
        phone = self.run(lost_found.reveal_report_phone, self.ctx, self.link.report.id)
        if phone is REFUSED:
            return
        QMessageBox.information(self, self.tr("Call the customer"), phone)

    def on_broadcast(self) -> None:
        report = self.selected_report()
        if report is not None:
            BroadcastDialog(self.session, "lost", report["id"], self).open()
