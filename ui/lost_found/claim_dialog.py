"""The claim of a held item: the claimant describes it, the clerk confirms the description
and checks the identifying detail the claimant gives (the desk says only whether it agrees),
records who takes it, and the claimant signs on the pad. Then the receipt is printed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from services.core.identifiers import is_mainland_mobile, normalise_phone
from services.lost_found import claims as lost_found_claims
from services.lost_found import items as lost_found
from ui.common import hub
from ui.common.documents import doc_ctx, show_document
from ui.common.formatting import language, local_text
from ui.common.forms import FormGuard, problem_label
from ui.common.lazy import lazy_module
from ui.lost_found.common import category_label
from ui.lost_found.signature_pad import SignaturePad
from ui.quality.rating import offer_rating
from ui.session import REFUSED, DeskSession, desk_tr, run_or_show

# reportlab loads on the first print
lost_found_documents = lazy_module("services.lost_found.documents")


class ClaimDialog(QDialog):
    def __init__(self, session: DeskSession, item_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.item = lost_found.get_found_item(session.ctx, item_id)
        self.claim = None
        self.preview = None
        self.setWindowTitle(self.tr("Claim {tag}").format(tag=self.item.tag_no))
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary())
        layout.addLayout(self._form())
        layout.addWidget(self.attempts_label)
        layout.addWidget(self._release_box())
        self.pad = SignaturePad(self)
        self.pad.setObjectName("signature")
        clear = QPushButton(self.tr("Clear si&gnature"))
        clear.clicked.connect(self.pad.clear)
        sign_row = QHBoxLayout()
        sign_row.addWidget(QLabel(self.tr("Claimant's signature:")))
        sign_row.addStretch()
        sign_row.addWidget(clear)
        layout.addLayout(sign_row)
        layout.addWidget(self.pad)
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.release = buttons.addButton(
            self.tr("&Release and print receipt"), QDialogButtonBox.AcceptRole
        )
        buttons.accepted.connect(self.on_release)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # every problem of the claim at once, beside its field (Enter in the detail checks it)
        self.guard = FormGuard(self, problem=self.problem)
        self.guard.field(self.described, required=True, name="description")
        self.guard.field(self.confirmed, self._confirmed_problem)
        self.guard.field(self.detail, required=True)
        self.guard.field(self.name, required=True, name="claimant's name")
        self.guard.field(self.id_type, name="ID type")
        self.guard.field(self.id_number, required=True, name="ID number")
        self.guard.field(self.phone, self._phone_problem, True, "phone")
        self.guard.field(self.pad, self._signature_problem, name="signature")
        # the supervisor's release of a locked item is a form of its own
        self.release_problem = problem_label()
        self.release_problem.setObjectName("release_problem")
        self.release_box.layout().addRow(self.release_problem)
        self.release_guard = FormGuard(
            self.release_box, submit=self.on_release_attempts, problem=self.release_problem
        )
        self.release_guard.field(self.release_reason, required=True, name="reason")
        self.release_guard.field(self.supervisor, required=True, name="supervisor")
        self.release_guard.field(self.supervisor_password, required=True, name="password")
        self.described.setFocus()
        self.resize(640, 600)
        self._show_attempts()

    def _summary(self) -> QWidget:
        item, ctx = self.item, self.session.ctx
        text = self.tr(
            "<b>{tag}</b> · {category} · {what} · {colour} · ×{qty}<br>"
            "Found {when} at {where}; stored at {storage}"
        ).format(
            tag=item.tag_no,
            category=category_label(ctx, item.category),
            what=item.description,
            colour=item.colour or "—",
            qty=item.quantity,
            when=local_text(self.session, item.found_at),
            where=item.found_place,
            storage=item.storage or "—",
        )
        summary = QLabel(text)
        summary.setTextFormat(Qt.RichText)
        summary.setWordWrap(True)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(summary, 1)
        if item.has_photo:
            photo = QPixmap()
            photo.loadFromData(lost_found.item_photo(ctx, item.id) or b"")
            picture = QLabel()
            picture.setPixmap(photo.scaled(120, 120, Qt.KeepAspectRatio, Qt.SmoothTransformation))
            line.addWidget(picture)
        return row

    def _form(self) -> QFormLayout:
        self.described = QPlainTextEdit()
        self.described.setObjectName("described")
        self.described.setPlaceholderText(
            self.tr("In the claimant's words: quantity, colour, main features")
        )
        self.described.setFixedHeight(64)
        self.confirmed = QCheckBox(self.tr("The description agrees with the record"))
        self.detail = QLineEdit()
        self.detail.setObjectName("detail")
        self.detail.setPlaceholderText(self.tr("Ask for a detail only the owner would know"))
        self.detail.installEventFilter(self)  # Enter checks (eventFilter)
        check = self.check_button = QPushButton(self.tr("C&heck"))
        check.clicked.connect(self.on_check)
        self.attempts_label = QLabel()
        self.attempts_label.setObjectName("attempts")
        self.detail_result = QLabel()
        self.detail_result.setObjectName("detail_result")
        detail_row = QWidget()  # a widget, so the row's label becomes its buddy
        detail_line = QHBoxLayout(detail_row)
        detail_line.setContentsMargins(0, 0, 0, 0)
        detail_row.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        detail_line.addWidget(self.detail, 1)
        detail_line.addWidget(check)
        detail_line.addWidget(self.detail_result)
        self.name = QLineEdit()
        self.id_type = QComboBox()
        for code, label in lost_found_claims.ID_TYPES.items():
            self.id_type.addItem(desk_tr(label), code)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("Only the last four characters are kept"))
        self.phone = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Described as:"), self.described)
        form.addRow("", self.confirmed)
        form.addRow(self.tr("Identifying de&tail:"), detail_row)
        form.addRow(self.tr("Claimant's &name:"), self.name)
        form.addRow(self.tr("&ID type:"), self.id_type)
        form.addRow(self.tr("ID n&umber:"), self.id_number)
        form.addRow(self.tr("Mobile &phone:"), self.phone)
        return form

    def _confirmed_problem(self) -> str | None:
        if self.confirmed.isChecked():
            return None
        return self.tr("Confirm that the description agrees with the record.")

    def _phone_problem(self) -> str | None:
        if is_mainland_mobile(normalise_phone(self.phone.text())):
            return None
        return desk_tr("Enter the claimant's mobile number (11 digits, starting with 1).")

    def _signature_problem(self) -> str | None:
        if self.pad.png_bytes() is not None:
            return None
        return desk_tr("The claimant must sign on screen before the item is released.")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # Enter in the detail field is its check, never the dialog's release as well: a
        # wrong answer would count twice
        if (
            watched is self.detail
            and event.type() == QEvent.KeyPress
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)
        ):
            self.on_check()
            return True
        return super().eventFilter(watched, event)

    def _release_box(self) -> QGroupBox:
        """Past the limit of wrong answers, a supervisor (not the one signed in) signs to let
        the claimant try again."""
        self.release_box = QGroupBox(self.tr("Supervisor release"))
        self.release_box.setObjectName("release_box")
        self.release_reason = QLineEdit()
        self.release_reason.setObjectName("release_reason")
        self.release_reason.setPlaceholderText(self.tr("Why may the claimant try again?"))
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("release_supervisor")
        self.supervisor.setPlaceholderText(self.tr("Supervisor's user name"))
        self.supervisor_password = QLineEdit()
        self.supervisor_password.setObjectName("release_password")
        self.supervisor_password.setEchoMode(QLineEdit.Password)
        self.release_button = QPushButton(self.tr("Let the claimant tr&y again"))
        self.release_button.setObjectName("release_button")
        self.release_button.clicked.connect(self.on_release_attempts)
        form = QFormLayout(self.release_box)
        form.addRow(self.tr("Rea&son:"), self.release_reason)
        form.addRow(self.tr("Super&visor:"), self.supervisor)
        form.addRow(self.tr("Supervisor's pass&word:"), self.supervisor_password)
        form.addRow("", self.release_button)
        return self.release_box

    def _show_attempts(self) -> None:
        """Wrong answers so far; at the limit the check and the release wait for a supervisor."""
        state = run_or_show(self, lost_found_claims.claim_attempts, self.session.ctx, self.item.id)
        if state is REFUSED:
            return
        if state.locked:
            text = self.tr(
                "{n} wrong answers: the item is locked until a supervisor releases it."
            ).format(n=state.wrong)
        else:
            text = self.tr("Wrong answers so far: {n} of {limit}.").format(
                n=state.wrong, limit=state.limit
            )
        self.attempts_label.setText(text)
        self.attempts_label.setStyleSheet("color: #a40000;" if state.wrong else "")
        for widget in (self.detail, self.check_button, self.release):
            widget.setEnabled(not state.locked)
        self.release_box.setVisible(state.locked)

    def on_release_attempts(self) -> None:
        state = self.release_guard.run(
            lost_found_claims.release_claim_attempts,
            self.session.ctx,
            self.item.id,
            self.release_reason.text(),
            self.supervisor.text(),
            self.supervisor_password.text(),
        )
        self.supervisor_password.clear()
        if state is REFUSED:
            return
        self.release_reason.clear()
        self.supervisor.clear()
        self.release_guard.clear()
        self.detail_result.clear()
        self._show_attempts()
        self.detail.setFocus()

    def on_check(self) -> None:
        agrees = run_or_show(
            self, lost_found_claims.check_detail, self.session.ctx, self.item.id, self.detail.text()
        )
        self._show_attempts()
        if agrees is REFUSED:
            return
        self.detail_result.setText(self.tr("✔ agrees") if agrees else self.tr("✘ does not agree"))
        self.detail_result.setStyleSheet("color: #0a6b0a;" if agrees else "color: #a40000;")

    def on_release(self) -> None:
        claim = self.guard.run(
            lost_found_claims.claim_item,
            self.session.ctx,
            self.item.id,
            claimant_name=self.name.text(),
            id_type=self.id_type.currentData(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            description=self.described.toPlainText(),
            description_confirmed=self.confirmed.isChecked(),
            detail_answer=self.detail.text(),
            signature_png=self.pad.png_bytes(),
        )
        if claim is REFUSED:
            self._show_attempts()  # a wrong answer at the release counts too
            return
        self.claim = claim
        hub.done(self.session, "found_items")
        offer_rating(self, "claim", claim.receipt_no)
        ctx, item_id, lang = doc_ctx(self.session), self.item.id, language()
        self.preview = show_document(
            self.parentWidget() or self,
            self.session,
            lambda copy_no: lost_found_documents.claim_receipt_pdf(ctx, item_id, copy_no, lang),
            "claim_receipt",
            self.claim.receipt_no,
            self.tr("Claim receipt {no}").format(no=self.claim.receipt_no),
        )
        self.accept()
