"""Crash safety (issue 10, point 1): a child process does random desk work through the
services on a file database (WAL, synchronous=FULL) and is killed with SIGKILL at a random
moment, again and again; after every kill the file must be sound, every operation whole or
absent, every document series gapless and the audit chain unbroken.

    .venv/bin/python bench/crash_safety.py [--kills 200] [--db PATH] [--report docs/reliability.md]

Not part of the test suite (it takes a few minutes)."""

from __future__ import annotations

import argparse
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.admin import site, users
from services.core import audit  # noqa: E402
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext, User  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.core.errors import DomainError  # noqa: E402
from services.directory import shops  # noqa: E402
from services.lending import items as lending_items
from services.lending import loans as lending
from services.members import members
from services.members import points as member_points
from services.members.ids import resident_check_char  # noqa: E402
from services.members.rules import ShoppingReceipt  # noqa: E402
from services.shifts import shifts

START = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
PASSWORD = "crash-pass-1"
ITEMS = 40


def _has_table(db, name: str) -> bool:
    return (
        db.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        is not None
    )


def _user(db, username: str) -> User:
    row = db.conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    return User(row["id"], row["username"], row["display_name"], row["role"])


# --- the site ------------------------------------------------------------------------------
def set_up(path: Path) -> None:
    db = open_database(path)
    bare = AppContext(db, None, FixedClock(START))
    admin = bare.signed_in_as(
        site.initialise(
            bare,
            site.SiteProfile(
                kind="mall", name="Crash Test Mall", timezone="Asia/Shanghai", language="en"
            ),
            "admin",
            PASSWORD,
            "Admin",
        )
    )
    users.add_user(admin, "clerk1", "clerk", PASSWORD)
    users.add_user(admin, "lead1", "shift_lead", PASSWORD)
    kinds = lending_items.list_kinds(admin)
    for n in range(ITEMS):
        lending_items.add_items(admin, kinds[n % len(kinds)].id, 1)
    shops.add_shop(admin, "优衣库", "UNIQLO", unit="L2-001")
    if _has_table(db, "price_items"):
        from services.sales import price_list

        price_list.ensure_default_prices(admin)
    shifts.open_shift(admin, {10000: 5})
    db.close()


# --- the child: random desk work until it is killed ----------------------------------------
def _resident_id(rng: random.Random) -> str:
    first17 = (
        f"310115{rng.randint(1950, 2000)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}"
        f"{rng.randint(0, 999):03d}"
    )
    return first17 + resident_check_char(first17)


