"""Look-ups in the purge's archive files: each opens read-only (nothing can write to it),
is checked against its manifest, and finds an old receipt, deposit slip, invoice or
hand-over by its number with what it held."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import db.retention.archive as archive_db
from services.core import validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from services.core.identifiers import mask_phone
from services.core.permissions import Perm, requires
from services.retention import periods as retention

# what can be looked up: kind -> (table, number column, lines table, lines' key column)
LOOKUPS = {
    "receipt": ("sales", "receipt_no", "sale_lines", "sale_id"),
    "slip": ("loans", "slip_no", "loan_settlements", "loan_id"),
    "invoice": ("invoices", "invoice_no", "invoice_lines", "invoice_id"),
    "handover": ("handovers", "handover_no", None, None),
}
HIDDEN = {"borrower_phone"}  # shown masked


class ArchiveRefused(DomainError):
    pass


@dataclass(frozen=True)
class ArchiveFile:
    path: Path
    year: str
    site: str
    rows: int


@dataclass(frozen=True)
class ArchivedRecord:
    kind: str
    number: str
    fields: dict
    lines: list[dict]
    user: str
    archive: str


def _checked(path) -> Path:
    if not isinstance(path, (str, Path)) or not str(path).strip():
        raise ArchiveRefused(QT_TRANSLATE_NOOP("Desk", "Choose an archive file first."))
    path = Path(validation.text(str(path), QT_TRANSLATE_NOOP("Desk", "archive file"), 1000))
    try:
        archive_db.verify(path)
    except (archive_db.ArchiveFault, OSError) as exc:
        raise ArchiveRefused(
            QT_TRANSLATE_NOOP("Desk", "{file} is not a sound archive of this desk ({detail})."),
            file=path.name,
            detail=str(exc),
        ) from exc
    return path


@requires(Perm.DAILY_LEDGER)
def list_archives(ctx: AppContext) -> list[ArchiveFile]:
    """The archive files in the site's archive folder, newest year first."""
    folder = retention.archive_folder(ctx)
    files = []
    for path in sorted(folder.glob("archive-*.sqlite"), reverse=True) if folder.is_dir() else []:
        try:
            counts = archive_db.verify(path)
            info = archive_db.info_of(path)
        except archive_db.ArchiveFault:
            continue
        files.append(
            ArchiveFile(path, info.get("year", ""), info.get("site", ""), sum(counts.values()))
        )
    return files


@requires(Perm.DAILY_LEDGER)
def find_record(ctx: AppContext, path: str | Path, number: str) -> ArchivedRecord:
    """An archived receipt, slip, invoice or hand-over by its number (read-only)."""
    number = validation.text(number, QT_TRANSLATE_NOOP("Desk", "document number"), 40).upper()
    if not number:
        raise ArchiveRefused(QT_TRANSLATE_NOOP("Desk", "Enter the document number to look up."))
    path = _checked(path)
    for kind, (table, column, lines_table, key) in LOOKUPS.items():
        row = archive_db.find_one(path, table, column, number)
        if row is None:
            continue
        lines = archive_db.children(path, lines_table, key, row["id"]) if lines_table else []
        for name in HIDDEN & set(row):
            row[name] = mask_phone(row[name])
        user_id = row.get("user_id") or row.get("lent_by")
        user = archive_db.lookup_name(path, "users", user_id, "display_name") or (
            archive_db.lookup_name(path, "users", user_id, "username")
        )
        return ArchivedRecord(kind, number, row, lines, user, path.name)
    raise NotFound(
        QT_TRANSLATE_NOOP("Desk", "{number} is not in {file}."), number=number, file=path.name
    )
