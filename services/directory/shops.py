"""Shops: the site's tenants, named on loyalty receipts, invoices (as seller), complaints and
the directory. Admins keep the list; a shop is closed and reopened, never deleted."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import db.directory.shops as shops_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import (
    QT_TRANSLATE_NOOP,
    DeskText,
    DomainError,
    NotFound,
    ValidationError,
)
from services.core.identifiers import has_control, is_valid_uscc
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires

FIELDS = ("name_zh", "name_en", "unit", "floor", "category", "phone", "tax_id")
MAX_LENGTH = {"name_zh": 60, "name_en": 120, "unit": 30, "floor": 20, "category": 30, "phone": 40}
FIELD_LABELS = {
    "name_zh": QT_TRANSLATE_NOOP("Desk", "Chinese name"),
    "name_en": QT_TRANSLATE_NOOP("Desk", "English name"),
    "unit": QT_TRANSLATE_NOOP("Desk", "Unit"),
    "floor": QT_TRANSLATE_NOOP("Desk", "Floor"),
    "category": QT_TRANSLATE_NOOP("Desk", "Category"),
    "phone": QT_TRANSLATE_NOOP("Desk", "Phone"),
    "tax_id": QT_TRANSLATE_NOOP("Desk", "Tax ID"),
}
MAX_PAGE = 1000


@dataclass(frozen=True)
class Shop:
    id: int
    name_zh: str
    name_en: str = ""
    unit: str = ""
    floor: str = ""
    category: str = ""
    phone: str = ""
    tax_id: str = ""
    active: bool = True
    created_at: str = ""
    updated_at: str = ""

    @property
    def label(self) -> str:
        """How pickers and documents name a shop: 星巴克 Starbucks (L1-001)."""
        name = self.name_zh
        if self.name_en and self.name_en != self.name_zh:
            name = f"{name} {self.name_en}"
        return f"{name} ({self.unit})" if self.unit else name


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    ignored_columns: tuple[str, ...] = ()


def _shop(row: dict) -> Shop:
    return Shop(**{**row, "active": bool(row["active"])})


def _public(row: dict) -> dict:
    """A shop's data as the audit trail keeps it."""
    return {**{k: row[k] for k in FIELDS}, "active": bool(row["active"])}


# --- checks -------------------------------------------------------------------------------
def _squash(value) -> str:
    """Trim and collapse whitespace runs (newlines, the ideographic space) to one space."""
    return " ".join(str(value or "").split())


def _halfwidth(value: str) -> str:
    """Full-width letters, digits and dashes from a Chinese input method become ASCII."""
    return unicodedata.normalize("NFKC", value)


def normalise(fields: dict) -> dict:
    """Trimmed values; unit, phone and tax ID half-width, the tax ID upper case."""
    out = {k: _squash(v) for k, v in fields.items()}
    for key in ("unit", "phone", "tax_id"):
        if key in out:
            out[key] = _squash(_halfwidth(out[key]))
    if "tax_id" in out:
        out["tax_id"] = out["tax_id"].replace(" ", "").upper()
    return out


def field_problems(fields: dict) -> list[ValidationError]:
    """Everything wrong with already normalised values (the unit's uniqueness aside)."""
    found = []
    if "name_zh" in fields and not fields["name_zh"]:
        found.append(ValidationError(QT_TRANSLATE_NOOP("Desk", "A shop needs a Chinese name.")))
    for key, value in fields.items():
        limit = MAX_LENGTH.get(key)
        if has_control(value):
            found.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "The {field} contains a control character (from a scanner or a"
                        " paste); type it again without it.",
                    ),
                    field=DeskText(FIELD_LABELS.get(key, key)),
                )
            )
        elif limit and len(value) > limit:
            found.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Desk", "{field} is longer than {n} characters."),
                    field=DeskText(FIELD_LABELS[key]),
                    n=limit,
                )
            )
    tax_id = fields.get("tax_id")
    if tax_id and not is_valid_uscc(tax_id):
        found.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The tax ID {tax_id} is not a valid unified social credit code"
                    " (18 characters with a correct check character).",
                ),
                tax_id=tax_id,
            )
        )
    return found


