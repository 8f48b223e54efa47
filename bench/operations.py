"""A lend, a return and a sale end to end on the scale database: through the services
(permission, validation, gapless number, money into the open shift, audit row, one
transaction, synchronous=FULL in WAL) against the same inserts by hand in raw sqlite3 (the
counter step, the record, the cash movement and a hashed, linked audit row with its MAC and
the seals of its money rows, in one
BEGIN IMMEDIATE ... COMMIT on a connection with the same pragmas).

    .venv/bin/python bench/operations.py [--db /tmp/frontdesk-scale/scale.db] [--ops 30]

Both paths write real, consistent rows (the raw audit rows are chained like db.audit does),
so the file still passes `frontdesk check` afterwards. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import db.core.audit as audit_db  # noqa: E402
from bench.common import report, scale_db_path, signed_in, spread  # noqa: E402
from db.core.audit import canonical, row_hash  # noqa: E402
from services.core import audit_key  # noqa: E402
from services.core.numbering import format_number  # noqa: E402


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.row_factory = sqlite3.Row
    return conn


class Raw:
    """The floor: the rows a service writes, written by hand."""

    def __init__(self, conn: sqlite3.Connection, user_id: int, username: str, key: bytes):
        self.conn, self.user_id, self.username, self.key = conn, user_id, username, key
        self.shift_id = conn.execute("SELECT id FROM shifts WHERE closed_at IS NULL").fetchone()[0]

    def now(self) -> str:
        return datetime.now(UTC).isoformat(timespec="seconds")

    def number(self, series: str) -> str:
        year = datetime.now(UTC).year
        self.conn.execute(
            "INSERT OR IGNORE INTO document_counters VALUES (?, ?, 0)", (series, year)
        )
        self.conn.execute(
            "UPDATE document_counters SET last_number = last_number + 1"
            " WHERE series = ? AND year = ?",
            (series, year),
        )
        last = self.conn.execute(
            "SELECT last_number FROM document_counters WHERE series = ? AND year = ?",
            (series, year),
        ).fetchone()[0]
        return format_number(series, year, last)

    def audit(self, action: str, entity: str, entity_id, after: dict) -> None:
        last = self.conn.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        row = {
            "id": last[0] + 1,
            "at": self.now(),
            "user_id": self.user_id,
            "username": self.username,
            "action": action,
            "entity": entity,
            "entity_id": str(entity_id),
            "before": None,
            "after": canonical(after),
            "prev_hash": last[1],
        }
        row["hash"] = row_hash(row)
        self.conn.execute(
            "INSERT INTO audit_log VALUES (:id, :at, :user_id, :username,"
            " :action, :entity, :entity_id, :before, :after, :prev_hash, :hash)",
            row,
        )
        self.seal(row["id"], row["hash"])

    def seal(self, audit_id: int, hashed: str) -> None:
        """What services.core.audit_key.seal writes: the money rows of the change sealed,
        the audit row's MAC chained (db.core.audit's own digest and MAC functions)."""
        seals = []
        for table in audit_db.MONEY_TABLES:
            last = self.conn.execute(
                "SELECT coalesce(max(last_id), 0) FROM audit_seals WHERE tbl = ?", (table,)
            ).fetchone()[0]
            for r in self.conn.execute(f"SELECT * FROM {table} WHERE id > ? ORDER BY id", (last,)):
                digest = audit_db.row_digest(table, dict(r))
                self.conn.execute(
                    "INSERT INTO audit_seals (audit_id, tbl, first_id, last_id, digest)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (audit_id, table, r["id"], r["id"], digest),
                )
                seals.append([table, r["id"], digest])
        prev = self.conn.execute(
            "SELECT mac FROM audit_macs WHERE audit_id < ? ORDER BY audit_id DESC LIMIT 1",
            (audit_id,),
        ).fetchone()
        mac = audit_db.keyed_mac(self.key, prev[0] if prev else audit_db.GENESIS, hashed, seals)
        self.conn.execute("INSERT INTO audit_macs (audit_id, mac) VALUES (?, ?)", (audit_id, mac))

    def move(self, kind: str, amount: int, ref: str) -> None:
        self.conn.execute(
            "INSERT INTO cash_movements (shift_id, at, user_id, kind, method,"
            " amount_fen, ref) VALUES (?, ?, ?, ?, 'cash', ?, ?)",
            (self.shift_id, self.now(), self.user_id, kind, amount, ref),
        )

    def lend(self, item: dict, phone: str) -> int:
        self.conn.execute("BEGIN IMMEDIATE")
        slip = self.number("deposit_slip")
        loan_id = self.conn.execute(
            "INSERT INTO loans (slip_no, item_id, borrower_phone, deposit_fen, method, lent_at,"
            " due_at, lent_by, shift_id) VALUES (?, ?, ?, ?, 'cash', ?, ?, ?, ?)",
            (
                slip,
                item["id"],
                phone,
                item["deposit_fen"],
                self.now(),
                self.now(),
                self.user_id,
                self.shift_id,
            ),
        ).lastrowid
        self.move("deposit_in", item["deposit_fen"], slip)
        self.audit("loan.lend", "loan", loan_id, {"slip_no": slip, "item": item["code"]})
        self.conn.execute("COMMIT")
        return loan_id

    def give_back(self, loan_id: int) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        slip, deposit = self.conn.execute(
            "SELECT slip_no, deposit_fen FROM loans WHERE id = ?", (loan_id,)
        ).fetchone()
        self.conn.execute(
            "INSERT INTO loan_settlements (loan_id, at, user_id, condition,"
            " refund_fen, forfeit_fen, shift_id) VALUES (?, ?, ?, 'good', ?, 0, ?)",
            (loan_id, self.now(), self.user_id, deposit, self.shift_id),
        )
        self.move("deposit_refund", -deposit, slip)
        self.audit("loan.return", "loan", loan_id, {"slip_no": slip, "condition": "good"})
        self.conn.execute("COMMIT")

    def sell(self, price: dict) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        receipt = self.number("receipt")
        sale_id = self.conn.execute(
            "INSERT INTO sales (receipt_no, sold_at, user_id, shift_id, method, total_fen,"
            " tendered_fen, change_fen) VALUES (?, ?, ?, ?, 'cash', ?, ?, 0)",
            (receipt, self.now(), self.user_id, self.shift_id, price["price"], price["price"]),
        ).lastrowid
        self.conn.execute(
            "INSERT INTO sale_lines (sale_id, line_no, item_id, name_zh, name_en, quantity,"
            " unit_price_fen, amount_fen) VALUES (?, 1, ?, ?, ?, 1, ?, ?)",
            (
                sale_id,
                price["id"],
                price["name_zh"],
                price["name_en"],
                price["price"],
                price["price"],
            ),
        )
        self.move("service_income", price["price"], receipt)
        self.audit("sale.sell", "sale", receipt, {"total_fen": price["price"], "method": "cash"})
        self.conn.execute("COMMIT")


def paired_ms(service, raw, args_service, args_raw) -> tuple[list[float], list[float]]:
    """One service call, then one raw call, and so on: load from others falls on both."""
    ours, floor = [], []
    for a, b in zip(args_service, args_raw):
        for fn, arg, out in ((service, a, ours), (raw, b, floor)):
            started = time.perf_counter()
            fn(arg)
            out.append((time.perf_counter() - started) * 1000)
    return ours, floor


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--ops", type=int, default=30)
    opts = parser.parse_args()
    path = scale_db_path(opts.db)
    from services.core.database import open_database
    from services.lending import loans as lending
    from services.sales import sales

    db = open_database(path)
    clerk = signed_in(db, "clerk")
    free = [
        dict(r)
        for r in db.conn.execute(
            "SELECT i.id, i.code, k.deposit_fen FROM lending_items i JOIN lending_kinds k"
            " ON k.id = i.kind_id WHERE i.retired_at IS NULL AND k.deposit_fen > 0 AND NOT EXISTS"
            " (SELECT 1 FROM loans l WHERE l.item_id = i.id AND NOT EXISTS"
            "  (SELECT 1 FROM loan_settlements s WHERE s.loan_id = l.id)) LIMIT ?",
            (2 * opts.ops,),
        )
    ]
    price = dict(
        db.conn.execute(
            "SELECT i.id, i.name_zh, i.name_en, (SELECT price_fen FROM prices p WHERE p.item_id"
            " = i.id ORDER BY p.id DESC LIMIT 1) AS price FROM price_items i WHERE i.active = 1"
            " AND (SELECT price_fen FROM prices p WHERE p.item_id = i.id ORDER BY p.id DESC"
            " LIMIT 1) > 0 LIMIT 1"
        ).fetchone()
    )
    key = audit_key.stored_key(clerk)
    raw = Raw(raw_connection(path), clerk.user.id, clerk.user.username, key)
    service_items, raw_items = free[: opts.ops], free[opts.ops :]
    phone = "13800138000"
    figures = {}
    loans = []
    figures["lend"] = paired_ms(
        lambda it: loans.append(lending.lend_item(clerk, it["code"], phone, "cash").id),
        lambda it: raw.lend(it, phone),
        service_items,
        raw_items,
    )
    raw_loans = [
        r[0]
        for r in raw.conn.execute(
            "SELECT l.id FROM loans l WHERE NOT EXISTS (SELECT 1 FROM loan_settlements s"
            " WHERE s.loan_id = l.id) AND l.item_id IN ({})".format(
                ",".join(str(i["id"]) for i in raw_items)
            )
        )
    ]
    figures["return"] = paired_ms(
        lambda loan_id: lending.return_item(clerk, loan_id), raw.give_back, loans, raw_loans
    )
    figures["sale"] = paired_ms(
        lambda _: sales.sell(clerk, [(price["id"], 1)], "cash", price["price"]),
        lambda _: raw.sell(price),
        range(opts.ops),
        range(opts.ops),
    )
    for name, (ours, floor) in figures.items():
        o, f = statistics.median(ours), statistics.median(floor)
        print(
            f"{name:<7} service {o:7.2f} ms   raw sqlite3 {f:7.2f} ms   ratio {o / f:5.2f}"
            f"   ({len(ours)} each, synchronous=FULL)"
        )
        report(f"{name} end to end (service vs raw inserts)", spread(ours, floor), "ratio <= 2")
    raw.conn.close()
    db.close()


if __name__ == "__main__":
    main()
