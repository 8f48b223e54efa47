"""The site profile (one installation serves one mall or clinic) and the first run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import db.admin.settings as settings_db
import db.admin.users as users_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core.context import AppContext, User
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.identifiers import fold, is_valid_uscc
from services.core.permissions import Perm, Role, before_sign_in, internal, requires

SITE_KINDS = ("mall", "clinic")
LANGUAGES = ("en", "zh_CN")
DEFAULT_TZ = "Asia/Shanghai"

SITE_KIND_LABELS = {
    "mall": QT_TRANSLATE_NOOP("Desk", "Shopping mall"),
    "clinic": QT_TRANSLATE_NOOP("Desk", "Clinic"),
}
LANGUAGE_LABELS = {"en": "English", "zh_CN": "简体中文"}


@dataclass(frozen=True)
class SiteProfile:
    kind: str = "mall"
    name: str = ""
    address: str = ""
    tax_id: str = ""
    timezone: str = DEFAULT_TZ
    language: str = "zh_CN"
    currency: str = "CNY"


PROFILE_KEYS = [f.name for f in fields(SiteProfile)]


@before_sign_in
def get_profile(ctx) -> SiteProfile:
    db = ctx.db
    stored = settings_db.get_all(db)
    values = {k: stored[f"site.{k}"] for k in PROFILE_KEYS if f"site.{k}" in stored}
    return SiteProfile(**values)


@before_sign_in
def timezone(ctx) -> str:
    db = ctx.db
    return settings_db.get(db, "site.timezone", DEFAULT_TZ)


@before_sign_in
def is_initialised(ctx) -> bool:
    db = ctx.db
    return users_db.count(db) > 0 and settings_db.get(db, "site.name") is not None


def validate_profile(profile: SiteProfile) -> SiteProfile:
    name = profile.name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The site needs a name."))
    if profile.kind not in SITE_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The site is a mall or a clinic."))
    if profile.language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Unknown language: {lang}."), lang=profile.language
        )
    try:
        ZoneInfo(profile.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "Unknown time zone: {tz}."), tz=profile.timezone
        ) from None
    tax_id = fold(profile.tax_id or "").replace(" ", "")
    if tax_id and not is_valid_uscc(tax_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The tax ID must be an 18-character unified social credit code with a"
                " correct check character.",
            )
        )
    return SiteProfile(
        kind=profile.kind,
        name=name,
        address=profile.address.strip(),
        tax_id=tax_id,
        timezone=profile.timezone,
        language=profile.language,
        currency="CNY",
    )


def _store_profile(db, profile: SiteProfile) -> None:
    for key, value in asdict(profile).items():
        settings_db.put(db, f"site.{key}", value)


@before_sign_in
def initialise(
    ctx: AppContext,
    profile: SiteProfile,
    admin_username: str,
    admin_password: str,
    admin_display_name: str = "",
) -> User:
    """First run: the site profile and the first admin, once, in one transaction."""
    from services.admin.users import create_user

    profile = validate_profile(profile)
    with atomic(ctx.db):
        if is_initialised(ctx):
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "This database is already set up."))
        _store_profile(ctx.db, profile)
        audit.record(ctx, "site.initialise", "site", 1, None, asdict(profile))
        return create_user(
            ctx, admin_username, Role.ADMIN.value, admin_password, admin_display_name
        )


@requires(Perm.MANAGE_SETTINGS)
def update_profile(ctx: AppContext, profile: SiteProfile) -> SiteProfile:
    """Admins change the site profile; before and after go into the audit trail."""
    profile = validate_profile(profile)
    with atomic(ctx.db):
        before = get_profile(ctx)
        if before == profile:
            return profile
        _store_profile(ctx.db, profile)
        audit.record(ctx, "site.update", "site", 1, asdict(before), asdict(profile))
    return profile


@internal
def get_setting(ctx, key: str, default=None):
    db = ctx.db
    return settings_db.get(db, key, default)


@requires(Perm.MANAGE_SETTINGS)
def put_setting(ctx: AppContext, key: str, value) -> None:
    """Admins change one module setting (thresholds, retention, ...); audited."""
    key = validation.text(
        key, QT_TRANSLATE_NOOP("Desk", "setting name"), max_len=100, required=True
    )
    with atomic(ctx.db):
        before = settings_db.get(ctx.db, key)
        if before == value:
            return
        settings_db.put(ctx.db, key, value)
        audit.record(ctx, "setting.update", "setting", key, before, value)
