"""User text in SQL searches is text, never a pattern or a query: a LIKE pattern escapes its
own wildcards (% and _) and the escape character, and an FTS5 query quotes each term as a
phrase, so what a person types finds what it says and nothing more."""

from __future__ import annotations

ESCAPE = "ESCAPE '\\'"


def contains(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, to be used with ESCAPE (see ESCAPE)."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_phrase(term: str) -> str:
    """An FTS5 phrase: operators (AND, OR, NOT, NEAR, *, ^, column filters) read as text."""
    return '"' + term.replace('"', '""') + '"'
