"""Claims (desk rules 5.2.14: 仔细询问失物数量、颜色及主要特征，确认无误后请顾客签字确认):
the claimant describes the item, the clerk confirms the description, the desk checks the
identifying detail the claimant gives against the hidden one, and the claimant signs on
screen. Only then is the item released, once, with a numbered claim receipt."""

from __future__ import annotations

import re
from dataclasses import dataclass

import db.admin.users as users_db
import db.lost_found.claim_attempts as attempts_db
import db.lost_found.lost_found as lf_db
from db.core.connection import atomic
from services.core import audit, permissions, validation
from services.core import numbering as numbers
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DeskText, DomainError, ValidationError
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
# Words that say nothing about the item, in either language: they neither cover the hidden
# detail nor count against an answer.
FILLER_WORDS = frozenset(
    "a an the it its is are was were with on in of and or has have there at to s my i this"
    " that one some very".split()
)
FILLER_HAN = "的了是有在和个着很也都"
DETAIL_MATCH_SHARE = 0.5  # the answer covers at least half of the hidden detail's weight
DETAIL_EXTRA_SHARE = 1.0  # and says no more than as much again that the record does not hold
MAX_WRONG_ANSWERS = 3  # wrong answers per item before a supervisor must release it


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
    characters: the units two descriptions of one detail share. Filler is left out."""
    out: dict[str, int] = {}
    for run in TOKEN_RE.findall((text or "").lower()):
        if run.isascii():
            if run not in FILLER_WORDS:
                out[run] = len(run)
            continue
        for part in re.split(f"[{FILLER_HAN}]+", run):
            if len(part) == 1:
                out[part] = 1
            elif part:
                out.update((part[i : i + 2], 1) for i in range(len(part) - 1))
    return out


def detail_agrees(hidden: str, answer: str) -> bool:
    """The claimant's words cover at least half of the hidden detail's weight, and what they
    say that the record does not hold weighs no more than the hidden detail itself: an
    answer is judged for what it gets wrong as well as what it covers, so a list of common
    features does not pass by naming everything."""
    want, have = _pieces(hidden), _pieces(answer)
    total = sum(want.values())
    if not total or not have:
        return False
    covered = sum(w for piece, w in want.items() if piece in have)
    extra = sum(w for piece, w in have.items() if piece not in want)
    return covered / total >= DETAIL_MATCH_SHARE and extra <= DETAIL_EXTRA_SHARE * total


@dataclass(frozen=True)
class ClaimAttempts:
    """Where an item's claim stands: wrong answers since the last release, and the limit."""

    wrong: int
    limit: int

    @property
    def locked(self) -> bool:
        return self.wrong >= self.limit

    @property
    def left(self) -> int:
        return max(0, self.limit - self.wrong)


def _attempts(ctx: AppContext, item_id: int) -> ClaimAttempts:
    # A release is possible only at the limit and a locked item takes no attempt, so each
    # release closes exactly MAX_WRONG_ANSWERS wrong answers.
    wrong, releases = attempts_db.wrong_and_releases(ctx.db, item_id)
    return ClaimAttempts(max(0, wrong - releases * MAX_WRONG_ANSWERS), MAX_WRONG_ANSWERS)


def _refuse_when_locked(ctx: AppContext, row: dict) -> None:
    if _attempts(ctx, row["id"]).locked:
        raise ClaimRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Item {tag} has had {n} wrong answers to its identifying detail: a supervisor"
                " must release it before the claimant may try again.",
            ),
            tag=row["tag_no"],
            n=MAX_WRONG_ANSWERS,
        )


def _keep_attempt(ctx: AppContext, row: dict, via: str, agrees: bool) -> None:
    """The attempt and its audit row (never either text), in the caller's transaction."""
    attempts_db.insert_attempt(
        ctx.db,
        item_id=row["id"],
        at=iso(ctx.clock.now()),
        user_id=ctx.user.id,
        via=via,
        agrees=agrees,
    )
    state = _attempts(ctx, row["id"])
    audit.record(
        ctx,
        "found.detail_check" if via == "check" else "found.claim_attempt",
        "found_item",
        row["id"],
        None,
        {"tag_no": row["tag_no"], "agrees": agrees, "wrong": state.wrong, "locked": state.locked},
    )


