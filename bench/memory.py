"""Memory of the running app on the scale database: VmRSS of a fresh app process once the
main window is painted (target 250 MB). Memory over a day's work is bench/soak.py's.

    .venv/bin/python bench/memory.py [--db /tmp/frontdesk-scale/scale.db] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import result, scale_db_path  # noqa: E402
from bench.startup import run_child  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=3)
    opts = parser.parse_args()
    path = scale_db_path(opts.db)
    runs = [run_child("app", path)[1]["rss_ready_mb"] for _ in range(opts.runs)]
    ready = statistics.median(runs)
    print(f"RSS at main window: {ready:.0f} MB (runs {', '.join(f'{x:.0f}' for x in runs)})")
    result("app memory at main window (RSS)", ready, None, "<= 250 MB", unit="MB")


if __name__ == "__main__":
    main()
