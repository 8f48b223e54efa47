"""Opening each list page on the scale database: time to the first rows shown and the memory
the page adds (VmRSS before and after), as the first of clerk, supervisor, admin
who may see the page.

    .venv/bin/python bench/list_pages.py [--db /tmp/frontdesk-scale.db] [--runs 5]

Each open builds a new page (the factory in ui/pages.py), shows it in a window and
processes events until its table has rows and is painted. The first open includes the
page's imports and a cold cache; the median is over the following opens. Targets: 100 ms,
50 MB. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import result, rss_mb, scale_db_path, signed_in  # noqa: E402

LIST_PAGES = [
    "members",
    "found_items",
    "lost_reports",
    "outstanding",
    "shops",
    "audit",
    "receipts",
    "invoice_register",
    "complaints",
    "custody",
    "paging",
]


def tables_with_rows(widget) -> int:
    from PySide6.QtWidgets import QAbstractItemView

    return sum(
        view.model().rowCount()
        for view in widget.findChildren(QAbstractItemView)
        if view.model() is not None and view.isVisible()
    )


def open_page(app, entry, session, host) -> tuple[float, float, int]:
    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    page = entry.factory(session, host)
    host.setCentralWidget(page)
    page.show()
    app.processEvents()
    rows = tables_with_rows(page)
    page.repaint()  # the first rows painted
    elapsed = (time.perf_counter() - started) * 1000
    added = rss_mb() - before
    return elapsed, added, rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    path = scale_db_path(opts.db)
    from PySide6.QtWidgets import QApplication, QMainWindow

    from services.core.database import open_database
    from ui import i18n
    from ui.pages import PAGES
    from ui.session import DeskSession

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    db = open_database(path)
    sessions = [
        DeskSession(signed_in(db, role), str(path)) for role in ("clerk", "supervisor", "admin")
    ]
    host = QMainWindow()
    host.resize(1280, 800)
    host.show()
    entries = {e.key: e for e in PAGES}
    print(f"{'page':<18}{'first open ms':>14}{'median ms':>11}{'MB added':>10}{'rows':>7}")
    for key in LIST_PAGES:
        entry = entries.get(key)
        session = next(
            (s for s in sessions if entry and (entry.perm is None or s.may(entry.perm))), None
        )
        if session is None:
            continue
        first, first_mb, rows = open_page(app, entry, session, host)
        runs = [open_page(app, entry, session, host) for _ in range(opts.runs)]
        median = statistics.median(r[0] for r in runs)
        added = max(first_mb, max(r[1] for r in runs))
        print(f"{key:<18}{first:>14.1f}{median:>11.1f}{added:>10.1f}{rows:>7}", flush=True)
        result(
            f"list page '{key}': first rows shown",
            median,
            None,
            "<= 100 ms",
            first_open_ms=round(first, 1),
            rows=rows,
        )
        result(f"list page '{key}': memory added", added, None, "<= 50 MB", unit="MB")
    db.close()


if __name__ == "__main__":
    main()
