"""The retention purge (DOMAIN.md, Records and personal data). The app proposes what is past
its retention; an admin confirms exactly that proposal (its fingerprint); only months that
were exported and locked are purged. The rows are first written to a verified, read-only
archive file per year, then removed in one transaction under the grant the delete triggers
check; the audit trail keeps a summary of what went (tables, id ranges, row digests, archive
files and their sha256) in the chained, keyed audit row of the purge, so the chain stays
verifiable and the archive can be proved to be what was removed. Stored phone numbers whose
record's retention ended are masked in the same run, even where the money record stays."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import db.retention.archive as archive_db
import db.retention.purge as purge_db
from db.core.connection import atomic
from services.admin import site
from services.core import audit
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError
from services.core.permissions import Perm, requires
from services.finance import month_lock
from services.retention import periods as retention

PHONE_TYPES = {  # table -> the retention period that ends its phone
    "loans": "desk_ledgers",
    "complaint_cases": "complaint_phones",
    "lost_reports": "lost_report_phones",
}


class PurgeRefused(DomainError):
    pass


@dataclass(frozen=True)
class PurgePlan:
    until: str
    cutoffs: dict[str, str]  # record type -> rows before this stored time go
    ids: dict[str, frozenset[int]] = field(repr=False)
    phones: dict[str, tuple[int, ...]] = field(repr=False)
    months: tuple[str, ...]  # the months the purge reaches (all exported and locked)
    token: str  # fingerprint of exactly this proposal; the confirmation names it

    @property
    def rows(self) -> dict[str, int]:
        return {t: len(ids) for t, ids in self.ids.items() if ids}

    @property
    def phone_counts(self) -> dict[str, int]:
        return {t: len(ids) for t, ids in self.phones.items() if ids}

    @property
    def empty(self) -> bool:
        return not self.rows and not self.phone_counts


@dataclass(frozen=True)
class PurgeResult:
    purge_id: int
    plan: PurgePlan
    archives: list[dict]  # {"file", "year", "sha256", "rows"}


def _plan(ctx: AppContext, until: str) -> PurgePlan:
    until = month_lock.parse_month(until)
    keep = retention._periods(ctx)
    end = month_lock.month_bounds(ctx, until)[1]
    ledgers_boundary = retention.boundary(ctx, keep.desk_ledgers)
    if end > ledgers_boundary:
        raise PurgeRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Desk ledgers are kept {months} months: {month} is not past its retention"
                " yet. Only months before {first} can be purged now.",
            ),
            months=keep.desk_ledgers,
            month=until,
            first=_local_month(ctx, ledgers_boundary),
        )
    cutoffs = {
        "desk_ledgers": end,
        "invoices": min(end, retention.boundary(ctx, keep.invoices)),
    }
    ids = purge_db.desk_ledger_candidates(ctx.db, cutoffs["desk_ledgers"])
    ids.update(purge_db.invoice_candidates(ctx.db, cutoffs["invoices"]))
    months = _months_reached(ctx, ids, until)
    _ensure_exported_and_locked(ctx, months)
    phones = {
        table: tuple(
            purge_db.unmasked_phones(ctx.db, table, retention.boundary(ctx, getattr(keep, period)))
        )
        for table, period in PHONE_TYPES.items()
    }
    frozen = {t: frozenset(v) for t, v in ids.items()}
    token = hashlib.sha256(
        json.dumps(
            [until, cutoffs, {t: sorted(v) for t, v in frozen.items()}, phones], sort_keys=True
        ).encode()
    ).hexdigest()[:16]
    return PurgePlan(until, cutoffs, frozen, phones, tuple(months), token)


def _local_month(ctx, stored: str) -> str:
    local = parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx)))
    return f"{local.year:04d}-{local.month:02d}"


def _months_reached(ctx, ids: dict[str, set[int]], until: str) -> list[str]:
    """Every month from the oldest row the purge removes up to `until`."""
    first = None
    for table, table_ids in ids.items():
        if table_ids:
            times = purge_db.times_of(ctx.db, table, table_ids).values()
            oldest = min(t for t in times if t)
            first = oldest if first is None or oldest < first else first
    if first is None:
        return []
    month = _local_month(ctx, first)
    months = []
    while month <= until:
        months.append(month)
        month = _next_month(month)
    return months


def _ensure_exported_and_locked(ctx, months: list[str]) -> None:
    exported = purge_db.exported_months(ctx.db)
    open_months = [
        m for m in months if m not in exported or not month_lock.lock_state(ctx, m).locked
    ]
    if open_months:
        raise PurgeRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "Only months that were exported and locked can be purged; not yet: {months}."
                " Export them on the Finance page first.",
            ),
            months=", ".join(open_months),
        )


@requires(Perm.MANAGE_SETTINGS)
def suggested_until(ctx: AppContext) -> str | None:
    """The month the app proposes to purge up to: from the oldest record on, the last month
    of an unbroken run of exported and locked months that is past the desk ledgers'
    retention; None when the oldest month is not one."""
    boundary = retention.boundary(ctx, retention._periods(ctx).desk_ledgers)
    own_time = [t for t, expr in purge_db.TIME_OF.items() if not expr.startswith("(")]
    times = [t for t in (purge_db.first_time(ctx.db, table) for table in own_time) if t]
    if not times:
        return None
    last_past = _previous_month(_local_month(ctx, boundary))
    exported = purge_db.exported_months(ctx.db)
    month, found = _local_month(ctx, min(times)), None
    while month <= last_past:
        if month not in exported or not month_lock.lock_state(ctx, month).locked:
            break
        found = month
        month = _next_month(month)
    return found


def _previous_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:])
    return f"{year - (mon == 1):04d}-{(mon - 2) % 12 + 1:02d}"


def _next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:])
    return f"{year + (mon == 12):04d}-{mon % 12 + 1:02d}"


@requires(Perm.MANAGE_SETTINGS)
def propose_purge(ctx: AppContext, until: str) -> PurgePlan:
    """What a purge up to `until` would archive and remove, and which phones it would mask;
    refused when a month it reaches is not exported and locked or not past retention."""
    return _plan(ctx, until)


def _ranges(ids) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in sorted(ids):
        if out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _archive(
    ctx: AppContext, plan: PurgePlan, folder: Path, ref: str, progress: Callable | None
) -> tuple[list[dict], dict[str, str]]:
    """Write the plan's rows into one archive file per year; returns the files and the
    digest of each table's rows (all years)."""
    tz = ZoneInfo(site.timezone(ctx))
    by_year: dict[int, dict[str, set[int]]] = {}
    digests = {}
    for table, ids in plan.ids.items():
        if not ids:
            continue
        digests[table] = archive_db.rows_digest(purge_db.rows_of(ctx.db, table, set(ids)))
        for row_id, at in purge_db.times_of(ctx.db, table, set(ids)).items():
            year = parse_iso(at).astimezone(tz).year
            by_year.setdefault(year, {}).setdefault(table, set()).add(row_id)
    references = {t: purge_db.reference_rows(ctx.db, t) for t in purge_db.REFERENCE_TABLES}
    profile = site.get_profile(ctx)
    files = []
    for n, (year, tables) in enumerate(sorted(by_year.items())):
        path = folder / f"archive-{year}.sqlite"
        content = {
            t: (purge_db.columns_of(ctx.db, t), purge_db.rows_of(ctx.db, t, ids))
            for t, ids in tables.items()
        }
        info = {"site": profile.name, "year": str(year), "timezone": profile.timezone}
        try:
            sha = archive_db.write_year(path, ref, iso(ctx.clock.now()), info, content, references)
        except (archive_db.ArchiveFault, OSError) as exc:
            raise PurgeRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The archive {file} could not be written or checked ({detail});"
                    " nothing was removed.",
                ),
                file=str(path),
                detail=str(exc),
            ) from exc
        files.append(
            {
                "file": path.name,
                "year": year,
                "sha256": sha,
                "rows": sum(len(v) for v in tables.values()),
            }
        )
        if progress:
            progress(n + 1, len(by_year) + 1)
    return files, digests


