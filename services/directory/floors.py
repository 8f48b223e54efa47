"""The site's floors (B2, B1, L1, 1F ...): the list shops and facilities are placed on, the
directory groups by and the floor guide prints, kept by an admin on Settings › Directory.

A floor has a code in canonical form (half-width, upper case, no spaces; unique whatever the
case), a name in both languages and an order. Shops and facilities keep the code, so a floor
is renamed by its names and never by its code; a floor is retired, never deleted, and only
when no open shop or facility in service stands on it. Every change is audited with before
and after."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import db.directory.floors as floors_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.core.permissions import Perm, internal, requires

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{0,7}$")
NAME_ZH_MAX, NAME_EN_MAX = 30, 60


@dataclass(frozen=True)
class Floor:
    id: int
    code: str
    name_zh: str = ""
    name_en: str = ""
    position: int = 0
    active: bool = True
    shops: int = 0  # open shops standing on it
    facilities: int = 0  # facilities in service on it

    def name(self, lang: str = "zh_CN") -> str:
        """The floor's name in `lang`, else in the other language, else nothing."""
        first, second = (
            (self.name_en, self.name_zh) if lang.startswith("en") else (self.name_zh, self.name_en)
        )
        return first or second

    def label(self, lang: str = "zh_CN") -> str:
        """'L2 二层' — the code with the name in `lang` when it has one."""
        name = self.name(lang)
        return f"{self.code} {name}" if name else self.code

    @property
    def full_label(self) -> str:
        """'L2 二层 Level 2' — the code with both names (the printed guide is bilingual)."""
        parts = [self.code, self.name_zh]
        if self.name_en != self.name_zh:
            parts.append(self.name_en)
        return " ".join(p for p in parts if p)


def floor_order(code: str) -> tuple:
    """The natural order of floor codes: B2 before B1 before L1/1F before L2."""
    match = re.match(r"^([A-Za-z]*)(\d+)", code or "")
    if not match:
        return (1, 0, code)
    prefix, number = match.group(1).upper(), int(match.group(2))
    return (0, -number, code) if prefix == "B" else (1, number, code)


def _floor(row: dict) -> Floor:
    return Floor(
        id=row["id"],
        code=row["code"],
        name_zh=row["name_zh"],
        name_en=row["name_en"],
        position=row["position"],
        active=bool(row["active"]),
        shops=row.get("shops", 0),
        facilities=row.get("facilities", 0),
    )


def _ordered(rows: list[dict]) -> list[Floor]:
    """Floors by the admin's order; floors never placed (position 0) in the natural order
    first, so a site's floors read B2, B1, L1 ... until an admin moves one."""
    return [_floor(r) for r in sorted(rows, key=lambda r: (r["position"], floor_order(r["code"])))]


def canonical_code(value) -> str:
    """A floor code as it is kept: half-width, upper case, without spaces."""
    text = validation.text(value, QT_TRANSLATE_NOOP("Desk", "floor"), 20)
    return unicodedata.normalize("NFKC", text).upper().replace(" ", "")


def _names(name_zh, name_en) -> dict:
    return {
        "name_zh": " ".join(
            validation.text(
                name_zh, QT_TRANSLATE_NOOP("Desk", "Chinese name of the floor"), NAME_ZH_MAX
            ).split()
        ),
        "name_en": " ".join(
            validation.text(
                name_en, QT_TRANSLATE_NOOP("Desk", "English name of the floor"), NAME_EN_MAX
            ).split()
        ),
    }


def _row(ctx: AppContext, floor_id) -> dict:
    floor_id = validation.record_id(floor_id, QT_TRANSLATE_NOOP("Desk", "floor number"))
    row = floors_db.by_id(ctx.db, floor_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such floor."))
    return row


def _public(row: dict) -> dict:
    return {
        "code": row["code"],
        "name_zh": row["name_zh"],
        "name_en": row["name_en"],
        "position": row["position"],
        "active": bool(row["active"]),
    }


# --- for every signed-in user --------------------------------------------------------------
@requires(Perm.COUNTER)
def floor_list(ctx: AppContext) -> list[Floor]:
    """The floors in use, in the site's order (for pickers, the directory, the floor guide)."""
    return [f for f in _ordered(floors_db.all_floors(ctx.db)) if f.active]


@internal
def known_floor(ctx: AppContext, value, required: bool = False) -> str:
    """The code of a floor in use that `value` names (any letter case, full-width or not);
    '' for an empty value when the floor may be left out; else a ValidationError."""
    code = canonical_code(value)
    if not code:
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose the floor."))
        return ""
    row = floors_db.by_code(ctx.db, code) or floors_db.by_upper_code(ctx.db, code)
    if row is None or not row["active"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "There is no floor {floor} in use; add it under Settings › Directory first.",
            ),
            floor=code,
        )
    return row["code"]


