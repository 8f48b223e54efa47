"""Every form shows all of its problems at once: each beside its field in the user's language,
the cursor in the first, nothing written. One test with three bad fields, then every form of
the desk (outside lending) submitted empty."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from services.members import members
from services.shifts import shifts
from tests.services.bad_input.runner import table_checksums
from tests.services.members.fixtures import receipt, resident_id, shop
from ui import i18n
from ui.session import DeskSession


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _member(ctxs):
    s = shop(ctxs["admin"])
    made = members.enrol_member(
        ctxs["clerk"],
        "Li Lei",
        "13800138000",
        "resident",
        resident_id(),
        receipt(s.id, "R-1", 30000),
    )
    return made.member


def test_three_bad_fields_three_marks_the_first_focused_nothing_written(role_ctx, qtbot):
    from ui.lost_found.reports_page import LostReportsPage

    i18n.install("en")
    clerk = role_ctx["clerk"]
    before = table_checksums(clerk.db)
    page = shown(qtbot, LostReportsPage(DeskSession(clerk)))
    page.lost_from.setDateTime(page.lost_to.dateTime().addSecs(3600))  # after "until"
    page.phone.setText("12345")  # not a mobile number
    page.colour.setFocus()
    qtbot.keyClick(page.colour, Qt.Key_Return)  # Enter submits from any field
    notes = {w: n for w, n in page.guard.notes.items() if n.isVisible()}
    assert set(notes) == {page.description, page.lost_from, page.phone}
    assert "Required" in notes[page.description].text()
    assert "earlier to the later" in notes[page.lost_from].text()
    assert "11 digits" in notes[page.phone].text()
    assert page.focusWidget() is page.description
    assert table_checksums(clerk.db) == before
    # in Chinese, the same problems in Chinese
    i18n.install("zh_CN")
    try:
        page.on_register()
        assert all(any("\u4e00" <= c <= "\u9fff" for c in n.text()) for n in notes.values())
    finally:
        i18n.install("en")
    # put right, the report is taken and the marks go
    page.description.setText("black wallet")
    page.lost_from.setDateTime(page.lost_to.dateTime().addSecs(-3600))
    page.phone.setText("13800138000")
    page.on_register()
    assert not any(n.isVisible() for n in page.guard.notes.values())
    assert table_checksums(clerk.db) != before


def test_a_refusal_of_the_desk_stands_beside_the_field_it_names(role_ctx, qtbot, errors):
    from ui.complaints.complaints_page import ComplaintsPage

    i18n.install("en")
    page = shown(qtbot, ComplaintsPage(DeskSession(role_ctx["clerk"])))
    page.phone_box.setText("13800138000")
    page.text_box.setPlainText("x" * 4001)  # the service says: too long
    page.record()
    assert errors == []
    note = page.guard.notes[page.text_box]
    assert note.isVisible() and "too long" in note.text()


# --- every form, submitted empty ------------------------------------------------------------
@dataclass
class Form:
    """`open(ctxs)` answers (the widget, its FormGuard, how it is submitted, the fields that
    must be marked when it is submitted empty)."""

    name: str
    role: str
    open: Callable


def _enrol(ctxs, session):
    from ui.members.enrol_page import EnrolPage

    page = EnrolPage(session)
    r = page.receipt
    return page, page.guard, page.on_enrol, [r.shop, r.number, r.amount, page.name, page.phone]


def _member_dialog(cls, fields):
    def make(ctxs, session):
        dialog = cls(session, _member(ctxs))
        return dialog, dialog.guard, dialog.on_ok, fields(dialog)

    return make


def _credit_fields(d):
    return [d.receipt.shop, d.receipt.number, d.receipt.amount]


def _lost_report(ctxs, session):
    from ui.lost_found.reports_page import LostReportsPage

    page = LostReportsPage(session)
    return page, page.guard, page.on_register, [page.description, page.phone]


def _found_item(ctxs, session):
    from ui.lost_found.register_page import FoundRegisterPage

    page = FoundRegisterPage(session)
    f = page.form
    return page, page.guard, page.on_register, [f.description, f.place]


def _claim(ctxs, session):
    from tests.services.lost_found.test_lost_found_helpers import register
    from ui.lost_found.claim_dialog import ClaimDialog

    item = register(ctxs["clerk"], "black wallet", hidden="LY520 inside")
    d = ClaimDialog(session, item.id)
    return (
        d,
        d.guard,
        d.on_release,
        [d.described, d.confirmed, d.detail, d.name, d.id_number, d.phone],
    )


def _outcome(kind: str):
    def make(ctxs, session):
        from tests.services.lost_found.test_lost_found_helpers import register
        from ui.lost_found.outcome_dialog import OutcomeDialog

        item = register(ctxs["clerk"], "black wallet", hidden="LY520 inside")
        d = OutcomeDialog(session, item, kind)
        return d, d.guard, d.on_ok, [d.first, d.second]

    return make


def _case_step(ctxs, session):
    from tests.services.complaints.fixtures import record, walk
    from ui.complaints.case_dialog import CaseDialog

    case = record(ctxs["clerk"])
    walk(case.id, ctxs, to="forwarded")
    d = CaseDialog(session, case.id)
    return d, d.guard, d.take_step, [d.note_box]


def _complaint(ctxs, session):
    from ui.complaints.complaints_page import ComplaintsPage

    page = ComplaintsPage(session)
    return page, page.guard, page.record, [page.phone_box, page.text_box]


def _page(path: str, cls: str, guard: str, submit: str, fields: list[str]):
    """A page whose form is its `guard` attribute, submitted by its `submit` method."""

    def make(ctxs, session):
        import importlib

        page = getattr(importlib.import_module(path), cls)(session)
        return page, getattr(page, guard), getattr(page, submit), [getattr(page, f) for f in fields]

    return make


def _dialog(path: str, cls: str, submit: str, fields: list[str], args=lambda ctxs, s: (s,)):
    """A dialog with its FormGuard in `guard`."""

    def make(ctxs, session):
        import importlib

        dialog = getattr(importlib.import_module(path), cls)(*args(ctxs, session))
        return dialog, dialog.guard, getattr(dialog, submit), [getattr(dialog, f) for f in fields]

    return make


def _profile(ctxs, session):
    from ui.admin.settings_page import SettingsPage

    page = SettingsPage(session)
    page.name.clear()  # the profile comes filled in: its one required field emptied
    return page, page.guard, page.save, [page.name]


def _lists(ctxs, session):
    from ui.admin.lists_tabs import ComplaintListsTab

    tab = ComplaintListsTab(session)
    tab.categories.clear()  # the lists come filled in: both emptied
    tab.departments.clear()
    return tab, tab.guard, tab.save, [tab.categories, tab.departments]


def _printer(ctxs, session):
    from ui.printing.printers_page import PrintersPage

    page = PrintersPage(session)
    box = page.boxes["receipt"]
    box.connection.setCurrentIndex(box.connection.findData("network"))
    box.host.clear()  # a network printer with no address
    return page, box.guard, box.save, [box.host]


def _forms() -> list[Form]:
    from ui.members import action_dialogs as member_dialogs

    return [
        Form("enrol", "clerk", _enrol),
        Form(
            "credit points",
            "clerk",
            _member_dialog(member_dialogs.CreditDialog, _credit_fields),
        ),
        Form(
            "goods returned",
            "clerk",
            _member_dialog(
                member_dialogs.ReturnDialog, lambda d: [d.receipt.shop, d.receipt.number]
            ),
        ),
        Form(
            "manual points",
            "shift_lead",
            _member_dialog(member_dialogs.ManualPointsDialog, lambda d: [d.reason]),
        ),
        Form(
            "reissue card",
            "clerk",
            _member_dialog(member_dialogs.ReissueDialog, lambda d: [d.id_number]),
        ),
        Form("lost report", "clerk", _lost_report),
        Form("found item", "clerk", _found_item),
        Form("claim", "clerk", _claim),
        Form("new complaint", "clerk", _complaint),
        Form("complaint response", "clerk", _case_step),
        Form("hand to the police", "shift_lead", _outcome("police")),
        Form("dispose of an item", "shift_lead", _outcome("disposed")),
        Form(
            "first aid use",
            "clerk",
            _page(
                "ui.care.first_aid_page",
                "FirstAidPage",
                "use_guard",
                "record_use",
                ["medicine_box", "phone_box"],
            ),
        ),
        Form(
            "first aid new medicine",
            "clerk",
            _page(
                "ui.care.first_aid_page",
                "FirstAidPage",
                "add_guard",
                "add_medicine",
                ["new_name_box"],
            ),
        ),
        Form(
            "paging",
            "clerk",
            _page("ui.care.paging_page", "PagingPage", "guard", "record", ["zh_box", "asked_box"]),
        ),
        Form(
            "add a shop",
            "admin",
            _dialog("ui.directory.shop_dialog", "ShopDialog", "save", ["name_zh"]),
        ),
        Form(
            "directory answer",
            "supervisor",
            _dialog(
                "ui.directory.answer_dialog",
                "AnswerDialog",
                "save",
                ["title_zh", "body_zh"],
                lambda ctxs, s: (s, None),
            ),
        ),
        Form(
            "add a user",
            "admin",
            _dialog(
                "ui.admin.users_page",
                "AddUserDialog",
                "save",
                ["username", "display_name", "password"],
            ),
        ),
        Form(
            "change password",
            "clerk",
            _dialog(
                "ui.admin.change_password_dialog",
                "ChangePasswordDialog",
                "save",
                ["current", "new"],
            ),
        ),
        Form(
            "sign in",
            "clerk",
            _dialog(
                "ui.sign_in_dialog",
                "SignInDialog",
                "try_sign_in",
                ["username", "password"],
                lambda ctxs, s: (ctxs["admin"].signed_in_as(None), "Harbour City"),
            ),
        ),
        Form(
            "issue invoice",
            "clerk",
            _page(
                "ui.invoices.issue_page",
                "IssueInvoicePage",
                "guard",
                "on_issue",
                ["buyer_name", "lines"],
            ),
        ),
        Form(
            "paid services sale",
            "clerk",
            _page("ui.sales.sale_page", "SalePage", "guard", "on_sell", ["code_box"]),
        ),
        Form(
            "add a paid service",
            "admin",
            _page(
                "ui.sales.price_list_page",
                "PriceListPage",
                "guard",
                "on_add",
                ["code", "name_zh", "price"],
            ),
        ),
        Form(
            "site profile",
            "admin",
            _profile,
        ),
        Form("receipt printer", "admin", _printer),
        Form("complaint lists", "admin", _lists),
        Form(
            "found-item category",
            "admin",
            _page("ui.admin.lists_tabs", "FoundCategoriesTab", "guard", "save", ["code", "label"]),
        ),
        Form(
            "reward",
            "admin",
            _page(
                "ui.admin.loyalty_tab", "LoyaltyTab", "gift_guard", "add_gift", ["code", "name_zh"]
            ),
        ),
        Form(
            "custody take in",
            "clerk",
            _page(
                "ui.care.custody_page",
                "CustodyPage",
                "guard",
                "take_in",
                ["what_box", "for_box", "left_by_box"],
            ),
        ),
    ]


@pytest.mark.parametrize("form", _forms(), ids=lambda f: f.name)
def test_every_form_submitted_empty_marks_each_required_field(form, role_ctx, qtbot, errors):
    i18n.install("en")
    ctx = role_ctx[form.role]
    shifts.open_shift(role_ctx["shift_lead"], {10000: 1})  # money forms need a shift
    widget, guard, submit, required = form.open(role_ctx, DeskSession(ctx))
    shown(qtbot, widget)
    for field, _check, is_required in guard.fields:
        caption = guard._caption(field)
        if is_required and caption is not None:
            assert caption.text().endswith("*"), caption.text()
    before = table_checksums(ctx.db)
    submit()
    assert errors == []  # no message box: the problems stand on the form
    marked = [w for w in required if w in guard.marked]
    assert marked == required
    for field in required:
        note = guard.notes.get(field)
        if guard._row_of(field)[0] is None:  # no form row to stand under: the form's line
            assert guard.problem.isVisible() and guard.problem.text()
        else:
            assert note is not None and note.isVisible() and note.text(), field.objectName()
    assert widget.focusWidget() is required[0]
    assert table_checksums(ctx.db) == before
