"""The site's desks (counters) and which one this PC is (DOMAIN.md: several desks may serve
one site; each has its own shift and drawer).

The site's database keeps the register: a code in one canonical form (NFKC, trimmed, case
folded: a code typed full-width or in capitals is the same desk), a name in both languages,
active or retired. Admins keep it on Settings › Desks; every change is audited; a desk is
retired, never deleted, and its code never changes.

Which desk a PC is lives on that PC, in the user's config folder (several PCs share one
database, so it cannot live in it): set by the first-run wizard, or by the "Which desk is
this?" choice before sign-in on a PC joining a site; `--desk` overrides it for one run.
`FRONTDESK_CONFIG_FOLDER` names another folder (tests, a portable install)."""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

import db.shifts.desks as desks_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core.context import DEFAULT_DESK, AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.core.identifiers import canonical_id
from services.core.permissions import Perm, before_sign_in, internal, requires, signed_in

log = logging.getLogger("frontdesk")

CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,19}$")
NAME_ZH_MAX, NAME_EN_MAX = 30, 60
FOLDER_VARIABLE = "FRONTDESK_CONFIG_FOLDER"
PC_FILE = "desk.json"
WHOLE_SITE = ""  # a hand-over voucher of the days before desks were kept


@dataclass(frozen=True)
class Desk:
    id: int
    code: str
    name_zh: str = ""
    name_en: str = ""
    active: bool = True
    open_shift: bool = False  # a shift is open at it now

    def name(self, lang: str = "zh_CN") -> str:
        """The desk's name in `lang`, else in the other language, else its code."""
        first, second = (
            (self.name_en, self.name_zh) if lang.startswith("en") else (self.name_zh, self.name_en)
        )
        return first or second or self.code

    def label(self, lang: str = "zh_CN") -> str:
        """'总服务台 (main)': the name with the code people type at --desk."""
        name = self.name(lang)
        return f"{name} ({self.code})" if name != self.code else self.code


def _desk(row: dict) -> Desk:
    return Desk(
        row["id"],
        row["code"],
        row["name_zh"],
        row["name_en"],
        bool(row["active"]),
        bool(row.get("open_shifts", 0)),
    )


@internal
def canonical_code(value) -> str:
    """A desk code as it is kept and compared: NFKC, trimmed, case folded, lower case; 1 to
    20 letters, digits, - or _."""
    # the site's canonical form (NFKC, trimmed, case folded), kept in lower case as the
    # codes shifts have carried since the first schema ("main")
    code = canonical_id(value, QT_TRANSLATE_NOOP("Desk", "desk"), 20).lower()
    if not CODE_RE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "A desk code is 1 to 20 letters, digits, - or _, starting with a letter or a"
                " digit (for example main, north or car-park).",
            )
        )
    return code


def _names(name_zh, name_en) -> dict:
    return {
        "name_zh": " ".join(
            validation.text(
                name_zh, QT_TRANSLATE_NOOP("Desk", "Chinese name of the desk"), NAME_ZH_MAX
            ).split()
        ),
        "name_en": " ".join(
            validation.text(
                name_en, QT_TRANSLATE_NOOP("Desk", "English name of the desk"), NAME_EN_MAX
            ).split()
        ),
    }


def _public(row: dict) -> dict:
    return {k: row[k] for k in ("code", "name_zh", "name_en")} | {"active": bool(row["active"])}


def _row(ctx: AppContext, desk_id) -> dict:
    desk_id = validation.record_id(desk_id, QT_TRANSLATE_NOOP("Desk", "desk number"))
    row = desks_db.by_id(ctx.db, desk_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such desk."))
    return row


# --- anyone, before sign-in too: the desks a PC may be --------------------------------------
@before_sign_in
def desk_choices(ctx) -> list[Desk]:
    """The desks in service, in the register's order (the "Which desk is this?" choice,
    the ledger's desk choice, the status bar's name)."""
    return [d for d in map(_desk, desks_db.all_desks(ctx.db)) if d.active]


@before_sign_in
def desk_label(ctx, code: str | None = None, lang: str = "zh_CN") -> str:
    """A desk as a person reads it: its name and code (this PC's desk when none is named)."""
    code = code if code is not None else ctx.desk
    row = desks_db.by_code(ctx.db, code)
    return _desk(row).label(lang) if row else code


@signed_in
def desk_list(ctx) -> list[Desk]:
    """Every desk of the register, retired ones too (they keep their days): the ledger's
    and the hand-over's desk choice."""
    return [_desk(r) for r in desks_db.all_desks(ctx.db)]


@before_sign_in
def desk_name(ctx, code: str, lang: str = "zh_CN") -> str:
    """A desk by its name alone in `lang` (documents speak one language, with no codes)."""
    row = desks_db.by_code(ctx.db, code)
    return _desk(row).name(lang) if row else code


@internal
def known_desk(ctx, value) -> str:
    """The code of a desk in service that `value` names (any case, full-width or not)."""
    code = canonical_code(value)
    row = desks_db.by_code(ctx.db, code)
    if row is None or not row["active"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "There is no desk {desk} in service at this site; an admin adds it under"
                " Settings › Desks first.",
            ),
            desk=code,
        )
    return code


# --- this PC ---------------------------------------------------------------------------------
def _pc_file() -> Path:
    folder = os.environ.get(FOLDER_VARIABLE, "").strip() or platformdirs.user_config_dir(
        "FrontDesk", appauthor=False
    )
    return Path(folder) / PC_FILE


