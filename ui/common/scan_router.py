"""Scans from anywhere. A barcode scanner is a keyboard that types a code and Enter within a
few milliseconds; a person types far slower. ScanRouter watches every key press of the
application (an event filter on QApplication) and recognises such a burst whatever has the
focus: the navigation, a list, a button, a date field or a text field.

- Into a widget that is not a text field (a list would take the code as type-ahead and jump),
  the keys of a possible burst are held back; if no Enter follows at scanner speed they are
  handed on unchanged, so typing there works as before.
- Into a text field the keys go on as usual. When the burst ends with Enter and the field is
  not one that takes codes itself (property `takes_codes`: the lending scan field, the visitor
  search, a receipt-number field …), the scanned text is taken back out of the field.

A burst with Enter is then routed by `route(code)` (the main window opens the record and
offers its next action); a burst that names nothing at the desk is left where it was typed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from services.visitors.scan import looks_like_code

GAP_S = 0.035  # a scanner's keys come < 10 ms apart; a fast typist's > 60 ms
MIN_LENGTH = 4  # the shortest code the desk hands out (U-01 … D2026-000001)


def takes_codes(widget: QWidget, *series: str) -> QWidget:
    """Mark a text field whose own job is to take scanned codes: it keeps a scan of these
    series (services.visitors.scan's ScanTarget.series), or of any when none are named."""
    widget.setProperty("takes_codes", ",".join(series) or "*")
    return widget


def _line_edit(widget: QWidget | None) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


def _kept_series(widget: QWidget | None) -> str:
    """'*', a comma list of series, or '' for a field that does not take codes."""
    while widget is not None:
        if widget.property("takes_codes"):
            return str(widget.property("takes_codes"))
        if isinstance(widget, QLineEdit) or widget.isWindow():
            return ""
        widget = widget.parentWidget()
    return ""


class ScanRouter(QObject):
    """Installed on the application while `window` is open; `route(code)` answers True when
    the code named a record (it was handled), False to leave the keys where they were."""

    def __init__(
        self,
        window: QWidget,
        route: Callable[[str], bool],
        series_of: Callable[[str], str | None] = lambda code: None,
        clock=time.monotonic,
    ):
        super().__init__(window)
        self.window, self.route, self.clock = window, route, clock
        self.series_of = series_of  # what a code is, asked before a code field gives it up
        self.gap = GAP_S  # tests on a loaded machine may allow more
        self.held: list[tuple[QWidget, QKeyEvent]] = []  # keys held back from a non-text widget
        self.burst = ""  # the text of the burst so far
        self.before: str | None = None  # a text field's text before the burst began
        self.target: QWidget | None = None
        self.last = 0.0
        self.replaying = False
        self.flush_timer = QTimer(self)
        self.flush_timer.setSingleShot(True)
        self.flush_timer.timeout.connect(self.hand_on)
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(lambda *_: self.stop())

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- the keys ---------------------------------------------------------------------------
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if self.replaying or event.type() != QEvent.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window and not self._is_main_dialog(watched):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and watched is not focus:
            return False  # the same key, passed on to a parent: seen once already
        now = self.clock()
        key, text = event.key(), event.text()
        fast = bool(self.burst) and now - self.last <= self.gap
        if key in (Qt.Key_Return, Qt.Key_Enter):
            return self._enter(watched, fast)
        printable = (
            len(text) == 1
            and text.isprintable()
            and not (event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
        )
        if not printable:
            self.hand_on()
            self._forget()
            return False
        if not fast or watched is not self.target:
            self.hand_on()
            self._forget()
            self.target = watched
            edit = _line_edit(watched)
            self.before = edit.text() if edit is not None else None
        self.burst += text
        self.last = now
        if _line_edit(watched) is None:
            # a list, a table, a button, a date: hold the key until we know it is not a scan
            self.held.append((watched, QKeyEvent(event.type(), key, event.modifiers(), text)))
            self.flush_timer.start(int(self.gap * 1000) + 15)
            return True
        return False

    def _is_main_dialog(self, widget: QWidget) -> bool:
        """Keys in a non-modal dialog of the window (a preview) count too."""
        window = widget.window()
        return window.parentWidget() is not None and window.parentWidget().window() is self.window

    def _enter(self, watched: QWidget, fast: bool) -> bool:
        code = self.burst.strip()
        if not fast or watched is not self.target or len(code) < MIN_LENGTH:
            self.hand_on()
            self._forget()
            return False
        edit = _line_edit(watched)
        kept = _kept_series(edit) if edit is not None else ""
        if kept == "*" or (kept and self.series_of(code) in kept.split(",")):
            self._forget()
            return False  # the field's own Enter takes the scan
        if not looks_like_code(code):
            self.hand_on()
            self._forget()
            return False
        before = self.before
        self.flush_timer.stop()
        held, self.held = self.held, []  # a scan's keys are never handed on afterwards
        self._forget()
        if edit is not None and before is not None and edit.text().startswith(before):
            edit.setText(before)  # the scan does not stay in a field that is not for codes
        if self.route(code):
            return True
        # nothing at the desk: the keys stay where they were typed
        if edit is not None and before is not None:
            edit.setText(before + code)
        self.held = held
        self.hand_on()
        return False

    def hand_on(self) -> None:
        """The held keys go to the widget they were meant for, as typed."""
        self.flush_timer.stop()
        held, self.held = self.held, []
        self.replaying = True
        try:
            for widget, event in held:
                if widget is not None:
                    QApplication.sendEvent(widget, event)
        finally:
            self.replaying = False

    def _forget(self) -> None:
        self.burst = ""
        self.before = None
        self.target = None
