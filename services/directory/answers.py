"""The desk's standard answers (rules 5.2.7: answer clearly, never make things up): loyalty
card rules, parking, opening hours, current promotions with their dates and full terms, the
lost-and-found procedure — in both languages. Supervisors keep them; every clerk searches
them. A promotion past its end date (or not yet started) is not offered to the clerk."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

import db.directory.guide as directory_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, permissions, validation
from services.core.clock import business_day, iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.core.paging_args import page_args
from services.core.permissions import Perm, internal, requires

TOPICS = {
    "loyalty": QT_TRANSLATE_NOOP("Desk", "Loyalty card"),
    "parking": QT_TRANSLATE_NOOP("Desk", "Parking"),
    "hours": QT_TRANSLATE_NOOP("Desk", "Opening hours"),
    "promotion": QT_TRANSLATE_NOOP("Desk", "Promotion"),
    "lost_found": QT_TRANSLATE_NOOP("Desk", "Lost and found"),
    "services": QT_TRANSLATE_NOOP("Desk", "Desk services"),
    "other": QT_TRANSLATE_NOOP("Desk", "Other"),
}
MAX_TITLE, MAX_BODY = 120, 4000


@dataclass(frozen=True)
class Answer:
    id: int
    topic: str
    title_zh: str
    title_en: str
    body_zh: str
    body_en: str
    keywords: str = ""
    valid_from: str | None = None  # local dates, YYYY-MM-DD, both days included
    valid_until: str | None = None
    active: bool = True
    updated_at: str = ""

    def title(self, lang: str) -> str:
        return self.title_zh if lang.startswith("zh") or not self.title_en else self.title_en

    def body(self, lang: str) -> str:
        return self.body_zh if lang.startswith("zh") or not self.body_en else self.body_en

    def in_force(self, today: date) -> bool:
        day = today.isoformat()
        return self.active and (self.valid_from or day) <= day <= (self.valid_until or day)


def _answer(row: dict) -> Answer:
    return Answer(
        row["id"],
        row["topic"],
        row["title_zh"],
        row["title_en"],
        row["body_zh"],
        row["body_en"],
        row["keywords"],
        row["valid_from"],
        row["valid_until"],
        bool(row["active"]),
        row["updated_at"],
    )


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").lower().split())


@internal
def today(ctx: AppContext) -> date:
    return business_day(ctx.clock.now(), site.timezone(ctx))


# --- for every clerk --------------------------------------------------------------------------
@requires(Perm.COUNTER)
def search_answers(
    ctx: AppContext, text: str = "", topic: str = "", offset: int = 0, limit: int = 200
) -> list[Answer]:
    """Answers in force today holding every word typed; expired promotions are left out."""
    offset, limit = page_args(offset, limit, 500)
    rows = directory_db.search_answers(
        ctx.db,
        _fold(text).split(),
        today=today(ctx).isoformat(),
        active_only=True,
        topic=topic,
        offset=offset,
        limit=limit,
    )
    return [_answer(r) for r in rows]


@requires(Perm.COUNTER)
def get_answer(ctx: AppContext, answer_id: int) -> Answer:
    answer_id = validation.record_id(answer_id, QT_TRANSLATE_NOOP("Desk", "answer number"))
    row = directory_db.answer(ctx.db, answer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such answer."))
    return _answer(row)


# --- for supervisors ------------------------------------------------------------------------
def _supervisor_only(ctx: AppContext) -> None:
    permissions.require(ctx, Perm.EDIT_ANSWERS)


@requires(Perm.COUNTER)
def all_answers(ctx: AppContext, text: str = "", offset: int = 0, limit: int = 200) -> list[Answer]:
    """Every answer, expired and withdrawn ones too, for the supervisors who keep them."""
    _supervisor_only(ctx)
    offset, limit = page_args(offset, limit, 500)
    rows = directory_db.search_answers(
        ctx.db, _fold(text).split(), today=None, active_only=False, offset=offset, limit=limit
    )
    return [_answer(r) for r in rows]


def _date(value) -> str | None:
    if value in (None, ""):
        return None
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value).strip())
    except ValueError:
        day = None
    if day is None or isinstance(day, datetime) or day.year not in validation.YEARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "{value} is not a date (YYYY-MM-DD)."), value=str(value)
        )
    return day.isoformat()


def _fields(
    topic: str,
    title_zh: str,
    title_en: str,
    body_zh: str,
    body_en: str,
    keywords: str,
    valid_from,
    valid_until,
) -> dict:
    if topic not in TOPICS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the topic of the answer."))
    fields = {
        "topic": topic,
        "title_zh": " ".join(
            validation.text(title_zh, QT_TRANSLATE_NOOP("Desk", "Chinese title"), MAX_TITLE).split()
        ),
        "title_en": " ".join(
            validation.text(title_en, QT_TRANSLATE_NOOP("Desk", "English title"), MAX_TITLE).split()
        ),
        "body_zh": validation.text(
            body_zh, QT_TRANSLATE_NOOP("Desk", "Chinese text"), MAX_BODY, multiline=True
        ),
        "body_en": validation.text(
            body_en, QT_TRANSLATE_NOOP("Desk", "English text"), MAX_BODY, multiline=True
        ),
        "keywords": " ".join(
            validation.text(keywords, QT_TRANSLATE_NOOP("Desk", "keywords"), 200).split()
        ),
        "valid_from": _date(valid_from),
        "valid_until": _date(valid_until),
    }
    if not fields["title_zh"] or not fields["body_zh"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "An answer needs a Chinese title and a Chinese text.")
        )
    if (
        max(len(fields["title_zh"]), len(fields["title_en"])) > MAX_TITLE
        or max(len(fields["body_zh"]), len(fields["body_en"])) > MAX_BODY
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Titles stay under {title} characters and texts under {body}."
            ),
            title=MAX_TITLE,
            body=MAX_BODY,
        )
    if (
        fields["valid_from"]
        and fields["valid_until"]
        and fields["valid_until"] < fields["valid_from"]
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The end date is before the start date."))
    if topic == "promotion" and not fields["valid_until"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "A promotion needs its end date, so it stops being offered when it ends."
            )
        )
    return fields


@requires(Perm.COUNTER)
def add_answer(
    ctx: AppContext,
    topic: str,
    title_zh: str,
    body_zh: str,
    title_en: str = "",
    body_en: str = "",
    keywords: str = "",
    valid_from=None,
    valid_until=None,
) -> Answer:
    """Supervisors add a standard answer; a promotion carries its dates."""
    _supervisor_only(ctx)
    fields = _fields(topic, title_zh, title_en, body_zh, body_en, keywords, valid_from, valid_until)
    with atomic(ctx.db):
        answer_id = directory_db.insert_answer(
            ctx.db, **fields, active=1, at=iso(ctx.clock.now()), user_id=ctx.user.id
        )
        audit.record(ctx, "answer.add", "answer", answer_id, None, fields)
        return _answer(directory_db.answer(ctx.db, answer_id))


@requires(Perm.COUNTER)
def update_answer(
    ctx: AppContext,
    answer_id: int,
    topic: str,
    title_zh: str,
    body_zh: str,
    title_en: str = "",
    body_en: str = "",
    keywords: str = "",
    valid_from=None,
    valid_until=None,
    active: bool = True,
) -> Answer:
    """Supervisors correct an answer or withdraw it (active=False); the old text stays in
    the audit trail."""
    _supervisor_only(ctx)
    answer_id = validation.record_id(answer_id, QT_TRANSLATE_NOOP("Desk", "answer number"))
    fields = _fields(topic, title_zh, title_en, body_zh, body_en, keywords, valid_from, valid_until)
    fields["active"] = int(bool(active))
    with atomic(ctx.db):
        row = directory_db.answer(ctx.db, answer_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such answer."))
        changes = {k: v for k, v in fields.items() if row[k] != v}
        if changes:
            directory_db.update_answer(
                ctx.db, answer_id, **changes, at=iso(ctx.clock.now()), user_id=ctx.user.id
            )
            audit.record(
                ctx, "answer.update", "answer", answer_id, {k: row[k] for k in changes}, changes
            )
        return _answer(directory_db.answer(ctx.db, answer_id))
