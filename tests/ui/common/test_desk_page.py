"""DeskPage: every page of the navigation is one, shows its title, and shows a refusal of the
desk (a DomainError's message) in a message box or beside the fields, answering REFUSED."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from services.core.errors import ValidationError
from ui.common.desk_page import REFUSED, DeskPage
from ui.pages import PAGES
from ui.session import DeskSession


class SamplePage(DeskPage):
    def page_title(self) -> str:
        return "<h2>Sample</h2>"


def refuse(ctx, reason: str):
    raise ValidationError(reason)


def test_every_page_of_the_navigation_is_a_desk_page(qtbot, role_ctx, errors):
    session = DeskSession(role_ctx["admin"])
    for entry in PAGES:
        page = entry.factory(session, None)
        qtbot.addWidget(page)
        assert isinstance(page, DeskPage), entry.key
        assert page.session is session
    assert errors == []


def test_run_answers_the_service_or_refused_with_the_message_shown(qtbot, role_ctx, errors):
    page = SamplePage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    assert page.title.text() == "<h2>Sample</h2>" and not page.title.isHidden()
    assert page.run(lambda ctx, n: n + 1, page.ctx, 1) == 2
    answer = page.run(refuse, page.ctx, "No such thing.")
    assert answer is REFUSED and not answer
    assert errors == ["No such thing."]


def test_run_noted_puts_the_message_beside_the_fields(qtbot, role_ctx, errors):
    page = SamplePage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    note = QLabel()
    assert page.run_noted(note.setText, refuse, page.ctx, "Too long.") is REFUSED
    assert note.text() == "Too long." and errors == []


def test_a_page_without_a_title_shows_no_empty_heading(qtbot, role_ctx):
    page = DeskPage(DeskSession(role_ctx["clerk"]))
    qtbot.addWidget(page)
    assert page.title.isHidden()