@requires(Perm.MANAGE_SETTINGS)
def purge_records(
    ctx: AppContext,
    until: str,
    confirm_token: str,
    folder: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PurgeResult:
    """An admin confirms the proposal (its token): archive first, verify, then remove the
    rows and mask the phones in one audited transaction; never silent, never half done."""
    plan = _plan(ctx, until)
    if plan.token != confirm_token:
        raise PurgeRefused(
            QT_TRANSLATE_NOOP(
                "Desk",
                "The records changed since this purge was proposed; look at the new proposal"
                " and confirm it again.",
            )
        )
    if plan.empty:
        raise PurgeRefused(QT_TRANSLATE_NOOP("Desk", "Nothing is due for the purge."))
    folder = Path(folder) if folder else retention.archive_folder(ctx)
    ref = f"{plan.until}/{plan.token}/{iso(ctx.clock.now())}"
    files, digests = _archive(ctx, plan, folder, ref, progress)
    with atomic(ctx.db):
        again = _plan(ctx, until)
        current = {
            t: archive_db.rows_digest(purge_db.rows_of(ctx.db, t, set(ids)))
            for t, ids in again.ids.items()
            if ids
        }
        if again.token != plan.token or current != digests:
            raise PurgeRefused(
                QT_TRANSLATE_NOOP(
                    "Desk",
                    "The records changed while they were archived; nothing was removed. Run"
                    " the purge again.",
                )
            )
        removed = _remove(ctx, plan)
        masked = _mask(ctx, plan)
        summary = {
            "until": plan.until,
            "cutoffs": plan.cutoffs,
            "months": list(plan.months),
            "tables": {
                t: {"rows": removed[t], "ranges": _ranges(ids), "sha256": digests[t]}
                for t, ids in plan.ids.items()
                if ids
            },
            "phones_masked": masked,
            "archives": files,
        }
        ranges = [(t, a, b) for t, ids in plan.ids.items() for a, b in _ranges(ids)]
        purge_id = purge_db.record_purge(
            ctx.db,
            {
                "until_month": plan.until,
                "cutoff_at": plan.cutoffs["desk_ledgers"],
                "at": iso(ctx.clock.now()),
                "user_id": ctx.user.id,
                "archives": json.dumps(files),
                "summary": json.dumps(summary, sort_keys=True),
            },
            ranges,
        )
        audit.record(ctx, "retention.purge", "purge", purge_id, None, summary)
    if progress:
        progress(1, 1)
    return PurgeResult(purge_id, plan, files)


def _remove(ctx: AppContext, plan: PurgePlan) -> dict[str, int]:
    removed = {}
    for table in purge_db.DELETE_ORDER:
        ids = set(plan.ids.get(table, ()))
        if not ids:
            continue
        kind = "invoices" if table.startswith("invoice") else "desk_ledgers"
        purge_db.grant(ctx.db, table, plan.cutoffs[kind])
        removed[table] = purge_db.delete_rows(ctx.db, table, ids)
        if removed[table] != len(ids):
            raise RuntimeError(f"{table}: {removed[table]} of {len(ids)} rows removed")
    purge_db.end_grants(ctx.db)
    return removed


def _mask(ctx: AppContext, plan: PurgePlan) -> dict[str, int]:
    masked = {}
    for table, ids in plan.phones.items():
        if ids:
            column = purge_db.PHONE_COLUMNS[table][0]
            purge_db.grant(ctx.db, f"{table}.{column}", plan.cutoffs["desk_ledgers"])
            masked[table] = purge_db.mask_phones(ctx.db, table, list(ids))
    purge_db.end_grants(ctx.db)
    return masked


@requires(Perm.MANAGE_SETTINGS)
def mask_expired_phones(ctx: AppContext) -> dict[str, int]:
    """Mask the stored phones whose record's retention ended (no month lock needed: nothing
    of the money changes); audited with the count per record kind."""
    keep = retention._periods(ctx)
    with atomic(ctx.db):
        masked = {}
        for table, period in PHONE_TYPES.items():
            ids = purge_db.unmasked_phones(
                ctx.db, table, retention.boundary(ctx, getattr(keep, period))
            )
            if ids:
                column = purge_db.PHONE_COLUMNS[table][0]
                purge_db.grant(ctx.db, f"{table}.{column}", iso(ctx.clock.now()))
                masked[table] = purge_db.mask_phones(ctx.db, table, ids)
                purge_db.end_grants(ctx.db)
        if masked:
            audit.record(ctx, "retention.mask_phones", "retention", "phones", None, masked)
    return masked


@requires(Perm.MANAGE_SETTINGS)
def purge_history(ctx: AppContext) -> list[dict]:
    """Every purge, newest first: when, up to which month, who, rows and archive files."""
    out = []
    for row in purge_db.purges(ctx.db):
        summary = json.loads(row["summary"])
        out.append(
            {
                "id": row["id"],
                "at": row["at"],
                "until": row["until_month"],
                "rows": sum(t["rows"] for t in summary["tables"].values()),
                "archives": [a["file"] for a in summary["archives"]],
            }
        )
    return out
