"""Complaints, suggestions and praise (DOMAIN.md 6, desk rules 5.2.6): recorded in seconds
with the phone number as the key, then moved along one fixed flow, each step with who, when
and a note:

    new -> forwarded -> in progress -> resolved -> followed up -> closed

Forwarding and closing are for supervisors. The first response (the case taken in hand) is
due within the site's response time in business hours. Whoever handled a case may not record
the customer's satisfaction with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import db.complaints.cases as complaints_db
import db.directory.shops as shops_db
from db.core.connection import atomic
from services.admin import business_hours, site
from services.core import audit, validation
from services.core import numbering as numbers
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DeskText, DomainError, NotFound, ValidationError
from services.core.identifiers import canonical_id, mask_phone, normalise_phone
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires, signed_in

FLOW = complaints_db.FLOW
NEXT = dict(zip(FLOW, FLOW[1:]))
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("Desk", "New"),
    "forwarded": QT_TRANSLATE_NOOP("Desk", "Forwarded"),
    "in_progress": QT_TRANSLATE_NOOP("Desk", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("Desk", "Resolved"),
    "followed_up": QT_TRANSLATE_NOOP("Desk", "Followed up"),
    "closed": QT_TRANSLATE_NOOP("Desk", "Closed"),
}
KIND_LABELS = {
    "complaint": QT_TRANSLATE_NOOP("Desk", "Complaint"),
    "suggestion": QT_TRANSLATE_NOOP("Desk", "Suggestion"),
    "praise": QT_TRANSLATE_NOOP("Desk", "Praise"),
}
FORM_LABELS = {
    "oral": QT_TRANSLATE_NOOP("Desk", "Oral"),
    "written": QT_TRANSLATE_NOOP("Desk", "Written"),
}
CHANNEL_LABELS = {
    "counter": QT_TRANSLATE_NOOP("Desk", "At the counter"),
    "phone": QT_TRANSLATE_NOOP("Desk", "By phone"),
    "comment_book": QT_TRANSLATE_NOOP("Desk", "Comment book"),
    "other": QT_TRANSLATE_NOOP("Desk", "Other channel"),
}
# Category and department codes kept in settings; these have translated names, others show
# as typed by the admin.
CATEGORY_LABELS = {
    "service": QT_TRANSLATE_NOOP("Desk", "Service attitude"),
    "goods": QT_TRANSLATE_NOOP("Desk", "Goods quality"),
    "price": QT_TRANSLATE_NOOP("Desk", "Price"),
    "cleanliness": QT_TRANSLATE_NOOP("Desk", "Cleanliness"),
    "facilities": QT_TRANSLATE_NOOP("Desk", "Facilities"),
    "parking": QT_TRANSLATE_NOOP("Desk", "Parking"),
    "safety": QT_TRANSLATE_NOOP("Desk", "Safety"),
    "other": QT_TRANSLATE_NOOP("Desk", "Other"),
}
DEPARTMENT_LABELS = {
    "duty_manager": QT_TRANSLATE_NOOP("Desk", "Duty manager"),
    "operations": QT_TRANSLATE_NOOP("Desk", "Operations"),
    "property": QT_TRANSLATE_NOOP("Desk", "Property management"),
    "security": QT_TRANSLATE_NOOP("Desk", "Security"),
    "marketing": QT_TRANSLATE_NOOP("Desk", "Marketing"),
}
CATEGORIES_SETTING = "complaints.categories"
DEPARTMENTS_SETTING = "complaints.departments"
DUE_SOON_HOURS = 4


class FlowRefused(DomainError):
    pass


@dataclass(frozen=True)
class Case:
    id: int
    case_no: str
    kind: str
    form: str
    channel: str
    phone_masked: str
    name: str
    shop_id: int | None
    shop_zh: str
    shop_en: str
    area: str
    category: str
    text: str
    opened_at: str
    due_at: str
    opened_by_name: str
    status: str
    forwarded_to: str
    first_response_at: str | None
    resolved_at: str | None
    closed_at: str | None
    reached: bool | None
    satisfaction: int | None
    followup_comment: str
    has_scan: bool

    def overdue(self, now: datetime) -> bool:
        """No first response yet and the due time has passed."""
        return self.first_response_at is None and parse_iso(self.due_at) < now

    def answered_in_time(self) -> bool | None:
        if self.first_response_at is None:
            return None
        return self.first_response_at <= self.due_at


@dataclass(frozen=True)
class Step:
    status_from: str
    status_to: str
    at: str
    user_name: str
    note: str


@dataclass(frozen=True)
class DueCounts:
    overdue: int
    due_soon: int


def _case(row: dict) -> Case:
    return Case(
        row["id"],
        row["case_no"],
        row["kind"],
        row["form"],
        row["channel"],
        mask_phone(row["phone"]),
        row["name"],
        row["shop_id"],
        row["shop_zh"],
        row["shop_en"],
        row["area"],
        row["category"],
        row["text"],
        row["opened_at"],
        row["due_at"],
        row["opened_by_name"],
        row["status"],
        row["forwarded_to"],
        row["first_response_at"],
        row["resolved_at"],
        row["closed_at"],
        None if row["reached"] is None else bool(row["reached"]),
        row["satisfaction"],
        row["followup_comment"],
        bool(row["has_scan"]),
    )


@signed_in
def categories(ctx) -> list[str]:
    return list(site.get_setting(ctx, CATEGORIES_SETTING, list(CATEGORY_LABELS)))


@signed_in
def departments(ctx) -> list[str]:
    return list(site.get_setting(ctx, DEPARTMENTS_SETTING, list(DEPARTMENT_LABELS)))


def _phone(phone: str) -> str:
    digits = normalise_phone(phone)
    if not digits.isdigit() or not 7 <= len(digits) <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Type the customer's phone number (7 to 12 digits)."),
            field=DeskText("phone"),
        )
    return digits


def _check_choice(value: str, allowed, message: str) -> None:
    if value not in allowed:
        raise ValidationError(message, value=value)


# --- recording ----------------------------------------------------------------
@requires(Perm.COUNTER)
def record_case(
    ctx: AppContext,
    phone: str,
    text: str,
    category: str,
    *,
    kind: str = "complaint",
    channel: str = "counter",
    form: str = "oral",
    name: str = "",
    shop_id: int | None = None,
    area: str = "",
    scan: bytes | None = None,
) -> Case:
    """A case with its number and due time; the phone is the customer's key."""
    phone = _phone(phone)
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "complaint text"), 4000, multiline=True)
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Write down what the customer said."),
            field=DeskText("complaint text"),
        )
    _check_choice(
        kind, KIND_LABELS, QT_TRANSLATE_NOOP("Desk", "Unknown kind of feedback: {value}.")
    )
    _check_choice(channel, CHANNEL_LABELS, QT_TRANSLATE_NOOP("Desk", "Unknown channel: {value}."))
    _check_choice(
        form, FORM_LABELS, QT_TRANSLATE_NOOP("Desk", "Feedback is oral or written, not {value}.")
    )
    _check_choice(
        category, categories(ctx), QT_TRANSLATE_NOOP("Desk", "Unknown category: {value}.")
    )
    if scan is not None and len(scan) > 8 * 1024 * 1024:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The scanned comment is too large (8 MB at most).")
        )
    if shop_id is not None:
        shop_id = validation.record_id(shop_id, QT_TRANSLATE_NOOP("Desk", "shop number"))
        if shops_db.by_id(ctx.db, shop_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No shop with number {id}."), id=shop_id)
    now = ctx.clock.now()
    due = business_hours.add_business_hours(
        now,
        business_hours.response_hours(ctx),
        business_hours.opening_hours(ctx),
        site.timezone(ctx),
    )
    with atomic(ctx.db):
        case_no = numbers.take_number(ctx, "complaint")
        case_id = complaints_db.insert_case(
            ctx.db,
            case_no=case_no,
            kind=kind,
            form=form,
            channel=channel,
            phone=phone,
            name=validation.text(name, QT_TRANSLATE_NOOP("Desk", "name"), 40),
            shop_id=shop_id,
            area=validation.text(area, QT_TRANSLATE_NOOP("Desk", "shop or area"), 60),
            category=category,
            text=text,
            scan=scan,
            opened_at=iso(now),
            due_at=iso(due),
            opened_by=ctx.user.id,
        )
        audit.record(
            ctx,
            "complaint.record",
            "complaint",
            case_no,
            None,
            {"kind": kind, "category": category, "phone": mask_phone(phone)},
        )
        return _case(complaints_db.case_by_id(ctx.db, case_id))


# --- the flow ------------------------------------------------------------------
def _load(ctx: AppContext, case_id: int) -> dict:
    case_id = validation.record_id(case_id, QT_TRANSLATE_NOOP("Desk", "case number"))
    row = complaints_db.case_by_id(ctx.db, case_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such complaint case."))
    return row


def _move(ctx: AppContext, case_id: int, target: str, note: str, **fields) -> Case:
    with atomic(ctx.db):
        row = _load(ctx, case_id)
        if NEXT.get(row["status"]) != target:
            nxt = NEXT.get(row["status"])
            raise FlowRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "Case {case} is {status}; it cannot become {target}. Next step: {next}."
                )
                if nxt
                else QT_TRANSLATE_NOOP(
                    "Desk", "Case {case} is {status}; it cannot become {target}."
                ),
                case=row["case_no"],
                status=DeskText(STATUS_LABELS[row["status"]]),
                target=DeskText(STATUS_LABELS[target]),
                next=DeskText(STATUS_LABELS[nxt]) if nxt else "",
            )
        complaints_db.move_case(
            ctx.db,
            case_id,
            row["status"],
            target,
            at=iso(ctx.clock.now()),
            user_id=ctx.user.id,
            note=validation.text(note, QT_TRANSLATE_NOOP("Desk", "note"), 1000),
            **fields,
        )
        audit.record(
            ctx,
            f"complaint.{target}",
            "complaint",
            row["case_no"],
            {"status": row["status"]},
            {"status": target, **fields},
        )
        return _case(complaints_db.case_by_id(ctx.db, case_id))


