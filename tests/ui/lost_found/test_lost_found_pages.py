"""Lost-and-found pages on a real database: register a found item from the keyboard (Chinese
text as key events), see and link lost reports, claim with a drawn signature."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication

from services.lost_found import claims as lost_found_claims
from services.lost_found import items as lost_found
from tests.services.lost_found.test_lost_found_helpers import T0, register
from ui.lost_found.claim_dialog import ClaimDialog
from ui.lost_found.items_page import FoundItemsPage
from ui.lost_found.register_page import FoundRegisterPage
from ui.lost_found.reports_page import LostReportsPage
from ui.lost_found.signature_pad import SignaturePad
from ui.session import DeskSession


def type_text(widget, text: str) -> None:
    """Chinese arrives as key events carrying text (qtbot.keyClicks is ASCII only)."""
    widget.setFocus()
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, char))


@pytest.fixture(autouse=True)
def no_preview(monkeypatch):
    """The PDF preview opens as in the app; tests close it at once."""
    from ui.documents.preview_dialog import DocumentPreviewDialog

    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: None)


def test_register_a_found_item_and_link_the_report_it_answers(role_ctx, qtbot, errors):
    clerk = role_ctx["clerk"]
    report = lost_found.register_lost_report(
        clerk,
        description="black wallet",
        phone="13800138000",
        lost_from=clerk.clock.now() - timedelta(hours=3),
        lost_to=clerk.clock.now(),
    )
    page = FoundRegisterPage(DeskSession(clerk))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    form = page.form
    type_text(form.description, "黑色钱包")
    type_text(form.colour, "黑色")
    type_text(form.place, "3F 洗手间")
    type_text(form.hidden, "内侧刻有LY520")
    qtbot.keyClicks(form.storage, "A-3")
    form.set_photo(QImage(2400, 1200, QImage.Format_RGB32))
    page.on_register()  # Ctrl+Enter (a window shortcut, not delivered by QTest offscreen)
    assert errors == []
    assert page.item.tag_no == "L2026-000001" and page.item.has_photo
    photo = QImage.fromData(lost_found.item_photo(clerk, page.item.id))
    assert max(photo.width(), photo.height()) == 1024
    assert page.preview is not None and page.preview.number == "L2026-000001"
    assert page.reports.count() == 1 and "black wallet" in page.reports.item(0).text()
    page.on_link()
    assert "138****8000" in page.message.text()
    assert lost_found.get_lost_report(clerk, report.id).status == "found"
    assert form.description.text() == ""


def test_register_refuses_without_the_hidden_detail(role_ctx, qtbot, errors):
    page = FoundRegisterPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    type_text(page.form.description, "雨伞")
    type_text(page.form.place, "入口")
    page.on_register()
    # said beside the field (marked required), no message box in the way
    assert errors == []
    assert "Required" in page.guard.notes[page.form.hidden].text()
    assert page.guard.notes[page.form.hidden].isVisibleTo(page)
    assert page.item is None


def test_cash_rows_show_only_for_cash(role_ctx, qtbot):
    page = FoundRegisterPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    page.show()
    assert not page.form.cash.isVisible()
    page.form.category.setCurrentIndex(page.form.category.findData("cash"))
    assert page.form.cash.isVisible() and page.form.confirmer.isVisible()


def test_reports_page_ranks_matches_and_links(role_ctx, qtbot, errors):
    clerk = role_ctx["clerk"]
    an_hour_ago = clerk.clock.now() - timedelta(hours=1)
    item = register(clerk, "黑色钱包", colour="黑色", found_at=an_hour_ago)
    register(clerk, "红色雨伞", found_at=an_hour_ago)
    page = LostReportsPage(DeskSession(clerk))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.description, "black wallet")
    qtbot.keyClicks(page.phone, "13900139000")
    qtbot.keyClick(page.phone, Qt.Key_Return)
    assert errors == [] and page.model.rowCount() == 1
    qtbot.waitUntil(lambda: page.matches.count() > 0)  # matches follow once the list painted
    assert page.matches.item(0).text().startswith(item.tag_no)
    page.on_link()
    assert "139****9000" in page.message.text()
    assert not page.reveal.isVisible()


def test_claim_dialog_refuses_without_signature_then_releases(role_ctx, qtbot, errors):
    clerk = role_ctx["clerk"]
    item = register(clerk, "黑色钱包", hidden="内侧刻有LY520")
    dialog = ClaimDialog(DeskSession(clerk), item.id)
    qtbot.addWidget(dialog)
    type_text(dialog.described, "黑色钱包一个")
    dialog.confirmed.setChecked(True)
    qtbot.keyClicks(dialog.detail, "LY520")
    qtbot.keyClick(dialog.detail, Qt.Key_Return)
    assert "agrees" in dialog.detail_result.text() and "not" not in dialog.detail_result.text()
    type_text(dialog.name, "李雷")
    dialog.id_type.setCurrentIndex(dialog.id_type.findData("passport"))
    qtbot.keyClicks(dialog.id_number, "E12345678")
    qtbot.keyClicks(dialog.phone, "13700137000")
    dialog.on_release()
    assert errors == []  # said on the form, not in a message box
    assert "sign on screen" in dialog.problem.text()
    assert dialog.pad in dialog.guard.marked
    dialog.pad.draw_stroke([QPointF(20, 100), QPointF(120, 30), QPointF(220, 110)])
    dialog.on_release()
    assert errors == []
    claim = lost_found_claims.get_claim(clerk, item.id)
    assert claim.receipt_no == "CR2026-000001" and dialog.preview.number == "CR2026-000001"
    assert lost_found_claims.claim_signature(clerk, item.id).startswith(b"\x89PNG")


def test_signature_pad_takes_mouse_strokes(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 160)
    pad.show()
    assert pad.png_bytes() is None
    qtbot.mousePress(pad, Qt.LeftButton, pos=pad.rect().center())
    qtbot.mouseMove(pad, pad.rect().center() + pad.rect().topLeft() + pad.rect().center() / 2)
    qtbot.mouseRelease(pad, Qt.LeftButton)
    assert not pad.is_empty() and pad.png_bytes().startswith(b"\x89PNG")
    pad.clear()
    assert pad.is_empty()


def test_items_page_searches_one_character_and_filters_due(role_ctx, qtbot, errors):
    clerk = role_ctx["clerk"]
    register(clerk, "雨伞")
    register(clerk, "黑色钱包")
    card = register(clerk, "身份证", category="id_document")
    page = FoundItemsPage(DeskSession(clerk))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3
    type_text(page.search, "伞")
    qtbot.keyClick(page.search, Qt.Key_Return)
    assert [page.model.row(i)["description"] for i in range(page.model.rowCount())] == ["雨伞"]
    page.search.clear()
    page.due_only.setChecked(True)
    assert [page.model.row(i)["id"] for i in range(page.model.rowCount())] == [card.id]
    assert all(SECRET_FREE(page.model.row(i)) for i in range(page.model.rowCount()))


def SECRET_FREE(row: dict) -> bool:  # noqa: N802 - reads as a claim
    return "hidden_detail" not in row and "photo" not in row and T0 is not None


def test_an_english_tag_names_the_category_in_english(role_ctx, qtbot, errors):
    """One language at a time, on paper too: a site's own category kept in both languages
    prints as "Umbrella" on a tag printed from the English UI, as 雨伞 from the Chinese."""
    import subprocess

    from services.admin import lists_settings
    from ui import i18n

    lists_settings.put_found_category(
        role_ctx["admin"], "umbrella", "雨伞", "months", 1, label_en="Umbrella"
    )
    clerk = role_ctx["clerk"]

    def tag_text(lang: str) -> str:
        i18n.install(lang)
        page = FoundRegisterPage(DeskSession(clerk))
        qtbot.addWidget(page)
        form = page.form
        form.category.setCurrentIndex(form.category.findData("umbrella"))
        form.description.setText("black umbrella")
        form.place.setText("Gate 2")
        form.storage.setText("Shelf A")
        form.hidden.setText("a red ribbon on the handle")
        page.on_register()
        assert errors == [] and page.preview is not None
        pdf = page.preview.rebuild(0)
        page.preview.close()
        return subprocess.run(
            ["pdftotext", "-", "-"], input=bytes(pdf), capture_output=True, check=True
        ).stdout.decode()

    try:
        english = tag_text("en")
        assert "Umbrella" in english and "雨伞" not in english
        assert not any("\u4e00" <= c <= "\u9fff" for c in english), english
        chinese = tag_text("zh_CN")
        assert "雨伞" in chinese and "Umbrella" not in chinese
    finally:
        i18n.install("en")
