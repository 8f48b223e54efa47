"""Forms that keep up with the keyboard: the first run finishes with the suggested admin name,
one Tab leaves a date, pre-filled amounts are replaced, and every problem is shown at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget, QWizard

from services.core.money import parse_yuan
from services.lending import items as lending_items
from services.lending import loans as lending
from services.lost_found import items as lost_found
from services.members import members
from services.shifts import shifts
from tests.conftest import PASSWORD
from tests.services.members.fixtures import resident_id, shop
from ui import i18n
from ui.common.forms import date_edit
from ui.first_run_wizard import FirstRunWizard
from ui.lending.lend_forms import ReturnForm
from ui.lost_found.register_page import FoundRegisterPage
from ui.members.enrol_page import EnrolPage
from ui.session import DeskSession


def test_first_run_finishes_with_the_suggested_admin_name(qtbot, bare_ctx):
    i18n.install("en")
    wizard = FirstRunWizard(bare_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    site_page = wizard.site_page
    site_page.name.setFocus()
    qtbot.keyClicks(site_page.name, "Harbour City Mall")
    qtbot.keyClick(wizard, Qt.Key_Return)  # Next
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    assert admin.username.text() == "admin"  # left as suggested
    admin.password.setFocus()
    qtbot.keyClicks(admin.password, PASSWORD)
    qtbot.keyClick(admin.password, Qt.Key_Tab)
    qtbot.keyClicks(wizard.focusWidget(), PASSWORD)
    finish = wizard.button(QWizard.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key_Return)
    assert wizard.result() == QWizard.Accepted
    assert wizard.admin is not None and wizard.admin.username == "admin"


def test_wizard_buttons_follow_the_language_switch(qtbot, bare_ctx):
    i18n.install("zh_CN")
    try:
        wizard = FirstRunWizard(bare_ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.site_page
        assert wizard.button(QWizard.NextButton).text() != "&Next >"
        page.language.setCurrentIndex(page.language.findData("en"))
        qtbot.wait(10)  # Qt posts the language change to the windows
        assert wizard.button(QWizard.NextButton).text() == "&Next >"
        assert wizard.button(QWizard.CancelButton).text() == "Cancel"
        page.language.setCurrentIndex(page.language.findData("zh_CN"))
        qtbot.wait(10)
        assert wizard.button(QWizard.NextButton).text() != "&Next >"
    finally:
        i18n.install("en")


def shown(qtbot, widget):
    """On screen and active, as a window the clerk works in (focus-in events need that)."""
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_enrol_filled_with_tab_alone_lands_the_date_where_intended(role_ctx, qtbot):
    i18n.install("en")
    s = shop(role_ctx["admin"])
    page = shown(qtbot, EnrolPage(DeskSession(role_ctx["clerk"])))
    page.receipt.reload()
    page.receipt.select_shop(s.id)
    page.receipt.number.setFocus()
    number = resident_id()
    for field, keys in [
        (page.receipt.number, "A-100"),
        (page.receipt.date, "20260315"),  # yesterday, typed over the whole date
        (page.receipt.amount, "300"),
        (page.name, "Li Lei"),
        (page.phone, "13800138000"),
        (page.id_type, ""),
        (page.id_number, number),
    ]:
        assert page.focusWidget() is field, field.objectName()
        if keys:
            qtbot.keyClicks(field, keys)
        qtbot.keyClick(page.focusWidget(), Qt.Key_Tab)
    assert page.receipt.date.date() == QDate(2026, 3, 15)
    assert page.receipt.amount.text() == "300"
    assert page.phone.text() == "13800138000" and page.id_number.text() == number
    assert page.last is None  # Tab alone never submits
    page.id_number.setFocus()
    qtbot.keyClick(page.id_number, Qt.Key_Return)
    assert page.last is not None
    found = members.find_members(role_ctx["clerk"], "13800138000")
    assert found and found[0].name == "Li Lei"
    if page.preview is not None:
        page.preview.close()


def test_register_found_item_tab_through_keeps_the_time(role_ctx, qtbot):
    i18n.install("en")
    page = shown(qtbot, FoundRegisterPage(DeskSession(role_ctx["clerk"])))
    form = page.form
    form.found_at.setDateTime(QDateTime(QDate(2026, 3, 16), QTime(9, 16)))
    form.place.setFocus()
    qtbot.keyClicks(form.place, "3F lift")
    qtbot.keyClick(form.place, Qt.Key_Tab)
    assert page.focusWidget() is form.found_at
    qtbot.keyClick(form.found_at, Qt.Key_Tab)
    assert page.focusWidget() is form.finder_kind
    qtbot.keyClick(form.finder_kind, Qt.Key_Tab)
    assert page.focusWidget() is form.finder_name
    qtbot.keyClicks(form.finder_name, "Zhang 3")
    assert form.found_at.dateTime() == QDateTime(QDate(2026, 3, 16), QTime(9, 16))
    form.description.setText("black wallet")
    form.storage.setText("Shelf A")
    form.hidden.setText("red ribbon inside")
    page.on_register()
    assert page.item is not None
    assert lost_found.get_found_item(role_ctx["clerk"], page.item.id).description == (
        "black wallet"
    )
    assert page.item.found_at.startswith("2026-03-16T01:16")  # 09:16 in Shanghai, in UTC


def test_a_date_field_leaves_on_one_tab(qtbot):
    holder = QWidget()
    form = QFormLayout(holder)
    day, after = date_edit(date(2026, 3, 16)), QLineEdit()
    form.addRow("Day", day)
    form.addRow("After", after)
    shown(qtbot, holder)
    day.setFocus()
    qtbot.keyClick(day, Qt.Key_Tab)
    assert holder.focusWidget() is after
    qtbot.keyClicks(after, "5")
    assert day.date() == QDate(2026, 3, 16)


def test_prefilled_compensation_is_replaced_by_what_is_typed(role_ctx, qtbot):
    i18n.install("en")
    admin, clerk = role_ctx["admin"], role_ctx["shift_lead"]
    kind = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, kind.id, 1)
    shifts.open_shift(clerk, {10000: 1})
    loan = lending.lend_item(clerk, "U-001", "13800138000", "cash")
    form = shown(qtbot, ReturnForm(DeskSession(clerk)))
    form.start(lending.get_loan(clerk, loan.id))
    form.condition.setFocus()
    form.condition.setCurrentIndex(form.condition.findData("damaged"))
    assert form.compensation.text() == "¥0.00"
    qtbot.keyClick(form.condition, Qt.Key_Tab)
    assert form.focusWidget() is form.compensation
    qtbot.wait(5)  # the select-all runs once the focus has arrived
    qtbot.keyClicks(form.compensation, "20")
    assert parse_yuan(form.compensation.text()) == 2000
    form.compensation.clearFocus()
    form.compensation.setFocus(Qt.MouseFocusReason)  # a click selects all too
    qtbot.wait(5)
    qtbot.keyClicks(form.compensation, "15")
    assert form.compensation.text() == "15"


def test_every_problem_at_once_beside_its_field(qtbot):
    from ui.common.forms import FormGuard

    holder = QWidget()
    form = QFormLayout(holder)
    name, phone, amount = QLineEdit(), QLineEdit(), QLineEdit()
    for caption, field in (("Name:", name), ("Phone:", phone), ("Amount:", amount)):
        form.addRow(caption, field)
    submitted = []
    guard = FormGuard(holder, submit=lambda: submitted.append(guard.check()))
    guard.field(name, required=True)
    guard.field(phone, required=True)
    guard.field(amount, check=lambda: parse_yuan(amount.text()) and None)
    shown(qtbot, holder)
    assert form.labelForField(name).text().endswith("*")
    assert not form.labelForField(amount).text().endswith("*")
    amount.setText("abc")
    amount.setFocus()
    qtbot.keyClick(amount, Qt.Key_Return)
    assert submitted == [False]
    visible = [n for n in guard.notes.values() if n.isVisible()]
    assert len(visible) == 3
    assert holder.focusWidget() is name  # the first problem has the cursor
    assert "not an amount" in guard.notes[amount].text()
    name.setText("Li")
    phone.setText("138")
    amount.setText("1.50")
    qtbot.keyClick(amount, Qt.Key_Return)
    assert submitted == [False, True]
    assert not any(n.isVisible() for n in guard.notes.values())
