"""The lending counter driven like a clerk with a scanner: codes typed, then Enter. The page
works on the database file as the desk does, so its slips and vouchers are made on a worker
and open when their bytes arrive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from ui.lending.lending_page import LendingPage
from ui.session import DeskSession


@pytest.fixture
def counter(role_ctx, qtbot, monkeypatch, db_path):
    admin = role_ctx["admin"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 3)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page = LendingPage(DeskSession(role_ctx["clerk"], str(db_path)))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.errors = shown
    return page


def made(qtbot, page):
    """The last document the page asked for, once the worker has made it and it is shown."""
    qtbot.waitUntil(lambda: not page.documents_pending())
    return page.preview


def close_with_esc(qtbot, page, preview) -> None:
    """Esc closes the preview and the keyboard is back where the clerk left it. A window
    manager activates the window a dialog closed over; offscreen, the test does it."""
    qtbot.keyClick(preview, Qt.Key_Escape)
    assert not preview.isVisible()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def scan(qtbot, page, code):
    page.scan_box.setFocus()
    qtbot.keyClicks(page.scan_box, code)
    qtbot.keyClick(page.scan_box, Qt.Key_Return)


def test_lend_and_return_with_the_keyboard_only(counter, qtbot, role_ctx):
    ctx = role_ctx["clerk"]
    shifts.open_shift(ctx, {10000: 1})
    page = counter
    assert page.scan_box.hasFocus()
    scan(qtbot, page, "u-001")
    assert page.stack.currentWidget() is page.lend_form
    assert "¥50.00" in page.lend_form.deposit_label.text()
    assert page.lend_form.phone.hasFocus()
    qtbot.keyClicks(page.lend_form.phone, "13800138000")
    qtbot.keyClick(page.lend_form.phone, Qt.Key_Tab)
    assert page.focusWidget() is page.lend_form.name
    # a Chinese name arrives as key events carrying text (keyClicks is ASCII only)
    for char in "王女士":
        QApplication.sendEvent(
            page.lend_form.name, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, char)
        )
    qtbot.keyClick(page.focusWidget(), Qt.Key_Return)
    assert page.errors == []
    held = lending.held_totals(ctx)
    assert (held.count, held.deposit_fen) == (1, 5000)
    assert page.scan_box.hasFocus()  # ready for the next scan while the slip is made
    preview = made(qtbot, page)
    assert preview is not None and preview.number == "D2026-000001"
    assert preview.isVisible()
    close_with_esc(qtbot, page, preview)
    assert page.scan_box.hasFocus()

    scan(qtbot, page, "D2026-000001")  # the slip's QR code
    assert page.stack.currentWidget() is page.return_form
    assert "138****8000" in page.return_form.loan_label.text()
    assert "王女士" in page.return_form.loan_label.text()
    qtbot.keyClick(page.focusWidget(), Qt.Key_Return)
    assert page.errors == []
    assert lending.held_totals(ctx).count == 0
    refund = ctx.db.conn.execute(
        "SELECT amount_fen FROM cash_movements WHERE kind = 'deposit_refund'"
    ).fetchone()[0]
    assert refund == -5000
    # the refund's voucher: its number stays in the message and its voucher opens to print
    assert "¥50.00" in page.message.text() and "V2026-000001" in page.message.text()
    preview = made(qtbot, page)
    assert preview is not None and preview.number == "V2026-000001"
    assert preview.kind == "lending_voucher"
    preview.close()


def test_no_shift_shows_how_to_open_one(counter, qtbot, role_ctx):
    page = counter
    assert page.shift_hint.isVisible()
    scan(qtbot, page, "U-002")
    qtbot.keyClicks(page.lend_form.phone, "13800138000")
    qtbot.keyClick(page.lend_form.phone, Qt.Key_Return)
    # the desk's refusal stays on the form, not in a box in the way
    assert "Open a shift" in page.lend_form.problem.text() and page.errors == []
    assert lending.held_totals(role_ctx["clerk"]).count == 0


def test_damaged_return_by_clerk_needs_lead_sign_off(counter, qtbot, role_ctx):
    ctx = role_ctx["clerk"]
    shifts.open_shift(ctx, {10000: 1})
    loan = lending.lend_item(ctx, "U-003", "13800138000", "cash")
    page = counter
    scan(qtbot, page, "U-003")  # the item's own label finds its loan
    form = page.return_form
    assert page.stack.currentWidget() is form
    form.condition.setCurrentIndex(1)  # damaged
    assert form.approver.isVisibleTo(page)
    form.compensation.setText("20")
    form.reason.setText("canopy torn")
    qtbot.keyClick(form.reason, Qt.Key_Return)
    # no sign-off: both its fields marked, the cursor in the first
    assert form.approver.hasFocus() and "Required" in _notes(form)
    assert lending.get_loan(ctx, loan.id).is_open
    form.approver.setText("shift_lead1")
    form.password.setText("counter-pass-1")
    qtbot.keyClick(form.password, Qt.Key_Return)
    settled = lending.get_loan(ctx, loan.id)
    assert (settled.refund_fen, settled.forfeit_fen) == (3000, 2000)
    text = page.message.text()
    assert "V2026-000001 (Deposit refund)" in text and "V2026-000002 (Compensation charge)" in text
    # both vouchers open, in the order of their numbers: the last one on top
    assert made(qtbot, page).number == "V2026-000002"
    opened = [w.number for w in page.findChildren(QDialog) if w.isVisible()]
    assert opened == ["V2026-000001", "V2026-000002"]


def test_lost_slip_found_by_phone(counter, qtbot, role_ctx):
    ctx = role_ctx["clerk"]
    shifts.open_shift(ctx, {10000: 1})
    lending.lend_item(ctx, "U-001", "13800138000", "wechat")
    page = counter
    qtbot.keyClicks(page.phone_box, "138 0013 8000")
    qtbot.keyClick(page.phone_box, Qt.Key_Return)
    assert page.stack.currentWidget() is page.return_form
    qtbot.keyClick(page.return_form.condition, Qt.Key_Return)
    assert lending.held_totals(ctx).count == 0


def _notes(form) -> str:
    """The problems shown beside the fields of a form."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(
        n.text() for n in form.findChildren(QLabel, "field_problem") if n.isVisibleTo(form)
    )


