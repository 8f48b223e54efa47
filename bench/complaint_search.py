"""Complaint search by the customer's phone on the scale database: the customer's history
through the service against the same SQL in raw sqlite3 (the phone index, newest first).

    .venv/bin/python bench/complaint_search.py [--db /tmp/frontdesk-scale.db]

Targets: the first page under 50 ms, ratio under 2. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import median_over, result, scale_db_path, signed_in  # noqa: E402
from db.complaints.cases import CASE_COLUMNS, CASE_FROM  # noqa: E402


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
            f"SELECT {CASE_COLUMNS} FROM {CASE_FROM} WHERE c.phone = ?"
            " ORDER BY c.id DESC LIMIT 1000 OFFSET 0",
            (phone,),
        ).fetchall()

    ours = median_over(lambda p: complaints.customer_history(clerk, p), phones)
    floor = median_over(plain, phones)
    print(
        f"{count:,} cases; complaint search by phone: service {ours:.3f} ms,"
        f" raw sqlite3 {floor:.3f} ms, ratio {ours / floor:.2f}"
    )
    result("complaint search by phone", ours, floor, "<= 50 ms, ratio <= 2")
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
