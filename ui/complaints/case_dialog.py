"""One case: what was recorded, the scanned comment, every step with who/when/note, and the
one next step of the flow (forward, take in hand, resolve, follow-up call, close)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.complaints import cases as complaints
from services.complaints import documents as complaint_documents
from services.complaints.cases import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    DEPARTMENT_LABELS,
    FORM_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
)
from services.core.permissions import Perm
from ui.common import hub
from ui.common.documents import doc_ctx, show_document
from ui.common.formatting import label, local_text
from ui.common.forms import FormGuard, problem_label
from ui.session import REFUSED, DeskSession, desk_tr


class CaseDialog(QDialog):
    def __init__(self, session: DeskSession, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.resize(760, 620)
        self._build()
        self.load()

    def _build(self) -> None:
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.scan_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.facts, 1)
        top.addWidget(self.scan_label)
        self.steps = QTableWidget(0, 4)
        self.steps.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Note")]
        )
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.steps.verticalHeader().hide()
        self.steps.setEditTriggers(QTableWidget.NoEditTriggers)
        self.steps.setColumnWidth(0, 130)
        self.steps.setColumnWidth(1, 120)

        self.next_box = QGroupBox()
        self.to_box = QComboBox()
        self.to_box.setEditable(True)
        for code in complaints.departments(self.session.ctx):
            self.to_box.addItem(label(DEPARTMENT_LABELS, code), code)
        self.reached_box = QCheckBox(self.tr("Customer &reached"))
        self.reached_box.setChecked(True)
        self.score_box = QSpinBox()
        self.score_box.setRange(1, 5)
        self.score_box.setValue(5)
        self.note_box = QLineEdit()
        self.note_box.setPlaceholderText(self.tr("Note"))
        self.step_button = QPushButton()
        form = self.next_form = QFormLayout(self.next_box)
        form.addRow(self.tr("Forward &to"), self.to_box)
        follow = QHBoxLayout()
        follow.addWidget(self.reached_box)
        follow.addWidget(QLabel(self.tr("Satisfaction (1–5)")))
        follow.addWidget(self.score_box)
        follow.addStretch()
        self.follow_row = QWidget()
        self.follow_row.setLayout(follow)
        form.addRow(self.follow_row)
        form.addRow(self.tr("&Note"), self.note_box)
        self.step_problem = problem_label()
        self.step_problem.setObjectName("step_problem")
        form.addRow(self.step_problem)
        form.addRow(self.step_button)
        # Enter takes the step; its problems stand beside the fields, not in a message box
        self.guard = FormGuard(self.next_box, submit=self.take_step, problem=self.step_problem)
        self.guard.field(self.to_box, required=True, name="who the case goes to")
        self.guard.field(self.note_box, self._note_problem, name="note")
        self.reached_box.toggled.connect(self.score_box.setEnabled)
        self.step_button.clicked.connect(self.take_step)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.print_button = buttons.addButton(
            self.tr("&Print record…"), QDialogButtonBox.ActionRole
        )
        self.print_button.clicked.connect(self.print_record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.next_box)
        layout.addWidget(buttons)

    # --- showing the case ---------------------------------------------------------------
    def load(self) -> None:
        ctx = self.session.ctx
        self.case = case = complaints.get_case(ctx, self.case_id)
        self.setWindowTitle(self.tr("Case {no}").format(no=case.case_no))
        s = self.session
        rows = [
            (self.tr("Status"), label(STATUS_LABELS, case.status)),
            (
                self.tr("Kind"),
                f"{label(KIND_LABELS, case.kind)} · {label(FORM_LABELS, case.form)}"
                f" · {label(CHANNEL_LABELS, case.channel)}",
            ),
            (self.tr("Customer"), " ".join(x for x in (case.name, case.phone_masked) if x)),
            (self.tr("Shop or area"), " ".join(x for x in (case.shop_zh, case.area) if x)),
            (self.tr("Category"), label(CATEGORY_LABELS, case.category)),
            (self.tr("Opened"), f"{local_text(s, case.opened_at)} ({case.opened_by_name})"),
            (self.tr("First response due"), local_text(s, case.due_at)),
            (self.tr("Forwarded to"), label(DEPARTMENT_LABELS, case.forwarded_to)),
        ]
        if case.satisfaction is not None or case.reached is False:
            rows.append(
                (
                    self.tr("Follow-up"),
                    self.tr("{score} of 5").format(score=case.satisfaction)
                    if case.reached
                    else self.tr("not reached"),
                )
            )
        html = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        overdue = case.overdue(ctx.clock.now())
        overdue_text = self.tr("Overdue")  # outside the f-string, where lupdate sees it
        warn = f"<p style='color:#b00020'><b>{overdue_text}</b></p>" if overdue else ""
        self.facts.setText(f"<h3>{case.case_no}</h3>{warn}<table>{html}</table><p>{case.text}</p>")
        self._show_scan(case)
        self._show_steps()
        self._show_next(case.status)

    def _show_scan(self, case) -> None:
        self.scan_label.clear()
        if case.has_scan:
            pixmap = QPixmap()
            pixmap.loadFromData(complaints.case_scan(self.session.ctx, case.id) or b"")
            if not pixmap.isNull():
                self.scan_label.setPixmap(pixmap.scaledToWidth(220, Qt.SmoothTransformation))

    def _show_steps(self) -> None:
        steps = complaints.case_steps(self.session.ctx, self.case_id)
        self.steps.setRowCount(len(steps))
        for r, step in enumerate(steps):
            for c, text in enumerate(
                (
                    local_text(self.session, step.at),
                    label(STATUS_LABELS, step.status_to),
                    step.user_name,
                    step.note,
                )
            ):
                self.steps.setItem(r, c, QTableWidgetItem(text))

    def _show_next(self, status: str) -> None:
        target = complaints.NEXT.get(status)
        self.next_box.setVisible(target is not None)
        if target is None:
            return
        texts = {
            "forwarded": self.tr("&Forward"),
            "in_progress": self.tr("&Take in hand"),
            "resolved": self.tr("Mark &resolved"),
            "followed_up": self.tr("Record &follow-up call"),
            "closed": self.tr("&Close case"),
        }
        self.next_box.setTitle(
            self.tr("Next step: {step}").format(step=label(STATUS_LABELS, target))
        )
        self.step_button.setText(texts[target])
        # who it goes to only when it is forwarded (a greyed "Forward to *" read as a duty)
        self.next_form.setRowVisible(self.to_box, target == "forwarded")
        self.follow_row.setVisible(target == "followed_up")
        needs_supervisor = target in ("forwarded", "closed")
        self.step_button.setEnabled(not needs_supervisor or self.session.may(Perm.ASSIGN_COMPLAINT))

    # --- taking the next step -----------------------------------------------------------
    def _note_problem(self) -> str | None:
        target = complaints.NEXT.get(self.case.status)
        if self.note_box.text().strip() or target not in ("in_progress", "resolved"):
            return None
        if target == "in_progress":
            return desk_tr("Say what was done first.")
        return desk_tr("Say how the case was resolved.")

    def take_step(self) -> None:
        target = complaints.NEXT.get(self.case.status)
        if target is None or not self.step_button.isEnabled():
            return
        if self.guard.run(self._step, target) is REFUSED:
            return
        self.note_box.clear()
        self.guard.clear()
        hub.done(self.session, "complaints")
        self.load()

    def _step(self, target: str) -> None:
        """The one service call that moves the case to `target`."""
        ctx, cid, note = self.session.ctx, self.case_id, self.note_box.text()
        if target == "forwarded":
            to = (
                self.to_box.currentData()
                if self.to_box.currentText() == self.to_box.itemText(self.to_box.currentIndex())
                else None
            )
            complaints.forward_case(ctx, cid, to or self.to_box.currentText(), note)
        elif target == "in_progress":
            complaints.start_case(ctx, cid, note)
        elif target == "resolved":
            complaints.resolve_case(ctx, cid, note)
        elif target == "followed_up":
            reached = self.reached_box.isChecked()
            complaints.record_follow_up(
                ctx, cid, reached, self.score_box.value() if reached else None, note
            )
        elif target == "closed":
            complaints.close_case(ctx, cid, note)

    def print_record(self) -> None:
        dctx = doc_ctx(self.session)
        self.preview = show_document(
            self,
            self.session,
            lambda copy_no: complaint_documents.case_record_pdf(dctx, self.case_id, copy_no),
            "complaint",
            self.case.case_no,
            self.tr("Customer feedback record"),
        )
