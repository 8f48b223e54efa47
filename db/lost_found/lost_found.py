"""SQL of lost and found: found items, lost reports, their links, claims, hand-overs and
disposals, the paging broadcast log, and the search index.

Search index, and why it has two parts: SQLite 3.40's FTS5 `trigram` tokenizer finds any
substring of 3+ characters, but a 1- or 2-character query (伞, 钱包, ID) cannot use it. So
every record's words are also cut into its distinct 1- and 2-character grams, kept in a
WITHOUT ROWID table keyed (gram, id): a short query is one index range, newest id first.
A query of several words is the AND of its words; the long words go to one FTS5 MATCH.
On PostgreSQL the FTS5 table is a plain table of bodies and each long word is an ILIKE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.connection import integrity_errors
from db.core.dialect import is_postgresql, no_limit
from db.core.rows import insert_row
from db.core.search import ESCAPE, contains, fts_phrase

if TYPE_CHECKING:
    import sqlite_utils

SUMMARY_COLUMNS = (
    "f.id, f.tag_no, f.category, f.description, f.colour, f.brand, f.quantity, f.found_place,"
    " f.found_at, f.finder_kind, f.finder_name, f.finder_phone, f.storage, f.cash_fen,"
    " f.registered_at, f.status, f.closed_at, f.photo IS NOT NULL AS has_photo"
)
REPORT_COLUMNS = "r.*"
KINDS = {
    "found": ("found_items", "found_fts", "found_grams", SUMMARY_COLUMNS, "f"),
    "lost": ("lost_reports", "lost_fts", "lost_grams", REPORT_COLUMNS, "r"),
}


def _insert(db: sqlite_utils.Database, table: str, row: dict) -> int:
    return insert_row(db, table, row)


# --- found items ---------------------------------------------------------------------------
def insert_found_item(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "found_items", row)


def found_item(db: sqlite_utils.Database, item_id: int) -> dict | None:
    """The item without its hidden detail or photo: what lists and documents may see."""
    row = db.conn.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM found_items f WHERE f.id = ?", (item_id,)
    ).fetchone()
    return dict(row) if row else None


def found_item_by_tag(db: sqlite_utils.Database, tag_no: str) -> dict | None:
    row = db.conn.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM found_items f WHERE f.tag_no = ?", (tag_no,)
    ).fetchone()
    return dict(row) if row else None


def hidden_detail(db: sqlite_utils.Database, item_id: int) -> str | None:
    row = db.conn.execute(
        "SELECT hidden_detail FROM found_items WHERE id = ?", (item_id,)
    ).fetchone()
    return row[0] if row else None


def photo(db: sqlite_utils.Database, item_id: int) -> bytes | None:
    row = db.conn.execute("SELECT photo FROM found_items WHERE id = ?", (item_id,)).fetchone()
    return row[0] if row else None


def set_found_status(db: sqlite_utils.Database, item_id: int, status: str, at: str) -> None:
    db.conn.execute(
        "UPDATE found_items SET status = ?, closed_at = ? WHERE id = ?", (status, at, item_id)
    )


def set_storage(db: sqlite_utils.Database, item_id: int, storage: str) -> None:
    db.conn.execute("UPDATE found_items SET storage = ? WHERE id = ?", (storage, item_id))


def held_found_between(
    db: sqlite_utils.Database, start: str, end: str, limit: int = 5000
) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM found_items f WHERE f.status = 'held'"
            " AND f.found_at BETWEEN ? AND ? ORDER BY f.found_at DESC LIMIT ?",
            (start, end, limit),
        )
    ]


def held_found_sharing(
    db: sqlite_utils.Database,
    start: str,
    end: str,
    *,
    category: str = "",
    grams: list[str] = (),
    phrases: list[str] = (),
    limit: int = 5000,
) -> list[dict]:
    """Held items found in [start, end] that share a key with a lost report: its category
    (the index on status, category, found_at), a short piece of text (the gram index) or a
    longer word or phrase (the FTS5 index); newest first; none when there is no key. The text
    indexes are read only between the first and the last id held from that time, so the work
    follows the items of the time, not every item ever found."""
    window = "f.status = 'held' AND f.found_at BETWEEN ? AND ?"
    lo, hi = db.conn.execute(
        f"SELECT min(f.id), max(f.id) FROM found_items f WHERE {window}", (start, end)
    ).fetchone()
    if lo is None:
        return []
    keys, params = [], [start, end]
    if category:
        keys.append("f.category = ?")
        params.append(category)
    if grams:
        marks = ", ".join("?" * len(grams))
        keys.append(
            "f.id IN (SELECT g.item_id FROM found_grams g"
            f" WHERE g.gram IN ({marks}) AND g.item_id BETWEEN ? AND ?)"
        )
        params.extend([*grams, lo, hi])
    if phrases and is_postgresql(db):  # any of the phrases as a case-insensitive substring
        anywhere = " OR ".join(f"s.body LIKE ? {ESCAPE}" for _ in phrases)
        keys.append(
            f"f.id IN (SELECT s.rowid FROM found_fts s WHERE ({anywhere})"
            " AND s.rowid BETWEEN ? AND ?)"
        )
        params.extend([*(contains(p) for p in phrases), lo, hi])
    elif phrases:
        keys.append(
            "f.id IN (SELECT s.rowid FROM found_fts s"
            " WHERE found_fts MATCH ? AND s.rowid BETWEEN ? AND ?)"
        )
        params.extend([" OR ".join(_fts_phrase(p) for p in phrases), lo, hi])
    if not keys:
        return []
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM found_items f WHERE {window}"
            f" AND ({' OR '.join(keys)}) ORDER BY f.found_at DESC LIMIT ?",
            (*params, limit),
        )
    ]


def held_items(db: sqlite_utils.Database, *, offset: int = 0, limit: int = 500) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM found_items f WHERE f.status = 'held'"
            " ORDER BY f.found_at, f.id LIMIT ? OFFSET ?",
            (limit, offset),
        )
    ]


def held_categories(db: sqlite_utils.Database) -> list[str]:
    """The categories that have held items: one index seek per category (a skip scan of
    found_items_status_category), whatever the number of items."""
    out: list[str] = []
    while True:
        row = db.conn.execute(
            "SELECT category FROM found_items WHERE status = 'held'"
            + (" AND category > ?" if out else "")
            + " ORDER BY category LIMIT 1",
            out[-1:],
        ).fetchone()
        if row is None:
            return out
        out.append(row[0])


def _held_where(after: str | None, upto: str | None) -> str:
    where = "f.status = 'held' AND f.category = :category"
    if after is not None:
        where += " AND f.found_at > :after"
    if upto is not None:
        where += " AND f.found_at <= :upto"
    return where


def count_held(
    db: sqlite_utils.Database, category: str, *, after: str | None = None, upto: str | None = None
) -> int:
    """Held items of one category found in (after, upto], counted on the index."""
    return db.conn.execute(
        f"SELECT count(*) FROM found_items f WHERE {_held_where(after, upto)}",
        {"category": category, "after": after, "upto": upto},
    ).fetchone()[0]


def held_of_category(
    db: sqlite_utils.Database,
    category: str,
    *,
    after: str | None = None,
    upto: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Held items of one category found in (after, upto], oldest first."""
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM found_items f WHERE {_held_where(after, upto)}"
            " ORDER BY f.found_at, f.id LIMIT :limit",
            {
                "category": category,
                "after": after,
                "upto": upto,
                "limit": limit if limit is not None else no_limit(db),
            },
        )
    ]


