"""Loyalty members (DOMAIN.md 1; desk rules 5.2.5, 5.2.8): enrolment from a shopping receipt
and an ID document, finding a member, lost card (挂失) and reissue (补办).

A member's ID number is checked and then reduced to its last four characters and a keyed
hash (services.member_ids); phones and IDs leave this module masked."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import date

import db.members.members as members_db
from db.core.connection import atomic
from services.core import audit, spans, validation
from services.core import numbering as numbers
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.core.identifiers import (
    canonical_id,
    is_mainland_mobile,
    mask_id,
    mask_phone,
    normalise_phone,
)
from services.core.money import MoneyKind
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires
from services.members.ids import check_id, id_hash, last4
from services.members.points import PointsEntry, credit_receipt_to, member_balance
from services.members.rules import (
    MemberRefused,
    ShoppingReceipt,
    below_threshold,
    check_receipt,
    local_text,
    rules,
    today,
)
from services.shifts import shifts
from services.shifts.shifts import METHODS

CARD_RE = re.compile(r"^M\d{4}-\d{6}$")
ID_LENGTH = {"resident": 18, "passport": 9, "hk_macao": 9, "taiwan": 8}
CARD_STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("Desk", "Active"),
    "lost": QT_TRANSLATE_NOOP("Desk", "Lost, blocked"),
    "replaced": QT_TRANSLATE_NOOP("Desk", "Replaced"),
}


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    phone_masked: str
    id_type: str
    id_masked: str
    card_no: str
    card_status: str
    balance: int
    enrolled_at: str


@dataclass(frozen=True)
class Enrolment:
    member: Member
    credit: PointsEntry


@dataclass(frozen=True)
class Reissue:
    member: Member
    old_card_no: str
    new_card_no: str
    fee_fen: int
    fee_receipt_no: str | None


def name_key(name: str) -> str:
    """What name search compares: full-width folded, case-folded, without spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or "").casefold())


def _member(ctx: AppContext, row: dict) -> Member:
    balance = row["balance"] if "balance" in row else member_balance(ctx, row["id"], today(ctx))
    return Member(
        row["id"],
        row["name"],
        mask_phone(row["phone"]),
        row["id_type"],
        mask_id(row["id_last4"], ID_LENGTH.get(row["id_type"], 8)),
        row["card_no"] or "",
        row["card_status"] or "",
        balance,
        row["enrolled_at"],
    )


def _clean_person(name: str, phone: str) -> tuple[str, str]:
    name = validation.text(name, QT_TRANSLATE_NOOP("Desk", "member's name"), 60)
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", name)).strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Enter the member's name."))
    if len(name) > 60:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The name is too long (60 at most)."))
    phone = normalise_phone(phone)
    if not is_mainland_mobile(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Enter the member's mobile number (11 digits, starting with 1)."
            )
        )
    return name, phone


@requires(Perm.COUNTER)
def enrol_member(
    ctx: AppContext, name: str, phone: str, id_type: str, id_number: str, receipt: ShoppingReceipt
) -> Enrolment:
    """Enrol from a receipt at or above the threshold and inside the window: keeps the ID's
    last four characters and keyed hash only, issues a card number, credits the receipt."""
    name, phone = _clean_person(name, phone)
    number = check_id(id_type, id_number, today(ctx))
    programme = rules(ctx)
    with atomic(ctx.db):
        check_receipt(ctx, receipt, programme.receipt_window_days)
        if receipt.amount_fen < programme.enrol_threshold_fen:
            raise below_threshold(receipt.amount_fen, programme.enrol_threshold_fen)
        hashed = id_hash(ctx, id_type, number)
        for found, message in (
            (
                members_db.member_by_id_hash(ctx.db, hashed),
                QT_TRANSLATE_NOOP("Desk", "This ID document is already enrolled (card {card})."),
            ),
            (
                members_db.member_by_phone(ctx.db, phone),
                QT_TRANSLATE_NOOP("Desk", "This phone number is already enrolled (card {card})."),
            ),
        ):
            if found:
                raise MemberRefused(message, card=found["card_no"] or "")
        now = iso(ctx.clock.now())
        member_id = members_db.insert_member(
            ctx.db,
            name=name,
            name_key=name_key(name),
            phone=phone,
            id_type=id_type,
            id_last4=last4(number),
            id_hash=hashed,
            enrolled_at=now,
            enrolled_by=ctx.user.id,
        )
        card_no = numbers.take_number(ctx, "member_card")
        card_id = members_db.insert_card(
            ctx.db, card_no=card_no, member_id=member_id, issued_at=now, issued_by=ctx.user.id
        )
        audit.record(
            ctx,
            "member.enrol",
            "member",
            member_id,
            None,
            # the trail outlives an erasure request: no full name in it
            {
                "card": card_no,
                "name": name[:1] + "*" * (len(name) - 1),
                "phone": mask_phone(phone),
                "id_type": id_type,
                "id_last4": last4(number),
            },
        )
        credit = credit_receipt_to(ctx, member_id, {"id": card_id, "card_no": card_no}, receipt)
        return Enrolment(_member(ctx, members_db.member_by_id(ctx.db, member_id)), credit)


