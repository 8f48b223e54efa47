"""Lost and found (DOMAIN.md 2; desk rules 5.2.14): found items are registered with a tag
number and kept; lost reports are registered with a contact phone; an item leaves the desk
exactly once: claimed, handed to the police, or disposed of after its retention period.

The identifying detail of an item is written once and read only by the claim check
(lost_found_claims): no dataclass here carries it, so no list, label or export can show it."""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import db.lost_found.lost_found as lf_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core import numbering as numbers
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DeskText, DomainError, NotFound, ValidationError
from services.core.identifiers import canonical_id, is_mainland_mobile, mask_phone, normalise_phone
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires, signed_in
from services.lost_found import search as lost_found_search

CATEGORY_SETTING = "lost_found.categories"
# rule: ('days', n) or ('months', n) before disposal; ('police', 0) = hand to the police
DEFAULT_CATEGORIES = {
    "ordinary": (QT_TRANSLATE_NOOP("Desk", "Ordinary"), "months", 6),
    "valuable": (QT_TRANSLATE_NOOP("Desk", "Valuable"), "police", 0),
    "id_document": (QT_TRANSLATE_NOOP("Desk", "ID document"), "police", 0),
    "cash": (QT_TRANSLATE_NOOP("Desk", "Cash"), "police", 0),
    "perishable": (QT_TRANSLATE_NOOP("Desk", "Perishable"), "days", 3),
}
STATUS_LABELS = {
    "held": QT_TRANSLATE_NOOP("Desk", "Held"),
    "claimed": QT_TRANSLATE_NOOP("Desk", "Claimed"),
    "police": QT_TRANSLATE_NOOP("Desk", "Handed to police"),
    "disposed": QT_TRANSLATE_NOOP("Desk", "Disposed"),
}
REPORT_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Desk", "Still looking"),
    "found": QT_TRANSLATE_NOOP("Desk", "Match found"),
    "closed": QT_TRANSLATE_NOOP("Desk", "Resolved"),
}
FINDER_KINDS = {
    "staff": QT_TRANSLATE_NOOP("Desk", "Staff"),
    "customer": QT_TRANSLATE_NOOP("Desk", "Customer"),
}
MAX_PHOTO_BYTES = 2_000_000


class LostFoundRefused(DomainError):
    pass


@dataclass(frozen=True)
class Category:
    code: str
    label: str  # marked source text (built-in) or the admin's own name
    rule: str  # 'days', 'months' or 'police'
    period: int
    label_en: str = ""  # the admin's own name in English, where it has one

    def name(self, lang: str, translate) -> str:
        """The name in one language: a built-in one translated, the site's own in English
        where it has an English name and the language is not Chinese."""
        if self.label_en and not lang.startswith("zh"):
            return self.label_en
        return translate(self.label)


@dataclass(frozen=True)
class FoundItem:
    """A found item as lists and documents see it: never its hidden detail or photo."""

    id: int
    tag_no: str
    category: str
    description: str
    colour: str
    brand: str
    quantity: int
    found_place: str
    found_at: str
    finder_kind: str
    finder_name: str
    finder_phone_masked: str
    storage: str
    cash_fen: int | None
    status: str
    registered_at: str
    closed_at: str | None
    has_photo: bool


@dataclass(frozen=True)
class LostReport:
    id: int
    report_no: str
    category: str
    description: str
    colour: str
    lost_place: str
    lost_from: str
    lost_to: str
    contact_name: str
    phone_masked: str
    status: str
    reported_at: str


def _item(row: dict) -> FoundItem:
    return FoundItem(
        row["id"],
        row["tag_no"],
        row["category"],
        row["description"],
        row["colour"],
        row["brand"],
        row["quantity"],
        row["found_place"],
        row["found_at"],
        row["finder_kind"],
        row["finder_name"],
        mask_phone(row["finder_phone"]) if row["finder_phone"] else "",
        row["storage"],
        row["cash_fen"],
        row["status"],
        row["registered_at"],
        row["closed_at"],
        bool(row["has_photo"]),
    )


def _report(row: dict) -> LostReport:
    return LostReport(
        row["id"],
        row["report_no"],
        row["category"],
        row["description"],
        row["colour"],
        row["lost_place"],
        row["lost_from"],
        row["lost_to"],
        row["contact_name"],
        mask_phone(row["contact_phone"]),
        row["status"],
        row["reported_at"],
    )


