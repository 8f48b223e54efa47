"""Which desk a PC is: the first run names it, a PC joining a site with several desks asks
once before sign-in, `--desk` overrides it for one run, and the status bar shows it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from services.shifts import desks
from tests.conftest import PASSWORD
from ui import i18n
from ui.app import DeskApp
from ui.first_run_wizard import FirstRunWizard
from ui.main_window import MainWindow
from ui.session import DeskSession
from ui.shifts.desk_choice_dialog import DeskChoiceDialog


def test_the_first_run_names_this_pcs_desk(qtbot, bare_ctx):
    i18n.install("en")
    wizard = FirstRunWizard(bare_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.site_page
    page.name.setText("星光广场 Starlight Plaza")
    page.desk_code.setText("north gate")  # a space: refused on Next, beside the form
    wizard.next()
    assert wizard.currentPage() is page and "desk code" in page.problem.text()
    page.desk_code.setText("ＮＯＲＴＨ")  # full-width capitals: the same code
    page.desk_zh.setText("北门服务台")
    page.desk_en.setText("North gate desk")
    wizard.next()
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    admin.password.setText(PASSWORD)
    admin.confirm.setText(PASSWORD)
    wizard.accept()
    assert wizard.result() == QDialog.Accepted and wizard.desk_code == "north"
    assert [d.label("en") for d in desks.desk_choices(bare_ctx)] == ["North gate desk (north)"]
    assert desks.saved_pc_desk() == "north"


@pytest.fixture
def two_desk_site(admin_ctx, db_path):
    desks.add_desk(admin_ctx, "north", "北门服务台", "North gate desk")
    return admin_ctx


def test_a_pc_joining_a_site_of_several_desks_chooses_its_own(qtbot, two_desk_site):
    i18n.install("en")
    dialog = DeskChoiceDialog(two_desk_site, "Starlight Plaza")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert texts == ["Main desk (main)", "North gate desk (north)"]
    dialog.choice.setCurrentIndex(1)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert dialog.result() == QDialog.Accepted and dialog.code == "north"
    assert desks.saved_pc_desk() == "north"
    assert desks.pc_desk(two_desk_site) == "north"


def test_the_app_asks_once_and_then_keeps_the_pcs_desk(qtbot, two_desk_site, db_path, monkeypatch):
    asked = []

    def answer(dialog):
        asked.append([dialog.choice.itemData(i) for i in range(dialog.choice.count())])
        dialog.choice.setCurrentIndex(1)
        dialog.choose()
        return dialog.result()

    monkeypatch.setattr(DeskChoiceDialog, "exec", answer)
    app = DeskApp(db_path)
    app.ctx = two_desk_site
    assert app.take_desk() and app.ctx.desk == "north"
    assert asked == [["main", "north"]]
    again = DeskApp(db_path)
    again.ctx = two_desk_site
    assert again.take_desk() and again.desk == "north" and len(asked) == 1  # not asked again


def test_desk_on_the_command_line_wins_for_one_run_and_an_unknown_one_is_refused(
    qtbot, two_desk_site, db_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    app = DeskApp(db_path, desk="MAIN")
    app.ctx = two_desk_site
    assert app.take_desk() and app.ctx.desk == "main"
    assert desks.saved_pc_desk() is None  # one run only: nothing kept on the PC
    refused = DeskApp(db_path, desk="south")
    refused.ctx = two_desk_site
    assert not refused.take_desk()
    assert "no desk south" in shown[0]


def test_the_status_bar_names_this_desk(qtbot, two_desk_site, db_path):
    i18n.install("en")
    two_desk_site.desk = "north"
    window = MainWindow(DeskSession(two_desk_site))
    qtbot.addWidget(window)
    assert window.desk_label.text() == "Desk: North gate desk (north)"
    assert window.statusBar().isAncestorOf(window.desk_label)
