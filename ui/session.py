"""What every page is given: the signed-in AppContext and helpers to show the desk's answers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services.core.context import AppContext
from services.core.errors import DomainError
from services.core.permissions import Perm, allowed


def desk_tr(text: str) -> str:
    """Translate a source string marked in services/ (context "Desk", or its own)."""
    return QCoreApplication.translate(getattr(text, "context", "Desk"), text)


@dataclass
class DeskSession:
    ctx: AppContext
    db_path: str = ""

    @property
    def user(self):
        return self.ctx.user

    def may(self, perm: Perm) -> bool:
        return self.ctx.user is not None and allowed(self.ctx.user.role, perm)


def error_text(exc: DomainError) -> str:
    return exc.render(desk_tr)


def show_error(parent: QWidget | None, exc: DomainError) -> None:
    """A DomainError's message in the user's language; never a traceback."""
    QMessageBox.warning(parent, QCoreApplication.translate("Common", "Front Desk"), error_text(exc))


class _Refused:
    """What a call answers when the desk refused it; its message has been shown already.
    Falsy, so `answer or []` reads naturally; compare with `is REFUSED` when a service may
    answer None, 0 or an empty list."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED = _Refused()


def run_or_note(note, operation, *args, **kwargs):
    """Call a service; on a DomainError hand its message to `note` (e.g. a label's setText)
    and answer REFUSED: for forms that show the problem beside their fields."""
    try:
        return operation(*args, **kwargs)
    except DomainError as exc:
        note(error_text(exc))
        return REFUSED


def run_or_show(parent: QWidget | None, operation, *args, **kwargs):
    """Call a service; on a DomainError show its message in a message box and answer
    REFUSED."""
    try:
        return operation(*args, **kwargs)
    except DomainError as exc:
        show_error(parent, exc)
        return REFUSED
