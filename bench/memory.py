"""Memory of the running app on the scale database: VmRSS of a fresh app process once the
main window is painted, and again when the background check (quick_check and the whole
audit chain) has finished. Target: 250 MB.

    .venv/bin/python bench/memory.py [--db /tmp/frontdesk-scale.db] [--runs 3]
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
    runs = [run_child("app", path, wait_check=True)[1] for _ in range(opts.runs)]
    ready = statistics.median(r["rss_ready_mb"] for r in runs)
    after = statistics.median(r["rss_after_check_mb"] for r in runs)
    check_s = statistics.median(r["check_s"] for r in runs)
    sound = all(r["check_sound"] for r in runs)
    print(
        f"RSS at main window: {ready:.0f} MB; after the background check: {after:.0f} MB"
        f" (check took {check_s:.1f} s more after the window was up; sound: {sound})"
    )
    result("app memory at main window (RSS)", ready, None, "<= 250 MB", unit="MB")
    result(
        "app memory after background check (RSS)",
        after,
        None,
        "<= 250 MB",
        unit="MB",
        background_check_s=round(check_s, 1),
        sound=sound,
    )


if __name__ == "__main__":
    main()
