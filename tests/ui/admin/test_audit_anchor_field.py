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
