"""The rating at the counter (服务评价): after a service the customer rates it on the
customer-facing window, or the serving clerk keys in what the customer said. A rating names
the service by its kind and document number and the clerk who served; it never holds a
customer's name, phone or ID. One outcome per service: the customer's own rating, one keyed
by the clerk (reported apart), or skipped (counted as skipped, never as satisfied).

Missed hotline calls (rang out, nobody answered) are noted here too, without the caller's
number, so the hotline's service level counts them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import db.quality.ratings as ratings_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from services.core.permissions import Perm, requires

SERVICES = ("lend", "return", "enrolment", "claim", "sale", "inquiry", "complaint")
SERVICE_LABELS = {
    "lend": QT_TRANSLATE_NOOP("Desk", "Lend"),
    "return": QT_TRANSLATE_NOOP("Desk", "Return"),
    "enrolment": QT_TRANSLATE_NOOP("Desk", "Enrolment"),
    "claim": QT_TRANSLATE_NOOP("Desk", "Claim of a found item"),
    "sale": QT_TRANSLATE_NOOP("Desk", "Sale"),
    "inquiry": QT_TRANSLATE_NOOP("Desk", "Inquiry"),
    "complaint": QT_TRANSLATE_NOOP("Desk", "Complaint taken"),
}
SCORES = (4, 3, 2, 1)
SCORE_LABELS = {
    4: QT_TRANSLATE_NOOP("Desk", "Very satisfied"),
    3: QT_TRANSLATE_NOOP("Desk", "Satisfied"),
    2: QT_TRANSLATE_NOOP("Desk", "Fair"),
    1: QT_TRANSLATE_NOOP("Desk", "Dissatisfied"),
}
SATISFIED = (4, 3)  # 非常满意 and 满意 count as satisfied
REASONS = ("attitude", "speed", "answer", "waiting", "procedure", "environment")
REASON_LABELS = {
    "attitude": QT_TRANSLATE_NOOP("Desk", "Attitude"),
    "speed": QT_TRANSLATE_NOOP("Desk", "Speed of service"),
    "answer": QT_TRANSLATE_NOOP("Desk", "The answer given"),
    "waiting": QT_TRANSLATE_NOOP("Desk", "Waiting time"),
    "procedure": QT_TRANSLATE_NOOP("Desk", "Procedure and paperwork"),
    "environment": QT_TRANSLATE_NOOP("Desk", "Surroundings"),
}
SOURCES = ("customer", "keyed", "skipped")
SOURCE_LABELS = {
    "customer": QT_TRANSLATE_NOOP("Desk", "Customer's own"),
    "keyed": QT_TRANSLATE_NOOP("Desk", "Keyed by the clerk"),
    "skipped": QT_TRANSLATE_NOOP("Desk", "Skipped"),
}
# 7 digits in a row (or 138-1234-5678) is a phone or an ID number, never a document number
# (R2026-000123)
PERSONAL_NUMBER = re.compile(r"\d{7}|\d{3}-\d{3,4}-\d{4}")


class RatingRefused(DomainError):
    pass


@dataclass(frozen=True)
class Rating:
    id: int
    at: str
    day: str
    desk: str
    service: str
    reference: str
    clerk_id: int
    source: str
    score: int | None
    reasons: tuple[str, ...]


def _rating(row: dict) -> Rating:
    reasons = tuple(r for r in row["reasons"].split(",") if r)
    return Rating(
        row["id"],
        row["at"],
        row["day"],
        row["desk"],
        row["service"],
        row["reference"],
        row["clerk_id"],
        row["source"],
        row["score"],
        reasons,
    )


def no_customer_data(value: str, field: str) -> str:
    """Refuse text holding a phone or ID number: ratings and scores carry none."""
    if PERSONAL_NUMBER.search(re.sub(r"\s", "", value)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The {field} looks like a phone or ID number; service quality records keep"
                " no customer's personal data.",
            ),
            field=validation.field_name(field),
        )
    return value


def _service_and_reference(service: str, reference) -> tuple[str, str]:
    if service not in SERVICES:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the service that was rated."))
    field = QT_TRANSLATE_NOOP("Desk", "service reference")
    reference = validation.text(reference, field, 40, required=True)
    return service, no_customer_data(reference, field)


def _write(ctx: AppContext, service: str, reference, source: str, score, reasons) -> Rating:
    service, reference = _service_and_reference(service, reference)
    reasons = tuple(dict.fromkeys(reasons or ()))
    if any(r not in REASONS for r in reasons):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the reasons from the list."))
    if source != "skipped" and (
        isinstance(score, bool) or not isinstance(score, int) or score not in SCORES
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Choose very satisfied, satisfied, fair or dissatisfied.")
        )
    here = ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx)))
    with atomic(ctx.db):
        if ratings_db.rating_for(ctx.db, service, reference) is not None:
            raise RatingRefused(
                QT_TRANSLATE_NOOP("Desk", "This service ({reference}) was already rated."),
                reference=reference,
            )
        row = {
            "at": iso(here),
            "day": here.date().isoformat(),
            "desk": ctx.desk,
            "service": service,
            "reference": reference,
            "clerk_id": ctx.user.id,
            "source": source,
            "score": None if source == "skipped" else score,
            "reasons": "" if source == "skipped" else ",".join(reasons),
        }
        rating_id = ratings_db.insert_rating(ctx.db, **row)
        audit.record(ctx, f"rating.{source}", "service_rating", rating_id, None, row)
        return _rating(ratings_db.rating_by_id(ctx.db, rating_id))


@requires(Perm.COUNTER)
def rate_service(ctx: AppContext, service: str, reference: str, score: int, reasons=()) -> Rating:
    """The customer's own rating from the customer-facing window, for the signed-in clerk's
    service."""
    return _write(ctx, service, reference, "customer", score, reasons)


@requires(Perm.COUNTER)
def key_spoken_rating(
    ctx: AppContext, service: str, reference: str, score: int, reasons=()
) -> Rating:
    """The rating the customer said aloud, keyed in by the serving clerk: marked as keyed
    and reported apart from the customer's own."""
    return _write(ctx, service, reference, "keyed", score, reasons)


@requires(Perm.COUNTER)
def skip_rating(ctx: AppContext, service: str, reference: str) -> Rating:
    """The customer left without rating: counted as skipped, never as satisfied."""
    return _write(ctx, service, reference, "skipped", None, ())


@requires(Perm.COUNTER)
def rating_of(ctx: AppContext, service: str, reference: str) -> Rating | None:
    """The outcome recorded for a service, if any."""
    service, reference = _service_and_reference(service, reference)
    row = ratings_db.rating_for(ctx.db, service, reference)
    return _rating(row) if row else None


@requires(Perm.COUNTER)
def record_missed_call(ctx: AppContext, rang_seconds: int) -> int:
    """A hotline call that rang out before anyone answered (from the phone's missed-call
    list); the caller's number is not kept."""
    rang_seconds = validation.whole_number(
        rang_seconds, QT_TRANSLATE_NOOP("Desk", "seconds it rang"), 0, 600
    )
    here = ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx)))
    with atomic(ctx.db):
        row = {
            "at": iso(here),
            "day": here.date().isoformat(),
            "desk": ctx.desk,
            "rang_seconds": rang_seconds,
            "user_id": ctx.user.id,
        }
        call_id = ratings_db.insert_missed_call(ctx.db, **row)
        audit.record(ctx, "hotline.missed_call", "hotline_missed_call", call_id, None, row)
        return call_id
