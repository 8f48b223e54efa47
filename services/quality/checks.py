"""Quality checks (质检) on a scoring sheet: a supervisor scores a service watched at the
counter or a hotline call, item by item, on the sheet in force; nobody scores their own
service. Sheets are versioned: an admin's edit saves a new version and every check keeps the
version it was made with. The clerk reads their own checks, scores and comments."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

import db.admin.users as users_db
import db.quality.checks as checks_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from services.core.paging_args import page_args
from services.core.permissions import Perm, holds, requires, signed_in
from services.quality.ratings import SERVICES, no_customer_data

SECTIONS = ("greeting", "courtesy", "answer", "procedure", "closing")
SECTION_LABELS = {
    "greeting": QT_TRANSLATE_NOOP("Desk", "Greeting and standard wording"),
    "courtesy": QT_TRANSLATE_NOOP("Desk", "Polite forms and calming"),
    "answer": QT_TRANSLATE_NOOP("Desk", "Complete and correct answer"),
    "procedure": QT_TRANSLATE_NOOP("Desk", "The desk's procedure"),
    "closing": QT_TRANSLATE_NOOP("Desk", "Closing"),
}
CHANNELS = ("counter", "hotline")
CHANNEL_LABELS = {
    "counter": QT_TRANSLATE_NOOP("Desk", "Watched at the counter"),
    "hotline": QT_TRANSLATE_NOOP("Desk", "Hotline call"),
}
MAX_ITEMS = 40


class CheckRefused(DomainError):
    pass


@dataclass(frozen=True)
class SheetItem:
    section: str
    title_zh: str
    title_en: str
    criteria_zh: str
    criteria_en: str
    points: int
    id: int | None = None


@dataclass(frozen=True)
class Sheet:
    id: int
    version: int
    name_zh: str
    name_en: str
    created_at: str
    items: tuple[SheetItem, ...]

    @property
    def max_total(self) -> int:
        return sum(i.points for i in self.items)


@dataclass(frozen=True)
class ItemScore:
    item_id: int
    section: str
    title_zh: str
    title_en: str
    max_points: int
    points: int


@dataclass(frozen=True)
class Check:
    id: int
    at: str
    day: str
    desk: str
    sheet_id: int
    sheet_version: int
    channel: str
    service: str
    reference: str
    clerk_id: int
    clerk_name: str
    checker_id: int
    checker_name: str
    comment: str
    total: int
    max_total: int
    scores: tuple[ItemScore, ...] = ()

    @property
    def share(self) -> float:
        return self.total / self.max_total if self.max_total else 0.0


def _sheet(db, row: dict) -> Sheet:
    items = tuple(
        SheetItem(
            i["section"],
            i["title_zh"],
            i["title_en"],
            i["criteria_zh"],
            i["criteria_en"],
            i["points"],
            i["id"],
        )
        for i in checks_db.sheet_items(db, row["id"])
    )
    return Sheet(
        row["id"], row["version"], row["name_zh"], row["name_en"], row["created_at"], items
    )


def _check(db, row: dict, with_scores: bool = False) -> Check:
    scores = ()
    if with_scores:
        scores = tuple(
            ItemScore(
                s["item_id"],
                s["section"],
                s["title_zh"],
                s["title_en"],
                s["max_points"],
                s["points"] or 0,
            )
            for s in checks_db.check_scores(db, row["id"])
        )
    return Check(
        row["id"],
        row["at"],
        row["day"],
        row["desk"],
        row["sheet_id"],
        row["sheet_version"],
        row["channel"],
        row["service"],
        row["reference"],
        row["clerk_id"],
        row["clerk_name"],
        row["checker_id"],
        row["checker_name"],
        row["comment"],
        row["total"],
        row["max_total"] or 0,
        scores,
    )


@requires(Perm.COUNTER)
def current_sheet(ctx: AppContext) -> Sheet:
    """The scoring sheet in force: its newest version."""
    return _sheet(ctx.db, checks_db.current_sheet(ctx.db))


@requires(Perm.COUNTER)
def sheet_version(ctx: AppContext, sheet_id: int) -> Sheet:
    """A sheet as it was saved (old checks read their own version)."""
    sheet_id = validation.record_id(sheet_id, QT_TRANSLATE_NOOP("Desk", "sheet number"))
    row = checks_db.sheet_by_id(ctx.db, sheet_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such scoring sheet."))
    return _sheet(ctx.db, row)


def _clean_item(item: SheetItem) -> SheetItem:
    if not isinstance(item, SheetItem) or item.section not in SECTIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the section of every item."))
    title_zh = validation.text(item.title_zh, QT_TRANSLATE_NOOP("Desk", "item (Chinese)"), 60)
    title_en = validation.text(item.title_en, QT_TRANSLATE_NOOP("Desk", "item (English)"), 80)
    if not title_zh and not title_en:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Name every item of the sheet."))
    return SheetItem(
        item.section,
        title_zh or title_en,
        title_en or title_zh,
        validation.text(item.criteria_zh, QT_TRANSLATE_NOOP("Desk", "what earns the points"), 300),
        validation.text(item.criteria_en, QT_TRANSLATE_NOOP("Desk", "what earns the points"), 400),
        validation.whole_number(item.points, QT_TRANSLATE_NOOP("Desk", "points"), 1, 100),
    )


@requires(Perm.MANAGE_SETTINGS)
def save_sheet(ctx: AppContext, name_zh: str, name_en: str, items) -> Sheet:
    """An admin's edit of the sheet: saved as the next version; earlier checks keep theirs."""
    name_zh = validation.text(name_zh, QT_TRANSLATE_NOOP("Desk", "sheet name"), 60, True)
    name_en = validation.text(name_en, QT_TRANSLATE_NOOP("Desk", "sheet name (English)"), 80)
    items = [_clean_item(i) for i in (items or ())]
    if not items or len(items) > MAX_ITEMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A scoring sheet has 1 to {n} items."), n=MAX_ITEMS
        )
    with atomic(ctx.db):
        current = checks_db.current_sheet(ctx.db)
        version = (current["version"] if current else 0) + 1
        sheet_id = checks_db.insert_sheet(
            ctx.db,
            version=version,
            name_zh=name_zh,
            name_en=name_en or name_zh,
            created_at=iso(ctx.clock.now()),
            created_by=ctx.user.id,
        )
        for position, item in enumerate(items, 1):
            checks_db.insert_sheet_item(
                ctx.db,
                sheet_id=sheet_id,
                position=position,
                section=item.section,
                title_zh=item.title_zh,
                title_en=item.title_en,
                criteria_zh=item.criteria_zh,
                criteria_en=item.criteria_en,
                points=item.points,
            )
        sheet = _sheet(ctx.db, checks_db.sheet_by_id(ctx.db, sheet_id))
        audit.record(
            ctx,
            "quality.sheet_saved",
            "qc_sheet",
            sheet_id,
            None,
            {"version": version, "items": len(items), "max_total": sheet.max_total},
        )
        return sheet