# --- categories and retention -----------------------------------------------------------
@signed_in
def categories(ctx) -> dict[str, Category]:
    """The built-in categories plus the site's own from settings (JSON: code -> {label,
    rule, period}); the site may also change a built-in category's retention."""
    out = {
        code: Category(code, label, rule, n)
        for code, (label, rule, n) in DEFAULT_CATEGORIES.items()
    }
    for code, spec in json.loads(site.get_setting(ctx, CATEGORY_SETTING, "{}") or "{}").items():
        base = out.get(code)
        out[code] = Category(
            code,
            spec.get("label", base.label if base else code),
            spec.get("rule", base.rule if base else "months"),
            int(spec.get("period", base.period if base else 6)),
            spec.get("label_en", ""),
        )
    return out


@requires(Perm.COUNTER)
def list_categories(ctx: AppContext) -> list[Category]:
    return list(categories(ctx).values())


def _add_months(moment: datetime, months: int) -> datetime:
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def retention_ends(category: Category, found_at: str) -> datetime | None:
    """When the item may be disposed of; None for items that go to the police."""
    found = parse_iso(found_at)
    if category.rule == "days":
        return found + timedelta(days=category.period)
    if category.rule == "months":
        return _add_months(found, category.period)
    return None


# --- register ---------------------------------------------------------------------------------
def _clean(text: str, limit: int = 200, field: str = "") -> str:
    """Text on one line (runs of white space, line breaks too, read as one space); over the
    limit or with a control character it is refused, naming the field, never cut."""
    name = field or QT_TRANSLATE_NOOP("Desk", "text")
    return " ".join(validation.text(text, name, limit, multiline=True).split())


def _check_photo(photo: bytes | None) -> None:
    if photo is None:
        return
    if not (photo.startswith(b"\x89PNG") or photo.startswith(b"\xff\xd8")):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The photo must be a PNG or JPEG picture."))
    if len(photo) > MAX_PHOTO_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The photo is too large; take a smaller picture.")
        )


def _check_finder(finder_kind: str, phone: str) -> str:
    if finder_kind not in FINDER_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Say whether staff or a customer found the item.")
        )
    phone = normalise_phone(phone)
    if finder_kind == "customer" and not is_mainland_mobile(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Enter the finder's mobile number (11 digits, starting with 1)."
            )
        )
    if phone and not is_mainland_mobile(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The finder's phone is not a mobile number.")
        )
    return phone


def _check_cash(
    ctx: AppContext, category: str, cash_fen: int | None, confirmer: str, confirmer_password: str
) -> int | None:
    """Found cash is counted in front of a second member of staff, who signs it off."""
    from services.admin.users import verify_password

    if category != "cash":
        return None
    if not isinstance(cash_fen, int) or isinstance(cash_fen, bool) or cash_fen <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Enter the counted amount of the cash found.")
        )
    validation.fen(cash_fen, QT_TRANSLATE_NOOP("Desk", "cash found"))
    if not confirmer:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Found cash is counted by two staff: the second"
                " person signs in to confirm the amount.",
            )
        )
    user = verify_password(ctx, confirmer, confirmer_password, Perm.COUNTER)
    if user.id == ctx.user.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The second count must be by another member of staff.")
        )
    return user.id