@requires(Perm.COUNTER)
def claim_attempts(ctx: AppContext, item_id: int) -> ClaimAttempts:
    """Wrong answers given for a held item since its last release, and the limit."""
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "found item number"))
    return _attempts(ctx, item_id)


@requires(Perm.COUNTER)
def release_claim_attempts(
    ctx: AppContext, item_id: int, reason: str, supervisor: str, supervisor_password: str
) -> ClaimAttempts:
    """After too many wrong answers a supervisor, another person than the one signed in,
    signs to let the claimant try again; the release and its reason are kept."""
    from services.admin.users import verify_password

    reason = validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200)
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Say why the claimant may try again (for example the ID seen)."
            )
        )
    with atomic(ctx.db):
        row = _held(ctx, item_id)
        if not _attempts(ctx, row["id"]).locked:
            raise ClaimRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "Item {tag} is not locked: the claimant may still answer."
                ),
                tag=row["tag_no"],
            )
        signer = verify_password(ctx, supervisor, supervisor_password, Perm.RELEASE_CLAIM)
        attempts_db.insert_release(
            ctx.db,
            item_id=row["id"],
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            released_by=signer.id,
            reason=reason,
        )
        audit.record(
            ctx,
            "found.claim_release",
            "found_item",
            row["id"],
            None,
            {"tag_no": row["tag_no"], "released_by": signer.username, "reason": reason},
        )
        return _attempts(ctx, row["id"])


@requires(Perm.COUNTER)
def check_detail(ctx: AppContext, item_id: int, answer: str) -> bool:
    """Whether the detail the claimant gives agrees with the hidden one; the hidden detail
    itself is never returned. Each check is kept and audited (without either text); after
    MAX_WRONG_ANSWERS wrong ones the item takes no more until a supervisor releases it."""
    with atomic(ctx.db):
        row = _held(ctx, item_id)
        _refuse_when_locked(ctx, row)
        agrees = detail_agrees(lf_db.hidden_detail(ctx.db, row["id"]) or "", answer)
        _keep_attempt(ctx, row, "check", agrees)
        return agrees


def _keep_refused_attempt(ctx: AppContext, row: dict) -> None:
    with atomic(ctx.db):
        _keep_attempt(ctx, row, "claim", False)


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
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Choose the claimant's type of ID."),
            field=DeskText("ID type"),
        )
    if id_type == "resident_id" and not resident_id_valid(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The resident ID number is not valid (18 characters"
                " with a correct check character).",
            ),
            field=DeskText("ID number"),
        )
    if len(number) < 6:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter the claimant's ID number."),
            field=DeskText("ID number"),
        )
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
    name = " ".join(
        validation.text(claimant_name, QT_TRANSLATE_NOOP("Desk", "claimant's name"), 60).split()
    )
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter the claimant's name."),
            field=DeskText("claimant's name"),
        )
    last4, id_length = _id_parts(id_type, id_number)
    phone = normalise_phone(phone)
    if not is_mainland_mobile(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Enter the claimant's mobile number (11 digits, starting with 1)."
            ),
            field=DeskText("phone"),
        )
    described = " ".join(
        validation.text(
            description, QT_TRANSLATE_NOOP("Desk", "description"), 300, multiline=True
        ).split()
    )
    if not described or not description_confirmed:
        raise ClaimRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Ask the claimant for the quantity, colour and main"
                " features, and confirm they agree with the record.",
            ),
            field=DeskText("description"),
        )
    if not signature_png or not signature_png.startswith(b"\x89PNG"):
        raise ClaimRefused(
            QT_TRANSLATE_NOOP(
                "Desk", "The claimant must sign on screen before the item is released."
            ),
            field=DeskText("signature"),
        )
    with atomic(ctx.db):
        row = _held(ctx, item_id)
        _refuse_when_locked(ctx, row)
        if not detail_agrees(lf_db.hidden_detail(ctx.db, row["id"]) or "", detail_answer):
            # the refusal rolls the claim back; the wrong answer is kept all the same
            raise permissions.keep_after_refusal(
                ctx,
                ClaimRefused(
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "The identifying detail the claimant gave does not"
                        " agree with the record; the item is not released.",
                    )
                ),
                lambda: _keep_refused_attempt(ctx, row),
            )
        _keep_attempt(ctx, row, "claim", True)
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
