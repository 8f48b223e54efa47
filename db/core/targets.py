"""What a database target names: a SQLite file's path, or a PostgreSQL server's URL.

Kept apart from db/core/postgres.py so that telling the two apart (at every start) does not
load the PostgreSQL driver, which a SQLite desk never uses."""

from __future__ import annotations

import re
from typing import Any

URL_PREFIXES = ("postgresql://", "postgres://")


def is_url(target: Any) -> bool:
    return isinstance(target, str) and target.startswith(URL_PREFIXES)


def redact(url: str) -> str:
    """The URL without its password, fit for a message or a log."""
    return re.sub(r"(//[^:/@]+):[^@/]*@", r"\1:***@", url)