def child(path: str, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    clock = FixedClock(START + timedelta(seconds=seed * 30))
    ctx = {u: AppContext(db, _user(db, u), clock) for u in ("admin", "clerk1", "lead1")}
    shop_id = db.conn.execute("SELECT id FROM shops LIMIT 1").fetchone()[0]
    prices = []
    if _has_table(db, "price_items"):
        from services.sales import sales

        prices = [r[0] for r in db.conn.execute("SELECT id FROM price_items WHERE active = 1")]

    def lend():
        free = [
            r[0]
            for r in db.conn.execute(
                "SELECT code FROM lending_items WHERE id NOT IN (SELECT l.item_id FROM loans l"
                " LEFT JOIN loan_settlements s ON s.loan_id = l.id WHERE s.id IS NULL)"
                " AND retired_at IS NULL"
            )
        ]
        if free:
            lending.lend_item(
                ctx["clerk1"],
                rng.choice(free),
                f"139{rng.randint(0, 10**8 - 1):08d}",
                rng.choice(("cash", "wechat", "alipay")),
            )

    def give_back():
        out = [
            r[0]
            for r in db.conn.execute(
                "SELECT l.id FROM loans l LEFT JOIN loan_settlements s ON s.loan_id = l.id"
                " WHERE s.id IS NULL"
            )
        ]
        if not out:
            return
        loan_id = rng.choice(out)
        if rng.random() < 0.25:  # damaged: the lead keeps part of the deposit
            lending.return_item(
                ctx["lead1"], loan_id, "damaged", rng.choice((500, 1000, 2000)), "strap torn"
            )
        else:
            lending.return_item(ctx["clerk1"], loan_id)

    def enrol():
        members.enrol_member(
            ctx["clerk1"],
            rng.choice(("张伟", "王芳", "李娜", "刘洋")),
            f"137{rng.randint(0, 10**8 - 1):08d}",
            "resident",
            _resident_id(rng),
            ShoppingReceipt(
                shop_id,
                f"E{seed}-{rng.randint(0, 10**9)}",
                clock.now().date(),
                rng.randint(20000, 90000),
            ),
        )

    def credit():
        cards = [
            r[0]
            for r in db.conn.execute(
                "SELECT card_no FROM member_cards WHERE status = 'active' LIMIT 50"
            )
        ]
        if cards:
            member_points.credit_receipt(
                ctx["clerk1"],
                rng.choice(cards),
                ShoppingReceipt(
                    shop_id,
                    f"C{seed}-{rng.randint(0, 10**9)}",
                    clock.now().date(),
                    rng.randint(1000, 90000),
                ),
            )

    def sell():
        if prices:
            sales.sell(
                ctx["clerk1"],
                [(rng.choice(prices), rng.randint(1, 3))],
                rng.choice(("cash", "wechat")),
            )

    ops = [lend, lend, give_back, give_back, enrol, credit] + [sell] * (2 if prices else 0)
    print("ready", flush=True)
    while True:
        clock.advance(seconds=1)
        try:
            rng.choice(ops)()
        except DomainError:
            pass


# --- the checks after a kill --------------------------------------------------------------
def _scalar(db, sql: str, params=()) -> int:
    return db.conn.execute(sql, params).fetchone()[0]


# series -> SQL counting the documents of that series in a year (numbers look like X2026-...)
SERIES_DOCS = {
    "deposit_slip": "SELECT count(*) FROM loans WHERE slip_no LIKE :like",
    "member_card": "SELECT count(*) FROM member_cards WHERE card_no LIKE :like",
    "receipt": "SELECT (SELECT count(*) FROM member_cards WHERE fee_receipt_no LIKE :like)"
    " + (SELECT count(*) FROM sales WHERE receipt_no LIKE :like)",
    "invoice": "SELECT count(*) FROM invoices WHERE invoice_no LIKE :like",
    "redemption": "SELECT count(*) FROM redemptions WHERE receipt_no LIKE :like",
    "shift_report": "SELECT count(*) FROM shifts WHERE report_no LIKE :like",
}

# audit entity -> SQL finding the entity the row is about
AUDIT_ENTITIES = {
    "loan": "SELECT 1 FROM loans WHERE id = ?",
    "member": "SELECT 1 FROM members WHERE id = ?",
    "sale": "SELECT 1 FROM sales WHERE receipt_no = ?",
    "shop": "SELECT 1 FROM shops WHERE id = ?",
    "shift": "SELECT 1 FROM shifts WHERE id = ?",
    "user": "SELECT 1 FROM users WHERE id = ? OR username = ?",
}


def half_operations(db) -> list[str]:
    """Every operation whole or absent: a list of what was found half done (empty = good)."""
    bad = []
    q = db.conn.execute
    audited = {(r[0], r[1]) for r in q("SELECT action, entity_id FROM audit_log")}
    moves = Counter((r[0], r[1]) for r in q("SELECT kind, ref FROM cash_movements"))
    for loan in q("SELECT id, slip_no, deposit_fen FROM loans"):
        if loan["deposit_fen"] and not moves[("deposit_in", loan["slip_no"])]:
            bad.append(f"loan {loan['slip_no']} without its deposit movement")
        if ("loan.lend", str(loan["id"])) not in audited:
            bad.append(f"loan {loan['slip_no']} without its audit row")
    for s in q("SELECT s.*, l.slip_no FROM loan_settlements s JOIN loans l ON l.id = s.loan_id"):
        if s["refund_fen"] and not moves[("deposit_refund", s["slip_no"])]:
            bad.append(f"settlement of {s['slip_no']} without its refund movement")
        if s["forfeit_fen"] and not (
            moves[("deposit_forfeit", s["slip_no"])] and moves[("compensation", s["slip_no"])]
        ):
            bad.append(f"settlement of {s['slip_no']} without its forfeit movements")
        if ("loan.return", str(s["loan_id"])) not in audited:
            bad.append(f"settlement of {s['slip_no']} without its audit row")
    slips = {r[0] for r in q("SELECT slip_no FROM loans")}
    for kind, ref in moves:
        if kind.startswith("deposit") and ref not in slips:
            bad.append(f"movement {kind} {ref} without its loan")
    for m in q(
        "SELECT m.id, (SELECT count(*) FROM member_cards c WHERE c.member_id = m.id) AS"
        " cards, (SELECT count(*) FROM point_entries e WHERE e.member_id = m.id) AS"
        " entries FROM members m"
    ):
        if not m["cards"] or not m["entries"] or ("member.enrol", str(m["id"])) not in audited:
            bad.append(f"member {m['id']} enrolled without card, points or audit row")
    for r in q(
        "SELECT r.id FROM point_receipts r WHERE NOT EXISTS (SELECT 1 FROM point_entries"
        " e WHERE e.receipt_id = r.id AND e.kind = 'receipt')"
    ):
        bad.append(f"credited receipt {r[0]} without its points entry")
    if _has_table(db, "sales"):
        for s in q("SELECT id, receipt_no FROM sales"):
            if not s["receipt_no"] or not moves[("service_income", s["receipt_no"])]:
                bad.append(f"sale {s['id']} without its receipt number or movement")
            if ("sale.sell", s["receipt_no"]) not in audited:
                bad.append(f"sale {s['receipt_no']} without its audit row")
            if not _scalar(db, "SELECT count(*) FROM sale_lines WHERE sale_id = ?", (s["id"],)):
                bad.append(f"sale {s['receipt_no']} without lines")
    for row in q("SELECT id, entity, entity_id FROM audit_log WHERE entity_id IS NOT NULL"):
        sql = AUDIT_ENTITIES.get(row["entity"])
        if sql and not q(sql, (row["entity_id"],) * sql.count("?")).fetchone():
            bad.append(f"audit row {row['id']} about a missing {row['entity']}")
    return bad


def number_gaps(db) -> tuple[list[str], int]:
    """Counters that do not match their documents; and how many series were compared."""
    gaps, compared = [], 0
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    from services.core.numbering import SERIES_PREFIX

    for series, year, last in db.conn.execute(
        "SELECT series, year, last_number FROM document_counters"
    ):
        sql = SERIES_DOCS.get(series)
        if sql is None:
            continue
        if series == "receipt" and "sales" not in tables:
            sql = "SELECT count(*) FROM member_cards WHERE fee_receipt_no LIKE :like"
        if series == "invoice" and "invoices" not in tables:
            continue
        like = f"{SERIES_PREFIX[series]}{year}-%"
        count = _scalar(db, sql, {"like": like})
        compared += 1
        if count != last:
            gaps.append(f"{series} {year}: counter at {last}, {count} documents")
    return gaps, compared


def check(path: Path) -> dict:
    from db.core.connection import connect

    db = connect(path)
    try:
        integrity = _scalar(db, "PRAGMA integrity_check")
        chain = audit.verify_chain(AppContext(db))
        gaps, compared = number_gaps(db)
        counts = {
            t: _scalar(db, f"SELECT count(*) FROM {t}")
            for t in (
                "loans",
                "loan_settlements",
                "cash_movements",
                "members",
                "point_entries",
                "audit_log",
            )
            + (("sales",) if _has_table(db, "sales") else ())
        }
        return {
            "integrity": integrity,
            "half": half_operations(db),
            "gaps": gaps,
            "series": compared,
            "chain": chain.sound,
            "counts": counts,
        }
    finally:
        db.close()


# --- the parent --------------------------------------------------------------------------
def run(kills: int, path: Path, seed: int) -> dict:
    rng = random.Random(seed)
    set_up(path)
    failures, killed_at = [], []
    last = None
    for n in range(1, kills + 1):
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(path), "--seed", str(n)],
            stdout=subprocess.PIPE,
            text=True,
        )
        proc.stdout.readline()  # "ready": the child has opened the file and starts work
        delay = rng.uniform(0.02, 0.6)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        killed_at.append(delay)
        last = check(path)
        problems = (
            ([] if last["integrity"] == "ok" else [f"integrity: {last['integrity']}"])
            + last["half"]
            + last["gaps"]
            + ([] if last["chain"] else ["audit chain broken"])
        )
        if problems:
            failures.append((n, problems))
            print(f"kill {n}: {problems[:3]}", flush=True)
        elif n % 20 == 0:
            print(f"kill {n}: sound; {last['counts']}", flush=True)
    return {
        "kills": kills,
        "failures": failures,
        "last": last,
        "delays": (min(killed_at), max(killed_at)),
    }


