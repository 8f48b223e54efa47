"""The desk's own lists on the settings page: complaint categories and departments, found
item categories with their retention (how long an item is kept before disposal, or handed to
the police), and the mall's opening hours in the directory. Each change is checked, shows
what it touches and is audited with before and after."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import db.admin.lists as lists_db
import db.admin.settings as settings_db
import db.directory.guide as directory_db
from db.core.connection import atomic
from services.admin import business_hours as hours
from services.complaints import cases as complaints
from services.core import audit, validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import Perm, requires
from services.directory import guide
from services.lost_found import items as found

MAX_ENTRIES = 40
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,29}$")
FOUND_RULES = ("days", "months", "police")


@dataclass(frozen=True)
class ComplaintLists:
    categories: tuple[str, ...]
    departments: tuple[str, ...]


@dataclass(frozen=True)
class ListsEffect:
    removed_in_use: int  # open cases whose category or department leaves the list


def _clean_list(values, what: str) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        text = " ".join(validation.text(value, what, 40).split())
        if text and text not in out:
            out.append(text)
    if not out:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Keep at least one entry in the list of {what}."),
            what=validation.field_name(what),
        )
    if len(out) > MAX_ENTRIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "A list holds at most {n} entries."), n=MAX_ENTRIES
        )
    return tuple(out)


@requires(Perm.MANAGE_SETTINGS)
def complaint_lists(ctx: AppContext) -> ComplaintLists:
    return ComplaintLists(tuple(complaints.categories(ctx)), tuple(complaints.departments(ctx)))


def _checked_lists(new: ComplaintLists) -> ComplaintLists:
    return ComplaintLists(
        _clean_list(new.categories, QT_TRANSLATE_NOOP("Desk", "complaint categories")),
        _clean_list(new.departments, QT_TRANSLATE_NOOP("Desk", "departments")),
    )


def _lists_effect(ctx, before: ComplaintLists, new: ComplaintLists) -> ListsEffect:
    gone_cat = [c for c in before.categories if c not in new.categories]
    gone_dep = [d for d in before.departments if d not in new.departments]
    return ListsEffect(
        lists_db.open_cases_in(ctx.db, "category", gone_cat)
        + lists_db.open_cases_in(ctx.db, "forwarded_to", gone_dep)
    )


@requires(Perm.MANAGE_SETTINGS)
def preview_complaint_lists(ctx: AppContext, new: ComplaintLists) -> ListsEffect:
    """How many open cases use an entry the change removes (they keep it)."""
    return _lists_effect(ctx, complaint_lists(ctx), _checked_lists(new))


@requires(Perm.MANAGE_SETTINGS)
def update_complaint_lists(ctx: AppContext, new: ComplaintLists) -> ListsEffect:
    """Admins set the complaint categories and the departments a case is forwarded to;
    open cases keep what they have; audited."""
    new = _checked_lists(new)
    with atomic(ctx.db):
        before = complaint_lists(ctx)
        if before == new:
            return ListsEffect(0)
        effect = _lists_effect(ctx, before, new)
        settings_db.put(ctx.db, complaints.CATEGORIES_SETTING, list(new.categories))
        settings_db.put(ctx.db, complaints.DEPARTMENTS_SETTING, list(new.departments))
        audit.record(
            ctx,
            "settings.complaint_lists",
            "setting",
            "complaints",
            {"categories": list(before.categories), "departments": list(before.departments)},
            {"categories": list(new.categories), "departments": list(new.departments)},
        )
    return effect


# --- found items ---------------------------------------------------------------------------
@requires(Perm.MANAGE_SETTINGS)
def found_categories(ctx: AppContext) -> list[found.Category]:
    return list(found.categories(ctx).values())


def _own_categories(ctx) -> dict:
    return json.loads(settings_db.get(ctx.db, found.CATEGORY_SETTING, "{}") or "{}")


def _checked_category(
    code: str, label: str, rule: str, period: int, label_en: str = ""
) -> found.Category:
    code = validation.text(code, QT_TRANSLATE_NOOP("Desk", "category code"), 30).lower()
    if not CODE_RE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "A category code is 2 to 30 small letters, digits or _, starting with a"
                " letter (for example umbrella).",
            )
        )
    label = " ".join(validation.text(label, QT_TRANSLATE_NOOP("Desk", "name"), 40).split())
    if not label:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Give the category a name."))
    label_en = " ".join(
        validation.text(label_en, QT_TRANSLATE_NOOP("Desk", "English name"), 40).split()
    )
    if rule not in FOUND_RULES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "An item is kept some days, some months, or handed to the police."
            )
        )
    period = validation.whole_number(period, QT_TRANSLATE_NOOP("Desk", "retention period"), 0, 365)
    if rule == "police":
        period = 0
    elif period < 1 or (rule == "months" and period > 36):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "An item is kept 1 to 365 days or 1 to 36 months before disposal."
            )
        )
    return found.Category(code, label, rule, period, label_en)


@requires(Perm.MANAGE_SETTINGS)
def preview_found_category(
    ctx: AppContext, code: str, label: str, rule: str, period: int, label_en: str = ""
) -> int:
    """Held items whose disposal date the change moves."""
    category = _checked_category(code, label, rule, period, label_en)
    old = found.categories(ctx).get(category.code)
    if old is not None and (old.rule, old.period) == (category.rule, category.period):
        return 0
    return lists_db.held_found_items(ctx.db, category.code)


@requires(Perm.MANAGE_SETTINGS)
def put_found_category(
    ctx: AppContext, code: str, label: str, rule: str, period: int, label_en: str = ""
) -> found.Category:
    """Admins add a found-item category or change one's names or retention; audited. A
    name in English besides the site's own is shown on English screens and documents."""
    category = _checked_category(code, label, rule, period, label_en)
    with atomic(ctx.db):
        old = found.categories(ctx).get(category.code)
        if old == category:
            return category
        own = _own_categories(ctx)
        spec = {"rule": category.rule, "period": category.period}
        if old is None or category.label != old.label:
            spec["label"] = category.label
        elif "label" in own.get(category.code, {}):
            spec["label"] = own[category.code]["label"]
        if category.label_en:
            spec["label_en"] = category.label_en
        own[category.code] = spec
        settings_db.put(ctx.db, found.CATEGORY_SETTING, json.dumps(own, ensure_ascii=False))
        audit.record(
            ctx,
            "settings.found_category",
            "setting",
            category.code,
            None
            if old is None
            else {
                "label": old.label,
                "label_en": old.label_en,
                "rule": old.rule,
                "period": old.period,
            },
            {
                "label": category.label,
                "label_en": category.label_en,
                "rule": category.rule,
                "period": category.period,
            },
        )
    return category


# --- directory -------------------------------------------------------------------------------
@requires(Perm.MANAGE_SETTINGS)
def mall_hours(ctx: AppContext) -> str:
    return guide.mall_hours(ctx)


@requires(Perm.MANAGE_SETTINGS)
def update_mall_hours(ctx: AppContext, text: str) -> str:
    """The hours the directory shows for every shop without its own; audited."""
    text = validation.text(text, QT_TRANSLATE_NOOP("Desk", "opening hours"), 20).replace(" ", "")
    opens, closes = hours.parse_opening(text)
    value = f"{opens:%H:%M}-{closes:%H:%M}"
    with atomic(ctx.db):
        before = guide.mall_hours(ctx)
        if before != value:
            settings_db.put(ctx.db, guide.MALL_HOURS_SETTING, value)
            audit.record(ctx, "settings.mall_hours", "setting", "directory", before, value)
    return value


@requires(Perm.MANAGE_SETTINGS)
def all_facilities(ctx: AppContext) -> list[dict]:
    """Every facility of the directory, in service or not, by floor."""
    return sorted(
        directory_db.facilities(ctx.db, active_only=False),
        key=lambda f: (guide.floor_order(f["floor"]), f["kind"], f["id"]),
    )
