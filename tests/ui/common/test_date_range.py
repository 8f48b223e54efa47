"""The list pages' date-range filter: the quick choices give the site's today, week and month
(a fixed clock: Monday 16 March 2026), a day typed makes the span the days shown and never
lets To fall before From, and one Tab leaves each day field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.common.date_range import ALL, MONTH, TODAY, WEEK, DateRangeBar
from ui.session import DeskSession


def make_bar(qtbot, ctx):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    before, after = QLineEdit(), QLineEdit()
    bar = DateRangeBar(DeskSession(ctx))
    for widget in (before, bar, after):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, bar, before, after


def test_quick_choices_are_the_sites_today_week_and_month(qtbot, role_ctx):
    _holder, bar, _before, _after = make_bar(qtbot, role_ctx["clerk"])
    seen = []
    bar.changed.connect(lambda: seen.append(bar.span()))
    assert bar.span() == (None, None) and bar.is_all()
    bar.choose(TODAY)
    assert bar.span() == (date(2026, 3, 16), date(2026, 3, 16))
    bar.choose(WEEK)
    assert bar.span() == (date(2026, 3, 16), date(2026, 3, 22))
    bar.choose(MONTH)
    assert bar.span() == (date(2026, 3, 1), date(2026, 3, 31))
    bar.quick.setCurrentIndex(bar.quick.findData(ALL))  # as the user picks it
    assert bar.span() == (None, None)
    assert seen[-1] == (None, None) and len(seen) == 4


def test_a_day_typed_makes_the_span_and_to_never_falls_before_from(qtbot, role_ctx):
    _holder, bar, _before, _after = make_bar(qtbot, role_ctx["clerk"])
    bar.first.setDate(QDate(2026, 3, 2))
    assert bar.span()[0] == date(2026, 3, 2) and not bar.is_all()
    bar.last.setDate(QDate(2026, 3, 1))  # before From: From follows
    assert bar.span() == (date(2026, 3, 1), date(2026, 3, 1))
    bar.first.setDate(QDate(2026, 3, 9))  # after To: To follows
    assert bar.span() == (date(2026, 3, 9), date(2026, 3, 9))
    bar.set_span(date(2026, 2, 1), date(2026, 2, 28))
    assert bar.span() == (date(2026, 2, 1), date(2026, 2, 28))


def test_one_tab_leaves_each_day_field(qtbot, role_ctx):
    holder, bar, _before, after = make_bar(qtbot, role_ctx["clerk"])
    bar.first.setFocus()
    qtbot.keyClick(bar.first, Qt.Key_Tab)
    assert holder.focusWidget() is bar.last
    qtbot.keyClick(bar.last, Qt.Key_Tab)
    assert holder.focusWidget() is after
