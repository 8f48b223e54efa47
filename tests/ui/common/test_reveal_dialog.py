"""The reveal-phone dialog (a reason first, the number shown once, audited) and the backup
box of the settings page."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from services.admin import site
from services.admin.backups import backup_folder, backups_in
from services.members import members
from tests.services.members.fixtures import receipt, resident_id, shop
from ui.admin.backup_settings import BackupSettingsBox
from ui.common.reveal_dialog import RevealPhoneDialog
from ui.members.members_page import MembersPage
from ui.session import DeskSession


def _member(role_ctx):
    s = shop(role_ctx["admin"])
    return members.enrol_member(
        role_ctx["clerk"],
        "张三",
        "13812345678",
        "resident",
        resident_id(),
        receipt(s.id, "A-1", 50000),
    ).member


def test_reveal_needs_a_reason_then_shows_the_number(qtbot, role_ctx, monkeypatch):
    member = _member(role_ctx)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = RevealPhoneDialog(DeskSession(role_ctx["supervisor"]), "member", member.id)
    qtbot.addWidget(dialog)
    dialog.show_button.click()
    assert warnings == [] and dialog.phone.text() == ""  # said beside the reason, no box
    assert dialog.reason in dialog.guard.marked and dialog.guard.notes[dialog.reason].text()
    dialog.reason.setText("会员来电核实")
    dialog.show_button.click()
    assert dialog.phone.text() == "13812345678"
    assert not dialog.show_button.isEnabled()
    row = (
        role_ctx["admin"]
        .db.conn.execute("SELECT after FROM audit_log WHERE action = 'personal.reveal_phone'")
        .fetchone()
    )
    assert "会员来电核实" in row[0] and "13812345678" not in row[0]


def test_members_page_offers_reveal_to_supervisors_only(qtbot, role_ctx):
    for role, shown in (("clerk", False), ("supervisor", True)):
        page = MembersPage(DeskSession(role_ctx[role]))
        qtbot.addWidget(page)
        assert page.buttons["reveal"].isVisibleTo(page) is shown


def test_backup_box_saves_settings_and_backs_up_now(qtbot, role_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    admin = role_ctx["admin"]
    box = BackupSettingsBox(DeskSession(admin))
    qtbot.addWidget(box)
    assert box.keep_daily.value() == 14 and box.keep_monthly.value() == 12
    box.folder.setText(str(tmp_path / "copies"))
    box.keep_daily.setValue(7)
    assert box.save()
    assert site.get_setting(admin, "backup.keep_daily") == 7
    assert backup_folder(admin) == tmp_path / "copies"
    path = box.back_up_now()
    assert path and backups_in(tmp_path / "copies") == [path]
    assert box.newest.item(0).text() == path.name


def test_backup_box_is_read_only_below_admin(qtbot, role_ctx):
    box = BackupSettingsBox(DeskSession(role_ctx["supervisor"]))
    qtbot.addWidget(box)
    assert not box.isEnabled()
