"""The kind editor of the lending items shows every problem at once beside its field, the
first one focused, required fields marked; nothing is accepted (nor written) until it passes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from services.lending import items as lending_items
from ui.lending.items_page import KindDialog


def notes(dialog) -> list[str]:
    return [n.text() for n in dialog.findChildren(QLabel, "field_problem") if n.isVisibleTo(dialog)]


def test_every_problem_of_a_new_kind_at_once(role_ctx, qtbot):
    admin = role_ctx["admin"]
    before = [k.code for k in lending_items.list_kinds(admin)]
    dialog = KindDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    captions = [dialog.layout().labelForField(w).text() for w in (dialog.code, dialog.name_en)]
    assert all(c.endswith("*") for c in captions)  # required, marked
    dialog.code.setText("Power Bank!")
    dialog.prefix.setText("")
    dialog.name_zh.setText("充电宝")
    dialog.name_en.setText("")
    dialog.deposit.setText("abc")
    dialog.name_zh.setFocus()
    qtbot.keyClick(dialog.name_zh, Qt.Key_Return)
    found = notes(dialog)
    assert len(found) == 4, found  # code, prefix, English name, deposit
    assert any("letters a-z" in n for n in found) and found.count("Required: fill this in.") == 2
    assert dialog.focusWidget() is dialog.code  # the first problem
    assert dialog.result() != QDialog.Accepted and dialog.isVisible()
    assert [k.code for k in lending_items.list_kinds(admin)] == before

    dialog.code.setText("powerbank")
    dialog.prefix.setText("PB")
    dialog.name_en.setText("Power bank")
    dialog.deposit.setText("100")
    qtbot.keyClick(dialog.deposit, Qt.Key_Return)
    assert notes(dialog) == [] and dialog.result() == QDialog.Accepted
    assert dialog.values()["deposit_fen"] == 10000


def test_desk_rules_show_both_problems_at_once(role_ctx, qtbot):
    from ui.lending.items_page import ItemsPage
    from ui.session import DeskSession

    admin = role_ctx["admin"]
    page = ItemsPage(DeskSession(admin))
    qtbot.addWidget(page)
    page.show()
    before = lending_items.desk_rules(admin)
    page.closing_time.setText("25:00")
    page.signoff_above.setText("-5")
    page.closing_time.setFocus()
    qtbot.keyClick(page.closing_time, Qt.Key_Return)
    found = notes(page)
    assert any("HH:MM" in n for n in found) and len(found) == 2, found
    assert page.focusWidget() is page.closing_time
    assert lending_items.desk_rules(admin) == before
    page.closing_time.setText("21:30")
    page.signoff_above.setText("20")
    qtbot.keyClick(page.signoff_above, Qt.Key_Return)
    assert notes(page) == []
    assert lending_items.desk_rules(admin).closing_time == "21:30"
