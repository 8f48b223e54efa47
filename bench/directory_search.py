"""How long the directory takes to answer as the clerk types, on a 200-shop mall.

Run: .venv/bin/python bench/directory_search.py  (prints timings; asserts nothing about time)
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import result  # noqa: E402
from services.admin import site
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.directory import guide as directory  # noqa: E402
from tests.services.test_directory import fill_directory  # noqa: E402

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
        print(f"{'query':<12} {'found':>5} {'median ms':>10} {'worst ms':>9}")
        for query in QUERIES:
            times, found = [], 0
            for _ in range(ROUNDS):
                started = time.perf_counter()
                found = len(directory.search_directory(admin, query))
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            print(f"{query:<12} {found:>5} {times[len(times) // 2]:>10.2f} {times[-1]:>9.2f}")
            result(
                f"directory search {query!r} (200 shops)", times[len(times) // 2], None, "<= 50 ms"
            )
        db.close()


if __name__ == "__main__":
    main()
