"""Shared helpers of the benchmarks: timing medians, RSS, the scale database, the RESULT line.

Every bench prints its figures for people and ends with one machine-readable line per
figure, `RESULT {json}` (name, median_ms, floor_ms, ratio, target), which bench/run_all.py
collects. Nothing here asserts a time.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCALE_DB = Path("/tmp/frontdesk-scale/scale.db")  # its own folder: its backups go beside it
PASSWORD = "bench-pass-1"
USERS = {"admin": "admin", "clerk": "clerk1", "shift_lead": "lead1", "supervisor": "sup1"}


def timed(fn, repeat: int = 7, warm: int = 1) -> float:
    """Median milliseconds of `repeat` calls after `warm` calls that fill the caches."""
    for _ in range(warm):
        fn()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def median_over(fn, args, warm: int = 5) -> float:
    """Median milliseconds of one call per argument (different keys, so no single hot row)."""
    for arg in args[:warm]:
        fn(arg)
    runs = []
    for arg in args:
        started = time.perf_counter()
        fn(arg)
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def interleaved(work, floor, rounds: int = 7, warm: int = 1) -> dict:
    """Time `work` and its `floor` alternately (work, floor, floor, work, ...), so load from
    other users of the machine falls on both; the ratio of each round gives the spread.
    Returns median_ms, floor_ms, ratio (of the medians), ratio_min, ratio_max."""
    for _ in range(warm):
        work()
        floor()
    ours, bare = [], []
    for n in range(rounds):
        pair = [(work, ours), (floor, bare)]
        for fn, into in pair if n % 2 == 0 else pair[::-1]:
            started = time.perf_counter()
            fn()
            into.append((time.perf_counter() - started) * 1000)
    return spread(ours, bare)


def spread(ours: list[float], bare: list[float]) -> dict:
    """Medians and the ratio's min-max over paired runs (ours[i] against bare[i])."""
    ratios = [a / b for a, b in zip(ours, bare, strict=False) if b]
    return {
        "median_ms": statistics.median(ours),
        "floor_ms": statistics.median(bare),
        "ratio_min": round(min(ratios), 2) if ratios else None,
        "ratio_max": round(max(ratios), 2) if ratios else None,
        "runs": len(ours),
    }


def rss_mb() -> float:
    """Resident memory of this process now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def result(
    name: str,
    median_ms: float | None,
    floor_ms: float | None = None,
    target: str = "",
    unit: str = "ms",
    **extra,
) -> dict:
    """Print the RESULT line run_all.py reads; ratio is median / floor when there is a floor
    (pass ratio_min / ratio_max from interleaved runs in `extra`)."""
    ratio = (median_ms / floor_ms) if (median_ms is not None and floor_ms) else None
    row = {
        "name": name,
        "median_ms": _round(median_ms),
        "floor_ms": _round(floor_ms),
        "ratio": _round(ratio),
        "target": target,
        "unit": unit,
        **extra,
    }
    print("RESULT " + json.dumps(row, ensure_ascii=False), flush=True)
    return row


def _round(value):
    return None if value is None else round(value, 3)


def signed_in(db, role: str = "admin", clock=None):
    """An AppContext signed in as the scale database's user of that role."""
    from services.admin import users
    from services.core.clock import Clock
    from services.core.context import AppContext

    ctx = AppContext(db, None, clock or Clock())
    return ctx.signed_in_as(users.sign_in(ctx, USERS[role], PASSWORD))


def scale_db_path(argv_db: str | None) -> Path:
    path = Path(argv_db) if argv_db else SCALE_DB
    if not path.exists():
        sys.exit(f"{path} is missing: build it first with bench/make_scale_db.py")
    return path


def utc_now() -> datetime:
    return datetime.now(UTC)


def report(name: str, figures: dict, target: str = "", **extra) -> dict:
    """result() of an interleaved() measurement: medians, ratio and its min-max."""
    return result(
        name,
        figures["median_ms"],
        figures["floor_ms"],
        target,
        ratio_min=figures.get("ratio_min"),
        ratio_max=figures.get("ratio_max"),
        runs=figures.get("runs"),
        **extra,
    )
