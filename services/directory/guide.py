"""The shop directory (rules 5.2.7): find a shop or a service point as the clerk types — name
in either language, pinyin initials ("xbk" finds 星巴克) or full pinyin, category, brand,
keywords, floor or unit — with its floor, unit, phone and opening hours.

Shops themselves are kept by services.shops; the directory adds hours, brand and keywords
per shop and the facilities (toilets, nursing room, ATM, parking pay stations, lifts). Its
index is brought up to date from those tables whenever it is searched, so a shop added or
renamed on the shops page is found at once."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import db.directory.guide as directory_db
import db.directory.shops as shops_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DeskText, NotFound, ValidationError
from services.core.permissions import Perm, internal, requires
from services.directory import floors
from services.directory.floors import floor_order

FACILITY_KINDS = {  # kind -> (label, words a visitor uses for it, in both languages)
    "toilet": (QT_TRANSLATE_NOOP("Desk", "Toilets"), "洗手间 卫生间 厕所 toilet restroom wc"),
    "nursing_room": (
        QT_TRANSLATE_NOOP("Desk", "Nursing room"),
        "母婴室 哺乳室 nursing room baby care",
    ),
    "atm": (QT_TRANSLATE_NOOP("Desk", "ATM"), "取款机 自动柜员机 银行 atm cash bank"),
    "parking_pay": (
        QT_TRANSLATE_NOOP("Desk", "Parking pay station"),
        "停车缴费 停车场 缴费机 parking pay car park",
    ),
    "lift": (QT_TRANSLATE_NOOP("Desk", "Lift"), "电梯 直梯 lift elevator"),
    "escalator": (QT_TRANSLATE_NOOP("Desk", "Escalator"), "扶梯 自动扶梯 escalator"),
    "service_desk": (
        QT_TRANSLATE_NOOP("Desk", "Service desk"),
        "服务台 客服中心 service desk information",
    ),
    "charging": (QT_TRANSLATE_NOOP("Desk", "Phone charging"), "充电宝 充电 charging power bank"),
}
# English words for the Chinese categories shops are filed under, so "coffee" or "food"
# finds them from an English-speaking visitor's question.
CATEGORY_WORDS = {
    "餐饮": "food restaurant dining eat",
    "咖啡": "coffee cafe",
    "服装": "clothing fashion",
    "运动": "sports sportswear shoes",
    "数码": "electronics digital phone",
    "珠宝": "jewellery jewelry gold",
    "美妆": "beauty cosmetics makeup",
    "个护": "personal care pharmacy",
    "玩具": "toys",
    "文化": "books culture",
    "生活": "lifestyle home goods",
    "娱乐": "entertainment cinema",
    "超市": "supermarket grocery",
    "家居": "home furniture",
    "母婴": "baby kids mother",
    "眼镜": "glasses optical eyewear",
    "儿童": "kids children",
    "教育": "education training",
    "服务": "services",
}
HOURS_RE = re.compile(r"^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$")
MALL_HOURS_SETTING = "directory.mall_hours"
DEFAULT_MALL_HOURS = "10:00-22:00"
MAX_RESULTS = 200


@dataclass(frozen=True)
class DirectoryEntry:
    """A shop or a facility as the directory shows it."""

    entry: str  # 's:12' or 'f:3'
    kind: str  # 'shop' or 'facility'
    ref_id: int
    name_zh: str
    name_en: str
    floor: str
    unit: str  # a shop's unit, a facility's location
    category: str  # a shop's category, a facility's kind
    phone: str
    hours: str
    brand: str = ""
    keywords: str = ""
    floor_zh: str = ""  # the floor's names (Settings › Directory)
    floor_en: str = ""

    def floor_label(self, lang: str = "zh_CN") -> str:
        """'L2 二层' — the floor's code with its name in `lang` when it has one."""
        first, second = (
            (self.floor_en, self.floor_zh)
            if lang.startswith("en")
            else (self.floor_zh, self.floor_en)
        )
        name = first or second
        return f"{self.floor} {name}" if name else self.floor

    @property
    def label(self) -> str:
        name = self.name_zh
        if self.name_en and self.name_en != self.name_zh:
            name = f"{name} {self.name_en}"
        return f"{name} ({self.unit})" if self.unit else name


# --- text for the index -------------------------------------------------------------------
def fold(text: str) -> str:
    """Half-width, lower case, single spaces: how both the index and a query are compared."""
    return " ".join(unicodedata.normalize("NFKC", text or "").lower().split())