@requires(Perm.ASSIGN_COMPLAINT)
def forward_case(ctx: AppContext, case_id: int, to: str, note: str = "") -> Case:
    """A supervisor passes the case to a supervisor or a department from settings."""
    to = validation.text(to, QT_TRANSLATE_NOOP("Desk", "who the case goes to"), 60)
    if not to:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose who the case goes to."))
    return _move(ctx, case_id, "forwarded", note, forwarded_to=to)


@requires(Perm.COUNTER)
def start_case(ctx: AppContext, case_id: int, note: str) -> Case:
    """The first response: someone has taken the case in hand and told the customer."""
    if not (note or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say what was done first."))
    return _move(ctx, case_id, "in_progress", note, first_response_at=iso(ctx.clock.now()))


@requires(Perm.COUNTER)
def resolve_case(ctx: AppContext, case_id: int, note: str) -> Case:
    """What was done about it, in a word or two."""
    if not (note or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say how the case was resolved."))
    return _move(ctx, case_id, "resolved", note, resolved_at=iso(ctx.clock.now()))


@requires(Perm.COUNTER)
def record_follow_up(
    ctx: AppContext, case_id: int, reached: bool, score: int | None, comment: str = ""
) -> Case:
    """The follow-up call (回访); its caller must not be someone who handled the case."""
    if reached and (not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The satisfaction score is 1 to 5."))
    if not reached and score is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "No score when the customer was not reached.")
        )
    with atomic(ctx.db):
        row = _load(ctx, case_id)
        if ctx.user.id in complaints_db.handler_ids(ctx.db, case_id):
            raise FlowRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "You handled case {case}; someone else makes the follow-up call and"
                    " records the customer's satisfaction.",
                ),
                case=row["case_no"],
            )
        return _move(
            ctx,
            case_id,
            "followed_up",
            comment,
            reached=int(bool(reached)),
            satisfaction=score if reached else None,
            followup_comment=validation.text(comment, QT_TRANSLATE_NOOP("Desk", "comment"), 1000),
        )


