"""SQL of the retention purge: which rows are past their cut-off and free of later rows that
point at them, the grant the delete triggers check (schema 14), the deletes, the record of
each purge, and the masking of stored phones."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.core.dialect import pick

if TYPE_CHECKING:
    import sqlite_utils

# table -> SQL of each row's time (the same expression the table's delete trigger checks)
TIME_OF = {
    "shifts": "opened_at",
    "cash_movements": "at",
    "shift_counts": "counted_at",
    "sales": "sold_at",
    "sale_lines": "(SELECT sold_at FROM sales s WHERE s.id = sale_id)",
    "sale_voids": "at",
    "loans": "lent_at",
    "loan_settlements": "at",
    "loan_vouchers": "issued_at",
    "handovers": "at",
    "document_prints": "printed_at",
    "inquiries": "at",
    "invoices": "issued_at",
    "invoice_lines": "(SELECT issued_at FROM invoices i WHERE i.id = invoice_id)",
    "invoice_sources": "(SELECT issued_at FROM invoices i WHERE i.id = invoice_id)",
    "invoice_voids": "at",
}
# children before parents, so no foreign key ever points at a removed row
DELETE_ORDER = (
    "sale_lines",
    "sale_voids",
    "sales",
    "loan_vouchers",
    "loan_settlements",
    "loans",
    "cash_movements",
    "shift_counts",
    "shifts",
    "handovers",
    "document_prints",
    "inquiries",
    "invoice_voids",
    "invoice_sources",
    "invoice_lines",
    "invoices",
)
# small tables the archived rows point at, copied whole so an archive is self-contained
REFERENCE_TABLES = {
    "users": "id, username, display_name, role",
    "shops": "*",
    "price_items": "*",
    "lending_items": "*",
    "lending_kinds": "*",
}
PHONE_COLUMNS = {  # table -> (phone column, time column)
    "loans": ("borrower_phone", "lent_at"),
    "complaint_cases": ("phone", "opened_at"),
    "lost_reports": ("contact_phone", "reported_at"),
}


def _ids(db: sqlite_utils.Database, sql: str, params: dict) -> set[int]:
    return {r[0] for r in db.conn.execute(sql, params)}


def desk_ledger_candidates(db: sqlite_utils.Database, cutoff: str) -> dict[str, set[int]]:
    """Ids of the desk's ledger rows older than `cutoff` that can go together: closed shifts
    with every row they hold, settled loans, sales with their lines and voids; a row that a
    row kept after the cut-off points at stays (and with it its shift)."""
    p = {"c": cutoff}
    shifts = _ids(
        db,
        "SELECT id FROM shifts WHERE closed_at IS NOT NULL AND opened_at < :c AND closed_at < :c",
        p,
    )
    loans_rows = db.conn.execute(
        "SELECT l.id, l.shift_id, s.id AS sid, s.shift_id AS s_shift, s.at AS s_at"
        " FROM loans l LEFT JOIN loan_settlements s ON s.loan_id = l.id WHERE l.lent_at < :c",
        p,
    ).fetchall()
    sales_rows = db.conn.execute(
        "SELECT s.id, s.shift_id, v.id AS vid, v.shift_id AS v_shift, v.at AS v_at"
        " FROM sales s LEFT JOIN sale_voids v ON v.sale_id = s.id WHERE s.sold_at < :c",
        p,
    ).fetchall()
    while True:
        loans, settlements, sales, voids, pinned = set(), set(), set(), set(), set()
        for r in loans_rows:
            ok = r["sid"] is not None and r["s_at"] < cutoff
            ok = ok and (r["shift_id"] is None or r["shift_id"] in shifts)
            ok = ok and (r["s_shift"] is None or r["s_shift"] in shifts)
            if ok:
                loans.add(r["id"])
                settlements.add(r["sid"])
            else:
                pinned.update(x for x in (r["shift_id"], r["s_shift"]) if x is not None)
        for r in sales_rows:
            ok = r["shift_id"] in shifts and (
                r["vid"] is None or (r["v_at"] < cutoff and r["v_shift"] in shifts)
            )
            if ok:
                sales.add(r["id"])
                if r["vid"] is not None:
                    voids.add(r["vid"])
            else:
                pinned.update(x for x in (r["shift_id"], r["v_shift"]) if x is not None)
        # rows after the cut-off that point at an old shift keep it
        pinned |= _ids(
            db,
            "SELECT shift_id FROM loans WHERE lent_at >= :c AND shift_id IS NOT NULL"
            " UNION SELECT shift_id FROM loan_settlements WHERE at >= :c AND shift_id IS NOT NULL"
            " UNION SELECT shift_id FROM sales WHERE sold_at >= :c"
            " UNION SELECT shift_id FROM sale_voids WHERE at >= :c"
            " UNION SELECT shift_id FROM cash_movements WHERE at >= :c"
            " UNION SELECT shift_id FROM shift_counts WHERE counted_at >= :c",
            p,
        )
        if not (shifts & pinned):
            break
        shifts -= pinned
    marks = ",".join(str(i) for i in shifts) or "NULL"
    inquiries = _ids(
        db,
        "SELECT id FROM inquiries q WHERE at < :c AND NOT EXISTS"
        " (SELECT 1 FROM inquiries k WHERE k.cancels_id = q.id AND k.at >= :c)",
        p,
    )
    return {
        "shifts": shifts,
        "cash_movements": _ids(db, f"SELECT id FROM cash_movements WHERE shift_id IN ({marks})", p),
        "shift_counts": _ids(db, f"SELECT id FROM shift_counts WHERE shift_id IN ({marks})", p),
        "sales": sales,
        "sale_lines": _ids(db, f"SELECT id FROM sale_lines WHERE sale_id IN ({_marks(sales)})", p),
        "sale_voids": voids,
        "loans": loans,
        "loan_settlements": settlements,
        "loan_vouchers": _ids(  # a settled loan's vouchers go with it
            db, f"SELECT id FROM loan_vouchers WHERE loan_id IN ({_marks(loans)})", p
        ),
        "handovers": _ids(db, "SELECT id FROM handovers WHERE at < :c", p),
        "document_prints": _ids(db, "SELECT id FROM document_prints WHERE printed_at < :c", p),
        "inquiries": inquiries,
    }


def _marks(ids: set[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def invoice_candidates(db: sqlite_utils.Database, cutoff: str) -> dict[str, set[int]]:
    """Invoices issued before `cutoff` whose void (if any) is too, and that no red-letter
    invoice kept after the cut-off corrects; with their lines, sources and voids."""
    p = {"c": cutoff}
    invoices = _ids(
        db,
        "SELECT i.id FROM invoices i WHERE i.issued_at < :c"
        " AND NOT EXISTS (SELECT 1 FROM invoice_voids v WHERE v.invoice_id = i.id AND v.at >= :c)"
        " AND NOT EXISTS (SELECT 1 FROM invoices r WHERE r.original_id = i.id"
        " AND (r.issued_at >= :c OR EXISTS (SELECT 1 FROM invoice_voids rv"
        " WHERE rv.invoice_id = r.id AND rv.at >= :c)))",
        p,
    )
    marks = _marks(invoices)
    return {
        "invoices": invoices,
        "invoice_lines": _ids(db, f"SELECT id FROM invoice_lines WHERE invoice_id IN ({marks})", p),
        "invoice_sources": _ids(
            db, f"SELECT id FROM invoice_sources WHERE invoice_id IN ({marks})", p
        ),
        "invoice_voids": _ids(db, f"SELECT id FROM invoice_voids WHERE invoice_id IN ({marks})", p),
    }


def first_time(db: sqlite_utils.Database, table: str) -> str | None:
    return db.conn.execute(f"SELECT min({TIME_OF[table]}) FROM {table}").fetchone()[0]


def rows_of(db: sqlite_utils.Database, table: str, ids: set[int]) -> list[tuple]:
    """The rows, id order, every column in the table's order (what the archive keeps)."""
    sql = f"SELECT * FROM {table} WHERE id IN ({_marks(ids)}) ORDER BY id"
    return [tuple(r) for r in db.conn.execute(sql)]