def pinyin_forms(text: str) -> tuple[str, str]:
    """(initials, full pinyin) of the Chinese in `text`: 星巴克 -> ('xbk', 'xingbake')."""
    if not text:
        return "", ""
    # late: pypinyin loads its dictionaries on import (about 0.16 s), and only indexing a
    # changed shop needs it, never a search
    from pypinyin import Style, lazy_pinyin

    full = lazy_pinyin(text, errors="ignore")
    initials = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore")
    return fold("".join(initials)), fold("".join(full))


def _haystack(row: dict) -> tuple[str, str]:
    """Everything an entry may be found by, folded, and its pinyin initials."""
    words = [
        row["name_zh"],
        row["name_en"],
        row["unit"],
        row["floor"],
        row["category"],
        row["brand"],
        row["keywords"],
        row["floor_zh"],
        row["floor_en"],
    ]
    if row["kind"] == "facility":
        words.append(FACILITY_KINDS.get(row["category"], ("", ""))[1])
    else:
        words.append(CATEGORY_WORDS.get(row["category"], ""))
    initials, full = pinyin_forms(row["name_zh"])
    extra = [initials, full]
    for word in " ".join(words[4:]).split():  # category, brand, keywords, kind words
        if not word.isascii():
            extra.extend(pinyin_forms(word))
    return fold(" ".join(words + extra)), initials


@internal
def refresh_index(ctx) -> int:
    """Re-index the shops and facilities changed since the index last saw them."""
    db = ctx.db
    stale = directory_db.stale_entries(db)
    if not stale:
        return 0
    with atomic(db):
        for row in directory_db.stale_entries(db):
            haystack, initials = _haystack(row)
            directory_db.put_entry(
                db,
                entry=row["entry"],
                kind=row["kind"],
                ref_id=row["ref_id"],
                active=row["active"],
                source=row["source"],
                haystack=haystack,
                initials=initials,
            )
    return len(stale)


# --- search -------------------------------------------------------------------------------
@internal
def mall_hours(ctx) -> str:
    return site.get_setting(ctx, MALL_HOURS_SETTING, DEFAULT_MALL_HOURS)


def _entry(row: dict, default_hours: str) -> DirectoryEntry:
    return DirectoryEntry(
        row["entry"],
        row["kind"],
        row["ref_id"],
        row["name_zh"],
        row["name_en"],
        row["floor"],
        row["unit"],
        row["category"],
        row["phone"],
        row["hours"] or default_hours,
        row["brand"],
        row["keywords"],
        row["floor_zh"],
        row["floor_en"],
    )


def _rank(row: dict, query: str) -> tuple:
    """Names that start with the query first, then names holding it, then the rest."""
    names = (fold(row["name_zh"]), fold(row["name_en"]), row["initials"])
    if any(n.startswith(query) for n in names):
        best = 0
    elif any(query in n for n in names):
        best = 1
    else:
        best = 2
    return (best, row["kind"] != "shop", row["floor"], row["unit"], row["name_zh"])


@requires(Perm.COUNTER)
def search_directory(
    ctx: AppContext, text: str = "", floor: str = "", limit: int = MAX_RESULTS
) -> list[DirectoryEntry]:
    """Open shops and facilities holding every word typed, best matches first."""
    if directory_db.index_incomplete(ctx.db):  # a file from before the index kept up
        refresh_index(ctx)
    query = fold(text)
    rows = directory_db.search(ctx.db, query.split(), floor=floor)
    rows.sort(key=lambda r: _rank(r, query.replace(" ", "")))
    hours = mall_hours(ctx)
    return [_entry(r, hours) for r in rows[: max(1, min(limit, MAX_RESULTS))]]


@requires(Perm.COUNTER)
def directory_floors(ctx: AppContext) -> list[str]:
    """Floors with an open shop or facility, in the site's order of floors (Settings ›
    Directory; B2 before B1 before L1 until an admin moves one)."""
    used = set(directory_db.floors(ctx.db))
    order = [f.code for f in floors.floor_list(ctx)]
    return [c for c in order if c in used] + sorted(used - set(order), key=floor_order)


# --- keeping the directory (admins) -------------------------------------------------------
def _hours(value: str) -> str:
    value = unicodedata.normalize("NFKC", value or "").replace(" ", "").replace("–", "-")
    value = value.replace("~", "-")
    if value and not HOURS_RE.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Opening hours look like 10:00-22:00 (or stay empty for the mall's hours)."
            )
        )
    return value


