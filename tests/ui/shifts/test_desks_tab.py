"""Settings › Desks on a real database: an admin adds, renames and retires desks (refusals
shown beside the form, each change audited), and makes this computer one of them."""

from __future__ import annotations

from services.shifts import desks, shifts
from ui import i18n
from ui.admin.settings_page import SettingsPage
from ui.session import DeskSession


def _audited(ctx, action: str) -> int:
    return ctx.db.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = ?", (action,)
    ).fetchone()[0]


def test_an_admin_keeps_the_register_of_desks(qtbot, role_ctx, db_path):
    i18n.install("en")
    admin = role_ctx["admin"]
    settings = SettingsPage(DeskSession(admin, str(db_path)))
    qtbot.addWidget(settings)
    settings.show()
    tab = settings.tab("desks")
    assert tab.model.rowCount() == 1 and tab.model.row(0)["code"] == "main"
    tab.code.setText("North")
    tab.name_zh.setText("北门服务台")
    tab.name_en.setText("North gate desk")
    tab.add()
    assert "Desk north added." in tab.note.text()
    assert [tab.model.row(r)["code"] for r in range(tab.model.rowCount())] == ["main", "north"]
    tab.code.setText("ＮＯＲＴＨ")
    tab.add()
    assert "already in the register" in tab.note.text()
    tab.select("north")
    tab.name_en.setText("North entrance desk")
    tab.rename()
    assert "renamed" in tab.note.text() and _audited(admin, "desk.rename") == 1
    shifts.open_shift(role_ctx["clerk"], {}, desk="north")
    tab.refresh()
    tab.select("north")
    tab.toggle()
    assert "open shift" in tab.note.text() and _audited(admin, "desk.retire") == 0
    tab.select("main")
    assert tab.pc_choice.count() == 2 and "Main desk (main)" in tab.pc_state.text()
    tab.pc_choice.setCurrentIndex(tab.pc_choice.findData("north"))
    tab.use_on_this_pc()
    assert desks.saved_pc_desk() == "north" and "next start" in tab.note.text()