def _valid(fields: dict) -> dict:
    fields = normalise(fields)
    found = field_problems(fields)
    if found:
        raise found[0]
    return fields


def _unit_taken(holder: dict) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Desk", "Unit {unit} is already taken by {shop}; close that shop first."),
        unit=holder["unit"],
        shop=_shop(holder).label,
    )


def _check_unit_free(ctx: AppContext, unit: str, shop_id: int | None = None) -> None:
    if not unit:
        return
    for row in shops_db.with_unit(ctx.db, unit):
        if row["active"] and row["id"] != shop_id:
            raise _unit_taken(row)


def _row(ctx: AppContext, shop_id: int) -> dict:
    shop_id = validation.record_id(shop_id, QT_TRANSLATE_NOOP("Desk", "shop number"))
    row = shops_db.by_id(ctx.db, shop_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No shop with number {id}."), id=shop_id)
    return row


# --- admin operations ---------------------------------------------------------------------
@requires(Perm.MANAGE_SETTINGS)
def add_shop(
    ctx: AppContext,
    name_zh: str,
    name_en: str = "",
    unit: str = "",
    floor: str = "",
    category: str = "",
    phone: str = "",
    tax_id: str = "",
) -> Shop:
    """Admins add a tenant; an open shop's unit is its own."""
    fields = _valid(
        dict(
            name_zh=name_zh,
            name_en=name_en,
            unit=unit,
            floor=floor,
            category=category,
            phone=phone,
            tax_id=tax_id,
        )
    )
    with atomic(ctx.db):
        fields["floor"] = _known_floor(ctx, fields["floor"])
        _check_unit_free(ctx, fields["unit"])
        shop_id = shops_db.insert(ctx.db, **fields, active=True, created_at=iso(ctx.clock.now()))
        row = shops_db.by_id(ctx.db, shop_id)
        audit.record(ctx, "shop.add", "shop", shop_id, None, _public(row))
        _reindex(ctx)
    return _shop(row)


def _known_floor(ctx: AppContext, value: str) -> str:
    """A shop stands on a floor of the site's list (Settings › Directory), or on none."""
    from services.directory.floors import known_floor  # late: floors re-index the guide

    return known_floor(ctx, value)


def _reindex(ctx: AppContext) -> None:
    """The directory's search index follows a change of shops in the same transaction, so a
    search never has to check it (services.directory.guide.refresh_index)."""
    from services.directory.guide import refresh_index  # late: the guide reads shops

    refresh_index(ctx)


def _changes(row: dict, fields: dict) -> dict:
    current = _public(row)
    return {k: v for k, v in fields.items() if current[k] != v}


def _write_changes(
    ctx: AppContext, row: dict, changes: dict, action: str, reindex: bool = True
) -> None:
    shops_db.update(ctx.db, row["id"], **changes, updated_at=iso(ctx.clock.now()))
    before = {k: v for k, v in _public(row).items() if k in changes}
    audit.record(ctx, action, "shop", row["id"], before, changes)
    if reindex:
        _reindex(ctx)


@requires(Perm.MANAGE_SETTINGS)
def update_shop(
    ctx: AppContext,
    shop_id: int,
    *,
    name_zh: str | None = None,
    name_en: str | None = None,
    unit: str | None = None,
    floor: str | None = None,
    category: str | None = None,
    phone: str | None = None,
    tax_id: str | None = None,
) -> Shop:
    """Admins correct a shop's details; fields left as None keep their value."""
    given = dict(
        name_zh=name_zh,
        name_en=name_en,
        unit=unit,
        floor=floor,
        category=category,
        phone=phone,
        tax_id=tax_id,
    )
    fields = _valid({k: v for k, v in given.items() if v is not None})
    with atomic(ctx.db):
        row = _row(ctx, shop_id)
        if "floor" in fields and fields["floor"] != row["floor"]:
            fields["floor"] = _known_floor(ctx, fields["floor"])
        changes = _changes(row, fields)
        if not changes:
            return _shop(row)
        if row["active"]:
            _check_unit_free(ctx, fields.get("unit", row["unit"]), shop_id)
        _write_changes(ctx, row, changes, "shop.update")
        return _shop(shops_db.by_id(ctx.db, shop_id))


@requires(Perm.MANAGE_SETTINGS)
def set_shop_active(ctx: AppContext, shop_id: int, active: bool) -> Shop:
    """Close a shop that left (its history stays) or reopen it if its unit is still free."""
    active = validation.flag(active, QT_TRANSLATE_NOOP("Desk", "shop open"))
    with atomic(ctx.db):
        row = _row(ctx, shop_id)
        if bool(row["active"]) == active:
            return _shop(row)
        if active:
            _check_unit_free(ctx, row["unit"], shop_id)
        _write_changes(ctx, row, {"active": active}, "shop.reopen" if active else "shop.close")
        return _shop(shops_db.by_id(ctx.db, shop_id))


# --- for every signed-in user -------------------------------------------------------------
@requires(Perm.COUNTER)
def get_shop(ctx: AppContext, shop_id: int) -> Shop:
    return _shop(_row(ctx, shop_id))


@requires(Perm.COUNTER)
def active_shops(ctx: AppContext) -> list[Shop]:
    """The open shops, by floor and unit, for pickers."""
    return [_shop(r) for r in shops_db.all_active(ctx.db)]


@requires(Perm.COUNTER)
def search_shops(
    ctx: AppContext, text: str = "", active_only: bool = True, offset: int = 0, limit: int = 200
) -> list[Shop]:
    """Shops whose names, unit, floor or category contain every word of `text`, a page at a
    time, by floor, unit and name."""
    offset, limit = page_args(offset, limit, MAX_PAGE)
    rows = shops_db.search(ctx.db, _squash(text), active_only, offset, limit)
    return [_shop(r) for r in rows]


@requires(Perm.COUNTER)
def count_shops(ctx: AppContext, text: str = "", active_only: bool = True) -> int:
    return shops_db.count(ctx.db, _squash(text), active_only)


@requires(Perm.COUNTER)
def known_floors(ctx: AppContext) -> list[str]:
    return shops_db.distinct_values(ctx.db, "floor")


@requires(Perm.COUNTER)
def known_categories(ctx: AppContext) -> list[str]:
    return shops_db.distinct_values(ctx.db, "category")


# --- CSV import ---------------------------------------------------------------------------
HEADERS = {
    "name_zh": "name_zh",
    "中文名称": "name_zh",
    "店铺名称": "name_zh",
    "name_en": "name_en",
    "英文名称": "name_en",
    "unit": "unit",
    "铺位号": "unit",
    "floor": "floor",
    "楼层": "floor",
    "category": "category",
    "业态": "category",
    "类别": "category",
    "phone": "phone",
    "电话": "phone",
    "tax_id": "tax_id",
    "税号": "tax_id",
    "active": "active",
    "是否营业": "active",
}
YES = {"1", "true", "yes", "y", "open", "是", "营业", "在营"}
NO = {"0", "false", "no", "n", "closed", "否", "停业", "关闭", "已关闭"}


class ImportRefused(ValidationError):
    """A CSV file with bad lines: each line's problem is listed and nothing was written."""

    SHOWN = 30

    def __init__(self, problems: list[tuple[int, DomainError]]):
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The file was not imported and nothing was changed."
                " Fix these {count} problem(s) and import it again:",
            ),
            count=len(problems),
        )
        self.problems = sorted(problems, key=lambda p: p[0])

    def render(self, translate=lambda s: s) -> str:
        lines = [super().render(translate)]
        line_text = translate(QT_TRANSLATE_NOOP("Desk", "Line {line}: {reason}"))
        for line, problem in self.problems[: self.SHOWN]:
            lines.append(line_text.format(line=line, reason=problem.render(translate)))
        if len(self.problems) > self.SHOWN:
            lines.append(
                translate(QT_TRANSLATE_NOOP("Desk", "… and {n} more.")).format(
                    n=len(self.problems) - self.SHOWN
                )
            )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


