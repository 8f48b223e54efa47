"""Claims (desk rules 5.2.14: 仔细询问失物数量、颜色及主要特征，确认无误后请顾客签字确认):
the claimant describes the item, the clerk confirms the description, the desk checks the
identifying detail the claimant gives against the hidden one, and the claimant signs on
screen. Only then is the item released, once, with a numbered claim receipt."""

from __future__ import annotations

import re
from dataclasses import dataclass

import db.admin.users as users_db
import db.lost_found.lost_found as lf_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core import numbering as numbers
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.identifiers import is_mainland_mobile, mask_id, mask_phone, normalise_phone
from services.core.permissions import Perm, requires
from services.lost_found.items import FoundItem, _held, _item

ID_TYPES = {
    "resident_id": QT_TRANSLATE_NOOP("Desk", "Resident ID card"),
    "passport": QT_TRANSLATE_NOOP("Desk", "Passport"),
    "hk_macao_permit": QT_TRANSLATE_NOOP("Desk", "Mainland travel permit (HK/Macao)"),
    "taiwan_permit": QT_TRANSLATE_NOOP("Desk", "Mainland travel permit (Taiwan)"),
    "other": QT_TRANSLATE_NOOP("Desk", "Other ID"),
}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
TOKEN_RE = re.compile(r"[a-z0-9]+|[\u3400-\u9fff]+")
DETAIL_MATCH_SHARE = 0.5


class ClaimRefused(DomainError):
    pass


def resident_id_valid(number: str) -> bool:
    """GB 11643: 17 digits and a check character."""
    number = number.upper()
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], ID_WEIGHTS))
    return ID_CHECK[total % 11] == number[17]


def _pieces(text: str) -> dict[str, int]:
    """Latin words and numbers (weighted by length: "LY520" says much) and pairs of Chinese
    characters: the units two descriptions of one detail share."""
    out: dict[str, int] = {}
    for run in TOKEN_RE.findall((text or "").lower()):
        if run.isascii():
            out[run] = len(run)
        elif len(run) == 1:
            out[run] = 1
        else:
            out.update((run[i : i + 2], 1) for i in range(len(run) - 1))
    return out


def detail_agrees(hidden: str, answer: str) -> bool:
    """The claimant's words cover at least half of the hidden detail's weight."""
    want, have = _pieces(hidden), _pieces(answer)
    total = sum(want.values())
    if not total or not have:
        return False
    return sum(w for piece, w in want.items() if piece in have) / total >= DETAIL_MATCH_SHARE


@requires(Perm.COUNTER)
def check_detail(ctx: AppContext, item_id: int, answer: str) -> bool:
    """Whether the detail the claimant gives agrees with the hidden one; the hidden detail
    itself is never returned. Each check is audited (without either text)."""
    with atomic(ctx.db):
        row = _held(ctx, item_id)
        agrees = detail_agrees(lf_db.hidden_detail(ctx.db, item_id) or "", answer)
        audit.record(
            ctx,
            "found.detail_check",
            "found_item",
            item_id,
            None,
            {"tag_no": row["tag_no"], "agrees": agrees},
        )
        return agrees


@dataclass(frozen=True)
class Claim:
    receipt_no: str
    item: FoundItem
    claimant_name: str
    id_type: str
    id_masked: str
    phone_masked: str
    description: str
    claimed_at: str
    clerk: str


def _id_parts(id_type: str, id_number: str) -> tuple[str, int]:
    number = re.sub(r"\s", "", id_number or "").upper()
    if id_type not in ID_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the claimant's type of ID."))
    if id_type == "resident_id" and not resident_id_valid(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The resident ID number is not valid (18 characters"
                " with a correct check character).",
            )
        )
    if len(number) < 6:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Enter the claimant's ID number."))
    return number[-4:], len(number)


@requires(Perm.COUNTER)
def claim_item(
    ctx: AppContext,
    item_id: int,
    *,
    claimant_name: str,
    id_type: str,
    id_number: str,
    phone: str,
    description: str,
    description_confirmed: bool,
    detail_answer: str,
    signature_png: bytes | None,
) -> Claim:
    """Release a held item to its owner: refused without a confirmed description, a
    matching identifying detail and the claimant's signature. Only the last four characters
    of the ID are kept."""
    name = " ".join((claimant_name or "").split())[:60]
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Enter the claimant's name."))
    last4, id_length = _id_parts(id_type, id_number)
    phone = normalise_phone(phone)
    if not is_mainland_mobile(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Enter the claimant's mobile number (11 digits, starting with 1)."
            )
        )
    described = " ".join((description or "").split())[:300]
    if not described or not description_confirmed:
        raise ClaimRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Ask the claimant for the quantity, colour and main"
                " features, and confirm they agree with the record.",
            )
        )
    if not signature_png or not signature_png.startswith(b"\x89PNG"):
        raise ClaimRefused(
            QT_TRANSLATE_NOOP(
                "Desk", "The claimant must sign on screen before the item is released."
            )
        )
    with atomic(ctx.db):
        row = _held(ctx, item_id)
        if not detail_agrees(lf_db.hidden_detail(ctx.db, item_id) or "", detail_answer):
            audit.record(
                ctx,
                "found.claim_refused",
                "found_item",
                item_id,
                None,
                {"tag_no": row["tag_no"], "reason": "detail"},
            )
            raise ClaimRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The identifying detail the claimant gave does not"
                    " agree with the record; the item is not released.",
                )
            )
        receipt_no = numbers.take_number(ctx, "claim_receipt")
        now = iso(ctx.clock.now())
        lf_db.insert_claim(
            ctx.db,
            receipt_no=receipt_no,
            found_item_id=item_id,
            claimant_name=name,
            id_type=id_type,
            id_last4=last4,
            id_length=id_length,
            phone=phone,
            description=described,
            detail_matched=1,
            description_confirmed=1,
            signature_png=signature_png,
            claimed_at=now,
            clerk_id=ctx.user.id,
        )
        lf_db.set_found_status(ctx.db, item_id, "claimed", now)
        for report_id in lf_db.links_of_item(ctx.db, item_id):
            if lf_db.lost_report(ctx.db, report_id)["status"] != "closed":
                lf_db.set_report_status(ctx.db, report_id, "closed")
        audit.record(
            ctx,
            "found.claim",
            "found_item",
            item_id,
            {"status": "held"},
            {
                "status": "claimed",
                "receipt_no": receipt_no,
                "claimant": name,
                "id": mask_id(last4, id_length),
                "phone": mask_phone(phone),
            },
        )
        return get_claim(ctx, item_id)


@requires(Perm.COUNTER)
def get_claim(ctx: AppContext, item_id: int) -> Claim | None:
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "found item number"))
    row = lf_db.claim_of(ctx.db, item_id)
    if row is None:
        return None
    clerk = users_db.by_id(ctx.db, row["clerk_id"]) or {}
    return Claim(
        row["receipt_no"],
        _item(lf_db.found_item(ctx.db, item_id)),
        row["claimant_name"],
        row["id_type"],
        mask_id(row["id_last4"], row["id_length"]),
        mask_phone(row["phone"]),
        row["description"],
        row["claimed_at"],
        clerk.get("display_name") or clerk.get("username", ""),
    )


@requires(Perm.COUNTER)
def claim_signature(ctx: AppContext, item_id: int) -> bytes | None:
    """The signature drawn at the claim, for the receipt."""
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "found item number"))
    row = lf_db.claim_of(ctx.db, item_id)
    return row["signature_png"] if row else None
