"""Parts of the desk's forms: labels that take Alt keys, the line saying what was refused,
combo boxes of stored codes and payment methods, date fields in the site's local time that one
Tab leaves, amounts that select all on focus, and FormGuard: Enter submits, Esc cancels,
required fields are marked, and every problem of a form is shown at once beside its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from services.core.errors import DomainError
from services.core.money import METHODS
from ui.common.formatting import label, local_now, method_label, site_zone
from ui.session import DeskSession, error_text


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt key goes to the first field of its row (QFormLayout only
    sets a buddy when the row is a single widget)."""
    caption = QLabel(text)
    caption.setBuddy(widget)
    return caption


def problem_label() -> QLabel:
    """The red line under a form's fields that says what the desk refused."""
    problem = QLabel()
    problem.setStyleSheet("color: #b00020;")
    problem.setWordWrap(True)
    return problem


def message_label() -> QLabel:
    """The line that says what the last action did (its record's number): it stays until
    the next action, and its text can be selected and copied (Ctrl+C)."""
    message = QLabel()
    message.setObjectName("message")
    message.setWordWrap(True)
    message.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
    message.setStyleSheet("QLabel#message { font-weight: bold; }")
    return message


def code_combo(labels: dict) -> QComboBox:
    """The stored codes of `labels`, each shown by its translated name."""
    combo = QComboBox()
    for code in labels:
        combo.addItem(label(labels, code), code)
    return combo


def method_combo() -> QComboBox:
    """How the customer pays: cash, WeChat Pay, Alipay …"""
    combo = QComboBox()
    for method in METHODS:
        combo.addItem(method_label(method), method)
    return combo


# --- dates -------------------------------------------------------------------------------------
class KeyboardDateEdit(QDateEdit):
    """A day field that one Tab leaves: Qt's own steps Tab through the year, month and day
    sections, so the next field's digits landed in the date. Digits typed fill the sections
    in turn; Left and Right move between them."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)


class KeyboardDateTimeEdit(QDateTimeEdit):
    """A date and time field that one Tab leaves (see KeyboardDateEdit)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)


def date_edit(day: date | None = None) -> QDateEdit:
    """A day field (yyyy-MM-dd) with a calendar to pick from."""
    edit = KeyboardDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_time_edit() -> QDateTimeEdit:
    """A local date and time to the minute, with a calendar."""
    edit = KeyboardDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def now_to_edit(session: DeskSession) -> QDateTime:
    """Now on the desk's wall clock, to the minute, for a date-time field."""
    here = local_now(session).replace(tzinfo=None, second=0, microsecond=0)
    return QDateTime(here)


def aware(session: DeskSession, value: QDateTime) -> datetime:
    """A local date-time typed at the counter, in the site's time zone."""
    return value.toPython().replace(tzinfo=site_zone(session))