def saved_pc_desk() -> str | None:
    """The desk code saved on this PC, or None (never set, or the file is unreadable)."""
    try:
        code = json.loads(_pc_file().read_text(encoding="utf-8")).get("desk")
    except (OSError, ValueError, AttributeError):
        return None
    return code if isinstance(code, str) and CODE_RE.match(code) else None


def remember_pc_desk(code: str) -> None:
    """Save on this PC which desk it is (a code `choose_pc_desk` or the first run gave)."""
    if not isinstance(code, str) or not CODE_RE.match(code):
        raise ValueError(f"not a desk code: {code!r}")
    path = _pc_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps({"desk": code}), encoding="utf-8")
    os.replace(temp, path)  # never a half-written file
    log.info("this PC is desk %s", code)


@before_sign_in
def pc_desk(ctx) -> str | None:
    """This PC's desk at this site: the one saved on the PC when the site has it in service;
    the only desk of a site that has one; else None (the PC asks which desk it is)."""
    choices = desk_choices(ctx)
    codes = [d.code for d in choices]
    saved = saved_pc_desk()
    if saved in codes:
        return saved
    return codes[0] if len(codes) == 1 else None


@before_sign_in
def choose_pc_desk(ctx, value) -> str:
    """The desk this PC is to be: a desk in service at the site, in canonical form (the
    caller remembers it on the PC with `remember_pc_desk`)."""
    return known_desk(ctx, value)


# --- admins: the register -------------------------------------------------------------------
@requires(Perm.MANAGE_SETTINGS)
def all_desks(ctx: AppContext) -> list[Desk]:
    """Every desk, retired ones too, with whether a shift is open at it."""
    return [_desk(r) for r in desks_db.all_desks(ctx.db)]


@requires(Perm.MANAGE_SETTINGS)
def add_desk(ctx: AppContext, code: str, name_zh: str = "", name_en: str = "") -> Desk:
    """Admins add a desk; its code is unique in its canonical form."""
    code = canonical_code(code)
    names = _names(name_zh, name_en)
    with atomic(ctx.db):
        same = desks_db.by_code(ctx.db, code)
        if same is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Desk", "Desk {desk} is already in the register.")
                if same["active"]
                else QT_TRANSLATE_NOOP(
                    "Desk", "Desk {desk} is in the register but retired; bring it back instead."
                ),
                desk=code,
            )
        desk_id = desks_db.insert(ctx.db, code=code, **names)
        row = desks_db.by_id(ctx.db, desk_id)
        audit.record(ctx, "desk.add", "desk", code, None, _public(row))
        return _desk(row)


@requires(Perm.MANAGE_SETTINGS)
def rename_desk(ctx: AppContext, desk_id: int, name_zh: str, name_en: str) -> Desk:
    """Admins rename a desk (its names; the code shifts and vouchers keep never changes)."""
    names = _names(name_zh, name_en)
    with atomic(ctx.db):
        row = _row(ctx, desk_id)
        before = {k: row[k] for k in names}
        if before != names:
            desks_db.update(ctx.db, row["id"], **names)
            audit.record(ctx, "desk.rename", "desk", row["code"], before, names)
        return _desk(desks_db.by_id(ctx.db, row["id"]))


@requires(Perm.MANAGE_SETTINGS)
def set_desk_active(ctx: AppContext, desk_id: int, active: bool) -> Desk:
    """Retire a desk with no open shift (and never the last one in service), or bring a
    retired one back."""
    active = validation.flag(active, QT_TRANSLATE_NOOP("Desk", "desk in service"))
    with atomic(ctx.db):
        row = _row(ctx, desk_id)
        if bool(row["active"]) == active:
            return _desk(row)
        if not active:
            register = desks_db.all_desks(ctx.db)
            if any(d["open_shifts"] for d in register if d["id"] == row["id"]):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Desk",
                        "Desk {desk} has an open shift; close it before retiring the desk.",
                    ),
                    desk=row["code"],
                )
            if [d["code"] for d in register if d["active"]] == [row["code"]]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Desk", "Desk {desk} is the only desk in service; a site needs one."
                    ),
                    desk=row["code"],
                )
        desks_db.update(ctx.db, row["id"], active=int(active))
        audit.record(
            ctx,
            "desk.restore" if active else "desk.retire",
            "desk",
            row["code"],
            {"active": bool(row["active"])},
            {"active": active},
        )
        return _desk(desks_db.by_id(ctx.db, row["id"]))


@before_sign_in
def check_first_desk(ctx, code, name_zh, name_en) -> tuple[str, dict]:
    """What the first-run wizard's desk fields hold, refused as the register would."""
    return canonical_code(code), _names(name_zh, name_en)


@requires(Perm.MANAGE_SETTINGS)
def set_up_first_desk(ctx: AppContext, code: str, name_zh: str, name_en: str) -> Desk:
    """First run: this PC's desk in the register (the caller remembers it on the PC). The
    default main desk takes the names given, or, when another code is chosen and the main
    desk was never used, makes way for it (retired)."""
    code, names = check_first_desk(ctx, code, name_zh, name_en)
    with atomic(ctx.db):
        row = desks_db.by_code(ctx.db, code)
        if row is None:
            desk = add_desk(ctx, code, **names)
            main = desks_db.by_code(ctx.db, DEFAULT_DESK)
            if main is not None and main["active"] and not desks_db.used(ctx.db, DEFAULT_DESK):
                set_desk_active(ctx, main["id"], False)
        else:
            desk = rename_desk(ctx, row["id"], **names)
            if not desk.active:
                desk = set_desk_active(ctx, row["id"], True)
    return desk