def _read_text(source: str | Path | bytes) -> str:
    """CSV text itself (a str with a line break, or bytes), or the path of a file."""
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return source.lstrip("\ufeff")
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        if not isinstance(source, (str, Path)) or not str(source).strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Choose a CSV file to import."))
        try:
            data = Path(source).read_bytes()
        except ValueError:  # a NUL byte cannot be in a path
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Choose a CSV file to import.")
            ) from None
        except OSError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "{path} cannot be read: {reason}"),
                path=str(source),
                reason=exc.strerror or str(exc),
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                'The file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (comma'
                ' delimited)" and import that file.',
            )
        ) from None


def _header_key(cell: str) -> str:
    return _squash(_halfwidth(cell)).lower().replace(" ", "_")


def _read_header(cells: list[str], line: int) -> tuple[list[str | None], list[str], list]:
    keys, ignored, problems = [], [], []
    for cell in cells:
        key = HEADERS.get(_header_key(cell))
        if key is None and cell.strip():
            ignored.append(cell.strip())
        elif key is not None and key in keys:
            problems.append(
                (
                    line,
                    ValidationError(
                        QT_TRANSLATE_NOOP("Desk", "The column {column} appears twice."), column=cell
                    ),
                )
            )
        keys.append(key)
    if "name_zh" not in keys:
        problems.append(
            (
                line,
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "The first line must name the columns, with a Chinese name column"
                        " (name_zh, 中文名称 or 店铺名称).",
                    )
                ),
            )
        )
    return keys, ignored, problems