@requires(Perm.ASSIGN_COMPLAINT)
def close_case(ctx: AppContext, case_id: int, note: str = "") -> Case:
    """A supervisor closes a followed-up case."""
    return _move(ctx, case_id, "closed", note, closed_at=iso(ctx.clock.now()))


# --- looking cases up ----------------------------------------------------------------
@requires(Perm.COUNTER)
def get_case(ctx: AppContext, case_id: int) -> Case:
    return _case(_load(ctx, case_id))


@requires(Perm.COUNTER)
def find_case(ctx: AppContext, case_no: str) -> Case:
    """A case by its number as typed or scanned."""
    row = complaints_db.case_by_no(
        ctx.db, canonical_id(case_no, QT_TRANSLATE_NOOP("Desk", "case number"))
    )
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Desk", "No complaint case {case}."), case=(case_no or "").strip()
        )
    return _case(row)


@requires(Perm.COUNTER)
def case_steps(ctx: AppContext, case_id: int) -> list[Step]:
    case_id = validation.record_id(case_id, QT_TRANSLATE_NOOP("Desk", "case number"))
    return [
        Step(r["status_from"], r["status_to"], r["at"], r["user_name"], r["note"])
        for r in complaints_db.steps_of(ctx.db, case_id)
    ]


@requires(Perm.COUNTER)
def case_scan(ctx: AppContext, case_id: int) -> bytes | None:
    """The scanned written comment, if one was attached."""
    case_id = validation.record_id(case_id, QT_TRANSLATE_NOOP("Desk", "case number"))
    return complaints_db.scan_of(ctx.db, case_id)