@requires(Perm.MANAGE_SETTINGS)
def set_shop_details(
    ctx: AppContext, shop_id: int, hours: str = "", brand: str = "", keywords: str = ""
) -> DirectoryEntry:
    """Admins give a shop its opening hours (empty: the mall's), brand and search words."""
    shop_id = validation.record_id(shop_id, QT_TRANSLATE_NOOP("Desk", "shop number"))
    fields = {
        "hours": _hours(hours),
        "brand": " ".join(validation.text(brand, QT_TRANSLATE_NOOP("Desk", "brand"), 60).split()),
        "keywords": " ".join(
            validation.text(keywords, QT_TRANSLATE_NOOP("Desk", "keywords"), 200).split()
        ),
    }
    with atomic(ctx.db):
        if shops_db.by_id(ctx.db, shop_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No shop with number {id}."), id=shop_id)
        before = directory_db.details(ctx.db, shop_id)
        directory_db.put_details(ctx.db, shop_id, **fields, at=_now(ctx))
        audit.record(
            ctx,
            "directory.shop_details",
            "shop",
            shop_id,
            {k: before[k] for k in fields} if before else None,
            fields,
        )
        refresh_index(ctx)  # the index follows the change, not the next keystroke
    return get_entry(ctx, f"s:{shop_id}")


def _now(ctx: AppContext) -> str:
    return iso(ctx.clock.now())


def _facility_fields(
    kind: str, name_zh: str, name_en: str, floor: str, location: str, hours: str
) -> dict:
    if kind not in FACILITY_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose what kind of facility it is."))
    fields = {
        "kind": kind,
        "name_zh": " ".join(
            validation.text(name_zh, QT_TRANSLATE_NOOP("Desk", "Chinese name"), 60).split()
        ),
        "name_en": " ".join(
            validation.text(name_en, QT_TRANSLATE_NOOP("Desk", "English name"), 120).split()
        ),
        "floor": floors.canonical_code(floor),
        "location": " ".join(
            validation.text(location, QT_TRANSLATE_NOOP("Desk", "location"), 60).split()
        ),
        "hours": _hours(hours),
    }
    if not fields["floor"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Give the floor of the {what}."),
            what=DeskText(FACILITY_KINDS[kind][0]),
        )
    if not fields["name_zh"]:
        fields["name_zh"] = FACILITY_KINDS[kind][1].split()[0]
    return fields


@requires(Perm.MANAGE_SETTINGS)
def add_facility(
    ctx: AppContext,
    kind: str,
    floor: str,
    location: str = "",
    name_zh: str = "",
    name_en: str = "",
    hours: str = "",
) -> DirectoryEntry:
    """Admins add a service point the desk sends visitors to."""
    fields = _facility_fields(kind, name_zh, name_en, floor, location, hours)
    with atomic(ctx.db):
        fields["floor"] = floors.known_floor(ctx, fields["floor"], required=True)
        facility_id = directory_db.insert_facility(ctx.db, **fields, active=1, at=_now(ctx))
        audit.record(ctx, "directory.facility_add", "facility", facility_id, None, fields)
        refresh_index(ctx)
    return get_entry(ctx, f"f:{facility_id}")


@requires(Perm.MANAGE_SETTINGS)
def set_facility_active(ctx: AppContext, facility_id: int, active: bool) -> None:
    """A facility out of service (or back) leaves or rejoins the directory; never deleted."""
    facility_id = validation.record_id(facility_id, QT_TRANSLATE_NOOP("Desk", "facility number"))
    active = validation.flag(active, QT_TRANSLATE_NOOP("Desk", "facility in service"))
    with atomic(ctx.db):
        row = directory_db.facility(ctx.db, facility_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such facility."))
        if bool(row["active"]) != active:
            directory_db.update_facility(ctx.db, facility_id, active=int(active), at=_now(ctx))
            audit.record(
                ctx,
                "directory.facility_active",
                "facility",
                facility_id,
                {"active": bool(row["active"])},
                {"active": active},
            )
            refresh_index(ctx)


@requires(Perm.COUNTER)
def get_entry(ctx: AppContext, entry: str) -> DirectoryEntry:
    """One open shop ('s:12') or facility ('f:3') of the directory."""
    row = directory_db.entry(ctx.db, entry)
    if row is None or not row["active"]:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Desk", "This shop or facility is not in the directory (closed or out of service)."
            )
        )
    return _entry(row, mall_hours(ctx))


@requires(Perm.COUNTER)
def floor_entries(ctx: AppContext, floor: str) -> list[DirectoryEntry]:
    """Everything open on a floor, shops by unit then facilities (for the floor guide)."""
    hours = mall_hours(ctx)
    return [_entry(r, hours) for r in directory_db.entries_on_floor(ctx.db, floor)]