def _read_active(text: str) -> bool | None:
    value = _squash(_halfwidth(text)).lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Desk", '"{value}" does not say whether the shop is open (use 1 or 0, 是 or 否).'
        ),
        value=text,
    )


def _row_fields(keys: list[str | None], cells: list[str]) -> tuple[dict, list[DomainError]]:
    raw = {key: (cells[i] if i < len(cells) else "") for i, key in enumerate(keys) if key}
    active_text = raw.pop("active", "")
    fields = normalise(raw)
    problems: list[DomainError] = list(field_problems(fields))
    if any(c.strip() for c in cells[len(keys) :]):
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk", "This line has more values than the first line has columns."
                )
            )
        )
    if _squash(active_text):
        try:
            fields["active"] = _read_active(active_text)
        except ValidationError as exc:
            problems.append(exc)
    return fields, problems


def _parse_csv(text: str) -> tuple[list[tuple[int, dict]], list[str], list]:
    """(line, fields) for each shop row, the ignored columns, and the problems found."""
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    keys, ignored, rows, problems, end = None, [], [], [], 0
    try:
        for cells in reader:
            line, end = end + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if keys is None:
                keys, ignored, problems = _read_header(cells, line)
                if problems:
                    return [], ignored, problems
                continue
            fields, found = _row_fields(keys, cells)
            problems.extend((line, p) for p in found)
            rows.append((line, fields))
    except csv.Error as exc:
        problems.append(
            (
                end + 1,
                ValidationError(
                    QT_TRANSLATE_NOOP("Desk", "The CSV cannot be read here: {reason}"),
                    reason=str(exc),
                ),
            )
        )
    if keys is not None and not rows and not problems:
        problems.append(
            (
                end,
                ValidationError(
                    QT_TRANSLATE_NOOP("Desk", "The file names its columns but has no shops in it.")
                ),
            )
        )
    if keys is None:
        problems.append((1, ValidationError(QT_TRANSLATE_NOOP("Desk", "The file is empty."))))
    return rows, ignored, problems


