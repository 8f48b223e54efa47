"""How long the directory takes to answer as the clerk types, on a 200-shop mall, against its
floor: the bare LIKE query on the directory's index text, interleaved.

Run: .venv/bin/python bench/directory_search.py  (prints timings; asserts nothing about time)
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import interleaved, report  # noqa: E402
from services.admin import site
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.directory import guide as directory  # noqa: E402
from tests.services.directory.test_directory import fill_directory  # noqa: E402

QUERIES = ("x", "xb", "xbk", "星", "星巴", "coffee", "L1", "tenant 150", "food", "洗手间", "zzz")
ROUNDS = 50


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        bare = AppContext(db, None, FixedClock(datetime(2026, 3, 16, 2, tzinfo=UTC)))
        admin = bare.signed_in_as(
            site.initialise(
                bare, site.SiteProfile(name="Bench Mall", language="en"), "admin", "bench-pass-1"
            )
        )
        fill_directory(admin, 200)
        started = time.perf_counter()
        directory.refresh_index(AppContext(db))
        print(f"first indexing of 200 shops: {(time.perf_counter() - started) * 1000:.1f} ms")
        raw = sqlite3.connect(str(Path(folder) / "bench.db"))

        def bare(query):  # the bare index query: every word in the entry's index text
            words = directory.fold(query).split()
            sql = (
                "SELECT s.name_zh, s.name_en, s.unit, s.floor, s.category, s.phone"
                " FROM directory_index i JOIN shops s ON i.kind = 'shop' AND s.id = i.ref_id"
                " WHERE i.active = 1" + "".join(" AND i.haystack LIKE ?" for _ in words)
            )
            return raw.execute(sql, [f"%{w}%" for w in words]).fetchall()

        print(f"{'query':<12} {'found':>5} {'median ms':>10} {'floor ms':>9} {'ratio':>12}")
        for query in QUERIES:
            found = len(directory.search_directory(admin, query))
            figures = interleaved(
                lambda q=query: directory.search_directory(admin, q),
                lambda q=query: bare(q),
                rounds=ROUNDS,
            )
            print(
                f"{query:<12} {found:>5} {figures['median_ms']:>10.2f}"
                f" {figures['floor_ms']:>9.3f} {figures['ratio_min']:>5}-{figures['ratio_max']}"
            )
            report(f"directory search {query!r} (200 shops)", figures, "<= 50 ms, ratio <= 2")
        raw.close()
        db.close()


if __name__ == "__main__":
    main()
