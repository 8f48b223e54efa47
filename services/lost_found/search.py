"""Search across found items and lost reports by words in Chinese or English.

A query is split on spaces; a row must hold every word as a substring (case-insensitive).
Words of 3+ characters go to the FTS5 trigram index; words of 1-2 characters (伞, 钱包, ID)
go to the gram index, because a trigram index cannot answer them (see db/lost_found.py).
Both are exact: a word is found if and only if it occurs in the row's indexed text."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.lost_found.lost_found as lf_db
from services.admin import site
from services.core.clock import iso
from services.core.permissions import internal

SHORT = 2  # words this long or shorter use the gram index


def normalise(text: str) -> str:
    return (text or "").lower()


def index_body(*fields: str) -> str:
    """The searchable text of a record: its fields one per line (never personal data)."""
    return "\n".join(normalise(f) for f in fields if f)


def grams(body: str) -> set[str]:
    """Every distinct 1- and 2-character piece of every word of the text."""
    out: set[str] = set()
    for word in body.split():
        out.update(word)
        out.update(word[i : i + 2] for i in range(len(word) - 1))
    return out


def split_query(text: str) -> tuple[list[str], list[str]]:
    """(long words, short words) of a query, each once, in the order typed."""
    words = list(dict.fromkeys(normalise(text).split()))
    return [w for w in words if len(w) > SHORT], [w for w in words if len(w) <= SHORT]


@internal
def index_record(ctx, kind: str, row_id: int, *fields: str) -> None:
    db = ctx.db
    body = index_body(*fields)
    lf_db.add_to_index(db, kind, row_id, body, grams(body))


@internal
def day_bounds(ctx, day_from: date | None, day_to: date | None) -> dict:
    """Site-local days as UTC bounds: from the start of day_from to the end of day_to."""
    tz = ZoneInfo(site.timezone(ctx))
    bounds = {}
    if day_from:
        bounds["from"] = iso(datetime.combine(day_from, time(0), tz))
    if day_to:
        bounds["to"] = iso(datetime.combine(day_to + timedelta(days=1), time(0), tz))
    return bounds


@internal
def run(
    ctx, kind: str, text: str, filters: dict, offset: int, limit: int, before_id: int | None = None
) -> list[dict]:
    db = ctx.db
    long_terms, short_terms = split_query(text)
    return lf_db.search(db, kind, long_terms, short_terms, filters, offset, limit, before_id)
