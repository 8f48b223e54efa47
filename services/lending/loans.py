"""Lending with deposits (DOMAIN.md 3): numbered items of kinds from the site profile, a loan
per lend with its deposit slip, and a settlement written exactly once at return. The desk
never holds or records an ID card as collateral: there is nowhere to put one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.lending.lending as lending_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, permissions, spans, validation
from services.core import numbering as numbers
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.identifiers import (
    canonical_id,
    fold,
    is_mainland_mobile,
    mask_phone,
    normalise_phone,
)
from services.core.money import MoneyKind
from services.core.paging_args import page_args
from services.core.permissions import Perm, internal, requires
from services.lending import vouchers
from services.lending.items import ensure_kinds
from services.shifts import shifts
from services.shifts.shifts import METHODS

CONDITIONS = ("good", "damaged", "lost")
CONDITION_LABELS = {
    "good": QT_TRANSLATE_NOOP("Desk", "Good"),
    "damaged": QT_TRANSLATE_NOOP("Desk", "Damaged"),
    "lost": QT_TRANSLATE_NOOP("Desk", "Lost"),
}
CLOSING_SETTING = "lending.closing_time"
DEFAULT_CLOSING = "22:00"
SLIP_RE = re.compile(r"^D\d{4}-\d{6}$")


class LendingRefused(DomainError):
    pass


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100}.{abs(fen) % 100:02d}"


@dataclass(frozen=True)
class Loan:
    id: int
    slip_no: str
    item_code: str
    kind_code: str
    name_en: str
    name_zh: str
    phone_masked: str
    borrower_name: str
    deposit_fen: int
    method: str
    lent_at: str
    due_at: str
    return_before_closing: bool
    replacement_fen: int
    settled_at: str | None = None
    condition: str | None = None
    refund_fen: int | None = None
    forfeit_fen: int | None = None
    extra_charge_fen: int | None = None

    @property
    def is_open(self) -> bool:
        return self.settled_at is None


def _loan(row: dict) -> Loan:
    return Loan(
        row["id"],
        row["slip_no"],
        row["item_code"],
        row["kind_code"],
        row["name_en"],
        row["name_zh"],
        mask_phone(row["borrower_phone"]),
        row["borrower_name"],
        row["deposit_fen"],
        row["method"],
        row["lent_at"],
        row["due_at"],
        bool(row["return_before_closing"]),
        row["replacement_fen"],
        row["settled_at"],
        row["condition"],
        row["refund_fen"],
        row["forfeit_fen"],
        row["extra_charge_fen"],
    )


@dataclass(frozen=True)
class Scan:
    """What a scanned or typed code is: an item free to lend, or the open loan to take back."""

    action: str  # 'lend' or 'return'
    item: dict | None = None
    loan: Loan | None = None


# --- looking things up --------------------------------------------------------
def _item(ctx: AppContext, code: str) -> dict:
    item = lending_db.item_by_code(
        ctx.db, canonical_id(code, QT_TRANSLATE_NOOP("Desk", "item number"))
    )
    if item is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Desk", "No lendable item or deposit slip {code}."),
            code=(code or "").strip(),
        )
    return item


@requires(Perm.COUNTER)
def scan(ctx: AppContext, code: str) -> Scan:
    """A slip number finds its loan; an item number finds its open loan or offers a lend."""
    code = canonical_id(code, QT_TRANSLATE_NOOP("Desk", "slip or item number"))
    if SLIP_RE.match(code):
        row = lending_db.loan_by_slip(ctx.db, code)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No deposit slip {code}."), code=code)
        if row["settlement_id"] is not None:
            raise LendingRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "Slip {slip} was already settled on {at}; nothing is owed on it."
                ),
                slip=row["slip_no"],
                at=_local_text(ctx, row["settled_at"]),
            )
        return Scan("return", loan=_loan(row))
    item = _item(ctx, code)
    if item["open_loan_id"] is not None:
        return Scan(
            "return", item=item, loan=_loan(lending_db.loan_by_id(ctx.db, item["open_loan_id"]))
        )
    _check_lendable(item)
    return Scan("lend", item=item)


@requires(Perm.COUNTER)
def find_loan(ctx: AppContext, phone: str, item_code: str = "") -> list[Loan]:
    """A lost slip: the open loans of a phone number, narrowed to an item if given."""
    rows = lending_db.open_loans_by_phone(ctx.db, normalise_phone(phone))
    code = canonical_id(item_code, QT_TRANSLATE_NOOP("Desk", "item number"))
    return [_loan(r) for r in rows if not code or fold(r["item_code"]) == code]


@requires(Perm.COUNTER)
def get_loan(ctx: AppContext, loan_id: int) -> Loan:
    loan_id = validation.record_id(loan_id, QT_TRANSLATE_NOOP("Desk", "loan number"))
    row = lending_db.loan_by_id(ctx.db, loan_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such loan."))
    return _loan(row)


def _local_text(ctx: AppContext, stored: str) -> str:
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d %H:%M")


# --- lend -----------------------------------------------------------------------
def _check_lendable(item: dict) -> None:
    if item["retired_at"] is not None:
        raise LendingRefused(
            QT_TRANSLATE_NOOP("Desk", "Item {code} is retired ({reason}) and cannot be lent."),
            code=item["code"],
            reason=item["retired_reason"] or "",
        )
    if item["open_loan_id"] is not None:
        raise LendingRefused(
            QT_TRANSLATE_NOOP(
                "Desk", "Item {code} is out on loan; take it back before lending it again."
            ),
            code=item["code"],
        )
    if not item["kind_active"]:
        raise LendingRefused(
            QT_TRANSLATE_NOOP("Desk", "Items of this kind ({code}) are not lent at the moment."),
            code=item["code"],
        )


@internal
def closing_time(ctx) -> time:
    text = site.get_setting(ctx, CLOSING_SETTING, DEFAULT_CLOSING)
    hours, minutes = (int(x) for x in text.split(":"))
    return time(hours, minutes)


@internal
def due_time(ctx, lent_at: datetime, loan_minutes: int, before_closing: bool) -> datetime:
    """Lent time plus the loan period; items that must come back before closing are due
    at the next closing time at the latest."""
    due = lent_at + timedelta(minutes=loan_minutes)
    if before_closing:
        tz = ZoneInfo(site.timezone(ctx))
        here = lent_at.astimezone(tz)
        closing = datetime.combine(here.date(), closing_time(ctx), tz)
        if closing <= here:
            closing += timedelta(days=1)
        due = min(due, closing)
    return due


# --- the fields of the lend and return forms, checked as the services check them --------------
def checked_phone(phone) -> str:
    """The borrower's mobile number in its canonical form; refused unless a mainland mobile."""
    phone = normalise_phone(phone)
    if not is_mainland_mobile(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Enter the borrower's mobile number (11 digits, starting with 1)."
            )
        )
    return phone