# --- lost reports ---------------------------------------------------------------------------
def insert_lost_report(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "lost_reports", row)


def lost_report(db: sqlite_utils.Database, report_id: int) -> dict | None:
    row = db.conn.execute("SELECT * FROM lost_reports WHERE id = ?", (report_id,)).fetchone()
    return dict(row) if row else None


def open_reports_between(
    db: sqlite_utils.Database, start: str, end: str, limit: int = 5000
) -> list[dict]:
    """Open reports whose loss window ends after `start` and begins before `end`."""
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT * FROM lost_reports WHERE status = 'open' AND lost_to >= ? AND lost_from <= ?"
            " ORDER BY lost_to DESC LIMIT ?",
            (start, end, limit),
        )
    ]


def set_report_status(db: sqlite_utils.Database, report_id: int, status: str) -> None:
    db.conn.execute("UPDATE lost_reports SET status = ? WHERE id = ?", (status, report_id))


# --- links, claims, outcomes, broadcasts -----------------------------------------------------
def insert_link(db: sqlite_utils.Database, **row) -> int:
    try:
        return _insert(db, "lost_found_links", row)
    except integrity_errors():
        return 0  # already linked: linking twice is harmless


def links_of_report(db: sqlite_utils.Database, report_id: int) -> list[int]:
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT found_item_id FROM lost_found_links WHERE lost_report_id = ? ORDER BY id",
            (report_id,),
        )
    ]