@requires(Perm.COUNTER)
def register_found_item(
    ctx: AppContext,
    *,
    category: str,
    description: str,
    found_place: str,
    found_at: datetime,
    hidden_detail: str,
    finder_kind: str = "staff",
    finder_name: str = "",
    finder_phone: str = "",
    colour: str = "",
    brand: str = "",
    quantity: int = 1,
    storage: str = "",
    photo: bytes | None = None,
    cash_fen: int | None = None,
    cash_confirmer: str = "",
    cash_confirmer_password: str = "",
) -> FoundItem:
    """Register an item handed in and take its tag number; the hidden detail is kept for
    the claim check only; found cash needs a second person's count."""
    if category not in categories(ctx):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the item's category."))
    description, found_place = (
        _clean(description, 200, QT_TRANSLATE_NOOP("Desk", "description")),
        _clean(found_place, 200, QT_TRANSLATE_NOOP("Desk", "place found")),
    )
    hidden = _clean(hidden_detail, 200, QT_TRANSLATE_NOOP("Desk", "hidden detail"))
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Describe the item."))
    if not found_place:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Say where the item was found."))
    if not hidden:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Note one identifying detail that only the owner"
                " would know; it is never shown in lists.",
            )
        )
    if not isinstance(quantity, int) or quantity < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The quantity is 1 or more."))
    validation.whole_number(
        quantity, QT_TRANSLATE_NOOP("Desk", "quantity"), 1, validation.MAX_COUNT
    )
    found_at = validation.moment(found_at, QT_TRANSLATE_NOOP("Desk", "time found"))
    now = ctx.clock.now()
    if found_at > now + timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The time found cannot be in the future."))
    phone = _check_finder(finder_kind, finder_phone)
    _check_photo(photo)
    with atomic(ctx.db):
        confirmer_id = _check_cash(ctx, category, cash_fen, cash_confirmer, cash_confirmer_password)
        tag_no = numbers.take_number(ctx, "found_tag")
        row = dict(
            tag_no=tag_no,
            category=category,
            description=description,
            colour=_clean(colour, 40, QT_TRANSLATE_NOOP("Desk", "colour")),
            brand=_clean(brand, 60, QT_TRANSLATE_NOOP("Desk", "brand")),
            quantity=quantity,
            found_place=found_place,
            found_at=iso(found_at),
            finder_kind=finder_kind,
            finder_name=_clean(finder_name, 60, QT_TRANSLATE_NOOP("Desk", "finder's name")),
            finder_phone=phone,
            storage=_clean(storage, 60, QT_TRANSLATE_NOOP("Desk", "storage place")),
            hidden_detail=hidden,
            photo=photo,
            cash_fen=cash_fen if confirmer_id else None,
            cash_confirmed_by=confirmer_id,
            registered_at=iso(now),
            registered_by=ctx.user.id,
        )
        item_id = lf_db.insert_found_item(ctx.db, **row)
        lost_found_search.index_record(
            ctx,
            "found",
            item_id,
            tag_no,
            description,
            row["colour"],
            row["brand"],
            found_place,
            row["storage"],
        )
        item = _item(lf_db.found_item(ctx.db, item_id))
        audit.record(ctx, "found.register", "found_item", item_id, None, _audit_view(item))
        return item


def _audit_view(item: FoundItem) -> dict:
    return {
        "tag_no": item.tag_no,
        "category": item.category,
        "description": item.description,
        "colour": item.colour,
        "place": item.found_place,
        "found_at": item.found_at,
        "finder_phone": item.finder_phone_masked,
        "cash_fen": item.cash_fen,
        "storage": item.storage,
        "photo": item.has_photo,
    }


@requires(Perm.COUNTER)
def register_lost_report(
    ctx: AppContext,
    *,
    description: str,
    phone: str,
    lost_from: datetime,
    lost_to: datetime,
    category: str = "",
    colour: str = "",
    lost_place: str = "",
    contact_name: str = "",
) -> LostReport:
    """A customer looking for something they lost (顾客寻找失物), with a contact phone."""
    description = _clean(description, 200, QT_TRANSLATE_NOOP("Desk", "description"))
    if not description:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Describe what was lost."), field=DeskText("description")
        )
    phone = normalise_phone(phone)
    if not is_mainland_mobile(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Enter the customer's mobile number (11 digits, starting with 1)."
            ),
            field=DeskText("phone"),
        )
    category = validation.text(category, QT_TRANSLATE_NOOP("Desk", "category"), 40)
    if category and category not in categories(ctx):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the item's category."))
    lost_from = validation.moment(lost_from, QT_TRANSLATE_NOOP("Desk", "time lost"))
    lost_to = validation.moment(lost_to, QT_TRANSLATE_NOOP("Desk", "time lost"))
    if lost_to < lost_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "The time lost runs from the earlier to the later time."),
            field=DeskText("time lost"),
        )
    with atomic(ctx.db):
        report_no = numbers.take_number(ctx, "lost_report")
        row = dict(
            report_no=report_no,
            category=category,
            description=description,
            colour=_clean(colour, 40, QT_TRANSLATE_NOOP("Desk", "colour")),
            lost_place=_clean(lost_place, 200, QT_TRANSLATE_NOOP("Desk", "place lost")),
            lost_from=iso(lost_from),
            lost_to=iso(lost_to),
            contact_name=_clean(contact_name, 60, QT_TRANSLATE_NOOP("Desk", "contact name")),
            contact_phone=phone,
            reported_at=iso(ctx.clock.now()),
            reported_by=ctx.user.id,
        )
        report_id = lf_db.insert_lost_report(ctx.db, **row)
        lost_found_search.index_record(
            ctx, "lost", report_id, report_no, description, row["colour"], row["lost_place"]
        )
        report = _report(lf_db.lost_report(ctx.db, report_id))
        audit.record(
            ctx,
            "lost.register",
            "lost_report",
            report_id,
            None,
            {"report_no": report_no, "description": description, "phone": report.phone_masked},
        )
        return report


