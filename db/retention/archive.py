"""Archive files of the retention purge: one self-contained SQLite file per year holding the
purged rows (same columns as the desk's tables), the small tables they point at, and a
manifest of every purge that added rows with a digest per table. Written to a temporary
copy, verified, then moved into place and left read-only; opened read-only for look-ups."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

MANIFEST = (
    "CREATE TABLE IF NOT EXISTS archive_manifest (purge_ref TEXT NOT NULL, tbl TEXT NOT NULL,"
    " rows INTEGER NOT NULL, first_id INTEGER, last_id INTEGER, digest TEXT NOT NULL,"
    " archived_at TEXT NOT NULL)"
)
ROWS = (
    "CREATE TABLE IF NOT EXISTS archive_rows (purge_ref TEXT NOT NULL, tbl TEXT NOT NULL,"
    " id INTEGER NOT NULL, PRIMARY KEY (tbl, id))"
)
INFO = "CREATE TABLE IF NOT EXISTS archive_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


class ArchiveFault(Exception):
    """The archive could not be written or does not hold what was written into it."""


def rows_digest(rows: list[tuple]) -> str:
    """sha256 of the rows in id order, every value as stored (bytes as hex)."""
    payload = json.dumps(
        [list(r) for r in rows],
        ensure_ascii=False,
        separators=(",", ":"),
        default=lambda v: v.hex() if isinstance(v, bytes) else str(v),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _create(conn: sqlite3.Connection, table: str, columns: list[tuple[str, str, int]]) -> None:
    cols = ", ".join(
        f'"{name}" {kind or ""}' + (" PRIMARY KEY" if pk == 1 and name == "id" else "")
        for name, kind, pk in columns
    )
    conn.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({cols})')


def write_year(
    path: Path,
    purge_ref: str,
    archived_at: str,
    info: dict[str, str],
    tables: dict[str, tuple[list[tuple[str, str, int]], list[tuple]]],
    references: dict[str, tuple[list[str], list[tuple]]],
) -> str:
    """Add the rows of one year to its archive (made when new); verify, then move into place
    read-only. `tables`: name -> (columns, rows). Returns the file's sha256."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".writing")
    tmp.unlink(missing_ok=True)
    if path.exists():
        verify(path)
        shutil.copyfile(path, tmp)
    conn = sqlite3.connect(tmp)
    try:
        os.chmod(tmp, 0o600)
        with conn:
            conn.execute(MANIFEST)
            conn.execute(INFO)
            conn.execute(ROWS)
            conn.executemany(
                "INSERT INTO archive_info (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(info.items()),
            )
            for table, (names, rows) in references.items():
                conn.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({", ".join(names)})')
                conn.execute(f'DELETE FROM "{table}"')
                marks = ", ".join("?" * len(names))
                conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
            for table, (columns, rows) in tables.items():
                if not rows:
                    continue
                _create(conn, table, columns)
                marks = ", ".join("?" * len(columns))
                conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
                conn.executemany(
                    "INSERT INTO archive_rows (purge_ref, tbl, id) VALUES (?, ?, ?)",
                    [(purge_ref, table, r[0]) for r in rows],
                )
                conn.execute(
                    "INSERT INTO archive_manifest VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        purge_ref,
                        table,
                        len(rows),
                        rows[0][0],
                        rows[-1][0],
                        rows_digest(rows),
                        archived_at,
                    ),
                )
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    try:
        verify(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
    except ArchiveFault:
        tmp.unlink(missing_ok=True)
        raise
    if path.exists():
        os.chmod(path, 0o600)
    os.replace(tmp, path)
    os.chmod(path, 0o400)
    return file_digest(path)


def open_read_only(path: Path) -> sqlite3.Connection:
    """The archive opened so nothing can write to it (and no journal is made beside it)."""
    if not Path(path).is_file():
        raise ArchiveFault(f"no archive file {path}")
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def verify(path: Path) -> dict[str, int]:
    """Integrity check, and every manifest entry's rows still give its digest. Returns the
    rows per table."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise ArchiveFault(str(exc)) from exc
    counts: dict[str, int] = {}
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise ArchiveFault(f"{path} is damaged")
        for m in conn.execute("SELECT * FROM archive_manifest").fetchall():
            rows = [
                tuple(r)
                for r in conn.execute(
                    f'SELECT t.* FROM "{m["tbl"]}" t JOIN archive_rows a ON a.id = t.id'
                    " AND a.tbl = ? AND a.purge_ref = ? ORDER BY t.id",
                    (m["tbl"], m["purge_ref"]),
                )
            ]
            if len(rows) != m["rows"] or rows_digest(rows) != m["digest"]:
                raise ArchiveFault(f"{path}: the {m['tbl']} rows differ from the manifest")
            counts[m["tbl"]] = counts.get(m["tbl"], 0) + m["rows"]
    except sqlite3.Error as exc:
        raise ArchiveFault(f"{path}: {exc}") from exc
    finally:
        conn.close()
    return counts


def manifest_digests(path: Path) -> list[dict[str, Any]]:
    conn = open_read_only(path)
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM archive_manifest ORDER BY rowid")]
    finally:
        conn.close()


def archived_rows(path: Path, table: str, ids: list[int]) -> list[tuple]:
    conn = open_read_only(path)
    try:
        marks = ",".join(str(int(i)) for i in ids) or "NULL"
        return [
            tuple(r)
            for r in conn.execute(f'SELECT * FROM "{table}" WHERE id IN ({marks}) ORDER BY id')
        ]
    finally:
        conn.close()


def info_of(path: Path) -> dict[str, str]:
    conn = open_read_only(path)
    try:
        return {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM archive_info")}
    finally:
        conn.close()


def find_one(path: Path, table: str, column: str, value: str) -> dict | None:
    conn = open_read_only(path)
    try:
        try:
            row = conn.execute(f'SELECT * FROM "{table}" WHERE "{column}" = ?', (value,)).fetchone()
        except sqlite3.OperationalError:  # this year's archive holds no such table
            return None
        return dict(row) if row else None
    finally:
        conn.close()


def children(path: Path, table: str, column: str, parent_id: int) -> list[dict]:
    conn = open_read_only(path)
    try:
        try:
            cur = conn.execute(
                f'SELECT * FROM "{table}" WHERE "{column}" = ? ORDER BY id', (parent_id,)
            )
        except sqlite3.OperationalError:
            return []
        return [dict(r) for r in cur]
    finally:
        conn.close()


def lookup_name(path: Path, table: str, row_id: int | None, column: str) -> str:
    if row_id is None:
        return ""
    conn = open_read_only(path)
    try:
        try:
            row = conn.execute(
                f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)
            ).fetchone()
        except sqlite3.OperationalError:
            return ""
        return row[0] if row else ""
    finally:
        conn.close()
