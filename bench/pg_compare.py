"""PostgreSQL beside SQLite on the same data: lookups, counter operations, a list page.

    .venv/bin/python bench/pg_compare.py [--days 2] [--rounds 5] [--pg-url OWNER_URL] [--doc]

Builds the same demo site (fixed seed and day) in a SQLite file and in a database of a
throwaway PostgreSQL cluster (scripts/pg_cluster.sh, started and stopped here; or the owner's
URL of one already running), then times each operation on both, the engines interleaved round
by round (SQLite, PostgreSQL, then PostgreSQL, SQLite, ...) so a busy moment of the shared
machine falls on both. Prints per operation the median time on each engine and the ratio
PostgreSQL / SQLite as median with min-max over the rounds, and a `RESULT {json}` line.
The PostgreSQL side runs as the desk's role (fd_desk), over the cluster's local socket.
The figures are kept in RESULTS_FILE; with --doc they become the section "PostgreSQL beside
SQLite" of docs/benchmarks.md (bench/run_all.py writes the same section from that file when it
rewrites the document). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402

from demo import site as demo  # noqa: E402
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext, User  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.directory import shops  # noqa: E402
from services.lending import items as lending_items  # noqa: E402
from services.lending import loans  # noqa: E402
from services.lost_found import items as lost_found  # noqa: E402
from services.members import members  # noqa: E402
from services.sales import price_list, sales  # noqa: E402
from services.shifts import shifts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 3, 16)
TZ = ZoneInfo("Asia/Shanghai")
SEED = 5
REPEAT = 20  # calls of an operation per timing
RESULTS_FILE = Path("/tmp/frontdesk-pg-compare.json")
DOC = ROOT / "docs" / "benchmarks.md"
SECTION = "## PostgreSQL beside SQLite"


def section_lines(saved: dict | None = None) -> list[str]:
    """The document's section for the last run's figures (none when it never ran)."""
    if saved is None:
        if not RESULTS_FILE.exists():
            return []
        saved = json.loads(RESULTS_FILE.read_text(encoding="utf-8"))
    lines = [
        SECTION,
        "",
        f"Written by `bench/pg_compare.py` on {saved['at']} (load average at its start"
        f" {saved['load']}). The same demo site ({saved['days']} days, seed {SEED}) in a SQLite"
        " file and in a PostgreSQL 15 database of a throwaway local cluster (unix socket, fsync"
        " off as in the test cluster, the desk's role); each figure the median of"
        f" {saved['rounds']} rounds of {REPEAT} calls through the services, the engines"
        " interleaved; the ratio is PostgreSQL / SQLite, median with the min–max of the"
        " per-round ratios.",
        "",
        "| operation | SQLite ms | PostgreSQL ms | ratio (min–max) |",
        "|---|---:|---:|---|",
    ]
    for name, r in saved["figures"].items():
        lines.append(
            f"| {name} | {r['sqlite_ms']:.2f} | {r['postgresql_ms']:.2f}"
            f" | {r['ratio']:.2f} ({r['ratio_min']:.2f}–{r['ratio_max']:.2f}) |"
        )
    lines += [
        "",
        "A lookup on SQLite is a call into the same process; on PostgreSQL each statement is a"
        " round trip to the server (a socket, parse, plan), so sub-millisecond lookups show"
        " the largest ratios while staying a few milliseconds; a counter operation (several"
        " statements in one transaction, the audit append's advisory lock, the gapless number's"
        " row lock) and a list page's first page are a few times SQLite's.",
        "",
    ]
    return lines


def write_section(lines: list[str]) -> None:
    """Put the section in docs/benchmarks.md before "## Runs" (or in place of the last one)."""
    text = DOC.read_text(encoding="utf-8")
    block = "\n".join(lines)
    if SECTION in text:
        start = text.index(SECTION)
        end = text.find("\n## ", start + len(SECTION))
        text = text[:start] + block + (text[end + 1 :] if end >= 0 else "")
    else:
        at = text.find("## Runs")
        text = text[:at] + block + "\n" + text[at:] if at >= 0 else text + "\n" + block
    DOC.write_text(text, encoding="utf-8")


def _ctxs(db, clock) -> dict:
    ctxs = {}
    for row in db.conn.execute("SELECT * FROM users ORDER BY id"):
        user = User(row["id"], row["username"], row["display_name"], row["role"])
        ctxs.setdefault(row["role"], AppContext(db, user, clock))
    return ctxs


def _site(db, days: int) -> dict:
    """The demo site on `db`, a clerk with a shift open at 11:00 on TODAY, and what to ask."""
    demo.build_demo(AppContext(db), days=days, seed=SEED, today=TODAY)
    clock = FixedClock(datetime.combine(TODAY, clock_time(11), TZ))
    ctxs = _ctxs(db, clock)
    clerk = ctxs["clerk"]
    if shifts.current_shift(clerk) is None:
        shifts.open_shift(clerk, {10000: 2})
    conn = db.conn
    card = conn.execute("SELECT card_no FROM member_cards ORDER BY id LIMIT 1").fetchone()[0]
    tag = conn.execute("SELECT tag_no FROM found_items ORDER BY id LIMIT 1").fetchone()[0]
    free = [i["code"] for i in lending_items.list_items(ctxs["admin"]) if i["state"] == "in"]
    prices = price_list.list_prices(clerk)
    return {"ctxs": ctxs, "card": card, "tag": tag, "item": free[0], "price": prices[0]}


def _lend_and_return(site):
    clerk = site["ctxs"]["clerk"]
    loan = loans.lend_item(clerk, site["item"], "13800138000", "cash")
    loans.return_item(clerk, loan.id)


def _sale(site):
    clerk = site["ctxs"]["clerk"]
    lines = [(site["price"].id, 1)]
    total = sales.quote(clerk, lines).total_fen
    sales.sell(clerk, lines, "cash", total)


OPERATIONS = {
    "member by card": lambda s: members.find_members(s["ctxs"]["clerk"], s["card"]),
    "found item by tag": lambda s: lost_found.find_by_tag(s["ctxs"]["clerk"], s["tag"]),
    "found items search, 2 characters": lambda s: lost_found.search_found(
        s["ctxs"]["clerk"], "雨伞"
    ),
    "found items search, 3+ characters": lambda s: lost_found.search_found(
        s["ctxs"]["clerk"], "充电宝"
    ),
    "shops search, English": lambda s: shops.search_shops(s["ctxs"]["clerk"], "star"),
    "lend + return": _lend_and_return,
    "sale": _sale,
    "members list, first page": lambda s: members.list_members(s["ctxs"]["supervisor"]),
    "found items list, first page": lambda s: lost_found.search_found(s["ctxs"]["clerk"], ""),
}


def _time(op, site) -> float:
    start = time.perf_counter()
    for _ in range(REPEAT):
        op(site)
    return (time.perf_counter() - start) / REPEAT


def _cluster(url: str | None):
    if url:
        return url, None
    folder = tempfile.mkdtemp(prefix="frontdesk-pg-bench-")
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "start", folder],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out.strip().splitlines()[-1], folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pg-url", default="", help="owner's URL of a running cluster")
    parser.add_argument("--doc", action="store_true", help="write the figures in the doc")
    args = parser.parse_args()

    from db.core.migrations.pg import migrate_pg

    load = os.getloadavg()
    owner_url, folder = _cluster(args.pg_url or None)
    name = f"fd_bench_{int(time.time())}"
    try:
        with psycopg.connect(owner_url, autocommit=True) as pg:
            pg.execute(f"CREATE DATABASE {name}")
        site_url = owner_url.replace("/postgres?", f"/{name}?", 1)
        migrate_pg(site_url)
        work = Path(tempfile.mkdtemp(prefix="frontdesk-bench-"))
        dbs = {
            "sqlite": open_database(work / "site.db"),
            "postgresql": open_database(site_url.replace("//fd_owner@", "//fd_desk@", 1)),
        }
        built = time.perf_counter()
        sites = {engine: _site(db, args.days) for engine, db in dbs.items()}
        print(
            f"demo site of {args.days} days on both engines in {time.perf_counter() - built:.1f} s"
        )
        times = {op: {"sqlite": [], "postgresql": []} for op in OPERATIONS}
        for op_name, op in OPERATIONS.items():
            for engine in dbs:  # warm both: the first call reads the schema and plans
                op(sites[engine])
            for r in range(args.rounds):
                order = ("sqlite", "postgresql") if r % 2 == 0 else ("postgresql", "sqlite")
                for engine in order:
                    times[op_name][engine].append(_time(op, sites[engine]))
        result = {}
        print(f"{'operation':36} {'SQLite ms':>10} {'PostgreSQL ms':>14} {'ratio (min-max)':>22}")
        for op_name, t in times.items():
            ratios = [p / s for p, s in zip(t["postgresql"], t["sqlite"], strict=True)]
            lite, pg = (
                statistics.median(t["sqlite"]) * 1000,
                statistics.median(t["postgresql"]) * 1000,
            )
            ratio = statistics.median(ratios)
            print(
                f"{op_name:36} {lite:10.2f} {pg:14.2f}"
                f" {ratio:8.2f}x ({min(ratios):.2f}-{max(ratios):.2f})"
            )
            result[op_name] = {
                "sqlite_ms": round(lite, 3),
                "postgresql_ms": round(pg, 3),
                "ratio": round(ratio, 2),
                "ratio_min": round(min(ratios), 2),
                "ratio_max": round(max(ratios), 2),
            }
        for db in dbs.values():
            db.close()
        shutil.rmtree(work, ignore_errors=True)
        print("RESULT " + json.dumps({"pg_compare": result}, ensure_ascii=False))
        saved = {
            "at": f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            "load": " / ".join(f"{x:.1f}" for x in load),
            "days": args.days,
            "rounds": args.rounds,
            "figures": result,
        }
        RESULTS_FILE.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        if args.doc:
            write_section(section_lines(saved))
            print(f"wrote {DOC}")
    finally:
        with psycopg.connect(owner_url, autocommit=True) as pg:
            pg.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if folder:
            subprocess.run(
                ["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", folder],
                check=False,
                capture_output=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
