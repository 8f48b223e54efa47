"""The visitor search: one field for a phone number, a member card, or any document number
the desk hands out (deposit slip, found-item tag, receipt, invoice, case, ...). It answers
with everything the desk holds about that visitor or document. Phones are matched in full
and only ever shown masked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import db.invoices.invoices as invoices_db
import db.members.members as members_db
import db.sales.sales as sales_db
import db.visitors.search as vs_db
from services.admin import site
from services.complaints.cases import STATUS_LABELS as CASE_STATUS_LABELS
from services.core import validation
from services.core.clock import business_day, iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.core.identifiers import fold, mask_phone, normalise_phone
from services.core.numbering import SERIES_PREFIX
from services.core.permissions import Perm, requires
from services.lost_found.items import REPORT_STATUS_LABELS
from services.lost_found.items import STATUS_LABELS as FOUND_STATUS_LABELS
from services.members.members import CARD_STATUS_LABELS

NUMBER_RE = re.compile(r"^([A-Z]{1,3})(\d{4})-(\d{1,6})$")
PHONE_RE = re.compile(r"^\d{7,15}$")

GROUP_LABELS = {
    "member": QT_TRANSLATE_NOOP("Desk", "Membership and points"),
    "loan": QT_TRANSLATE_NOOP("Desk", "Loans and deposits"),
    "lost_report": QT_TRANSLATE_NOOP("Desk", "Lost reports"),
    "claim": QT_TRANSLATE_NOOP("Desk", "Claims of found items"),
    "found_item": QT_TRANSLATE_NOOP("Desk", "Found items"),
    "complaint": QT_TRANSLATE_NOOP("Desk", "Complaint cases"),
    "receipt": QT_TRANSLATE_NOOP("Desk", "Receipts"),
    "invoice": QT_TRANSLATE_NOOP("Desk", "Invoices"),
}
GROUP_ORDER = tuple(GROUP_LABELS)
STATE_LABELS = {
    **CASE_STATUS_LABELS,
    **REPORT_STATUS_LABELS,
    **FOUND_STATUS_LABELS,
    **CARD_STATUS_LABELS,
    "out": QT_TRANSLATE_NOOP("Desk", "Out"),
    "overdue": QT_TRANSLATE_NOOP("Desk", "Overdue"),
    "back": QT_TRANSLATE_NOOP("Desk", "Returned"),
    "erased": QT_TRANSLATE_NOOP("Desk", "Erased on request"),
    "paid": QT_TRANSLATE_NOOP("Desk", "Paid"),
    "void": QT_TRANSLATE_NOOP("Desk", "Voided"),
    "redeemed": QT_TRANSLATE_NOOP("Desk", "Points redeemed"),
    "card_fee": QT_TRANSLATE_NOOP("Desk", "Card reissue fee"),
    "issued": QT_TRANSLATE_NOOP("Desk", "Issued"),
    "red": QT_TRANSLATE_NOOP("Desk", "Red-letter credit"),
}


@dataclass(frozen=True)
class Hit:
    """One record found: what it is, its number, its state and when; phones masked."""

    kind: str  # a key of GROUP_LABELS
    id: int | None
    number: str
    state: str  # a key of STATE_LABELS
    at: str  # ISO UTC of the record's main event
    title: str
    phone_masked: str = ""
    amount_fen: int | None = None
    points: int | None = None
    due_at: str | None = None
    code: str = ""  # a loan's item code, to start its return
    name_zh: str = ""  # a name the desk keeps in both languages (an item's kind, a gift)
    name_en: str = ""

    @property
    def urgent(self) -> bool:
        return self.state == "overdue"

    def title_in(self, lang: str) -> str:
        """The title with the record's name in one language: the UI's (the other when the
        name was kept in one language only)."""
        zh_first = lang.startswith("zh")
        name = (self.name_zh or self.name_en) if zh_first else (self.name_en or self.name_zh)
        return " ".join(part for part in (self.title, name) if part)


@dataclass(frozen=True)
class VisitorFound:
    text: str
    phone_masked: str = ""
    document: Hit | None = None  # the record a scanned number named
    hits: dict[str, list[Hit]] = field(default_factory=dict)

    def group(self, kind: str) -> list[Hit]:
        return self.hits.get(kind, [])

    def groups(self) -> list[tuple[str, list[Hit]]]:
        return [(k, self.hits[k]) for k in GROUP_ORDER if self.hits.get(k)]

    @property
    def empty(self) -> bool:
        return self.document is None and not any(self.hits.values())


# --- one function per module: rows -> hits ------------------------------------------------
def _loan(row: dict, now_iso: str) -> Hit:
    state = (
        "back"
        if row["settled_at"]
        else "overdue"
        if parse_iso(row["due_at"]) < parse_iso(now_iso)
        else "out"
    )
    return Hit(
        "loan",
        row["id"],
        row["slip_no"],
        state,
        row["lent_at"],
        row["item_code"],
        mask_phone(row["borrower_phone"]),
        row["deposit_fen"],
        due_at=row["due_at"],
        code=row["item_code"],
        name_zh=row["name_zh"] or "",
        name_en=row["name_en"] or "",
    )


def _member(row: dict) -> Hit:
    state = "erased" if row.get("erased_at") else (row["card_status"] or "active")
    return Hit(
        "member",
        row["id"],
        row["card_no"] or "",
        state,
        row["enrolled_at"],
        row["name"],
        mask_phone(row["phone"]),
        points=row.get("balance"),
    )


def _member_receipt(row: dict) -> Hit:
    if row["kind"] == "redemption":
        return Hit(
            "receipt",
            None,
            row["receipt_no"],
            "redeemed",
            row["at"],
            "",
            points=row["points"],
            name_zh=row["name_zh"] or "",
            name_en=row["name_en"] or "",
        )
    return Hit(
        "receipt", None, row["receipt_no"], "card_fee", row["at"], "", amount_fen=row["amount_fen"]
    )


def _lost_report(row: dict) -> Hit:
    return Hit(
        "lost_report",
        row["id"],
        row["report_no"],
        row["status"],
        row["reported_at"],
        row["description"],
        mask_phone(row["contact_phone"]),
    )


def _claim(row: dict) -> Hit:
    return Hit(
        "claim",
        row["item_id"],
        row["receipt_no"],
        "claimed",
        row["claimed_at"],
        f"{row['tag_no']} {row['description']}",
        mask_phone(row["phone"]),
    )


def _case(row: dict, now_iso: str) -> Hit:
    overdue = row["first_response_at"] is None and row["due_at"] < now_iso
    return Hit(
        "complaint",
        row["id"],
        row["case_no"],
        "overdue" if overdue else row["status"],
        row["opened_at"],
        row["text"],
        mask_phone(row["phone"]),
        due_at=row["due_at"],
    )


def _found_item(row: dict) -> Hit:
    return Hit(
        "found_item", row["id"], row["tag_no"], row["status"], row["found_at"], row["description"]
    )


def _sale(row: dict) -> Hit:
    return Hit(
        "receipt",
        row["id"],
        row["receipt_no"],
        "void" if row["voided_at"] else "paid",
        row["sold_at"],
        "",
        amount_fen=row["total_fen"],
    )


def _invoice(row: dict) -> Hit:
    state = "void" if row.get("voided_at") else ("red" if row["kind"] == "red" else "issued")
    return Hit(
        "invoice",
        row["id"],
        row["invoice_no"],
        state,
        row["issued_at"],
        row["buyer_name"],
        amount_fen=row["total_fen"],
    )


# --- the search ---------------------------------------------------------------------------
def _today(ctx: AppContext) -> str:
    return business_day(ctx.clock.now(), site.timezone(ctx)).isoformat()


def _visitor(ctx: AppContext, phone: str, now_iso: str) -> dict[str, list[Hit]]:
    """Everything of one phone number, one index lookup per module."""
    db = ctx.db
    hits: dict[str, list[Hit]] = {}
    member = members_db.member_by_phone(db, phone, _today(ctx))
    if member:
        hits["member"] = [_member(member)]
        hits["receipt"] = [_member_receipt(r) for r in vs_db.member_receipts(db, member["id"])]
    hits["loan"] = [_loan(r, now_iso) for r in vs_db.loans_by_phone(db, phone)]
    hits["lost_report"] = [_lost_report(r) for r in vs_db.lost_reports_by_phone(db, phone)]
    hits["claim"] = [_claim(r) for r in vs_db.claims_by_phone(db, phone)]
    hits["complaint"] = [_case(r, now_iso) for r in vs_db.cases_by_phone(db, phone)]
    return hits


def _document(ctx: AppContext, number: str, now_iso: str) -> tuple[Hit, str | None] | None:
    """The record a number names and the phone of its visitor (None when it has none)."""
    db, prefix = ctx.db, NUMBER_RE.match(number).group(1)
    if prefix == SERIES_PREFIX["deposit_slip"]:
        row = vs_db.loan_by_slip(db, number)
        return (_loan(row, now_iso), row["borrower_phone"]) if row else None
    if prefix == SERIES_PREFIX["lending_voucher"]:  # a refund or charge: its loan
        row = vs_db.loan_by_voucher(db, number)
        return (_loan(row, now_iso), row["borrower_phone"]) if row else None
    if prefix == SERIES_PREFIX["found_tag"]:
        row = vs_db.found_item_by_tag(db, number)
        claim = vs_db.claim_of_item(db, row["id"]) if row else None
        return (_found_item(row), claim["phone"] if claim else None) if row else None
    if prefix == SERIES_PREFIX["lost_report"]:
        row = vs_db.lost_report_by_no(db, number)
        return (_lost_report(row), row["contact_phone"]) if row else None
    if prefix == SERIES_PREFIX["claim_receipt"]:
        row = vs_db.claim_by_receipt(db, number)
        return (_claim(row), row["phone"]) if row else None
    if prefix == SERIES_PREFIX["complaint"]:
        row = vs_db.case_by_no(db, number)
        return (_case(row, now_iso), row["phone"]) if row else None
    if prefix in (SERIES_PREFIX["member_card"], SERIES_PREFIX["redemption"]):
        phone = (
            vs_db.member_phone_by_card(db, number)
            if prefix == "M"
            else vs_db.member_phone_by_redemption(db, number)
        )
        member = members_db.member_by_phone(db, phone, _today(ctx)) if phone else None
        return (_member(member), phone) if member else None
    if prefix in (SERIES_PREFIX["receipt"], SERIES_PREFIX["fee_receipt"]):
        return _receipt(ctx, number)  # a card reissue fee has its own book (RF…)
    if prefix == SERIES_PREFIX["invoice"]:
        row = invoices_db.invoice_by_no(db, number)
        return (_invoice(row), None) if row else None
    return None


def _receipt(ctx: AppContext, number: str) -> tuple[Hit, str | None] | None:
    """A receipt is a paid service (no visitor kept) or a member's card reissue fee."""
    row = sales_db.sale_by_receipt(ctx.db, number)
    if row:
        return _sale(row), None
    fee = vs_db.card_fee_receipt(ctx.db, number)
    if fee:
        return Hit(
            "receipt", None, number, "card_fee", fee["at"], "", amount_fen=fee["fee_fen"]
        ), fee["phone"]
    return None


