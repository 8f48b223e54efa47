"""Find a member (积分卡): one field for a scanned card, a mobile number or the start of a
name, answering as the clerk types; the member's card, masked phone and ID, points batches
and history, and the counter actions (credit, return, manual points, redeem, lost card,
reissue, print)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.core.permissions import Perm
from services.members import members
from services.members import points as member_points
from services.members.ids import ID_TYPE_LABELS
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import label, language, local_text, page_zone, zone_text
from ui.common.lazy import lazy_module
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.reveal_dialog import RevealPhoneDialog
from ui.common.scan_router import takes_codes
from ui.common.shortcuts import bind
from ui.members.action_dialogs import (
    CreditDialog,
    ManualPointsDialog,
    RedeemDialog,
    ReissueDialog,
    ReturnDialog,
)
from ui.members.common import card_status_label, kind_label, open_card
from ui.session import DeskSession, desk_tr

member_documents = lazy_module("services.members.documents")  # reportlab on first print

TYPING_PAUSE_MS = 150


class MembersPage(DeskPage):
    watches = ("members",)  # points credited elsewhere show on the open card

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.member: members.Member | None = None
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self._build()
        self.setFocusProxy(self.search_box)
        self.show_member(None)

    def page_title(self) -> str:
        return self.tr("<h2>Members</h2>")

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit()
        takes_codes(self.search_box, "member_card", "redemption")  # a scan here stays here
        self.search_box.setObjectName("member_search")
        # short enough to be read whole beside the member's panel at 1366 px
        self.search_box.setPlaceholderText(self.tr("Card, mobile or name"))
        self.search_box.setToolTip(
            self.tr("Scan the card, or type a mobile number or the start of a name")
        )
        self.search_box.textEdited.connect(lambda _: self._timer.start())
        self.search_box.returnPressed.connect(self.on_enter)
        self.results = PagedTableModel(
            [
                Column(self.tr("Name"), "name"),
                Column(self.tr("Mobile"), "phone_masked"),
                Column(self.tr("Card no."), "card_no"),
                Column(self.tr("Card"), "card_status", lambda v, r: card_status_label(v)),
                Column(self.tr("Points"), "balance", align_right=True),
            ],
            lambda offset, limit: [],
            page_size=50,
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("member_results")
        self.table.setModel(self.results)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setEditTriggers(QTableView.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.card_status = QComboBox()
        self.card_status.setObjectName("card_status")
        self.card_status.addItem(self.tr("Any card"), "")
        for code, text in members.CARD_STATUS_LABELS.items():
            self.card_status.addItem(desk_tr(text), code)
        self.card_status.currentIndexChanged.connect(lambda _i: self.search())
        self.dates = DateRangeBar(self.session, caption=self.tr("Enrolled:"))
        self.dates.changed.connect(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.card_status)
        filters.addStretch()
        filters.addWidget(export_button(self, self.results, "members"))
        column.addWidget(self.search_box)
        column.addLayout(filters)
        column.addWidget(self.dates)
        column.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._member_panel())
        splitter.setSizes([380, 620])

        self.body.addWidget(splitter, 1)
        bind(self, "F6", self.reset, self.tr("Clear for the next customer"))

    def _member_panel(self) -> QWidget:
        self.panel = QGroupBox()
        grid = QGridLayout()
        self.labels = {}
        for row, (key, text) in enumerate(
            (
                ("card", self.tr("Card no.:")),
                ("status", self.tr("Card:")),
                ("phone", self.tr("Mobile:")),
                ("id", self.tr("ID document:")),
                ("balance", self.tr("Points balance:")),
                ("enrolled", self.tr("Enrolled:")),
            )
        ):
            grid.addWidget(QLabel(text), row // 2, (row % 2) * 2)
            self.labels[key] = QLabel()
            self.labels[key].setObjectName(f"member_{key}")
            self.labels[key].setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(self.labels[key], row // 2, (row % 2) * 2 + 1)
        self.buttons = {}
        bar = QGridLayout()  # two rows of five: one row of ten is wider than a 1366-px screen
        for n, (key, text, slot) in enumerate(
            (
                ("credit", self.tr("&Credit receipt"), self.on_credit),
                ("return", self.tr("Re&turn"), self.on_return),
                ("manual", self.tr("&Manual points"), self.on_manual),
                ("redeem", self.tr("&Redeem"), self.on_redeem),
                ("lost", self.tr("&Lost card"), self.on_lost),
                ("reissue", self.tr("Re&issue"), self.on_reissue),
                ("statement", self.tr("&Statement"), self.on_statement),
                ("card_doc", self.tr("Print c&ard"), self.on_card_doc),
                ("reveal", self.tr("Reveal &phone…"), self.on_reveal),
                ("data", self.tr("Personal data…"), self.on_personal_data),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(f"member_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button, n // 5, n % 5)
            self.buttons[key] = button
        self.buttons["reveal"].setVisible(self.session.may(Perm.REVEAL_PERSONAL))
        self.buttons["data"].setVisible(self.session.may(Perm.REVEAL_PERSONAL))
        bar.setColumnStretch(5, 1)
        self.batches = PagedTableModel(
            [
                Column(self.tr("Earned"), "at", lambda v, r: zone_text(page_zone(self), v)),
                Column(self.tr("Kind"), "kind", lambda v, r: kind_label(v)),
                Column(self.tr("Points"), "points", align_right=True),
                Column(self.tr("Left"), "remaining", align_right=True),
                Column(self.tr("Expires on"), "expires_on"),
            ],
            lambda o, n: [],
            parent=self,
        )
        self.history = PagedTableModel(
            [
                Column(self.tr("When"), "at", lambda v, r: zone_text(page_zone(self), v)),
                Column(self.tr("Card no."), "card_no"),
                Column(self.tr("Kind"), "kind", lambda v, r: kind_label(v)),
                Column(
                    self.tr("Details"),
                    "kind",
                    lambda v, r: member_documents.line_details(r, language()),
                ),
                Column(self.tr("Points"), "points", lambda v, r: f"{v:+d}", align_right=True),
            ],
            lambda o, n: [],
            page_size=100,
            parent=self,
        )
        tabs = QTabWidget()
        for model, text in (
            (self.batches, self.tr("Points by batch")),
            (self.history, self.tr("History")),
        ):
            view = QTableView()
            view.setModel(model)
            view.setEditTriggers(QTableView.NoEditTriggers)
            view.horizontalHeader().setStretchLastSection(True)
            tabs.addTab(view, text)
        self.history_view = tabs.widget(1)
        layout = QVBoxLayout(self.panel)
        layout.addLayout(grid)
        layout.addLayout(bar)
        layout.addWidget(tabs, 1)
        return self.panel

    # --- search ---------------------------------------------------------------------------
    def _fetch(self, text: str):
        def fetch(offset: int, limit: int) -> list[dict]:
            found = self.run(members.find_members, self.ctx, text, offset, limit) or []
            return [vars(m) | {"member": m} for m in found]

        status = self.card_status.currentData() or None
        if status is None and self.dates.is_all():
            return fetch
        first, last = self.dates.span()

        def filtered(offset: int, limit: int) -> list[dict]:
            found = self.run(
                members.list_members,
                self.ctx,
                text,
                card_status=status,
                enrolled_from=first,
                enrolled_to=last,
                before_id=self.results.last("id") if offset else None,  # keyset
                limit=limit,
            )
            return [vars(m) | {"member": m} for m in found or []]

        return filtered

    def search(self) -> None:
        self._timer.stop()
        self.results.reload(self._fetch(self.search_box.text()))

    def on_enter(self) -> None:
        """A scanned card or a phone number opens the member straight away."""
        self.search()
        if self.results.rowCount() == 1 or (
            self.results.rowCount() and (members.scanned_card_no(self.search_box.text()))
        ):
            self.open_row(0)
        elif self.results.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def open_row(self, row: int) -> None:
        self.show_member(self.results.row(row)["member"])

    def reset(self) -> None:
        self.search_box.clear()
        self.results.reload(lambda o, n: [])
        self.show_member(None)
        self.search_box.setFocus()

    # --- the member -------------------------------------------------------------------------
    def show_member(self, member: members.Member | None) -> None:
        self.member = member
        self.panel.setEnabled(member is not None)
        if member is None:
            self.panel.setTitle(self.tr("No member chosen"))
            for field in self.labels.values():
                field.clear()
            self.batches.reload(lambda o, n: [])
            self.history.reload(lambda o, n: [])
            return
        self.panel.setTitle(member.name)
        self.labels["card"].setText(member.card_no)
        self.labels["status"].setText(card_status_label(member.card_status))
        self.labels["status"].setStyleSheet(
            "" if member.card_status == "active" else "color: #a40000; font-weight: bold;"
        )
        self.labels["phone"].setText(member.phone_masked)
        self.labels["id"].setText(f"{label(ID_TYPE_LABELS, member.id_type)} {member.id_masked}")
        self.labels["balance"].setText(str(member.balance))
        self.labels["enrolled"].setText(local_text(self.session, member.enrolled_at))
        active = member.card_status == "active"
        for key in ("credit", "manual", "redeem", "lost"):
            self.buttons[key].setEnabled(active)
        statement = member_points.points_statement(self.ctx, member.id, limit=1)
        batches = [vars(b) | {"at": b.earned_at} for b in statement.batches]
        self.batches.reload(lambda o, n: batches[o : o + n])
        self.history.reload(
            lambda o, n: member_points.points_statement(self.ctx, member.id, o, n).lines
        )

    def refresh(self) -> None:
        if self.member is not None:
            self.show_member(members.get_member(self.ctx, self.member.id))

    def _run(self, dialog_class, **kwargs):
        if self.member is None:
            return None
        dialog = dialog_class(self.session, self.member, self, **kwargs)
        dialog.exec()
        if dialog.result_value is not None:
            self.done("members", "shift")
        self.refresh()
        return dialog.result_value

    def show_scanned(self, target) -> QWidget | None:
        """A member card scanned on any page: the member, and for an active card the
        crediting of a receipt started at once (its fields, then Enter)."""
        member = self.run(members.get_member, self.ctx, target.record_id)
        if member is REFUSED:
            return None
        self.search_box.setText(target.number)
        self.show_member(member)
        if target.action == "credit_points":
            return self.start_credit()
        return self.buttons["credit"]

    def start_credit(self) -> QWidget:
        """The crediting form over the page, not blocking the counter: its receipt fields,
        then Enter credits (Esc cancels)."""
        dialog = CreditDialog(self.session, self.member, self)
        dialog.finished.connect(lambda _code: self._credited(dialog))
        self.credit_dialog = dialog
        dialog.open()
        dialog.receipt.shop.setFocus()
        return dialog

    def _credited(self, dialog) -> None:
        if dialog.result_value is not None:
            self.done("members", "shift")
        self.refresh()

    def on_credit(self):
        return self._run(CreditDialog)

    def on_return(self):
        return self._run(ReturnDialog)

    def on_manual(self):
        return self._run(ManualPointsDialog)

    def on_redeem(self):
        done = self._run(RedeemDialog, lang=language())
        if done is not None:
            ctx = doc_ctx(self.session)
            self.open_document(
                lambda copy_no: member_documents.redemption_receipt_pdf(ctx, done.id, copy_no),
                "redemption",
                done.receipt_no,
                self.tr("Points redemption"),
            )
        return done

    def on_lost(self) -> None:
        if self.member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Lost card"),
            self.tr("Block card {card} now? It can never earn or redeem points again.").format(
                card=self.member.card_no
            ),
        )
        if answer != QMessageBox.Yes:
            return
        blocked = self.run(members.report_card_lost, self.ctx, self.member.card_no)
        if blocked is not REFUSED:
            self.show_member(blocked)

    def on_reissue(self):
        done = self._run(ReissueDialog)
        if done is not None:
            self.show_member(done.member)
            open_card(self, done.new_card_no)
        return done

    def on_reveal(self) -> None:
        if self.member is not None:
            RevealPhoneDialog(self.session, "member", self.member.id, self).exec()

    def on_statement(self) -> None:
        if self.member is None:
            return
        ctx, member_id = doc_ctx(self.session), self.member.id
        self.open_document(
            lambda copy_no: member_documents.points_statement_pdf(ctx, member_id),
            None,
            None,
            self.tr("Points statement"),
        )

    def on_personal_data(self) -> None:
        """What the desk holds about the member, printed for them on request (audited)."""
        from services.retention import statement

        if self.member is None:
            return
        ctx, member_id = doc_ctx(self.session), self.member.id
        self.open_document(
            lambda copy_no: statement.member_data_statement_pdf(ctx, member_id),
            None,
            None,
            self.tr("Personal data statement"),
        )

    def on_card_doc(self) -> None:
        if self.member is not None:
            open_card(self, self.member.card_no)