def checked_item_code(code) -> None:
    """An item number typed to narrow a search (optional): refused only when it holds a
    character no code has (a control character from a scanner or a paste)."""
    canonical_id(code, QT_TRANSLATE_NOOP("Desk", "item number"))


def checked_name(name) -> str:
    """The borrower's name (optional): text of at most 60 characters."""
    return validation.text(name, QT_TRANSLATE_NOOP("Desk", "borrower's name"), 60)


def checked_reason(reason) -> str:
    """What is damaged or how the item was lost: text of at most 200 characters."""
    return validation.text(reason, QT_TRANSLATE_NOOP("Desk", "reason"), 200)


def compensation_cap(loan: Loan) -> int:
    """The most compensation a loan's return can charge: its deposit, or the item's
    replacement price when that is higher (照价赔偿)."""
    return max(loan.deposit_fen, loan.replacement_fen)


def check_compensation(loan: Loan, compensation_fen: int) -> int:
    if compensation_fen > compensation_cap(loan):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Compensation can be at most {cap} for this item."),
            cap=yuan(compensation_cap(loan)),
        )
    return compensation_fen


@requires(Perm.COUNTER)
def lend_item(
    ctx: AppContext, item_code: str, phone: str, method: str, borrower_name: str = ""
) -> Loan:
    """Lend a numbered item against its kind's deposit; takes a deposit-slip number and
    books the deposit into the open shift. No ID card is ever taken."""
    phone = checked_phone(phone)
    if method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose how the deposit is paid."))
    name = checked_name(borrower_name)
    with atomic(ctx.db):
        item = _item(ctx, item_code)
        _check_lendable(item)
        deposit = item["deposit_fen"]
        shift = shifts.require_open_shift(ctx) if deposit else shifts.current_shift(ctx)
        now = ctx.clock.now()
        slip_no = numbers.take_number(ctx, "deposit_slip")
        due = due_time(ctx, now, item["loan_minutes"], bool(item["return_before_closing"]))
        loan_id = lending_db.insert_loan(
            ctx.db,
            slip_no=slip_no,
            item_id=item["id"],
            borrower_phone=phone,
            borrower_name=name,
            deposit_fen=deposit,
            method=method,
            lent_at=iso(now),
            due_at=iso(due),
            lent_by=ctx.user.id,
            shift_id=shift.id if shift else None,
        )
        if deposit:
            shifts.post_movement(ctx, MoneyKind.DEPOSIT_IN, method, deposit, slip_no)
        audit.record(
            ctx,
            "loan.lend",
            "loan",
            loan_id,
            None,
            {
                "slip_no": slip_no,
                "item": item["code"],
                "phone": mask_phone(phone),
                "deposit_fen": deposit,
                "method": method,
                "due_at": iso(due),
            },
        )
        return _loan(lending_db.loan_by_id(ctx.db, loan_id))