def _marked(form, widget) -> bool:
    return widget.styleSheet() != ""


def test_lend_form_shows_every_problem_at_once(counter, qtbot, role_ctx):
    ctx = role_ctx["clerk"]
    shifts.open_shift(ctx, {10000: 1})
    page = counter
    scan(qtbot, page, "U-001")
    form = page.lend_form
    assert form.layout().itemAt(0).widget().layout().labelForField(form.phone).text().endswith("*")
    form.phone.setText("12345")
    form.name.setText("x" * 61)
    before = ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    qtbot.keyClick(form.name, Qt.Key_Return)
    notes = _notes(form)
    assert "11 digits" in notes and "too long" in notes
    assert _marked(form, form.phone) and _marked(form, form.name)
    assert form.phone.hasFocus()  # the first problem
    assert page.errors == []  # no box: all beside their fields
    assert lending.held_totals(ctx).count == 0
    assert ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    form.phone.setText("13800138000")
    form.name.setText("Li")
    qtbot.keyClick(form.phone, Qt.Key_Return)
    assert lending.held_totals(ctx).count == 1 and _notes(form) == ""
    made(qtbot, page).close()


def test_return_form_shows_every_problem_at_once(counter, qtbot, role_ctx):
    ctx = role_ctx["clerk"]
    shifts.open_shift(ctx, {10000: 1})
    loan = lending.lend_item(ctx, "U-002", "13800138000", "cash")
    page = counter
    scan(qtbot, page, loan.slip_no)
    form = page.return_form
    form.condition.setCurrentIndex(2)  # lost
    form.compensation.setText("900")  # above the umbrella's replacement price
    form.reason.clear()
    qtbot.keyClick(form.compensation, Qt.Key_Return)
    notes = _notes(form)
    assert "at most ¥50.00" in notes and notes.count("Required") == 3  # reason, sign-off x2
    for field in (form.compensation, form.reason, form.approver, form.password):
        assert _marked(form, field), field.objectName()
    assert form.compensation.hasFocus()
    assert lending.get_loan(ctx, loan.id).is_open
    assert ctx.db.conn.execute("SELECT count(*) FROM loan_vouchers").fetchone()[0] == 0
    # a wrong amount is refused beside its field too, in the user's words
    form.compensation.setText("abc")
    qtbot.keyClick(form.compensation, Qt.Key_Return)
    assert _notes(form).splitlines()[0] and form.compensation.hasFocus()
    assert "Traceback" not in _notes(form)


