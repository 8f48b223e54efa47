"""SQL for loyalty members and their cards. A member keeps only the last four characters of
the ID number and a keyed hash of it; cards move forward (active -> lost -> replaced)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.rows import insert_row

if TYPE_CHECKING:
    import sqlite_utils

MEMBER_COLUMNS = (
    "m.id, m.name, m.phone, m.id_type, m.id_last4, m.id_hash, m.enrolled_at,"
    " c.id AS card_id, c.card_no, c.status AS card_status"
)
# points still usable on :today, in the same statement so a lookup is one round trip
BALANCE = (
    ", (SELECT coalesce(sum(e.points - coalesce((SELECT sum(u.points) FROM point_uses u"
    " WHERE u.batch_id = e.id), 0)), 0) FROM point_entries e WHERE e.member_id = m.id"
    " AND e.points > 0 AND e.expires_on > :today) AS balance"
)
# the member's current card: the active one, else the newest (a lost card not yet reissued)
CURRENT_CARD = (
    "member_cards c ON c.id = (SELECT id FROM member_cards x WHERE x.member_id = m.id"
    " ORDER BY x.status = 'active' DESC, x.id DESC LIMIT 1)"
)
PAGE_MAX = 500


def _one(db, sql: str, params) -> dict | None:
    row = db.conn.execute(sql, params).fetchone()
    return dict(row) if row else None


def insert_member(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "members", row)


def _member_where(db, where: str, params: dict, today: str | None) -> dict | None:
    balance = BALANCE if today else ""
    return _one(
        db,
        f"SELECT {MEMBER_COLUMNS}{balance} FROM members m LEFT JOIN {CURRENT_CARD} WHERE {where}",
        {**params, "today": today},
    )


def member_by_id(
    db: sqlite_utils.Database, member_id: int, today: str | None = None
) -> dict | None:
    """The member with the current card; with `today`, the points balance too."""
    return _member_where(db, "m.id = :v", {"v": member_id}, today)


def member_by_phone(db: sqlite_utils.Database, phone: str, today: str | None = None) -> dict | None:
    return _member_where(db, "m.phone = :v", {"v": phone}, today)


def member_by_card_no(
    db: sqlite_utils.Database, card_no: str, today: str | None = None
) -> dict | None:
    """The member holding (or having held) a card number, with the current card."""
    return _member_where(
        db, "m.id = (SELECT member_id FROM member_cards WHERE card_no = :v)", {"v": card_no}, today
    )


def member_by_id_hash(db: sqlite_utils.Database, id_hash: str) -> dict | None:
    return _member_where(db, "m.id_hash = :v", {"v": id_hash}, None)


def members_by_name(
    db: sqlite_utils.Database, prefix: str, today: str, offset: int = 0, limit: int = 50
) -> list[dict]:
    """Names starting with what the clerk typed, by name: an index range, never a scan."""
    limit = min(max(1, limit), PAGE_MAX)
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {MEMBER_COLUMNS}{BALANCE} FROM members m LEFT JOIN {CURRENT_CARD}"
            " WHERE m.name_key >= :lo AND m.name_key < :hi ORDER BY m.name_key, m.id"
            " LIMIT :limit OFFSET :offset",
            {
                "lo": prefix,
                "hi": prefix + "\U0010ffff",
                "limit": limit,
                "offset": max(0, offset),
                "today": today,
            },
        )
    ]


def members_filtered(
    db: sqlite_utils.Database,
    *,
    prefix: str = "",
    card_status: str | None = None,
    enrolled_from: str | None = None,
    enrolled_to: str | None = None,
    before_id: int | None = None,
    today: str,
    limit: int = 50,
) -> list[dict]:
    """Members newest first: names starting with `prefix`, whose current card is in
    `card_status`, enrolled within [enrolled_from, enrolled_to) where given; `before_id`
    (the last row shown) pages on by key."""
    where, params = [], {"today": today, "limit": min(max(1, limit), PAGE_MAX)}
    if prefix:
        where.append("m.name_key >= :lo AND m.name_key < :hi")
        params.update(lo=prefix, hi=prefix + "\U0010ffff")
    if card_status not in (None, "active"):
        # a lost or replaced card is rare: find its holders from the cards, not by reading
        # every member (the active card is found at once from the newest members down)
        where.append("m.id IN (SELECT x.member_id FROM member_cards x WHERE x.status = :status)")
    for clause, key, value in (
        ("c.status = :status", "status", card_status),
        ("m.enrolled_at >= :start", "start", enrolled_from),
        ("m.enrolled_at < :end", "end", enrolled_to),
        ("m.id < :before", "before", before_id),
    ):
        if value is not None:
            where.append(clause)
            params[key] = value
    filtered = " WHERE " + " AND ".join(where) if where else ""
    # the page's ids first, then the balance of those members only
    page = (
        f"SELECT m.id FROM members m LEFT JOIN {CURRENT_CARD}{filtered}"
        " ORDER BY m.id DESC LIMIT :limit"
    )
    return [
        dict(r)
        for r in db.conn.execute(
            f"SELECT {MEMBER_COLUMNS}{BALANCE} FROM members m LEFT JOIN {CURRENT_CARD}"
            f" WHERE m.id IN ({page}) ORDER BY m.id DESC",
            params,
        )
    ]


# --- cards ----------------------------------------------------------------------------
def insert_card(db: sqlite_utils.Database, **row) -> int:
    return insert_row(db, "member_cards", row)


def card_by_no(db: sqlite_utils.Database, card_no: str) -> dict | None:
    # the successor is found among the member's own cards (indexed by member)
    return _one(
        db,
        "SELECT c.*, (SELECT n.card_no FROM member_cards n"
        " WHERE n.member_id = c.member_id AND n.replaces_card = c.id) AS replaced_by"
        " FROM member_cards c WHERE c.card_no = ?",
        (card_no,),
    )


def cards_of(db: sqlite_utils.Database, member_id: int) -> list[dict]:
    return [
        dict(r)
        for r in db.conn.execute(
            "SELECT * FROM member_cards WHERE member_id = ? ORDER BY id", (member_id,)
        )
    ]


def mark_card_lost(db: sqlite_utils.Database, card_id: int, *, at: str, user_id: int) -> None:
    db.conn.execute(
        "UPDATE member_cards SET status = 'lost', lost_at = ?, lost_by = ? WHERE id = ?",
        (at, user_id, card_id),
    )


def mark_card_replaced(db: sqlite_utils.Database, card_id: int, *, at: str) -> None:
    db.conn.execute(
        "UPDATE member_cards SET status = 'replaced', replaced_at = ? WHERE id = ?", (at, card_id)
    )
