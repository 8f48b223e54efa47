"""Personal data (DOMAIN.md, Records and personal data; 个人信息保护法 art. 47): a supervisor
may reveal a full phone for a stated reason, and a member may be erased on request.

Both are audited; the audit row keeps the reason, never the phone or the name itself."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from db.core.connection import atomic
from services.core import audit
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.permissions import Perm, internal, requires

# entity -> (table, phone column, number column shown in the audit row or None)
PHONE_COLUMNS = {
    "member": ("members", "phone", None),
    "loan": ("loans", "borrower_phone", "slip_no"),
    "lost_report": ("lost_reports", "contact_phone", "report_no"),
    "found_item": ("found_items", "finder_phone", "tag_no"),
    "claim": ("found_item_claims", "phone", None),
    "complaint": ("complaint_cases", "phone", "case_no"),
    "custody": ("custody_items", "left_phone", None),
}
REASON_MIN, REASON_MAX = 4, 200
ERASED_NAME = "已注销会员 #{id}"


class PersonalDataRefused(DomainError):
    pass


@dataclass(frozen=True)
class Erasure:
    member_id: int
    pseudonym: str
    erased_at: str


def clean_reason(reason) -> str:
    """A reason a later reader of the audit trail can understand; 4 to 200 characters."""
    if not isinstance(reason, str):
        reason = ""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", reason)).strip()
    if len(text) < REASON_MIN:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Say why (at least {n} characters); the reason is kept in the audit trail."
            ),
            n=REASON_MIN,
        )
    if len(text) > REASON_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The reason is too long ({n} characters at most)."),
            n=REASON_MAX,
        )
    return text


def _entity_id(entity_id) -> int:
    if isinstance(entity_id, bool) or not isinstance(entity_id, int) or not 0 < entity_id < 2**62:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such record."))
    return entity_id


def _number_column(db, table: str, column: str | None) -> str | None:
    # a module may name its document number differently; audit only a column that exists
    if column is None:
        return None
    cols = {r[1] for r in db.conn.execute(f"PRAGMA table_info({table})")}
    return column if column in cols else None


@requires(Perm.REVEAL_PERSONAL)
def reveal_phone(ctx: AppContext, entity: str, entity_id: int, reason: str) -> str:
    """The full phone of one record, for a supervisor who says why; audited with the reason."""
    if entity not in PHONE_COLUMNS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "This record has no phone to reveal."))
    entity_id = _entity_id(entity_id)
    reason = clean_reason(reason)
    table, column, number = PHONE_COLUMNS[entity]
    with atomic(ctx.db):
        number = _number_column(ctx.db, table, number)
        extra = f", {number}" if number else ""
        row = ctx.db.conn.execute(
            f"SELECT {column} AS phone{extra} FROM {table} WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such record."))
        if not row["phone"] or (entity == "member" and _erased(ctx.db, entity_id)):
            raise PersonalDataRefused(QT_TRANSLATE_NOOP("Desk", "No phone was recorded."))
        after = {"field": "phone", "reason": reason}
        if number:
            after["number"] = row[number]
        audit.record(ctx, "personal.reveal_phone", entity, entity_id, None, after)
        return row["phone"]


def _erased(db, member_id: int) -> bool:
    row = db.conn.execute("SELECT erased_at FROM members WHERE id = ?", (member_id,)).fetchone()
    return bool(row and row["erased_at"])


@internal
def is_erased(ctx, member_id: int) -> bool:
    db = ctx.db
    return _erased(db, member_id)


@requires(Perm.REVEAL_PERSONAL)
def erase_member(ctx: AppContext, member_id: int, reason: str) -> Erasure:
    """Erasure on the member's request: name, phone and the ID's last four and hash go; the
    cards, points, receipts and money records stay, under a pseudonym. Audited, final."""
    member_id = _entity_id(member_id)
    reason = clean_reason(reason)
    with atomic(ctx.db):
        row = ctx.db.conn.execute(
            "SELECT id, erased_at FROM members WHERE id = ?", (member_id,)
        ).fetchone()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such member."))
        if row["erased_at"]:
            raise PersonalDataRefused(QT_TRANSLATE_NOOP("Desk", "This member was already erased."))
        pseudonym, now = ERASED_NAME.format(id=member_id), iso(ctx.clock.now())
        # placeholders keep the unique phone and ID-hash indexes and let the person re-enrol
        ctx.db.conn.execute(
            "UPDATE members SET name = ?, name_key = ?, phone = ?, id_last4 = '', id_hash = ?,"
            " erased_at = ?, erased_by = ? WHERE id = ?",
            (
                pseudonym,
                f"#erased{member_id}",
                f"#{member_id}",
                hashlib.sha256(f"erased:{member_id}".encode()).hexdigest(),
                now,
                ctx.user.id,
                member_id,
            ),
        )
        audit.record(
            ctx,
            "member.erase",
            "member",
            member_id,
            None,
            {"pseudonym": pseudonym, "reason": reason},
        )
        return Erasure(member_id, pseudonym, now)