@dataclass(frozen=True)
class VisitorChoice:
    """One visitor a partial search may mean; `token` picks them again (search_chosen)
    without the full phone ever leaving the service."""

    token: str
    name: str
    phone_masked: str
    at: str


LAST_FOUR_RE = re.compile(r"^\d{4}$")
CHOICES = 20


@requires(Perm.COUNTER)
def find_visitors(ctx: AppContext, text: str) -> list[VisitorChoice]:
    """The last four digits of a phone, or the start of a name: every visitor it may be
    (members, borrowers, lost reports, complaints), newest first, phones masked."""
    typed = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 60, required=True)
    digits = normalise_phone(typed)
    phone_end = digits if LAST_FOUR_RE.match(digits) else ""
    name = "" if phone_end or typed.isdigit() else typed
    rows = vs_db.visitors_like(ctx.db, phone_end, name, CHOICES)
    return [
        VisitorChoice(r["token"], r["name"] or "", mask_phone(r["phone"]), r["at"]) for r in rows
    ]


@requires(Perm.COUNTER)
def search_chosen(ctx: AppContext, token: str) -> VisitorFound:
    """Everything of the visitor a pick list's row names (a token of find_visitors)."""
    source, _, record = (token if isinstance(token, str) else "").partition(":")
    if source not in vs_db.PHONE_OF or not record.isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose a visitor from the list."))
    record_id = validation.record_id(int(record), QT_TRANSLATE_NOOP("Desk", "visitor"))
    phone = vs_db.phone_of_record(ctx.db, source, record_id)
    if not phone:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "That visitor is no longer at the desk."))
    now_iso = iso(ctx.clock.now())
    return VisitorFound(mask_phone(phone), mask_phone(phone), None, _visitor(ctx, phone, now_iso))


