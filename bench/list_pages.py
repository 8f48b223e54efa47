"""Opening each list page on the scale database: the first open in a fresh process (the page's
imports, a cold page and the first rows painted) and the warm open against its floor.

    .venv/bin/python bench/list_pages.py [--db /tmp/frontdesk-scale/scale.db] [--runs 5]

Each page runs in its own process (signed in as the first of clerk, supervisor, admin who may
see it, with ui.main_window imported as the app has it by then; not timed). The first open:
the page's own imports, build the page (ui/pages.py's factory, which imports its
module), show it, process events until it is painted with its rows. The members page opens on
a search for the commonest surname (its first open shows an empty list, so the figure is the
search's page of results). Then `--runs` warm opens of a fresh page interleaved with the floor:
a bare QTableView over a bare QAbstractTableModel holding the same number of rows of the same
table, read by a bare query in index order with the same number of columns. Targets: first
open <= 100 ms; warm <= 2x its floor; memory added <= 50 MB. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, report, result, scale_db_path  # noqa: E402

# page key -> the floor's bare query (the same table, index order, {limit} rows)
FLOORS = {
    "members": "SELECT name, phone, id_type, id_last4, name_key FROM members"
    " WHERE name_key >= '王' AND name_key < '王\uffff' ORDER BY name_key LIMIT {limit}",
    "found_items": "SELECT tag_no, category, description, colour, found_at, found_place, storage,"
    " finder_name, finder_phone, cash_fen, status FROM found_items ORDER BY id DESC"
    " LIMIT {limit}",
    "lost_reports": "SELECT report_no, category, description, colour, lost_place, lost_to,"
    " contact_name, contact_phone, status FROM lost_reports ORDER BY id DESC LIMIT {limit}",
    "outstanding": "SELECT slip_no, due_at, item_id, borrower_phone, borrower_name, deposit_fen,"
    " method, lent_at, status FROM (SELECT l.*, 'out' AS status FROM loans l WHERE NOT EXISTS"
    " (SELECT 1 FROM loan_settlements s WHERE s.loan_id = l.id)) ORDER BY due_at LIMIT {limit}",
    "shops": "SELECT unit, name_zh, name_en, floor, category, phone, active FROM shops"
    " ORDER BY name_zh LIMIT {limit}",
    "audit": "SELECT id, at, username, action, entity, entity_id, after FROM audit_log"
    " ORDER BY id DESC LIMIT {limit}",
    "receipts": "SELECT receipt_no, sold_at, method, total_fen, user_id FROM sales"
    " ORDER BY id DESC LIMIT {limit}",
    "invoice_register": "SELECT invoice_no, issued_at, kind, seller_name, buyer_name, total_fen"
    " FROM invoices ORDER BY id DESC LIMIT {limit}",
    "complaints": "SELECT case_no, kind, channel, category, status, opened_at, due_at, phone"
    " FROM complaint_cases ORDER BY id DESC LIMIT {limit}",
    "custody": "SELECT * FROM custody_items ORDER BY id DESC LIMIT {limit}",
    "paging": "SELECT * FROM broadcasts ORDER BY id DESC LIMIT {limit}",
    "directory": "SELECT unit, name_zh, name_en, floor, category, phone FROM shops"
    " ORDER BY name_zh LIMIT {limit}",
}


def visible_rows(widget) -> int:
    from PySide6.QtWidgets import QAbstractItemView

    return sum(
        view.model().rowCount()
        for view in widget.findChildren(QAbstractItemView)
        if view.model() is not None and view.isVisible()
    )


def open_page(app, entry, session, host) -> tuple[float, int]:
    started = time.perf_counter()
    page = entry.factory(session, host)
    host.setCentralWidget(page)
    page.show()
    if entry.key == "members":
        page.search_box.setText("王")
        page.search()
    app.processEvents()
    page.repaint()  # the first rows painted
    return (time.perf_counter() - started) * 1000, visible_rows(page)


def bare_model_class():
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class BareModel(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()):  # noqa: N802
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802
            return len(self.rows[0]) if self.rows else 0

        def data(self, index, role=Qt.DisplayRole):
            if role == Qt.DisplayRole:
                value = self.rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    return BareModel


def child(path: str, key: str, runs: int, profile: bool = False) -> None:
    import sqlite3

    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    import ui.main_window  # noqa: F401 - loaded by the app before any page opens
    from bench.common import rss_mb, signed_in
    from services.core.database import open_database
    from ui import i18n
    from ui.pages import PAGES
    from ui.session import DeskSession

    app = QApplication([])
    i18n.install("en")
    db = open_database(path)
    entry = next(e for e in PAGES if e.key == key)
    session = None
    for role in ("clerk", "supervisor", "admin"):
        candidate = DeskSession(signed_in(db, role), path)
        if entry.perm is None or candidate.may(entry.perm):
            session = candidate
            break
    host = QMainWindow()
    host.resize(1280, 800)
    host.show()
    app.processEvents()
    gc.collect()
    before = rss_mb()
    first, rows = open_page(app, entry, session, host)
    added = rss_mb() - before
    raw = sqlite3.connect(path)
    sql = FLOORS.get(key)
    bare_model = bare_model_class()

    def floor():
        started = time.perf_counter()
        found = raw.execute(sql.format(limit=max(rows, 1))).fetchall()
        view = QTableView()
        view.setModel(bare_model(found))
        host.setCentralWidget(view)
        view.show()
        app.processEvents()
        view.repaint()
        return (time.perf_counter() - started) * 1000

    if profile:  # where a warm open's time goes: cProfile of 10 opens, by own time
        import cProfile
        import pstats

        open_page(app, entry, session, host)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(10):
            open_page(app, entry, session, host)
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(20)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumtime").print_stats(30)
        sys.stderr.flush()
        os._exit(0)
    warm, bare = [], []
    if sql:
        floor()
        for n in range(runs):
            pair = [("page", warm), ("floor", bare)]
            for kind, into in pair if n % 2 == 0 else pair[::-1]:
                into.append(open_page(app, entry, session, host)[0] if kind == "page" else floor())
    print(
        "PAGE "
        + json.dumps({"first": first, "rows": rows, "mb": added, "warm": warm, "bare": bare})
    )
    sys.stdout.flush()
    os._exit(0)


def deep_scroll(path: Path, depth: int = 50_000) -> None:
    """A page of found items 50,000 rows down (keyset: the rows below the last one shown)
    against the first page: paging by key costs the same at any depth."""
    import sqlite3

    from bench.common import interleaved, signed_in
    from services.core.database import open_database
    from services.lost_found import items as lost_found

    db = open_database(path)
    clerk = signed_in(db, "clerk")
    raw = sqlite3.connect(str(path))
    count = raw.execute("SELECT count(*) FROM found_items").fetchone()[0]
    depth = min(depth, max(count - 200, 0))
    row = raw.execute(
        "SELECT id FROM found_items ORDER BY id DESC LIMIT 1 OFFSET ?", (depth,)
    ).fetchone()
    raw.close()
    if row is None:
        return
    figures = interleaved(
        lambda: lost_found.search_found(clerk, "", limit=100, before_id=row[0]),
        lambda: lost_found.search_found(clerk, "", limit=100),
        rounds=9,
    )
    print(
        f"found items, a page {depth:,} rows down: {figures['median_ms']:.2f} ms; the first"
        f" page {figures['floor_ms']:.2f} ms",
        flush=True,
    )
    report(
        f"found items: a page {depth:,} rows down (floor: the first page)", figures, "ratio <= 1.5"
    )
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child")
    parser.add_argument("--pages", nargs="*", default=list(FLOORS))
    parser.add_argument("--profile", action="store_true", help="with --child: profile it")
    opts = parser.parse_args()
    if opts.child:
        return child(opts.db, opts.child, opts.runs, opts.profile)
    path = scale_db_path(opts.db)
    from bench.common import spread

    deep_scroll(path)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    print(f"{'page':<18}{'first ms':>10}{'warm ms':>9}{'floor ms':>9}{'ratio':>13}{'rows':>6}")
    for key in opts.pages:
        out = subprocess.run(
            [sys.executable, __file__, "--db", str(path), "--child", key, "--runs", str(opts.runs)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        line = next((x for x in out.stdout.splitlines() if x.startswith("PAGE ")), None)
        if line is None:
            print(f"{key:<18} failed: {out.stderr.strip()[-300:]}")
            continue
        got = json.loads(line[5:])
        result(f"list page '{key}': first open", got["first"], None, "<= 100 ms", rows=got["rows"])
        if got["warm"]:
            figures = spread(got["warm"], got["bare"])
            report(f"list page '{key}': warm open", figures, "ratio <= 2", rows=got["rows"])
            print(
                f"{key:<18}{got['first']:>10.1f}{figures['median_ms']:>9.1f}"
                f"{figures['floor_ms']:>9.1f}{figures['ratio_min']:>7}-{figures['ratio_max']:<5}"
                f"{got['rows']:>6}",
                flush=True,
            )
        result(f"list page '{key}': memory added", got["mb"], None, "<= 50 MB", unit="MB")


if __name__ == "__main__":
    main()
