"""Errors the desk shows to a person. Messages are English source strings marked for Qt's
translation tools; the UI translates them in the "Desk" context and fills in the params."""

from __future__ import annotations


class ContextText(str):
    """A source string of a translation context other than "Desk": a word that reads
    differently where it stands ("Invoices" a sheet, 发票, or a count, 张数); the UI's
    translation looks it up in its own context."""

    context = "Desk"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Marks text for translation without translating it here (services stay Qt-free)."""
    if context == "Desk":
        return text
    marked = ContextText(text)
    marked.context = context
    return marked


class DeskText(str):
    """A param of a message that is itself a marked source string, translated on render."""


class DomainError(Exception):
    """A rule of the desk said no. `message` is the untranslated source text."""

    def __init__(self, message: str, **params):
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params

    def render(self, translate=lambda s: s) -> str:
        text = translate(self.message)
        params = {k: translate(v) if isinstance(v, DeskText) else v for k, v in self.params.items()}
        return text.format(**params) if params else text


class PermissionDenied(DomainError):
    pass


class ValidationError(DomainError):
    pass


class NotFound(DomainError):
    pass


class StorageError(DomainError):
    """The disk, not a rule of the desk, refused: full, read-only, an I/O error, damage."""


STORAGE_MESSAGES = {
    "full": QT_TRANSLATE_NOOP(
        "Desk",
        "The disk is full, so this could not be saved. Nothing was saved half-way. Free some"
        " space on the disk (or ask your admin), then try again.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Desk",
        "The database cannot be written to (the file or its disk is read-only). Nothing was"
        " saved half-way. Ask your admin to check the disk and the file's permissions.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Desk",
        "The disk reported a read or write error. Nothing was saved half-way. Ask your admin"
        " to check the disk; the details are in the log.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Desk",
        "The database file is damaged. Nothing was saved half-way. Restart Front Desk: it"
        " offers the newest sound backup.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Desk",
        "Another desk kept the database busy for too long, so this was not saved. Nothing was"
        " saved half-way. Try again; if it keeps happening, ask your admin.",
    ),
}