# --- finding a member -----------------------------------------------------------------------
def scanned_card_no(text: str) -> str | None:
    """A card number as scanned from the card's QR code or typed, else None."""
    code = canonical_id(text, QT_TRANSLATE_NOOP("Desk", "card number"))
    return code if CARD_RE.match(code) else None


@requires(Perm.COUNTER)
def find_members(ctx: AppContext, text: str, offset: int = 0, limit: int = 50) -> list[Member]:
    """One search field: a card number (scanned) or a mobile number finds that member;
    anything else is the start of a name, a page at a time."""
    offset, limit = page_args(offset, limit)
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 200)
    if not text:
        return []
    day = today(ctx).isoformat()
    card_no = scanned_card_no(text)
    if card_no or is_mainland_mobile(text):
        if offset:
            return []
        row = (
            members_db.member_by_card_no(ctx.db, card_no, day)
            if card_no
            else members_db.member_by_phone(ctx.db, normalise_phone(text), day)
        )
        return [_member(ctx, row)] if row else []
    rows = members_db.members_by_name(ctx.db, name_key(text), day, offset, limit)
    return [_member(ctx, r) for r in rows]


@requires(Perm.COUNTER)
def list_members(
    ctx: AppContext,
    text: str = "",
    *,
    card_status: str | None = None,
    enrolled_from: date | None = None,
    enrolled_to: date | None = None,
    before_id: int | None = None,
    limit: int = 50,
) -> list[Member]:
    """Members newest first, for the list's filters: names starting with `text`, the current
    card's status (active, lost, replaced), enrolled between two of the site's days (both
    included) when given; `before_id` (the last row shown) pages on by key."""
    _offset, limit = page_args(0, limit)
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 200)
    card_status = spans.choice(
        card_status, CARD_STATUS_LABELS, QT_TRANSLATE_NOOP("Desk", "card status")
    )
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    start, end = spans.utc_span(ctx, enrolled_from, enrolled_to)
    rows = members_db.members_filtered(
        ctx.db,
        prefix=name_key(text) if text else "",
        card_status=card_status,
        enrolled_from=start,
        enrolled_to=end,
        before_id=before_id,
        today=today(ctx).isoformat(),
        limit=limit,
    )
    return [_member(ctx, r) for r in rows]


@requires(Perm.COUNTER)
def get_member(ctx: AppContext, member_id: int) -> Member:
    member_id = validation.record_id(member_id, QT_TRANSLATE_NOOP("Desk", "member number"))
    row = members_db.member_by_id(ctx.db, member_id, today(ctx).isoformat())
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such member."))
    return _member(ctx, row)


@requires(Perm.COUNTER)
def member_cards(ctx: AppContext, member_id: int) -> list[dict]:
    """Every card the member has had, oldest first, with its status and fee."""
    member_id = validation.record_id(member_id, QT_TRANSLATE_NOOP("Desk", "member number"))
    return [
        {
            "card_no": c["card_no"],
            "status": c["status"],
            "issued_at": c["issued_at"],
            "lost_at": c["lost_at"],
            "replaced_at": c["replaced_at"],
            "fee_fen": c["fee_fen"],
            "fee_receipt_no": c["fee_receipt_no"],
        }
        for c in members_db.cards_of(ctx.db, member_id)
    ]