def times_of(db: sqlite_utils.Database, table: str, ids: set[int]) -> dict[int, str]:
    sql = f"SELECT id, {TIME_OF[table]} FROM {table} WHERE id IN ({_marks(ids)})"
    return {r[0]: r[1] for r in db.conn.execute(sql)}


def columns_of(db: sqlite_utils.Database, table: str) -> list[tuple[str, str, int]]:
    """(name, declared type, is primary key) of each column, in order."""
    return [(r["name"], r["type"], r["pk"]) for r in db.conn.execute(f"PRAGMA table_info({table})")]


def reference_rows(db: sqlite_utils.Database, table: str) -> tuple[list[str], list[tuple]]:
    cur = db.conn.execute(f"SELECT {REFERENCE_TABLES[table]} FROM {table} ORDER BY id")
    return [d[0] for d in cur.description], [tuple(r) for r in cur]


def exported_months(db: sqlite_utils.Database) -> set[str]:
    return {
        r[0]
        for r in db.conn.execute(
            "SELECT DISTINCT entity_id FROM audit_log WHERE action = 'month.export'"
        )
    }


def database_file(db: sqlite_utils.Database) -> str:
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return row["file"]


def grant(db: sqlite_utils.Database, table: str, before_at: str) -> None:
    db.conn.execute(
        "INSERT INTO retention_grants (tbl, before_at) VALUES (?, ?)", (table, before_at)
    )