def links_of_item(db: sqlite_utils.Database, item_id: int) -> list[int]:
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT lost_report_id FROM lost_found_links WHERE found_item_id = ? ORDER BY id",
            (item_id,),
        )
    ]


def insert_claim(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "found_item_claims", row)


def claim_of(db: sqlite_utils.Database, item_id: int) -> dict | None:
    row = db.conn.execute(
        "SELECT * FROM found_item_claims WHERE found_item_id = ?", (item_id,)
    ).fetchone()
    return dict(row) if row else None


def insert_outcome(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "found_item_outcomes", row)


def outcome_of(db: sqlite_utils.Database, item_id: int) -> dict | None:
    row = db.conn.execute(
        "SELECT * FROM found_item_outcomes WHERE found_item_id = ?", (item_id,)
    ).fetchone()
    return dict(row) if row else None


def insert_broadcast(db: sqlite_utils.Database, **row) -> int:
    return _insert(db, "broadcasts", row)


def broadcasts(db: sqlite_utils.Database, *, offset: int = 0, limit: int = 200) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT * FROM broadcasts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
        )
    ]


# --- search index --------------------------------------------------------------------------------
def add_to_index(
    db: sqlite_utils.Database, kind: str, row_id: int, body: str, grams: set[str]
) -> None:
    _, fts, gram_table, _, _ = KINDS[kind]
    db.conn.execute(f"INSERT INTO {fts} (rowid, body) VALUES (?, ?)", (row_id, body))
    db.conn.executemany(
        f"INSERT INTO {gram_table} (gram, item_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(g, row_id) for g in grams],
    )


_fts_phrase = fts_phrase


def search(
    db: sqlite_utils.Database,
    kind: str,
    long_terms: list[str],
    short_terms: list[str],
    filters: dict,
    offset: int,
    limit: int,
    before_id: int | None = None,
) -> list[dict]:
    """Rows holding every term, newest first. Driven by the FTS5 match when there is a long
    term, else by the gram index of the first short term, so the first page reads only as
    many index entries as it needs; `before_id` (keyset paging) starts below that row, so
    a page deep in the list costs what the first one does."""
    table, fts, gram_table, columns, alias = KINDS[kind]
    where, params = [], []
    if long_terms:
        source = f"{fts} s JOIN {table} {alias} ON {alias}.id = s.rowid"
        if is_postgresql(db):  # the bodies, each long term a case-insensitive substring
            where.extend(f"s.body LIKE ? {ESCAPE}" for _ in long_terms)
            params.extend(contains(t) for t in long_terms)
        else:
            where.append(f"{fts} MATCH ?")
            params.append(" AND ".join(_fts_phrase(t) for t in long_terms))
        order, key = "s.rowid DESC", "s.rowid"
        rest = short_terms
    elif short_terms:
        source = f"{gram_table} g JOIN {table} {alias} ON {alias}.id = g.item_id"
        where.append("g.gram = ?")
        params.append(short_terms[0])
        order, key = "g.item_id DESC", "g.item_id"
        rest = short_terms[1:]
    else:
        source, order, rest = f"{table} {alias}", f"{alias}.id DESC", []
        key = f"{alias}.id"
    if before_id is not None:
        where.append(f"{key} < ?")
        params.append(before_id)
    for term in rest:
        where.append(
            f"EXISTS (SELECT 1 FROM {gram_table} x WHERE x.gram = ? AND x.item_id = {alias}.id)"
        )
        params.append(term)
    for column, value in filters.items():
        if column.endswith("__from"):
            where.append(f"{alias}.{column[:-6]} >= ?")
        elif column.endswith("__to"):
            where.append(f"{alias}.{column[:-4]} < ?")
        else:
            where.append(f"{alias}.{column} = ?")
        params.append(value)
    sql = (
        f"SELECT {columns} FROM {source}"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {order} LIMIT ? OFFSET ?"
    )
    return [dict(r) for r in db.conn.execute(sql, (*params, limit, offset))]
