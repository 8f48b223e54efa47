"""Finding records in the audit trail: by date span (the site's days), user, area (kind of
record) and record, with each change's before and after as readable lines, and the rows
found exported as CSV (cells a spreadsheet would run are neutralised)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import db.admin.audit_search as search_db
from services.admin import site
from services.core import validation
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires
from services.core.spreadsheet_cells import csv_row

MAX_EXPORT = 100_000


@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None  # first day shown (the site's day)
    end: date | None = None  # last day shown, inclusive
    username: str = ""
    area: str = ""
    record: str = ""
    text: str = ""  # in the action or user name, or the record number exactly


def _sql_filters(ctx, f: AuditFilter) -> dict:
    tz = ZoneInfo(site.timezone(ctx))
    start = validation.day(f.start, QT_TRANSLATE_NOOP("Desk", "from"), required=False)
    end = validation.day(f.end, QT_TRANSLATE_NOOP("Desk", "to"), required=False)
    if start and end and end < start:
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "The span ends before it starts."))
    return {
        "start": iso(datetime.combine(start, time(0), tz)) if start else None,
        "end": iso(datetime.combine(end + timedelta(days=1), time(0), tz)) if end else None,
        "username": validation.text(f.username, QT_TRANSLATE_NOOP("Desk", "user"), 40),
        "area": validation.text(f.area, QT_TRANSLATE_NOOP("Desk", "record kind"), 40),
        "record": validation.text(f.record, QT_TRANSLATE_NOOP("Desk", "record"), 60),
        "text": validation.text(f.text, QT_TRANSLATE_NOOP("Desk", "search text"), 200),
    }


@requires(Perm.VIEW_AUDIT)
def find_audit_rows(
    ctx: AppContext, filters: AuditFilter, *, offset: int = 0, limit: int = 200
) -> list[dict]:
    """Audit rows matching every filter given, newest first."""
    offset, limit = page_args(offset, limit)
    return search_db.find(ctx.db, _sql_filters(ctx, filters), offset, limit)


@requires(Perm.VIEW_AUDIT)
def audit_filter_lists(ctx: AppContext) -> tuple[list[str], list[str]]:
    """(user names, kinds of record) for the filter lists."""
    return search_db.usernames(ctx.db), search_db.areas(ctx.db)


def _flat(value: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(value, dict):
        out: dict[str, str] = {}
        for key, inner in value.items():
            out.update(
                _flat(inner, f"{prefix}{key}." if isinstance(inner, dict) else f"{prefix}{key}")
            )
        return out
    if value is None:
        return {}
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return {prefix.rstrip(".") or "value": text}


def change_lines(before: str | None, after: str | None) -> list[tuple[str, str, str]]:
    """(field, before, after) for each field that differs, nested fields as a.b; a value
    that is not a mapping is the field 'value'."""
    old = _flat(json.loads(before)) if before else {}
    new = _flat(json.loads(after)) if after else {}
    return [
        (key, old.get(key, ""), new.get(key, ""))
        for key in list(dict.fromkeys([*old, *new]))
        if old.get(key) != new.get(key)
    ]


@requires(Perm.VIEW_AUDIT)
def export_audit_csv(ctx: AppContext, filters: AuditFilter) -> bytes:
    """The rows the filters find as CSV (UTF-8 with BOM for spreadsheets), times in the
    site's zone, one line per changed field."""
    sql_filters = _sql_filters(ctx, filters)
    if search_db.count(ctx.db, sql_filters) > MAX_EXPORT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Desk", "More than {n} rows: narrow the span or the filters."),
            n=MAX_EXPORT,
        )
    tz = ZoneInfo(site.timezone(ctx))
    tr = ctx.translate
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            tr(QT_TRANSLATE_NOOP("Desk", "No.")),
            tr(QT_TRANSLATE_NOOP("Desk", "Time")),
            tr(QT_TRANSLATE_NOOP("Desk", "User")),
            tr(QT_TRANSLATE_NOOP("Desk", "Action")),
            tr(QT_TRANSLATE_NOOP("Desk", "Record")),
            tr(QT_TRANSLATE_NOOP("Desk", "Field")),
            tr(QT_TRANSLATE_NOOP("Desk", "Before")),
            tr(QT_TRANSLATE_NOOP("Desk", "After")),
        ]
    )
    offset = 0
    while rows := search_db.find(ctx.db, sql_filters, offset, 5000):
        for row in rows:
            at = parse_iso(row["at"]).astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
            head = [
                row["id"],
                at,
                row["username"],
                row["action"],
                f"{row['entity']} {row['entity_id'] or ''}".strip(),
            ]
            for field, old, new in change_lines(row["before"], row["after"]) or [("", "", "")]:
                writer.writerow(csv_row([*head, field, old, new]))
        offset += len(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