@requires(Perm.QUALITY_CHECK)
def record_check(
    ctx: AppContext,
    clerk_id: int,
    channel: str,
    points: dict,
    service: str = "",
    reference: str = "",
    comment: str = "",
) -> Check:
    """Score one service of a clerk on the sheet in force, every item within its points.
    Nobody scores their own service."""
    clerk_id = validation.record_id(clerk_id, QT_TRANSLATE_NOOP("Desk", "clerk"))
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose counter or hotline."))
    if service and service not in SERVICES:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the service that was rated."))
    ref_field = QT_TRANSLATE_NOOP("Desk", "service reference")
    reference = no_customer_data(validation.text(reference, ref_field, 40), ref_field)
    comment_field = QT_TRANSLATE_NOOP("Desk", "comment")
    comment = no_customer_data(
        validation.text(comment, comment_field, 500, multiline=True), comment_field
    )
    if clerk_id == ctx.user.id:
        raise CheckRefused(QT_TRANSLATE_NOOP("Desk", "Nobody scores their own service."))
    if not isinstance(points, dict):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Score every item of the sheet."))
    here = ctx.clock.now().astimezone(ZoneInfo(site.timezone(ctx)))
    with atomic(ctx.db):
        clerk = users_db.by_id(ctx.db, clerk_id)
        if clerk is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such clerk."))
        sheet = _sheet(ctx.db, checks_db.current_sheet(ctx.db))
        if set(points) != {i.id for i in sheet.items}:
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Score every item of the sheet."))
        for item in sheet.items:
            validation.whole_number(points[item.id], item.title_en or item.title_zh, 0, item.points)
        check_id = checks_db.insert_check(
            ctx.db,
            at=iso(here),
            day=here.date().isoformat(),
            desk=ctx.desk,
            sheet_id=sheet.id,
            channel=channel,
            service=service,
            reference=reference,
            clerk_id=clerk_id,
            checker_id=ctx.user.id,
            comment=comment,
        )
        for item in sheet.items:
            checks_db.insert_score(
                ctx.db, check_id=check_id, item_id=item.id, points=points[item.id]
            )
        check = _check(ctx.db, checks_db.check_by_id(ctx.db, check_id), True)
        audit.record(
            ctx,
            "quality.check",
            "qc_check",
            check_id,
            None,
            {
                "clerk_id": clerk_id,
                "sheet_version": sheet.version,
                "total": check.total,
                "max_total": check.max_total,
                "channel": channel,
            },
        )
        return check


@signed_in
def my_checks(ctx: AppContext, offset: int = 0, limit: int = 50) -> list[Check]:
    """The signed-in clerk's own checks, newest first, with their scores and comments."""
    offset, limit = page_args(offset, limit, 200)
    return [
        _check(ctx.db, r, True) for r in checks_db.list_checks(ctx.db, ctx.user.id, offset, limit)
    ]


@requires(Perm.QUALITY_CHECK)
def list_checks(
    ctx: AppContext, clerk_id: int | None = None, offset: int = 0, limit: int = 50
) -> list[Check]:
    """Every check (or one clerk's), newest first."""
    if clerk_id is not None:
        clerk_id = validation.record_id(clerk_id, QT_TRANSLATE_NOOP("Desk", "clerk"))
    offset, limit = page_args(offset, limit, 200)
    return [_check(ctx.db, r) for r in checks_db.list_checks(ctx.db, clerk_id, offset, limit)]


@signed_in
def get_check(ctx: AppContext, check_id: int) -> Check:
    """One check with its item scores: the clerk's own, or any for a supervisor."""
    check_id = validation.record_id(check_id, QT_TRANSLATE_NOOP("Desk", "check number"))
    row = checks_db.check_by_id(ctx.db, check_id)
    if row is None or (row["clerk_id"] != ctx.user.id and not holds(ctx, Perm.QUALITY_CHECK)):
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such quality check."))
    return _check(ctx.db, row, True)


@requires(Perm.QUALITY_CHECK)
def staff_to_check(ctx: AppContext) -> list[tuple[int, str]]:
    """Active users other than the checker: whom a check may score."""
    return [
        (u["id"], u["display_name"] or u["username"])
        for u in users_db.all_users(ctx.db)
        if u["active"] and u["id"] != ctx.user.id
    ]