# --- return -----------------------------------------------------------------------
@dataclass(frozen=True)
class Settlement:
    loan: Loan
    condition: str
    refund_fen: int
    forfeit_fen: int
    extra_charge_fen: int
    reason: str
    vouchers: tuple = ()  # services.lending.vouchers.Voucher: the refund's, the charge's


@requires(Perm.COUNTER)
def return_item(
    ctx: AppContext,
    loan_id: int,
    condition: str = "good",
    compensation_fen: int = 0,
    reason: str = "",
    approver_username: str = "",
    approver_password: str = "",
    extra_method: str = "cash",
) -> Settlement:
    """Take an item back and settle its deposit exactly once: refunded the way it was paid,
    less any compensation a shift lead charges (up to the deposit, or the replacement price
    when that is higher) for damage or loss, with a reason; the part above the deposit is paid
    by `extra_method`. The refund and the charge each get a numbered voucher."""
    from services.admin.users import verify_password

    permissions.require(ctx, Perm.COUNTER)
    if condition not in CONDITIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the item's condition."))
    if not isinstance(compensation_fen, int) or compensation_fen < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Compensation is 0 or more."))
    validation.fen(compensation_fen, QT_TRANSLATE_NOOP("Desk", "compensation"))
    if extra_method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose how the deposit is paid."))
    loan_id = validation.record_id(loan_id, QT_TRANSLATE_NOOP("Desk", "loan number"))
    reason = checked_reason(reason)
    if condition == "good" and compensation_fen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Compensation is charged only for a damaged or lost item.")
        )
    if condition != "good" and not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Say what is damaged or how the item was lost.")
        )
    with atomic(ctx.db):
        row = lending_db.loan_by_id(ctx.db, loan_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such loan."))
        if row["settlement_id"] is not None:
            raise LendingRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The deposit of slip {slip} was already settled on {at}; it is settled"
                    " only once.",
                ),
                slip=row["slip_no"],
                at=_local_text(ctx, row["settled_at"]),
            )
        approver = None
        if compensation_fen or condition == "lost":
            if not permissions.holds(ctx, Perm.FORFEIT):
                if not approver_username:
                    permissions.require(ctx, Perm.FORFEIT)
                approver = verify_password(ctx, approver_username, approver_password, Perm.FORFEIT)
        deposit = row["deposit_fen"]
        cap = max(deposit, row["replacement_fen"])
        if compensation_fen > cap:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Compensation can be at most {cap} for this item."),
                cap=yuan(cap),
            )
        forfeit = min(compensation_fen, deposit)
        extra = compensation_fen - forfeit
        refund = deposit - forfeit
        shift = shifts.require_open_shift(ctx) if (deposit or extra) else shifts.current_shift(ctx)
        slip = row["slip_no"]
        settlement_id = lending_db.insert_settlement(
            ctx.db,
            loan_id=loan_id,
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            condition=condition,
            refund_fen=refund,
            forfeit_fen=forfeit,
            extra_charge_fen=extra,
            reason=reason,
            approved_by=approver.id if approver else None,
            shift_id=shift.id if shift else None,
        )
        if refund:
            shifts.post_movement(ctx, MoneyKind.DEPOSIT_REFUND, row["method"], -refund, slip)
        if forfeit:
            # the deposit stops being owed to the customer and becomes compensation income
            shifts.post_movement(ctx, MoneyKind.DEPOSIT_FORFEIT, row["method"], -forfeit, slip)
            shifts.post_movement(ctx, MoneyKind.COMPENSATION, row["method"], forfeit, slip)
        if extra:
            shifts.post_movement(ctx, MoneyKind.COMPENSATION, extra_method, extra, slip)
        # numbered in this transaction: a refused return gives its voucher numbers back
        issued = vouchers.issue_vouchers(
            ctx, row, settlement_id, refund, forfeit, extra, extra_method
        )
        if condition == "lost":
            lending_db.retire_item(
                ctx.db, row["item_id"], at=iso(ctx.clock.now()), reason="lost", user_id=ctx.user.id
            )
        audit.record(
            ctx,
            "loan.return",
            "loan",
            loan_id,
            {"deposit_fen": deposit},
            {
                "slip_no": slip,
                "condition": condition,
                "refund_fen": refund,
                "forfeit_fen": forfeit,
                "extra_charge_fen": extra,
                "reason": reason,
                "approved_by": approver.username if approver else None,
                "vouchers": [v.voucher_no for v in issued],
            },
        )
        loan = _loan(lending_db.loan_by_id(ctx.db, loan_id))
    return Settlement(loan, condition, refund, forfeit, extra, reason, issued)


