"""One key map without clashes: every page of every group, in the states that show more
fields, and every dialog, bind each key (shortcuts, buttons' keys, Alt letters) once, and
the window's own keys never collide with a page's. Qt does nothing on a key bound twice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from services.lending import items as lending_items
from services.lost_found import items as lost_found
from ui import i18n
from ui.common.shortcuts import GLOBAL_KEYS, active_keys, clashes
from ui.main_window import MainWindow
from ui.session import DeskSession


def _clash_text(found) -> str:
    return "; ".join(f"{k}: {[(x.what, x.source) for x in v]}" for k, v in found.items())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("role", ["admin", "clerk"])
def test_no_key_is_bound_twice_on_any_page(qtbot, role_ctx, role, language):
    i18n.install(language)
    try:
        window = MainWindow(DeskSession(role_ctx[role]))
        qtbot.addWidget(window)
        window.show()
        problems = {}
        for entry in window.entries:
            assert window.show_page(entry.key)
            found = clashes(active_keys(window))
            if found:
                problems[entry.key] = _clash_text(found)
        # the states that show more fields
        found_form = window.page("found_register").form
        found_form.category.setCurrentIndex(found_form.category.findData("cash"))
        found = clashes(active_keys(window))
        if found:
            problems["found_register (cash)"] = _clash_text(found)
        assert problems == {}
        window.close()
    finally:
        i18n.install("en")


def test_the_window_keys_are_listed_in_help(qtbot, role_ctx):
    i18n.install("en")
    window = MainWindow(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(window)
    window.show()
    window.show_page("sale")
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    shown = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    assert "Ctrl+K" in shown and "Ctrl+1" in shown
    assert "F3" in shown  # the page's own keys too (WeChat Pay on Paid services)
    assert "F3" not in GLOBAL_KEYS.values()
    dialog.close()
    window.close()


def _dialogs(site, qtbot):
    from services.visitors import search
    from ui.admin.change_password_dialog import ChangePasswordDialog
    from ui.admin.users_page import AddUserDialog
    from ui.complaints.case_dialog import CaseDialog
    from ui.directory.answer_dialog import AnswerDialog
    from ui.directory.shop_dialog import ShopDialog
    from ui.first_run_wizard import FirstRunWizard
    from ui.lending.items_page import KindDialog
    from ui.lost_found.broadcast_dialog import BroadcastDialog
    from ui.lost_found.claim_dialog import ClaimDialog
    from ui.lost_found.outcome_dialog import OutcomeDialog
    from ui.members.action_dialogs import (
        CreditDialog,
        ManualPointsDialog,
        RedeemDialog,
        ReissueDialog,
        ReturnDialog,
    )
    from ui.sign_in_dialog import SignInDialog
    from ui.visitors.result_dialog import VisitorResultDialog

    ctxs = site["ctxs"]
    clerk, admin = DeskSession(ctxs["clerk"]), DeskSession(ctxs["admin"])
    member = site["member"]
    held = [i for i in lost_found.search_found(ctxs["clerk"], "") if i.status == "held"]
    kinds = lending_items.list_kinds(ctxs["admin"])
    made = [
        ChangePasswordDialog(clerk),
        AddUserDialog(admin),
        SignInDialog(ctxs["clerk"], "Mall"),
        CaseDialog(clerk, site["case"].id),
        AnswerDialog(clerk, None),
        ShopDialog(admin, None),
        KindDialog(kinds[0] if kinds else None),
        CreditDialog(clerk, member),
        ReturnDialog(clerk, member),
        ManualPointsDialog(clerk, member),
        RedeemDialog(clerk, member),
        ReissueDialog(clerk, member),
        VisitorResultDialog(clerk, search.search_visitor(ctxs["clerk"], member.card_no)),
    ]
    if held:
        item = held[0]
        made += [
            ClaimDialog(clerk, item.id),
            BroadcastDialog(clerk, "found", item.id),
            OutcomeDialog(clerk, item, "police"),
            OutcomeDialog(clerk, item, "disposed"),
        ]
    wizard = FirstRunWizard(ctxs["admin"])
    return made, wizard


def test_no_key_is_bound_twice_in_any_dialog(qtbot, demo_site):
    i18n.install("en")
    dialogs, wizard = _dialogs(demo_site, qtbot)
    problems = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        found = clashes(active_keys(dialog))
        if found:
            problems[type(dialog).__name__] = _clash_text(found)
        dialog.done(QDialog.Rejected)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(2):
        found = clashes(active_keys(wizard))
        if found:
            problems[f"wizard {wizard.currentId()}"] = _clash_text(found)
        wizard.button(QWizard.NextButton).setEnabled(True)
        wizard.setStartId(1)
        wizard.restart()
    assert problems == {}
