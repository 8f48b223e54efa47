"""The audit page checks a printed anchor against the file (issue 16, defect 11)."""

from __future__ import annotations

from services.core import audit
from ui.admin.audit_page import AuditPage
from ui.session import DeskSession


def test_a_printed_anchor_checks_and_a_wrong_one_is_named(qtbot, role_ctx):
    supervisor = role_ctx["supervisor"]
    printed = audit.anchor(supervisor)
    page = AuditPage(DeskSession(supervisor))
    qtbot.addWidget(page)
    assert printed.code in page.anchor_note.text()
    page.anchor.setText(printed.code)
    page.check_anchor()
    assert "checks" in page.anchor_note.text() and str(printed.audit_id) in page.anchor_note.text()
    page.anchor.setText(printed.code[:-1] + ("A" if printed.code[-1] != "A" else "B"))
    page.check_anchor()
    assert "rewritten" in page.anchor_note.text()
    page.resize(1000, 600)
    page.grab().save("/tmp/audit_anchor.png")


def test_after_a_restore_on_a_new_pc_the_admin_enters_the_audit_key(qtbot, admin_ctx):
    from services.core import keys

    sheet = audit.audit_key_for_sheet(admin_ctx)
    identity = admin_ctx.db.conn.execute(
        "SELECT value FROM settings WHERE key = ?", (keys.IDENTITY_SETTING,)
    ).fetchone()[0]
    (keys.key_folder() / f"audit-{identity.strip(chr(34))}{keys.KEY_FILE_SUFFIX}").unlink()
    page = AuditPage(DeskSession(admin_ctx))
    qtbot.addWidget(page)
    page.audit_key.setText(sheet)
    page.enter_key()
    assert "keyed" in page.anchor_note.text()
    assert not audit.audit_key_missing(admin_ctx)