# --- look up and search ------------------------------------------------------------------
@requires(Perm.COUNTER)
def get_found_item(ctx: AppContext, item_id: int) -> FoundItem:
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "found item number"))
    row = lf_db.found_item(ctx.db, item_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such found item."))
    return _item(row)


@requires(Perm.COUNTER)
def find_by_tag(ctx: AppContext, tag_no: str) -> FoundItem:
    """The scanner reads the QR of the storage bag."""
    row = lf_db.found_item_by_tag(
        ctx.db, canonical_id(tag_no, QT_TRANSLATE_NOOP("Desk", "tag number"))
    )
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Desk", "No found item with tag {tag}."), tag=(tag_no or "").strip()
        )
    return _item(row)


@requires(Perm.COUNTER)
def item_photo(ctx: AppContext, item_id: int) -> bytes | None:
    """The photo, fetched only when one item is opened (never in lists)."""
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "found item number"))
    return lf_db.photo(ctx.db, item_id)


@requires(Perm.COUNTER)
def get_lost_report(ctx: AppContext, report_id: int) -> LostReport:
    report_id = validation.record_id(report_id, QT_TRANSLATE_NOOP("Desk", "lost report number"))
    row = lf_db.lost_report(ctx.db, report_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such lost report."))
    return _report(row)


@requires(Perm.COUNTER)
def search_found(
    ctx: AppContext,
    text: str = "",
    *,
    status: str | None = None,
    category: str | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    offset: int = 0,
    limit: int = 50,
    before_id: int | None = None,
) -> list[FoundItem]:
    """Found items holding every word of `text`, newest first, with filters; `before_id`
    (the last row shown) pages on by key, as cheap deep in the list as at its top."""
    offset, limit = page_args(offset, limit)
    before_id = _before(before_id)
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 200)
    filters = _filters(ctx, "found_at", status, category, day_from, day_to)
    rows = lost_found_search.run(ctx, "found", text, filters, offset, limit, before_id)
    return [_item(r) for r in rows]


def _before(before_id: int | None) -> int | None:
    if before_id is None:
        return None
    return validation.record_id(before_id, QT_TRANSLATE_NOOP("Desk", "row to page on from"))


@requires(Perm.COUNTER)
def search_reports(
    ctx: AppContext,
    text: str = "",
    *,
    status: str | None = None,
    category: str | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    offset: int = 0,
    limit: int = 50,
    before_id: int | None = None,
) -> list[LostReport]:
    """Lost reports holding every word of `text`, newest first, with filters; `before_id`
    pages on by key."""
    offset, limit = page_args(offset, limit)
    before_id = _before(before_id)
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "search text"), 200)
    filters = _filters(ctx, "reported_at", status, category, day_from, day_to)
    rows = lost_found_search.run(ctx, "lost", text, filters, offset, limit, before_id)
    return [_report(r) for r in rows]


def _filters(ctx, date_column, status, category, day_from, day_to) -> dict:
    day_from = validation.day(day_from, QT_TRANSLATE_NOOP("Desk", "first day"), False)
    day_to = validation.day(day_to, QT_TRANSLATE_NOOP("Desk", "last day"), False)
    filters = {}
    if status:
        filters["status"] = status
    if category:
        filters["category"] = category
    for edge, value in lost_found_search.day_bounds(ctx, day_from, day_to).items():
        filters[f"{date_column}__{edge}"] = value
    return filters


# --- leaving the desk: police or disposal -----------------------------------------------------
def _held(ctx: AppContext, item_id: int) -> dict:
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "found item number"))
    row = lf_db.found_item(ctx.db, item_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such found item."))
    if row["status"] != "held":
        raise LostFoundRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Item {tag} is no longer held ({status}); a found item leaves the desk only once.",
            ),
            tag=row["tag_no"],
            status=DeskText(STATUS_LABELS[row["status"]]),
        )
    return row