@requires(Perm.COUNTER)
def search_visitor(ctx: AppContext, text: str) -> VisitorFound:
    """A full phone number or a scanned number: the visitor's membership and points, loans
    and deposits, lost reports and claims, complaint cases and receipts; phones masked."""
    typed = fold(text or "")  # the canonical form of a scanned or typed number
    now_iso = iso(ctx.clock.now())
    if NUMBER_RE.match(typed):
        found = _document(ctx, typed, now_iso)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Desk", "Nothing at the desk has the number {number}."),
                number=typed,
            )
        document, phone = found
        hits = _visitor(ctx, phone, now_iso) if phone else {}
        if not any(
            h.number == document.number or (h.id is not None and h.id == document.id)
            for h in hits.get(document.kind, [])
        ):
            hits.setdefault(document.kind, []).insert(0, document)
        return VisitorFound(typed, mask_phone(phone) if phone else "", document, hits)
    phone = normalise_phone(typed)
    if PHONE_RE.match(phone):
        # the typed phone is not kept in the answer: lists and labels show it masked
        return VisitorFound(
            mask_phone(phone), mask_phone(phone), None, _visitor(ctx, phone, now_iso)
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Desk",
            "Type a full phone number, or scan a card, deposit slip, tag, receipt, invoice"
            " or case number.",
        )
    )
