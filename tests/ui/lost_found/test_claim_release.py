"""The claim dialog counts wrong answers; at the limit the check and the release wait, and a
supervisor's signature in the dialog lets the claimant try again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from services.lost_found import claims as lost_found_claims
from tests.conftest import PASSWORD
from tests.services.lost_found.test_lost_found_helpers import register
from ui.lost_found.claim_dialog import ClaimDialog
from ui.session import DeskSession


def answer(qtbot, dialog, text: str) -> None:
    dialog.detail.clear()
    qtbot.keyClicks(dialog.detail, text)
    qtbot.keyClick(dialog.detail, Qt.Key_Return)


def test_wrong_answers_lock_the_dialog_until_a_supervisor_signs(role_ctx, qtbot, errors):
    clerk = role_ctx["clerk"]
    item = register(clerk, "black wallet", hidden="LY520 inside")
    dialog = ClaimDialog(DeskSession(clerk), item.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "0 of 3" in dialog.attempts_label.text() and not dialog.release_box.isVisible()
    for n, guess in enumerate(("red", "blue zip"), start=1):
        answer(qtbot, dialog, guess)
        assert "not agree" in dialog.detail_result.text()
        assert f"{n} of 3" in dialog.attempts_label.text()
    answer(qtbot, dialog, "photo")
    assert "locked" in dialog.attempts_label.text()
    assert dialog.release_box.isVisible()
    assert not dialog.detail.isEnabled() and not dialog.release.isEnabled()
    dialog.grab().save("/tmp/claim-locked.png")

    # a lead cannot release; the supervisor can, with a reason
    qtbot.keyClicks(dialog.release_reason, "passport seen, owner nervous")
    qtbot.keyClicks(dialog.supervisor, "shift_lead1")
    qtbot.keyClicks(dialog.supervisor_password, PASSWORD)
    qtbot.mouseClick(dialog.release_button, Qt.LeftButton)
    assert errors == [] and "does not allow" in dialog.release_problem.text()
    assert dialog.release_box.isVisible() and dialog.supervisor_password.text() == ""
    dialog.supervisor.clear()
    qtbot.keyClicks(dialog.supervisor, "supervisor1")
    qtbot.keyClicks(dialog.supervisor_password, PASSWORD)
    qtbot.mouseClick(dialog.release_button, Qt.LeftButton)
    assert errors == [] and dialog.release_problem.text() == ""
    assert not dialog.release_box.isVisible() and dialog.detail.isEnabled()
    assert "0 of 3" in dialog.attempts_label.text()
    answer(qtbot, dialog, "LY520 on the inside")
    assert "agrees" in dialog.detail_result.text() and "not" not in dialog.detail_result.text()
    assert not lost_found_claims.claim_attempts(clerk, item.id).locked
