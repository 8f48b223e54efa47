"""First run → sign-in → main window, on a real temporary database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from services.admin import site, users
from tests.conftest import PASSWORD
from ui import i18n
from ui.first_run_wizard import FirstRunWizard
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.session import DeskSession
from ui.sign_in_dialog import SignInDialog


def test_first_run_wizard_creates_site_and_admin(qtbot, bare_ctx):
    i18n.install("en")
    wizard = FirstRunWizard(bare_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.site_page
    page.language.setCurrentIndex(page.language.findData("en"))
    page.clinic.setChecked(True)
    page.name.setText("仁爱诊所 Ren'ai Clinic")
    page.tax_id.setText("bad")
    wizard.next()
    assert wizard.currentPage() is page and "tax ID" in page.problem.text()
    page.tax_id.setText("")
    wizard.next()
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    admin.username.setText("boss")
    admin.password.setText(PASSWORD)
    admin.confirm.setText("different-1")
    wizard.accept()
    assert wizard.result() != QDialog.Accepted and "differ" in admin.problem.text()
    admin.confirm.setText(PASSWORD)
    wizard.accept()
    assert wizard.result() == QDialog.Accepted
    profile = site.get_profile(bare_ctx)
    assert (profile.kind, profile.name, profile.language) == (
        "clinic",
        "仁爱诊所 Ren'ai Clinic",
        "en",
    )
    assert users.sign_in(bare_ctx, "boss", PASSWORD).role == "admin"


def test_sign_in_dialog_shows_refusal_and_accepts(qtbot, admin_ctx, bare_ctx):
    dialog = SignInDialog(bare_ctx, "Harbour City Mall")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "nope")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert "Wrong user name or password" in dialog.problem.text()
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted and dialog.user.username == "admin"


def test_main_window_pages_follow_role(qtbot, role_ctx):
    admin = MainWindow(DeskSession(role_ctx["admin"]))
    qtbot.addWidget(admin)
    clerk = MainWindow(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(clerk)
    admin_keys = {e.key for e in admin.entries}
    clerk_keys = {e.key for e in clerk.entries}
    assert {"users", "settings", "audit"} <= admin_keys
    assert not {"users", "settings", "audit"} & clerk_keys
    assert len(admin_keys) == len(PAGES)
    for key in admin_keys:  # every page builds on a real database
        assert admin.show_page(key)
        assert admin.current_page_key() == key
        assert admin.built[key].isVisibleTo(admin)
    assert "Admin" in admin.role_label.text() and "Clerk" in clerk.role_label.text()
    admin.close()  # before the database fixture closes the file
    clerk.close()


def test_admin_adds_user_from_users_page(qtbot, role_ctx, monkeypatch):
    from ui.admin.users_page import AddUserDialog, UsersPage

    page = UsersPage(DeskSession(role_ctx["admin"]))
    qtbot.addWidget(page)
    rows_before = page.table.rowCount()
    dialog = AddUserDialog(page.session, page)
    dialog.username.setText("newclerk")
    dialog.password.setText("short")
    dialog.save()
    assert "at least 8" in dialog.guard.notes[dialog.password].text()  # beside the field
    assert dialog.display_name in dialog.guard.marked  # staff are shown by their full name
    dialog.display_name.setText("New Clerk")
    dialog.password.setText(PASSWORD)
    dialog.save()
    assert dialog.result() == QDialog.Accepted
    page.reload()
    assert page.table.rowCount() == rows_before + 1


def test_settings_page_saves_profile_and_shows_errors(qtbot, role_ctx):
    from ui.admin.settings_page import SettingsPage

    page = SettingsPage(DeskSession(role_ctx["admin"]))
    qtbot.addWidget(page)
    page.name.setText("")
    page.save()
    assert page.name in page.guard.marked  # the empty name is marked beside its field
    page.name.setText("New Name Plaza")
    page.save()
    assert site.get_profile(role_ctx["admin"]).name == "New Name Plaza"


def test_change_password_dialog(qtbot, role_ctx, bare_ctx):
    from ui.admin.change_password_dialog import ChangePasswordDialog

    dialog = ChangePasswordDialog(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSWORD)
    dialog.new.setText("fresh-pass-22")
    dialog.repeat.setText("fresh-pass-22")
    dialog.save()
    assert dialog.result() == QDialog.Accepted
    assert users.sign_in(bare_ctx, "clerk1", "fresh-pass-22")
