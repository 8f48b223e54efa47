"""Retention periods (DOMAIN.md, Records and personal data): how long each kind of record is
kept, in whole months, with the floor the rules set (desk ledgers a year, invoice records
five years); and where the purge's archive files go."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import db.admin.settings as settings_db
import db.retention.purge as purge_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DeskText, ValidationError
from services.core.permissions import Perm, internal, requires

PREFIX = "retention."
ARCHIVE_SETTING = "retention.archive_folder"


@dataclass(frozen=True)
class RecordType:
    key: str
    label: str  # source text, context "Desk"
    default_months: int
    min_months: int


RECORD_TYPES = (
    RecordType(
        "desk_ledgers",
        QT_TRANSLATE_NOOP("Desk", "Desk ledgers (shifts, cash, receipts, loans, hand-overs)"),
        12,
        12,
    ),
    RecordType("invoices", QT_TRANSLATE_NOOP("Desk", "Invoice records"), 60, 60),
    RecordType(
        "complaint_phones", QT_TRANSLATE_NOOP("Desk", "Phone numbers on complaint cases"), 24, 6
    ),
    RecordType(
        "lost_report_phones", QT_TRANSLATE_NOOP("Desk", "Phone numbers on lost reports"), 12, 3
    ),
)
BY_KEY = {t.key: t for t in RECORD_TYPES}
MAX_MONTHS = 600


@dataclass(frozen=True)
class RetentionPeriods:
    desk_ledgers: int = 12
    invoices: int = 60
    complaint_phones: int = 24
    lost_report_phones: int = 12


@requires(Perm.MANAGE_SETTINGS)
def periods(ctx) -> RetentionPeriods:
    return _periods(ctx)


def _periods(ctx) -> RetentionPeriods:
    values = {
        t.key: int(settings_db.get(ctx.db, PREFIX + t.key + "_months", t.default_months))
        for t in RECORD_TYPES
    }
    return RetentionPeriods(**values)


@requires(Perm.MANAGE_SETTINGS)
def update_periods(ctx: AppContext, new: RetentionPeriods) -> RetentionPeriods:
    """Admins set each retention period; none below its legal floor; audited before/after."""
    for rtype in RECORD_TYPES:
        months = getattr(new, rtype.key)
        if isinstance(months, bool) or not isinstance(months, int):
            raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Retention periods are whole months."))
        if months < rtype.min_months or months > MAX_MONTHS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Desk", "{what} are kept at least {min} months and at most {max}."
                ),
                what=DeskText(rtype.label),
                min=rtype.min_months,
                max=MAX_MONTHS,
            )
    with atomic(ctx.db):
        before = _periods(ctx)
        if before == new:
            return new
        for key, months in asdict(new).items():
            settings_db.put(ctx.db, PREFIX + key + "_months", months)
        audit.record(ctx, "retention.periods", "setting", "retention", asdict(before), asdict(new))
    return new


@internal
def boundary(ctx, months: int) -> str:
    """Stored time of the first day of the site's month `months` before now's: records
    before it are past a retention of `months`."""
    tz = ZoneInfo(site.timezone(ctx))
    now = ctx.clock.now().astimezone(tz).date()
    index = now.year * 12 + now.month - 1 - months
    return iso(datetime.combine(date(index // 12, index % 12 + 1, 1), time(0), tz))


@internal
def archive_folder(ctx) -> Path:
    """The archive folder from settings, else `archive` beside the database file."""
    folder = settings_db.get(ctx.db, ARCHIVE_SETTING)
    if folder:
        return Path(folder)
    return Path(purge_db.database_file(ctx.db)).parent / "archive"