def test_a_scanned_voucher_opens_its_loan_to_reprint(counter, qtbot, role_ctx):
    ctx = role_ctx["clerk"]
    shifts.open_shift(ctx, {10000: 1})
    loan = lending.lend_item(ctx, "U-003", "13800138000", "cash")
    [voucher] = lending.return_item(ctx, loan.id).vouchers
    page = counter
    scan(qtbot, page, voucher.voucher_no)
    panel = page.voucher_panel
    assert page.stack.currentWidget() is panel
    assert loan.slip_no in panel.summary.text() and "Umbrella" in panel.summary.text()
    assert panel.chosen() == voucher.voucher_no and panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key_Return)  # reprint
    assert made(qtbot, page).number == voucher.voucher_no
    close_with_esc(qtbot, page, page.preview)
    # the settled slip finds the same loan; Esc is ready for the next customer
    scan(qtbot, page, loan.slip_no)
    assert page.stack.currentWidget() is panel and page.errors == []
    qtbot.keyClick(panel.list, Qt.Key_Escape)
    assert page.stack.currentWidget() is page.idle and page.scan_box.hasFocus()


def test_an_english_desk_on_a_chinese_site_prints_the_voucher_in_english(counter, qtbot, role_ctx):
    import re
    from dataclasses import replace

    from services.admin import site
    from tests.services.lending.test_lending_documents import pdf_text

    admin, ctx = role_ctx["admin"], role_ctx["clerk"]
    site.update_profile(admin, replace(site.get_profile(admin), language="zh_CN"))
    shifts.open_shift(ctx, {10000: 1})
    loan = lending.lend_item(ctx, "U-001", "13800138000", "cash")
    page = counter
    scan(qtbot, page, loan.slip_no)
    qtbot.keyClick(page.return_form.condition, Qt.Key_Return)
    chinese = re.compile(r"[\u4e00-\u9fff]")
    assert "V2026-000001" in page.message.text() and not chinese.search(page.message.text())
    printed = " ".join(pdf_text(made(qtbot, page).pdf_bytes).split())
    assert "Umbrella U-001" in printed and not chinese.search(printed)
    page.preview.close()
    scan(qtbot, page, "V2026-000001")  # and the returned loan on screen
    assert "Umbrella" in page.voucher_panel.summary.text()
    shown = page.voucher_panel.summary.text() + page.voucher_panel.list.item(0).text()
    assert not chinese.search(shown)


def test_lost_slip_search_shows_its_problems_beside_its_fields(counter, qtbot, role_ctx):
    page = counter
    page.phone_item_box.setText("U-" + "1" * 100)  # longer than any code
    page.phone_box.setText("12")
    page.phone_box.setFocus()
    qtbot.keyClick(page.phone_box, Qt.Key_Return)
    notes = _notes(page.idle)
    assert "11 digits" in notes and "too long" in notes
    assert page.phone_box.hasFocus() and page.errors == []
    page.phone_box.setText("13800138000")
    page.phone_item_box.clear()
    qtbot.keyClick(page.phone_box, Qt.Key_Return)
    assert _notes(page.idle) == "" and "No item is out" in page.message.text()