def report(result: dict, seconds: float, out: Path) -> None:
    last = result["last"]
    counts = "\n".join(f"| {t} | {n:,} |" for t, n in last["counts"].items())
    text = f"""# Reliability

## Crash safety (`bench/crash_safety.py`)

A child process does random desk work through the services (lend an item, take it back
with a refund or with part of the deposit kept for damage, enrol a member from a receipt,
credit a receipt to a card{", sell a paid service" if "sales" in last["counts"] else ""})
on a file database in WAL mode with `synchronous = FULL`. The parent kills it with SIGKILL
after a random {result["delays"][0]:.2f}–{result["delays"][1]:.2f} s, {result["kills"]} times
over, and after every kill opens the file and checks:

1. `PRAGMA integrity_check` is `ok`;
2. every operation is whole or absent: each loan has its deposit movement and its audit row;
   each settlement its refund / forfeit movements and audit row; no deposit movement lacks
   its loan; each member has a card, a points entry and an audit row; each credited receipt
   its points entry; each sale its receipt number, lines, income movement and audit row;
   each audit row about a loan, member, sale, shop, shift or user points at one that exists;
3. document numbers have no gaps: for each series and year the counter's `last_number`
   equals the number of documents carrying a number of that series and year (deposit slips,
   member cards, receipts, redemptions, shift reports, invoices where present);
4. the audit chain verifies (`services.audit.verify_chain`).

### Last run

- Date: {datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")}
- Machine: {platform.node()} — {platform.platform()}, Python {platform.python_version()},
  SQLite {__import__("sqlite3").sqlite_version}, {os.cpu_count()} CPUs
- Kills: **{result["kills"]}**, run time {seconds / 60:.1f} min
- Integrity failures: **{
        sum(1 for _, p in result["failures"] if any(x.startswith("integrity") for x in p))
    }**
- Half operations found: **{
        sum(1 for _, p in result["failures"] for x in p if "without" in x or "missing" in x)
    }**
- Number gaps: **{sum(1 for _, p in result["failures"] for x in p if "counter at" in x)}**
  ({last["series"]} series compared after the last kill)
- Audit chain breaks: **{sum(1 for _, p in result["failures"] if "audit chain broken" in p)}**

Rows in the file after the last kill:

| table | rows |
|---|---|
{counts}

## Backups and restore

See `services/backups.py`: an online copy with SQLite's backup API at the first sign-in of
the day and after every shift close, checked with `integrity_check`, kept 14 daily and 12
monthly (settings `backup.folder`, `backup.keep_daily`, `backup.keep_monthly`);
`frontdesk backup [-o FILE]`, `frontdesk restore FILE`; a file failing `quick_check` or the
audit chain at start leads to the restore of the newest sound copy
(tests/services/test_backups.py, tests/test_cli.py, tests/ui/test_start_checks.py).

## Two counters, one file

`tests/services/test_two_processes.py`: two processes × 1,000 operations on one file; no
"database is locked", every loan, settlement, movement, slip number and audit row counted.
"""
    out.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--child")
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seed)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "crash.db"
        began = time.monotonic()
        result = run(args.kills, path, args.seed)
        seconds = time.monotonic() - began
    print(
        f"{result['kills']} kills, {len(result['failures'])} with problems,"
        f" {seconds:.0f} s; last counts {result['last']['counts']}"
    )
    if args.report:
        report(result, seconds, args.report)
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