def _match(ctx: AppContext, fields: dict) -> dict | None:
    """The shop a row is about: by unit (same name first, else the open shop there); a row
    without a unit by its exact Chinese name."""
    name = fields["name_zh"]
    if fields.get("unit"):
        at_unit = shops_db.with_unit(ctx.db, fields["unit"])
        same_name = [r for r in at_unit if r["name_zh"] == name]
        return (same_name or [r for r in at_unit if r["active"]] or [None])[0]
    named = shops_db.by_name_zh(ctx.db, name)
    if "unit" in fields:  # the file has units: a row without one is a shop without one
        named = [r for r in named if not r["unit"]]
    if len([r for r in named if r["active"]]) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "Several open shops are named {name}; give the unit to say which one."
            ),
            name=name,
        )
    return (named or [None])[0]


@dataclass
class _Planned:
    line: int
    target: dict | None
    final: dict
    changes: dict


def _plan(ctx: AppContext, rows: list[tuple[int, dict]]) -> tuple[list[_Planned], list]:
    plans, problems, claimed = [], [], {}
    for line, fields in rows:
        try:
            target = _match(ctx, fields)
        except ValidationError as exc:
            problems.append((line, exc))
            continue
        if target is not None and target["id"] in claimed:
            problems.append(
                (
                    line,
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Desk", "This line is about the same shop as line {other}."
                        ),
                        other=claimed[target["id"]],
                    ),
                )
            )
            continue
        if fields.get("floor") and (target is None or fields["floor"] != target["floor"]):
            try:
                fields = {**fields, "floor": _known_floor(ctx, fields["floor"])}
            except ValidationError as exc:
                problems.append((line, exc))
                continue
        if target is None:
            final = {**{k: "" for k in FIELDS}, "active": True, **fields}
            plans.append(_Planned(line, None, final, final))
        else:
            claimed[target["id"]] = line
            plans.append(
                _Planned(line, target, {**_public(target), **fields}, _changes(target, fields))
            )
    return plans, problems + _unit_clashes(ctx, plans, set(claimed))


def _unit_clashes(ctx: AppContext, plans: list[_Planned], claimed: set[int]) -> list:
    """Two open shops on one unit, counting the file's rows and the shops it leaves alone."""
    problems, seen = [], {}
    for plan in plans:
        unit = plan.final["unit"]
        if not (plan.final["active"] and unit):
            continue
        if unit.lower() in seen:
            problems.append(
                (
                    plan.line,
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Desk", "Unit {unit} is also given to an open shop on line {other}."
                        ),
                        unit=unit,
                        other=seen[unit.lower()],
                    ),
                )
            )
            continue
        seen[unit.lower()] = plan.line
        holders = [
            r for r in shops_db.with_unit(ctx.db, unit) if r["active"] and r["id"] not in claimed
        ]
        if holders:
            problems.append((plan.line, _unit_taken(holders[0])))
    return problems


@requires(Perm.MANAGE_SETTINGS)
def import_shops_csv(ctx: AppContext, source: str | Path | bytes) -> ImportResult:
    """Add or update shops from a UTF-8 CSV (English or Chinese headers); a row updates the
    shop at its unit. Every row is checked first: one bad row and nothing is written."""
    rows, ignored, problems = _parse_csv(_read_text(source))
    if problems and not rows:
        raise ImportRefused(problems)
    with atomic(ctx.db):
        bad_lines = {line for line, _ in problems}
        plans, clashes = _plan(ctx, [r for r in rows if r[0] not in bad_lines])
        problems += clashes
        if problems:
            raise ImportRefused(problems)
        now = iso(ctx.clock.now())
        added = updated = 0
        for plan in plans:
            if plan.target is None:
                shop_id = shops_db.insert(ctx.db, **plan.final, created_at=now)
                audit.record(ctx, "shop.import_add", "shop", shop_id, None, plan.final)
                added += 1
            elif plan.changes:
                _write_changes(ctx, plan.target, plan.changes, "shop.import_update", False)
                updated += 1
        _reindex(ctx)  # once for the whole file
    return ImportResult(added, updated, len(plans) - added - updated, tuple(ignored))