# --- admins --------------------------------------------------------------------------------
@requires(Perm.MANAGE_SETTINGS)
def all_floors(ctx: AppContext) -> list[Floor]:
    """Every floor, retired ones too, with the open shops and facilities on each."""
    return _ordered(floors_db.all_floors(ctx.db))


@requires(Perm.MANAGE_SETTINGS)
def add_floor(ctx: AppContext, code: str, name_zh: str = "", name_en: str = "") -> Floor:
    """Admins add a floor; its code is unique whatever the letter case. It goes last in the
    order (move it up where it belongs)."""
    code = canonical_code(code)
    if not CODE_RE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "A floor code is 1 to 8 letters, digits or -, starting with a letter or a"
                " digit (for example B1, L2 or 3F).",
            )
        )
    names = _names(name_zh, name_en)
    with atomic(ctx.db):
        same = floors_db.by_upper_code(ctx.db, code)
        if same is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Floor {floor} is already in the list.")
                if same["active"]
                else QT_TRANSLATE_NOOP(
                    "Desk", "Floor {floor} is in the list but retired; bring it back instead."
                ),
                floor=same["code"],
            )
        floor_id = floors_db.insert(
            ctx.db, code=code, position=floors_db.last_position(ctx.db) + 1, **names
        )
        row = floors_db.by_id(ctx.db, floor_id)
        audit.record(ctx, "floor.add", "floor", code, None, _public(row))
    return _floor(row)


@requires(Perm.MANAGE_SETTINGS)
def rename_floor(ctx: AppContext, floor_id: int, name_zh: str, name_en: str) -> Floor:
    """Admins rename a floor (its names; shops keep the code); the directory's search finds
    the shops on it by the new name at once."""
    names = _names(name_zh, name_en)
    with atomic(ctx.db):
        row = _row(ctx, floor_id)
        before = {k: row[k] for k in names}
        if before == names:
            return _floor(row)
        floors_db.update(ctx.db, row["id"], **names)
        audit.record(ctx, "floor.rename", "floor", row["code"], before, names)
        _reindex(ctx)
        return _floor(floors_db.by_id(ctx.db, row["id"]))


@requires(Perm.MANAGE_SETTINGS)
def move_floor(ctx: AppContext, floor_id: int, steps: int) -> list[Floor]:
    """Admins move a floor up (steps < 0) or down the site's order; the new order."""
    steps = validation.whole_number(steps, QT_TRANSLATE_NOOP("Desk", "steps"), -100, 100)
    with atomic(ctx.db):
        row = _row(ctx, floor_id)
        order = _ordered(floors_db.all_floors(ctx.db))
        codes = [f.code for f in order]
        here = codes.index(row["code"])
        there = max(0, min(len(order) - 1, here + steps))
        if there == here:
            return order
        moved = order.pop(here)
        order.insert(there, moved)
        for position, floor in enumerate(order, start=1):
            if floor.position != position:
                floors_db.update(ctx.db, floor.id, position=position)
        audit.record(
            ctx,
            "floor.move",
            "floor",
            row["code"],
            {"order": codes},
            {"order": [f.code for f in order]},
        )
        return _ordered(floors_db.all_floors(ctx.db))


@requires(Perm.MANAGE_SETTINGS)
def set_floor_active(ctx: AppContext, floor_id: int, active: bool) -> Floor:
    """Retire a floor no open shop or facility stands on, or bring a retired one back."""
    active = validation.flag(active, QT_TRANSLATE_NOOP("Desk", "floor in use"))
    with atomic(ctx.db):
        row = _row(ctx, floor_id)
        if bool(row["active"]) == active:
            return _floor(row)
        if not active:
            shops, facilities = floors_db.users_of(ctx.db, row["code"])
            if shops or facilities:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "Floor {floor} cannot be retired while shops or facilities stand on"
                        " it (open shops: {shops}; facilities in service: {facilities}). Move"
                        " or close them first.",
                    ),
                    floor=row["code"],
                    shops=shops,
                    facilities=facilities,
                )
        floors_db.update(ctx.db, row["id"], active=int(active))
        audit.record(
            ctx,
            "floor.restore" if active else "floor.retire",
            "floor",
            row["code"],
            {"active": bool(row["active"])},
            {"active": active},
        )
        return _floor(floors_db.by_id(ctx.db, row["id"]))


def _reindex(ctx: AppContext) -> None:
    from services.directory.guide import refresh_index  # late: the guide reads floors

    refresh_index(ctx)
