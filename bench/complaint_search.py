"""Complaint search by the customer's phone on the scale database: the customer's history
through the service against its floor, the bare index query returning the same cases' shown
columns (complaint_cases by the phone index, newest first, no joins) in raw sqlite3; the two
interleaved phone by phone, the ratio's min-max over rounds of 50 phones.

    .venv/bin/python bench/complaint_search.py [--db /tmp/frontdesk-scale/scale.db]

Targets: the first page under 50 ms, ratio under 2. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import median_over, report, scale_db_path, signed_in, spread  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    opts = parser.parse_args()
    path = scale_db_path(opts.db)
    from services.complaints import cases as complaints
    from services.core.database import open_database

    db = open_database(path)
    clerk = signed_in(db, "clerk")
    raw = sqlite3.connect(str(path))
    count = raw.execute("SELECT count(*) FROM complaint_cases").fetchone()[0]
    rng = random.Random(5)
    phones = [
        r[0]
        for r in raw.execute(
            "SELECT phone FROM complaint_cases WHERE id IN ({})".format(
                ",".join(str(rng.randint(1, count)) for _ in range(200))
            )
        )
    ]
    phones += [f"1399{rng.randrange(10**7):07d}" for _ in range(100)]  # customers never seen

    def plain(phone):
        return raw.execute(
            "SELECT id, case_no, kind, channel, category, status, opened_at, due_at, phone"
            " FROM complaint_cases WHERE phone = ? ORDER BY id DESC LIMIT 1000",
            (phone,),
        ).fetchall()

    for phone in phones[:5]:
        complaints.customer_history(clerk, phone)
        plain(phone)
    ours, bare = [], []
    for start in range(0, len(phones), 50):  # rounds of 50 phones, service and floor in turn
        group = phones[start : start + 50]
        pair = [(lambda p: complaints.customer_history(clerk, p), ours), (plain, bare)]
        for fn, into in pair if start % 100 == 0 else pair[::-1]:
            into.append(median_over(fn, group, warm=0))
    figures = spread(ours, bare)
    print(
        f"{count:,} cases; complaint search by phone: service {figures['median_ms']:.3f} ms,"
        f" floor {figures['floor_ms']:.3f} ms, ratio"
        f" {figures['ratio_min']}-{figures['ratio_max']}"
    )
    report("complaint search by phone", figures, "<= 50 ms, ratio <= 2")
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
