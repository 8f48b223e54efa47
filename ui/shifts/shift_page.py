"""The shift: open with a counted float; close with a blind count (the count is kept first,
then the expected cash shows beside it; counting again is a recount, kept beside the first),
a reason for any difference, a second person's sign-off above the threshold, and the
numbered shift report."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from services.core.errors import DomainError
from services.core.permissions import Perm
from services.lending import documents as lending_documents
from services.shifts import desks, shifts
from services.shifts import history as shift_history
from ui.common.date_range import DateRangeBar
from ui.common.desk_page import REFUSED, DeskPage
from ui.common.documents import doc_ctx
from ui.common.formatting import format_fen, language, local_text, shown_name
from ui.common.forms import FormGuard
from ui.common.list_export import export_button
from ui.common.paged_table_model import Column, PagedTableModel
from ui.common.tables import as_row, table_view
from ui.session import DeskSession, desk_tr
from ui.shifts.count_grid import CountGrid


class ShiftPage(DeskPage):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.check: shifts.CloseCheck | None = None
        self.state = QLabel()
        self.state.setObjectName("shift_state")
        self.stack = QStackedWidget()
        self.open_panel = self._open_panel()
        self.close_panel = self._close_panel()
        self.stack.addWidget(self.open_panel)
        self.stack.addWidget(self.close_panel)
        history_box = QGroupBox(self.tr("Shifts of this desk (Enter shows the report)"))
        history = QVBoxLayout(history_box)
        history.addLayout(self._history_filters())
        history.addWidget(self._history_table(), 1)
        columns = QHBoxLayout()
        # the count needs less room than the list of shifts beside it, whose columns
        # (opened, closed, report, by, difference, state) are cut off at 3:2
        columns.addWidget(self.stack, 1)
        columns.addWidget(history_box, 1)
        self.body.addWidget(self.state)
        self.body.addLayout(columns, 1)
        # Enter opens the shift, keeps the count, then closes (Esc leaves the fields as they are)
        FormGuard(self.open_panel, submit=self.on_open)
        FormGuard(self.close_panel, submit=self._close_step)
        self.refresh()

    def page_title(self) -> str:
        here = desks.desk_label(self.ctx, self.ctx.desk, language())  # each desk its own
        return self.tr("<h2>Shift at {desk}</h2>").format(desk=html.escape(here))

    # --- panels -------------------------------------------------------------------------------
    def _open_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Open the shift: count the cash float"))
        self.float_grid = CountGrid()
        self.float_grid.setObjectName("float_grid")
        self.open_button = QPushButton(self.tr("&Open shift"))
        self.open_button.clicked.connect(self.on_open)
        column = QVBoxLayout(box)
        column.addWidget(self.float_grid)
        column.addWidget(self.open_button)
        column.addStretch()
        return box

    def _close_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Close the shift: count the cash in the drawer first"))
        self.count_grid = CountGrid()
        self.count_grid.setObjectName("count_grid")
        self.count_grid.changed.connect(self._count_changed)
        self.counted_button = QPushButton(self.tr("&Counted: keep this count"))
        self.counted_button.clicked.connect(self.on_counted)
        self.close_note = QLabel(
            self.tr("Only a shift lead or a supervisor counts the drawer and closes the shift.")
        )
        self.close_note.setObjectName("close_note")
        self.close_note.setWordWrap(True)
        self.close_note.hide()
        self.result = QLabel()
        self.result.setObjectName("close_result")
        self.result.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("close_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a40000;")
        self.reason = QLineEdit()
        self.reason.setObjectName("close_reason")
        self.signoff_user = QLineEdit()
        self.signoff_password = QLineEdit()
        self.signoff_password.setEchoMode(QLineEdit.Password)
        self.close_button = QPushButton(self.tr("Close shift and print the report"))
        self.close_button.clicked.connect(self.on_close)
        self.after_count = QWidget()
        form = QFormLayout(self.after_count)
        form.addRow(self.result)
        form.addRow(self.warning)
        form.addRow(self.tr("&Reason for the difference:"), self.reason)
        self.signoff_label = QLabel(
            self.tr("Sign-off by another shift lead or supervisor (user, password):")
        )
        row = QHBoxLayout()
        row.addWidget(self.signoff_user)
        row.addWidget(self.signoff_password)
        form.addRow(self.signoff_label, row)
        form.addRow(self.close_button)
        column = QVBoxLayout(box)
        column.addWidget(self.close_note)
        column.addWidget(self.count_grid)
        column.addWidget(self.counted_button)
        column.addWidget(self.after_count)
        column.addStretch()
        return box

    # --- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        shift = shifts.current_shift(self.ctx)
        if shift is None:
            self.state.setText(self.tr("No shift is open. Count the float and open one."))
            self.stack.setCurrentWidget(self.open_panel)
        else:
            self.state.setText(
                self.tr("Shift open since {time} by {user}; float {float}.").format(
                    time=local_text(self.session, shift.opened_at),
                    user=shift.opened_by,
                    float=format_fen(shift.float_fen),
                )
            )
            self.stack.setCurrentWidget(self.close_panel)
            may_close = self.session.may(Perm.CLOSE_SHIFT)
            self.count_grid.setEnabled(may_close)
            self.counted_button.setEnabled(may_close)
            if not may_close:
                self.counted_button.setToolTip(self.tr("A shift lead counts and closes."))
            self.close_note.setVisible(not may_close)
        self._reset_close()
        if shift is not None and self.session.may(Perm.CLOSE_SHIFT):
            self._show_kept_count()
        self._fill_history()

    def _show_kept_count(self) -> None:
        """A count kept earlier (on this page or another) shows again with its figures."""
        try:
            check = shifts.close_check(self.ctx)
        except DomainError:  # no count kept yet: the close stays blind
            return
        self.count_grid.set_counts({int(k): v for k, v in check.counts[-1].counted_counts.items()})
        self._show_check(check)

    def _reset_close(self) -> None:
        self.check = None
        self.after_count.hide()
        self.count_grid.clear()
        self.reason.clear()
        self.signoff_user.clear()
        self.signoff_password.clear()

    def _count_changed(self) -> None:
        # a changed count hides the figures again: the close uses what was shown
        if self.check is not None:
            self.check = None
            self.after_count.hide()

    # --- the desk's shifts --------------------------------------------------------------------
    def _history_filters(self) -> QVBoxLayout:
        self.history_status = QComboBox()
        self.history_status.setObjectName("shift_status")
        self.history_status.addItem(self.tr("Any status"), "")
        for code, text in shift_history.STATUS_LABELS.items():
            self.history_status.addItem(desk_tr(text), code)
        self.history_status.currentIndexChanged.connect(lambda _i: self._fill_history())
        self.history_dates = DateRangeBar(self.session, caption=self.tr("Opened:"))
        self.history_dates.changed.connect(self._fill_history)
        self.history_model = PagedTableModel(
            [
                Column(self.tr("Opened"), "opened_at", lambda v, r: local_text(self.session, v)),
                Column(
                    self.tr("Closed"),
                    "closed_at",
                    lambda v, r: local_text(self.session, v) if v else self.tr("still open"),
                ),
                Column(self.tr("Report"), "report_no", lambda v, r: v or ""),
                Column(self.tr("Opened by"), "opened_by"),
                Column(
                    self.tr("Difference"),
                    "difference_fen",
                    lambda v, r: "" if v is None else format_fen(v),
                    True,
                ),
            ],
            self._history_rows,
            page_size=50,
            parent=self,
        )
        top = QHBoxLayout()
        top.addWidget(self.history_status)
        top.addStretch()
        top.addWidget(export_button(self, self.history_model, "shifts"))
        rows = QVBoxLayout()
        rows.addLayout(top)
        rows.addWidget(self.history_dates)
        return rows

    def _history_table(self) -> QWidget:
        self.history = table_view(self.history_model, fit_contents=True)
        self.history.setObjectName("shift_history")
        self.history.activated.connect(self._show_history)
        return self.history

    def _history_rows(self, offset: int, limit: int) -> list[dict]:
        first, last = self.history_dates.span()
        try:  # the list is a convenience beside the shift: no message over the page
            found = shift_history.list_shifts(
                self.ctx,
                status=self.history_status.currentData() or None,
                opened_from=first,
                opened_to=last,
                before_id=self.history_model.last("id") if offset else None,
                limit=limit,
            )
        except DomainError:
            return []
        return [as_row(shift) for shift in found]

    def _fill_history(self) -> None:
        self.history_model.reload()

    # --- actions --------------------------------------------------------------------------------
    def on_open(self) -> None:
        if self.run(shifts.open_shift, self.ctx, self.float_grid.counts()) is REFUSED:
            return
        self.float_grid.clear()
        self.refresh()
        self.done("shift")

    def _close_step(self) -> None:
        """Enter on the close: keep the count first, then close with what it showed."""
        if not self.counted_button.isEnabled():
            return
        if self.check is None:
            self.on_counted()
        else:
            self.on_close()

    def on_counted(self) -> None:
        """The blind count is kept first; only then the expected cash and the difference."""
        check = self.run(shifts.record_count, self.ctx, self.count_grid.counts())
        if check is REFUSED:
            return
        self._show_check(check)

    def _verdict(self, diff: int) -> str:
        return (
            self.tr("The drawer is exact.")
            if diff == 0
            else self.tr("Over by {amount}.").format(amount=format_fen(diff))
            if diff > 0
            else self.tr("Short by {amount}.").format(amount=format_fen(-diff))
        )

    def _show_check(self, check: shifts.CloseCheck) -> None:
        self.check = check
        lines = [
            self.tr("Counted {counted}; expected {expected}. {verdict}").format(
                counted=format_fen(check.counted_fen),
                expected=format_fen(check.expected_fen),
                verdict=self._verdict(check.difference_fen),
            )
        ]
        if check.recounted:  # earlier counts stay on the record and on the shift report
            lines += [
                self.tr("Count {n} at {time} by {user}: {counted}. {verdict}").format(
                    n=c.seq,
                    time=local_text(self.session, c.counted_at, "%H:%M"),
                    user=c.counted_by,
                    counted=format_fen(c.counted_fen),
                    verdict=self._verdict(c.difference_fen),
                )
                for c in check.counts
            ]
        self.result.setText("\n".join(lines))
        if check.must_return_out:
            lines = [
                f"{shown_name(x)} {x['item_code']}  {x['phone_masked']}  "
                f"{local_text(self.session, x['due_at'], '%H:%M')}"
                for x in check.must_return_out
            ]
            self.warning.setText(
                self.tr("Still out and due back before closing:") + "\n" + "\n".join(lines)
            )
        else:
            self.warning.clear()
        self.warning.setVisible(bool(check.must_return_out))
        self.reason.setEnabled(check.needs_reason)
        for widget in (self.signoff_label, self.signoff_user, self.signoff_password):
            widget.setVisible(check.needs_signoff)
        self.after_count.show()
        (self.reason if check.needs_reason else self.close_button).setFocus()

    def on_close(self) -> None:
        if self.check is None:
            return
        closed = self.run(
            shifts.close_shift,
            self.ctx,
            self.count_grid.counts(),
            self.reason.text(),
            self.signoff_user.text(),
            self.signoff_password.text(),
        )
        if closed is REFUSED:
            self._show_kept_count()  # the close may have kept a recount: show where it stands
            return
        self.refresh()
        self.done("shift")
        self.show_report(closed.id, closed.report_no)

    def _show_history(self, index) -> None:
        shift = self.history_model.row(index.row())["_item"]
        self.show_report(shift.id, shift.report_no)

    def show_report(self, shift_id: int, report_no: str | None):
        ctx = doc_ctx(self.session)
        return self.open_document(
            lambda copy_no: lending_documents.shift_report_pdf(
                ctx, shift_id, copy_no, lang=language()
            ),
            "shift_report" if report_no else None,
            report_no,
            self.tr("Shift report {number}").format(number=report_no or ""),
        )