# --- outstanding ----------------------------------------------------------------------
@dataclass(frozen=True)
class HeldTotals:
    count: int
    deposit_fen: int
    by_method: dict


OUT_STATUS_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("Desk", "Overdue"),
    "due_today": QT_TRANSLATE_NOOP("Desk", "Due today"),
    "later": QT_TRANSLATE_NOOP("Desk", "Due later"),
}


def _due_bounds(ctx: AppContext, status: str | None, now, tz) -> dict:
    """The due times of the loans out in `status`, as stored-time bounds."""
    status = spans.choice(status, OUT_STATUS_LABELS, QT_TRANSLATE_NOOP("Desk", "status"))
    tomorrow = datetime.combine(now.astimezone(tz).date() + timedelta(days=1), time(0), tz)
    return {
        None: {},
        "overdue": {"due_to": iso(now)},
        "due_today": {"due_from": iso(now), "due_to": iso(tomorrow)},
        "later": {"due_from": iso(tomorrow)},
    }[status]


@requires(Perm.COUNTER)
def outstanding(
    ctx: AppContext,
    offset: int = 0,
    limit: int = 200,
    *,
    status: str | None = None,
    lent_from: date | None = None,
    lent_to: date | None = None,
    after_id: int | None = None,
) -> list[dict]:
    """Everything out, overdue first, then due today, then later; phones masked. Only those
    in `status` (overdue, due_today, later) and lent between two of the site's days (both
    included) when given; `after_id` (the last row shown) pages on by key."""
    now = ctx.clock.now()
    tz = ZoneInfo(site.timezone(ctx))
    today = now.astimezone(tz).date()
    offset, limit = page_args(offset, limit)
    if after_id is not None:
        after_id = validation.record_id(after_id, QT_TRANSLATE_NOOP("Desk", "row to page on from"))
    lent = dict(zip(("lent_from", "lent_to"), spans.utc_span(ctx, lent_from, lent_to)))
    found = lending_db.open_loans(
        ctx.db,
        offset=offset,
        limit=limit,
        after_id=after_id,
        **lent,
        **_due_bounds(ctx, status, now, tz),
    )
    rows = []
    for r in found:
        due = parse_iso(r["due_at"])
        status = (
            "overdue"
            if due < now
            else "due_today"
            if due.astimezone(tz).date() == today
            else "later"
        )
        rows.append(
            {
                "id": r["id"],
                "slip_no": r["slip_no"],
                "item_code": r["item_code"],
                "name_en": r["name_en"],
                "name_zh": r["name_zh"],
                "phone_masked": mask_phone(r["borrower_phone"]),
                "borrower_name": r["borrower_name"],
                "deposit_fen": r["deposit_fen"],
                "method": r["method"],
                "lent_at": r["lent_at"],
                "due_at": r["due_at"],
                "status": status,
                "return_before_closing": bool(r["return_before_closing"]),
            }
        )
    return rows


@requires(Perm.COUNTER)
def held_totals(ctx: AppContext) -> HeldTotals:
    """Count of loans out and the deposits held for them (money owed to customers)."""
    held = lending_db.held_totals(ctx.db)
    return HeldTotals(held["count"], held["deposit_fen"], held["by_method"])


__all__ = [
    "ensure_kinds",
    "scan",
    "lend_item",
    "return_item",
    "find_loan",
    "outstanding",
    "held_totals",
    "Loan",
    "Scan",
    "Settlement",
    "LendingRefused",
]