def end_grants(db: sqlite_utils.Database) -> None:
    db.conn.execute("DELETE FROM retention_grants")


def open_grants(db: sqlite_utils.Database) -> int:
    return db.conn.execute("SELECT count(*) FROM retention_grants").fetchone()[0]


def delete_rows(db: sqlite_utils.Database, table: str, ids: set[int]) -> int:
    """Delete the rows; rows that point at others of the same table go first."""
    if not ids:
        return 0
    marks, done = _marks(ids), 0
    if table == "inquiries":
        done += db.conn.execute(
            f"DELETE FROM inquiries WHERE id IN ({marks}) AND cancels_id IS NOT NULL"
        ).rowcount
    elif table == "invoice_lines":
        done += db.conn.execute(
            f"DELETE FROM invoice_lines WHERE id IN ({marks}) AND original_line_id IS NOT NULL"
        ).rowcount
    elif table == "invoices":
        done += db.conn.execute(
            f"DELETE FROM invoices WHERE id IN ({marks}) AND original_id IS NOT NULL"
        ).rowcount
    done += db.conn.execute(f"DELETE FROM {table} WHERE id IN ({marks})").rowcount
    return done


def record_purge(db: sqlite_utils.Database, row: dict[str, Any], ranges: list[tuple]) -> int:
    purge_id = db.conn.execute(
        "INSERT INTO purges (until_month, cutoff_at, at, user_id, archives, summary)"
        " VALUES (:until_month, :cutoff_at, :at, :user_id, :archives, :summary)",
        row,
    ).lastrowid
    db.conn.executemany(
        "INSERT INTO purged_ranges (purge_id, tbl, first_id, last_id) VALUES (?, ?, ?, ?)",
        [(purge_id, *r) for r in ranges],
    )
    return purge_id


def purges(db: sqlite_utils.Database) -> list[dict]:
    return [dict(r) for r in db.conn.execute("SELECT * FROM purges ORDER BY id DESC")]


def purged_ranges(db: sqlite_utils.Database, table: str) -> list[tuple[int, int]]:
    """(first id, last id) of every range of `table` a purge removed (for seal checks)."""
    return [
        (r[0], r[1])
        for r in db.conn.execute(
            "SELECT first_id, last_id FROM purged_ranges WHERE tbl = ? ORDER BY first_id",
            (table,),
        )
    ]


def _mask_sql(db: sqlite_utils.Database, col: str) -> str:
    """The mask of schema 14's triggers: 138****1234 (all stars when shorter than 7), spelt
    as each engine's guard spells it."""
    return pick(
        db,
        sqlite=f"CASE WHEN length({col}) >= 7 THEN substr({col}, 1, 3) ||"
        f" replace(hex(zeroblob(length({col}) - 7)), '00', '*') || substr({col}, -4)"
        f" ELSE replace(hex(zeroblob(length({col}))), '00', '*') END",
        postgresql=f"CASE WHEN length({col}) >= 7 THEN substr({col}, 1, 3) ||"
        f" repeat('*', length({col}) - 7) || right({col}, 4)"
        f" ELSE repeat('*', length({col})) END",
    )


def unmasked_phones(db: sqlite_utils.Database, table: str, before_at: str) -> list[int]:
    phone, at = PHONE_COLUMNS[table]
    return [
        r[0]
        for r in db.conn.execute(
            f"SELECT id FROM {table} WHERE {at} < ? AND {phone} <> ''"
            f" AND {phone} NOT LIKE '%*%' ORDER BY id",
            (before_at,),
        )
    ]


def mask_phones(db: sqlite_utils.Database, table: str, ids: list[int]) -> int:
    phone, _ = PHONE_COLUMNS[table]
    if not ids:
        return 0
    return db.conn.execute(
        f"UPDATE {table} SET {phone} = {_mask_sql(db, phone)} WHERE id IN ({_marks(set(ids))})"
    ).rowcount