# --- lost card and reissue ------------------------------------------------------------------
@requires(Perm.COUNTER)
def report_card_lost(ctx: AppContext, card_no: str) -> Member:
    """挂失: the card is blocked at once; it can never earn or redeem again."""
    code = canonical_id(card_no, QT_TRANSLATE_NOOP("Desk", "card number"))
    with atomic(ctx.db):
        card = members_db.card_by_no(ctx.db, code)
        if card is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No member card {card}."), card=code)
        if card["status"] != "active":
            raise MemberRefused(
                QT_TRANSLATE_NOOP("Desk", "Card {card} is already blocked ({at})."),
                card=card["card_no"],
                at=local_text(ctx, card["lost_at"] or card["replaced_at"]),
            )
        members_db.mark_card_lost(ctx.db, card["id"], at=iso(ctx.clock.now()), user_id=ctx.user.id)
        audit.record(
            ctx,
            "member.card_lost",
            "member",
            card["member_id"],
            {"card": card["card_no"], "status": "active"},
            {"card": card["card_no"], "status": "lost"},
        )
        return _member(ctx, members_db.member_by_id(ctx.db, card["member_id"]))


@requires(Perm.COUNTER)
def reissue_card(
    ctx: AppContext, old_card_no: str, id_type: str, id_number: str, method: str = "cash"
) -> Reissue:
    """补办: the ID shown must match the stored hash; the fee takes a receipt number and goes
    into the open shift; points and history follow the member to the new card number."""
    if method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose how the fee is paid."))
    code = canonical_id(old_card_no, QT_TRANSLATE_NOOP("Desk", "card number"))
    with atomic(ctx.db):
        card = members_db.card_by_no(ctx.db, code)
        if card is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No member card {card}."), card=code)
        if card["status"] == "replaced":
            raise MemberRefused(
                QT_TRANSLATE_NOOP("Desk", "Card {card} was already replaced by card {new}."),
                card=card["card_no"],
                new=card["replaced_by"] or "",
            )
        member = members_db.member_by_id(ctx.db, card["member_id"])
        try:
            number = check_id(id_type, id_number, today(ctx))
        except ValidationError:
            number = None
        if (
            number is None
            or id_type != member["id_type"]
            or id_hash(ctx, id_type, number) != member["id_hash"]
        ):
            raise MemberRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "The ID document does not match the one this member enrolled with."
                )
            )
        now, fee = iso(ctx.clock.now()), rules(ctx).reissue_fee_fen
        members_db.mark_card_replaced(ctx.db, card["id"], at=now)
        receipt_no = numbers.take_number(ctx, "fee_receipt") if fee else None
        new_no = numbers.take_number(ctx, "member_card")
        try:
            members_db.insert_card(
                ctx.db,
                card_no=new_no,
                member_id=member["id"],
                issued_at=now,
                issued_by=ctx.user.id,
                replaces_card=card["id"],
                fee_fen=fee,
                fee_method=method if fee else None,
                fee_receipt_no=receipt_no,
            )
        except sqlite3.IntegrityError:
            raise MemberRefused(
                QT_TRANSLATE_NOOP("Desk", "This member already has a new card.")
            ) from None
        if fee:
            shifts.post_movement(ctx, MoneyKind.CARD_FEE, method, fee, receipt_no)
        audit.record(
            ctx,
            "member.reissue",
            "member",
            member["id"],
            {"card": card["card_no"], "status": card["status"]},
            {
                "card": new_no,
                "fee_fen": fee,
                "method": method if fee else None,
                "receipt_no": receipt_no,
            },
        )
        return Reissue(
            _member(ctx, members_db.member_by_id(ctx.db, member["id"])),
            card["card_no"],
            new_no,
            fee,
            receipt_no,
        )