class PeriodBar(QWidget):
    """The period a register covers: a day, or with "Whole month" that day's month."""

    changed = Signal()

    def __init__(self, day: date, whole_month: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = date_edit(day)
        self.month = QCheckBox(self.tr("Whole &month"))
        self.month.setChecked(whole_month)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Day:")), self.day, self.month):
            row.addWidget(widget)
        self.day.dateChanged.connect(lambda _day: self.changed.emit())
        self.month.toggled.connect(lambda _checked: self.changed.emit())

    def period(self) -> tuple[date, date]:
        """The first and the last day, both included."""
        day = self.day.date().toPython()
        if not self.month.isChecked():
            return day, day
        first = day.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


# --- amounts ------------------------------------------------------------------------------------
class _SelectAllOnFocus(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.FocusIn:
            if event.reason() in (Qt.TabFocusReason, Qt.BacktabFocusReason):
                watched.selectAll()  # at once: the next key may follow straight away
            else:
                # after Qt has placed the cursor for the click
                QTimer.singleShot(0, watched, watched.selectAll)
        return False


def select_all_on_focus(edit: QLineEdit) -> QLineEdit:
    """A pre-filled amount is replaced by what is typed, never appended to ("¥0.0020")."""
    watcher = _SelectAllOnFocus(edit)
    edit.installEventFilter(watcher)
    edit._select_all_on_focus = watcher  # kept alive with the edit
    return edit


def amount_edit(placeholder: str = "") -> QLineEdit:
    """A yuan amount: selects all on focus so typing replaces the amount shown."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return select_all_on_focus(edit)


# --- one guard per form: keys, required marks, every problem beside its field --------------------
PROBLEM_STYLE = "color: #b00020;"
FIELD_PROBLEM_STYLE = "border: 1px solid #b00020;"
REQUIRED_MARK = " *"


def _is_empty(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QComboBox):
        if widget.isEditable():  # a name typed to pick from counts as filled in
            return not widget.currentText().strip()
        return widget.currentIndex() < 0 or not widget.currentText().strip()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.toPlainText().strip()
    return False


def _forms_in(layout) -> list[QFormLayout]:
    """`layout` and the form layouts nested in it (a form inside a row of boxes)."""
    if layout is None:
        return []
    found = [layout] if isinstance(layout, QFormLayout) else []
    for n in range(layout.count()):
        child = layout.itemAt(n).layout()
        if child is not None:
            found += _forms_in(child)
    return found


def _holds(layout, widget: QWidget) -> bool:
    for n in range(layout.count()):
        item = layout.itemAt(n)
        if item.widget() is widget:
            return True
        if item.layout() is not None and _holds(item.layout(), widget):
            return True
    return False


def _row_holding(form: QFormLayout, widget: QWidget) -> int:
    row, _role = form.getWidgetPosition(widget)
    if row >= 0:
        return row
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.FieldRole) or form.itemAt(row, QFormLayout.SpanningRole)
        if item is None:
            continue
        if item.layout() is not None and _holds(item.layout(), widget):
            return row
        if item.widget() is not None and item.widget().isAncestorOf(widget):
            return row  # a row's field widget that holds several (the detail and its Check)
    return -1


class FormGuard(QObject):
    """Keyboard rules of one form, built once and used by every form of the desk:

    - Enter (in any field that does not take Enter itself) submits, Esc cancels;
    - required fields carry a mark after their label;
    - `check()` runs every field's check and shows all problems at once, each in red beside
      (under) its field, and puts the cursor in the first one;
    - `refused(exc)` shows a refusal of the desk beside the field it names, or on the form's
      own problem line.

    `checks` are callables answering None or a message (already translated), or raising a
    DomainError (e.g. services.core.money.parse_yuan), whose message is shown.
    """

    def __init__(
        self,
        root: QWidget,
        submit: Callable[[], object] | None = None,
        cancel: Callable[[], object] | None = None,
        problem: QLabel | None = None,
    ):
        super().__init__(root)
        self.root = root
        self.submit, self.cancel = submit, cancel
        self.problem = problem  # the line for problems of no one field
        self.fields: list[tuple[QWidget, Callable | None, bool]] = []
        self.names: dict[str, QWidget] = {}
        self.notes: dict[QWidget, QLabel] = {}
        self.marked: set[QWidget] = set()  # fields shown in red now
        root.installEventFilter(self)

    # --- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Show and watched is self.root:
            self.mark_required()
            return False
        if event.type() != QEvent.KeyPress:
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeypadModifier
        if key in (Qt.Key_Return, Qt.Key_Enter) and mods == Qt.NoModifier and self.submit:
            focused = self.root.focusWidget()
            if isinstance(focused, QAbstractButton):
                return False  # a focused button does what it says
            self.submit()
            return True
        if key == Qt.Key_Escape and mods == Qt.NoModifier and self.cancel:
            self.cancel()
            return True
        return False

    # --- fields ---------------------------------------------------------------------------------
    def field(
        self,
        widget: QWidget,
        check: Callable[[], str | None] | None = None,
        required: bool = False,
        name: str | tuple[str, ...] = "",
    ) -> QWidget:
        """Watch `widget`: `required` marks its label and refuses it empty; `name` is the
        field name a service's refusal uses for it (the `field` param of a ValidationError),
        or several; a refusal whose params name no field but carry one of these names as a
        param (e.g. `unit=`) is shown beside it too."""
        self.fields.append((widget, check, required))
        for one in (name,) if isinstance(name, str) else name:
            if one:
                self.names[str(one)] = widget
        if required:
            self._mark(widget)
            widget.setAccessibleDescription(self.tr("Required"))
        return widget

    def _mark(self, widget: QWidget) -> None:
        caption = self._caption(widget)
        if caption is not None and not caption.text().endswith(REQUIRED_MARK):
            caption.setText(caption.text() + REQUIRED_MARK)
            caption.setProperty("required", True)

    def mark_required(self) -> None:
        """The mark after each required field's label; done again when the form is shown,
        for forms whose fields are watched before their layout is placed on the page."""
        for widget, _check, required in self.fields:
            if required:
                self._mark(widget)

    def _row_of(self, widget: QWidget) -> tuple[QFormLayout | None, int]:
        """The form and row that hold `widget`: as the row's field, or inside the layout of a
        row that puts several fields side by side (phone, name and kind on one line)."""
        parent = widget.parentWidget()
        while parent is not None:
            layout = parent.layout()
            for form in _forms_in(layout):
                row = _row_holding(form, widget)
                if row >= 0:
                    return form, row
            parent = parent.parentWidget()
        return None, -1

    def _form_of(self, widget: QWidget) -> QFormLayout | None:
        return self._row_of(widget)[0]

    def _caption(self, widget: QWidget) -> QLabel | None:
        form, row = self._row_of(widget)
        if form is None:
            return None
        item = form.itemAt(row, QFormLayout.LabelRole)
        caption = item.widget() if item is not None else None
        return caption if isinstance(caption, QLabel) else None

    def _note(self, widget: QWidget) -> QLabel | None:
        """The red line under `widget`'s row (made the first time it is needed)."""
        if widget in self.notes:
            return self.notes[widget]
        form, row = self._row_of(widget)
        if form is None:
            return None
        note = QLabel()
        note.setObjectName("field_problem")
        note.setStyleSheet(PROBLEM_STYLE)
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.insertRow(row + 1, "", note)
        self.notes[widget] = note
        return note

    # --- problems -------------------------------------------------------------------------------
    def clear(self) -> None:
        """No problem shown: for the next customer, or before a new check."""
        for note in self.notes.values():
            note.clear()
            note.hide()
        for widget in self.marked:
            widget.setStyleSheet("")
        self.marked.clear()
        if self.problem is not None:
            self.problem.clear()

    def problems(self) -> list[tuple[QWidget, str]]:
        found = []
        for widget, check, required in self.fields:
            if not widget.isVisibleTo(self.root) or not widget.isEnabled():
                continue
            if required and _is_empty(widget):
                found.append((widget, self.tr("Required: fill this in.")))
                continue
            if check is None:
                continue
            try:
                message = check()
            except DomainError as exc:
                message = error_text(exc)
            if message:
                found.append((widget, message))
        return found

    def check(self) -> bool:
        """True when every field passes; otherwise all problems are shown and the cursor
        is put in the first field that has one."""
        self.clear()
        found = self.problems()
        self.show_problems(found)
        return not found

    def show_problems(self, found: list[tuple[QWidget | None, str]]) -> None:
        first = None
        for widget, message in found:
            note = self._note(widget) if widget is not None else None
            if note is None:
                if self.problem is not None:
                    lines = [self.problem.text(), message] if self.problem.text() else [message]
                    self.problem.setText("\n".join(lines))
                    self.problem.show()
            else:
                note.setText(message)
                note.show()
            if widget is not None:
                widget.setStyleSheet(FIELD_PROBLEM_STYLE)
                self.marked.add(widget)
                first = first or widget
        if first is not None:
            first.setFocus(Qt.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def refused(self, exc: DomainError) -> None:
        """A refusal of the desk: beside the field it names, or on the problem line."""
        params = exc.params or {}
        field = params.get("field")
        widget = self.names.get(str(field)) if field else None
        if widget is None and not field:  # the value it refused names the field
            widget = next((self.names[key] for key in params if key in self.names), None)
        self.show_problems([(widget, error_text(exc))])

    def run(self, operation, *args, **kwargs):
        """Check the fields, then call the service; REFUSED (from ui.session) when a field
        or the desk said no, with the problems shown on the form (no message box)."""
        from ui.session import REFUSED

        if not self.check():
            return REFUSED
        try:
            return operation(*args, **kwargs)
        except DomainError as exc:
            self.refused(exc)
            return REFUSED
