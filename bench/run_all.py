"""Run every benchmark and write docs/benchmarks.md.

    .venv/bin/python bench/run_all.py [--scale 1.0] [--reuse] [--db /tmp/frontdesk-scale.db]

Builds the scale database (unless --reuse and it exists), runs each bench as a subprocess,
reads the `RESULT {json}` lines they print last, and writes the table of figures and ratios
against their targets, the machine and the date. A missed target gets the reason and the
next step from NOTES. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, SCALE_DB  # noqa: E402

DOC = ROOT / "docs" / "benchmarks.md"
RESULTS_FILE = Path("/tmp/frontdesk-bench-results.json")  # the last run, for --rewrite
# (script, extra arguments, time limit in seconds); {db} is the scale database
BENCHES = [
    ("startup.py", ["--db", "{db}"], 600),
    ("memory.py", ["--db", "{db}", "--runs", "1"], 600),  # one full check is a minute
    ("member_lookup.py", ["--db", "{db}", "--keep"], 600),
    ("lost_found_search.py", ["--db", "{db}"], 600),
    ("complaint_search.py", ["--db", "{db}"], 300),
    ("list_pages.py", ["--db", "{db}"], 900),
    ("operations.py", ["--db", "{db}"], 600),
    ("ledger_export.py", [], 900),
    ("directory_search.py", [], 300),
]
# Why a target is missed and what would reach it, by the start of the figure's name.
NOTES: dict[str, str] = {
    "start-up": "the bare window imports QtWidgets and sqlite3 only. The app adds (measured"
    " phase by phase on this machine): importing the services and pages, sqlite_utils alone"
    " about 250 ms; the sign-in's scrypt, about 100 ms by design (it is the password's"
    " protection); building the main window with its landing dashboard, 400-600 ms, of which"
    " about 300 ms is `lost_found.due_for_action`, which reads up to 10,000 held items and"
    " works out their retention in Python. The database checks are no longer in the way"
    " (under 1 ms from the checkpoint). Next: count the due items in SQL (store the retention"
    " end at registration, indexed) and fill the dashboard's figures after the first paint;"
    " import sqlite_utils lazily (the desk only needs sqlite3). Even then a Python app's"
    " imports keep it near 3x a bare window; 1.5 would need a much smaller first import.",
    "member lookup": "the lookup is one SQL statement, the same as the floor; the service adds"
    " the permission check, input validation, card-number parsing, phone masking and the"
    " dataclass, a fixed cost of about 0.1 ms that doubles a 0.05 ms query. The figure is far"
    " inside 2 ms. Next: none needed for the counter; the ratio would fall only by dropping"
    " checks the house rules require.",
    "found-item search": "the floor is the very SQL the service ran (traced and replayed in"
    " raw sqlite3), so the query itself is the same; the remaining 0.1-0.3 ms is turning 50"
    " rows into records (masking the finder's phone, category labels, dataclasses). The"
    " absolute figure is under 1 ms against a 50 ms target. Next: build the records from"
    " tuples instead of dicts and skip the columns the list does not show.",
    "complaint search": "same fixed service cost (permission, phone normalising, dataclasses)"
    " on a 0.02 ms indexed query; far inside 50 ms.",
    "list page 'lost_reports'": "the page selects its first report on opening, and that"
    " computes the report's ranked matches: `lost_found_match.matches_for_report` scores"
    " 4,332 candidate found items with about 820,000 `re.search(re.escape(...))` calls. Next"
    " (in services/lost_found_match.py, being changed by its owner now): compile each"
    " report's patterns once, cap the candidates to items found in the report's time window,"
    " and compute the matches after the list is painted.",
    "list page 'outstanding'": "the page now reads its list once on opening (it read it in"
    " its constructor and again in showEvent); what is left is the held-totals query over a"
    " year of loans (about 27 ms) and the widgets. Next: keep the held totals as a running"
    " figure of the open shift instead of summing all open loans.",
    "list page": "the SQL of these pages takes a few milliseconds; the rest is Qt asking the"
    " Python model for about ten roles of every visible cell (16 us a call on this loaded"
    " machine) plus building the page's widgets. Next: a data() fast path that answers"
    " only the roles it serves from a per-row tuple of display texts computed once per page,"
    " and a first page of about 50 rows (the shops page's test pins 200).",
    "daily ledger": "bench/ledger_export.py is the ledger module's own bench; its ratio is"
    " the work the desk's document builder adds over a bare reportlab table (the CJK font,"
    " header, signature lines and page footers on every page). Next (for that module):"
    " profile services/ledger_documents on 2,000 rows; split the table into page-sized"
    " chunks so platypus does not re-measure one long table.",
    "month export": "the export writes styled cells (money formats, dates, the header row"
    " and totals) where the floor writes bare values in openpyxl's write-only mode; on this"
    " shared machine the floor alone takes 8-11 s of the 10 s target. Next (for that"
    " module): write plain values with one column format, and stream rows from SQL without"
    " building intermediate dicts.",
    "return end to end": "the service reads the loan with its joins, the open shift and the"
    " approver rules before the insert; the floor only inserts. 2 ms against a commit with"
    " synchronous=FULL is the desk's normal pace. Next: read the loan once (the service"
    " reads it again to return the settled loan).",
    "sale end to end": "the service prices the lines from the price history and reads the"
    " sale back with its lines to return it; the floor only inserts.",
    "lend end to end": "the service reads the item, its kind and the open shift and returns"
    " the loan read back with its joins; the floor only inserts.",
}


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        (
            int(line.split()[1]) // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    load = os.getloadavg()
    from PySide6 import __version__ as pyside

    return {
        "cores (nproc)": os.cpu_count(),
        "CPU": cpu,
        "RAM": f"{mem:,} MB",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "PySide6": pyside,
        "OS": platform.platform(),
        "load average at the end": " / ".join(f"{x:.1f}" for x in load),
    }


def run_bench(script: str, args: list[str], limit: int, db: Path) -> tuple[list[dict], str]:
    path = ROOT / "bench" / script
    if not path.exists():
        return [], "not present in this checkout"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, str(path)] + [a.format(db=db) for a in args]
    started = time.perf_counter()
    print(f"== {script}", flush=True)
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=limit)
    except subprocess.TimeoutExpired:
        return [], f"stopped after {limit} s"
    took = time.perf_counter() - started
    rows = [json.loads(line[7:]) for line in out.stdout.splitlines() if line.startswith("RESULT ")]
    for line in out.stdout.splitlines():
        if not line.startswith("RESULT "):
            print("   " + line)
    if out.returncode != 0:
        tail = (out.stderr.strip().splitlines() or ["?"])[-1]
        return rows, f"exit {out.returncode} after {took:.0f} s: {tail}"
    if not rows:
        return rows, f"ran in {took:.0f} s but printed no RESULT line"
    return rows, f"ran in {took:.0f} s"


def meets(row: dict) -> bool | None:
    """Every clause of the target ('<= 2 ms, ratio <= 2') holds; None if unparsable."""
    ok = None
    for clause in filter(None, (c.strip() for c in row.get("target", "").split(","))):
        found = re.match(r"(ratio\s*)?<=\s*([\d.]+)", clause)
        if not found:
            continue
        value = row.get("ratio") if found.group(1) else row.get("median_ms")
        if value is None:
            continue
        ok = (ok is not False) and value <= float(found.group(2))
    return ok


def figure(value, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:,.0f} ms" if value >= 100 else f"{value:.3g} ms"


def note_for(name: str) -> str:
    return next((text for prefix, text in NOTES.items() if name.startswith(prefix)), "")


def write_doc(
    results: list[tuple[str, list[dict], str]], info: dict, build: str, scale: float, counts: dict
) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Written by `bench/run_all.py` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        f" (scale {scale:g}). Medians over several runs; the floor is the same work done"
        " bare (raw sqlite3, a bare PySide6 window, bare reportlab/openpyxl) in the same"
        " run. The machine is shared with other developers' test runs, so figures carry"
        " their noise; ratios are measured with the floor interleaved.",
        "",
        "## Machine",
        "",
    ]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    lines += ["", "## Scale database", "", build, ""]
    lines += [f"- {table}: {n:,} rows" for table, n in counts.items()]
    lines += [
        "",
        "## Figures",
        "",
        "| bench | figure | median | floor | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    missed = []
    for script, rows, status in results:
        if not rows:
            lines.append(f"| {script} | — | — | — | — | — | {status} |")
            continue
        for row in rows:
            ok = meets(row)
            mark = {True: "yes", False: "**no**", None: "—"}[ok]
            ratio = "—" if row.get("ratio") is None else f"{row['ratio']:.2f}"
            lines.append(
                f"| {script} | {row['name']} | {figure(row['median_ms'], row['unit'])}"
                f" | {figure(row.get('floor_ms'), row['unit'])} | {ratio}"
                f" | {row.get('target', '')} | {mark} |"
            )
            if ok is False:
                missed.append(row["name"])
    lines += ["", "## Runs", ""]
    lines += [f"- `{script}`: {status}" for script, _, status in results]
    lines += ["", "## Targets missed: why, and the next step", ""]
    if not missed:
        lines.append("None.")
    grouped: dict[str, list[str]] = {}
    for name in missed:  # one paragraph per reason, naming every figure it explains
        grouped.setdefault(note_for(name) or "no analysis yet.", []).append(name)
    for text, names in grouped.items():
        lines.append(f"- **{'; '.join(names)}**: {text}")
    lines += ["", "## Notes", ""] + [f"- {text}" for text in GENERAL_NOTES] + [""]
    DOC.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {DOC}")


GENERAL_NOTES: list[str] = [
    "Scale database: `bench/make_scale_db.py` makes the file with"
    " `services.database.open_database` (every migration), sets up the site, users, lendable"
    " items and price list through the services, then bulk-inserts under synchronous=OFF /"
    " journal_mode=OFF (WAL and FULL restored at the end). Every bulk member, found item,"
    " lost report, loan, return, shift, sale, invoice and complaint step has its audit row,"
    " hashed and linked like `db.audit`; the 5,000,000 point credits have none (to keep the"
    " build in minutes). Document counters end at the last number used, so `frontdesk check`"
    " passes and the next service number follows on without a gap.",
    "Start-up no longer waits for SQLite's quick_check and the walk of the whole audit chain:"
    " it checks only the rows after the sealed checkpoint that the last sound full check left"
    " (table `audit_checkpoint`, migration 11); the full check runs on a worker thread with its"
    " own connection once the window is up and offers the restore path if it finds a problem."
    " `frontdesk check` still walks everything. The memory figures include that check.",
    "The background check of the scale file takes a minute and a half of CPU (quick_check"
    " of 3 GB, then hashing 3 million audit rows in Python). It shares the GIL with the"
    " window, so the desk is somewhat less snappy in that time. Next: run the walk in a"
    " separate process (or only when the checkpoint is older than a day), and let SQLite's"
    " quick_check run on its own connection without holding the GIL (it already does).",
    "Not in the start-up figure: the copy the day's first sign-in takes"
    " (`backups.backup_if_first_today`), which copies the whole file once a day.",
    "Search and lookup floors are the bare index query in raw sqlite3 (ids or the same SQL);"
    " the service adds the permission check, validation and dataclasses, a fixed cost of a few"
    " hundredths of a millisecond, so ratios above 2 on sub-millisecond figures are that cost,"
    " not a slower query.",
    "List pages: the first open includes importing the page's module; the median is over"
    " fresh page objects after it. The SQL of every list takes a few milliseconds (pages of"
    " 100-200 rows, indexed ORDER BY); the time was Qt asking the Python model about ten"
    " roles of each cell. Fixed here: `PagedTableModel.data` answers unused roles at once and"
    " compares roles as ints (a comparison with a Qt enum costs about 3 us), and pages that"
    " size columns to contents measure only the rows in view; the invoice register's credited"
    " sums use their index (`INDEXED BY`, 560 ms to 5 ms).",
    "The full build (`make_scale_db.py`, scale 1) took 991 s on this machine with a load"
    " average of about 4 on its 2 cores, before two later speed-ups (sampled ANALYZE, saving"
    " about 2 minutes; indexes rebuilt after the member and receipt bulk loads); the benches"
    " then take 4-6 minutes, so `run_all.py` from nothing stays under 30 minutes here.",
]


def table_counts(db: Path) -> dict:
    conn = sqlite3.connect(str(db))
    out = {}
    for table in (
        "members",
        "member_cards",
        "point_receipts",
        "point_entries",
        "found_items",
        "lost_reports",
        "loans",
        "shifts",
        "cash_movements",
        "sales",
        "invoices",
        "complaint_cases",
        "audit_log",
    ):
        try:
            out[table] = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
        except sqlite3.Error:
            pass
    conn.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--db", type=Path, default=SCALE_DB)
    parser.add_argument("--reuse", action="store_true", help="keep an existing scale database")
    parser.add_argument("--only", nargs="*", help="run only these bench scripts")
    parser.add_argument(
        "--rewrite",
        action="store_true",
        help="write the doc again from the last run's figures (new notes)",
    )
    opts = parser.parse_args()
    if opts.rewrite:
        results, build, counts, *info = json.loads(RESULTS_FILE.read_text(encoding="utf-8"))
        return write_doc(results, info[0] if info else machine(), build, opts.scale, counts)
    started = time.perf_counter()
    if opts.reuse and opts.db.exists():
        build = f"Reused `{opts.db}` ({opts.db.stat().st_size / 2**30:.1f} GB)."
    else:
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "make_scale_db.py"),
                "--scale",
                str(opts.scale),
                "--db",
                str(opts.db),
            ],
            check=True,
            cwd=ROOT,
        )
        build = (
            f"Built by `bench/make_scale_db.py --scale {opts.scale:g}` in"
            f" {time.perf_counter() - started:.0f} s"
            f" ({opts.db.stat().st_size / 2**30:.1f} GB)."
        )
    counts = table_counts(opts.db)
    results = []
    for script, args, limit in BENCHES:
        if opts.only and script not in opts.only:
            continue
        rows, status = run_bench(script, args, limit, opts.db)
        results.append((script, rows, status))
    info = machine()
    RESULTS_FILE.write_text(json.dumps([results, build, counts, info]), encoding="utf-8")
    write_doc(results, info, build, opts.scale, counts)
    print(f"all done in {(time.perf_counter() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