@requires(Perm.COUNTER)
def hand_to_police(
    ctx: AppContext, item_id: int, officer: str, station: str, note: str = ""
) -> FoundItem:
    """Hand a held item to the police; the officer and station are recorded."""
    officer, station = (
        _clean(officer, 60, QT_TRANSLATE_NOOP("Desk", "officer's name")),
        _clean(station, 80, QT_TRANSLATE_NOOP("Desk", "police station")),
    )
    if not officer or not station:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Record the officer's name and the police station.")
        )
    return _close(
        ctx,
        item_id,
        "police",
        dict(
            officer=officer,
            station=station,
            note=_clean(note, 200, QT_TRANSLATE_NOOP("Desk", "note")),
        ),
    )


@requires(Perm.VOID)
def dispose_item(
    ctx: AppContext, item_id: int, method: str, witness: str, note: str = ""
) -> FoundItem:
    """Dispose of an unclaimed item after its category's retention, with a witness; items
    for the police are never disposed of."""
    method, witness = (
        _clean(method, 80, QT_TRANSLATE_NOOP("Desk", "method")),
        _clean(witness, 60, QT_TRANSLATE_NOOP("Desk", "witness")),
    )
    if not method or not witness:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Record how the item is disposed of and who witnessed it.")
        )
    with atomic(ctx.db):
        row = _held(ctx, item_id)
        category = categories(ctx).get(row["category"])
        ends = retention_ends(category, row["found_at"]) if category else None
        if ends is None:
            raise LostFoundRefused(
                QT_TRANSLATE_NOOP(
                    "Desk", "{category} items are handed to the police, not disposed of."
                ),
                category=DeskText(category.label if category else ""),
            )
        if ctx.clock.now() < ends:
            raise LostFoundRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "Item {tag} is kept until {until}; it cannot be disposed of"
                    " before its retention period has passed.",
                ),
                tag=row["tag_no"],
                until=_local_day(ctx, ends),
            )
        return _close(
            ctx,
            item_id,
            "disposed",
            dict(
                method=method,
                witness=witness,
                note=_clean(note, 200, QT_TRANSLATE_NOOP("Desk", "note")),
            ),
        )


def _close(ctx: AppContext, item_id: int, kind: str, fields: dict) -> FoundItem:
    with atomic(ctx.db):
        row = _held(ctx, item_id)
        now = iso(ctx.clock.now())
        lf_db.insert_outcome(
            ctx.db, found_item_id=item_id, kind=kind, at=now, user_id=ctx.user.id, **fields
        )
        lf_db.set_found_status(ctx.db, item_id, kind, now)
        audit.record(
            ctx,
            f"found.{kind}",
            "found_item",
            item_id,
            {"status": row["status"]},
            {"status": kind, **fields},
        )
        return _item(lf_db.found_item(ctx.db, item_id))


def _local_day(ctx: AppContext, moment: datetime) -> str:
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(site.timezone(ctx))).strftime("%Y-%m-%d")


@requires(Perm.COUNTER)
def move_storage(ctx: AppContext, item_id: int, storage: str) -> FoundItem:
    """Record where a held item now sits (shelf, safe, fridge)."""
    storage = _clean(storage, 60, QT_TRANSLATE_NOOP("Desk", "storage place"))
    with atomic(ctx.db):
        row = _held(ctx, item_id)
        lf_db.set_storage(ctx.db, item_id, storage)
        audit.record(
            ctx,
            "found.storage",
            "found_item",
            item_id,
            {"storage": row["storage"]},
            {"storage": storage},
        )
        return _item(lf_db.found_item(ctx.db, item_id))


@requires(Perm.REVEAL_PERSONAL)
def reveal_report_phone(ctx: AppContext, report_id: int) -> str:
    """The full contact phone of a lost report, to call the customer back; supervisors
    only, and every reveal is audited."""
    report_id = validation.record_id(report_id, QT_TRANSLATE_NOOP("Desk", "lost report number"))
    with atomic(ctx.db):
        row = lf_db.lost_report(ctx.db, report_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such lost report."))
        audit.record(
            ctx,
            "lost.reveal_phone",
            "lost_report",
            report_id,
            None,
            {"report_no": row["report_no"]},
        )
        return row["contact_phone"]