@requires(Perm.COUNTER)
def list_cases(
    ctx: AppContext,
    *,
    status: str | None = None,
    text: str = "",
    offset: int = 0,
    limit: int = 200,
    opened_from: date | None = None,
    opened_to: date | None = None,
    before_id: int | None = None,
) -> list[Case]:
    """Newest first; status may be a flow status, 'open' or 'unanswered'; opened between
    two of the site's days (both included) when given; `before_id` (the last row shown)
    pages on by key."""
    offset, limit = page_args(offset, limit)
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 200)
    span = _opened_span(ctx, opened_from, opened_to)
    if before_id is not None:
        before_id = validation.record_id(
            before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from")
        )
    return [
        _case(r)
        for r in complaints_db.cases(
            ctx.db,
            status=_status(status),
            text=text,
            offset=offset,
            limit=limit,
            before_id=before_id,
            **span,
        )
    ]


@requires(Perm.COUNTER)
def count_cases(
    ctx: AppContext,
    *,
    status: str | None = None,
    text: str = "",
    opened_from: date | None = None,
    opened_to: date | None = None,
) -> int:
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 200)
    span = _opened_span(ctx, opened_from, opened_to)
    return complaints_db.count_cases(ctx.db, status=_status(status), text=text, **span)


def _opened_span(ctx, first: date | None, last: date | None) -> dict:
    """Stored-time bounds of the site's days `first`..`last` (either may be None)."""
    first = validation.day(first, QT_TRANSLATE_NOOP("Desk", "from"), required=False)
    last = validation.day(last, QT_TRANSLATE_NOOP("Desk", "to"), required=False)
    if first and last and last < first:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The span ends before it starts."))
    zone = ZoneInfo(site.timezone(ctx))
    return {
        "opened_from": iso(datetime.combine(first, time(0), zone)) if first else None,
        "opened_to": iso(datetime.combine(last + timedelta(days=1), time(0), zone))
        if last
        else None,
    }


def _status(status):
    """A status filter is a word or nothing (the list page's choices)."""
    return validation.text(status, QT_TRANSLATE_NOOP("Desk", "status"), 40) or None


@requires(Perm.COUNTER)
def customer_history(ctx: AppContext, phone: str) -> list[Case]:
    """Every case of one phone number, newest first."""
    return [_case(r) for r in complaints_db.cases(ctx.db, phone=_phone(phone), limit=1000)]


@requires(Perm.COUNTER)
def due_counts(ctx: AppContext) -> DueCounts:
    """Cases without a first response: overdue now, and due within the next hours."""
    now = ctx.clock.now()
    overdue, soon = complaints_db.unanswered_counts(
        ctx.db, iso(now), iso(now + timedelta(hours=DUE_SOON_HOURS))
    )
    return DueCounts(overdue, soon)


@requires(Perm.COUNTER)
def handled_by(ctx: AppContext, case_id: int) -> set[int]:
    """User ids that took the case in hand or resolved it (they may not score it)."""
    case_id = validation.record_id(case_id, QT_TRANSLATE_NOOP("Desk", "case number"))
    return complaints_db.handler_ids(ctx.db, case_id)
