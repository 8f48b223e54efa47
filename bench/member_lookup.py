"""Member lookup at scale: 1,000,000 members, looked up by phone and by card number through
the services and by the same SQL in raw sqlite3; name search as the clerk types.

    .venv/bin/python bench/member_lookup.py [--members N] [--db PATH] [--keep]

Builds its own database with bulk inserts (not part of the test suite; never asserts a time).
The raw lookup is the same answer written by hand (member, current card, usable points) on a
plain sqlite3 connection. Prints medians in milliseconds and the ratio service / raw
(target: under 2 ms, ratio under 2; first page of a name search under 50 ms)."""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import spread  # noqa: E402
from services.admin import site
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.members import members  # noqa: E402
from services.members.members import name_key  # noqa: E402

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
)
GIVEN = "伟芳娜敏静丽强磊洋艳杰娟涛明超秀英华玉兰军平刚桂珍红霞建国文辉力鹏飞丹宇萱涵浩然"
RAW_MEMBER = (
    "SELECT m.id, m.name, m.phone, m.id_type, m.id_last4, c.card_no, c.status,"
    " (SELECT coalesce(sum(e.points - coalesce((SELECT sum(u.points) FROM point_uses u"
    "   WHERE u.batch_id = e.id), 0)), 0) FROM point_entries e WHERE e.member_id = m.id"
    "   AND e.points > 0 AND e.expires_on > ?) AS balance"
    " FROM members m LEFT JOIN member_cards c ON c.id = (SELECT x.id FROM member_cards x"
    "   WHERE x.member_id = m.id ORDER BY x.status = 'active' DESC, x.id DESC LIMIT 1)"
)


def build(path: Path, count: int) -> AppContext:
    db = open_database(path)
    clock = FixedClock(datetime(2026, 3, 16, 2, 0, tzinfo=UTC))
    bare = AppContext(db, None, clock)
    admin = bare.signed_in_as(
        site.initialise(
            bare, site.SiteProfile(name="Bench Mall", language="en"), "admin", "bench-pass-1"
        )
    )
    rng = random.Random(1)
    conn = db.conn
    started = time.perf_counter()
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    step = 50_000
    for start in range(1, count + 1, step):
        rows, cards, points = [], [], []
        for i in range(start, min(start + step, count + 1)):
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
            rows.append(
                (
                    i,
                    name,
                    name_key(name),
                    f"13{i:09d}",
                    "resident",
                    f"{i % 10000:04d}",
                    hashlib.sha256(str(i).encode()).hexdigest(),
                    "2025-01-01T02:00:00+00:00",
                    admin.user.id,
                )
            )
            cards.append(
                (
                    i,
                    f"M2025-{i:06d}" if i < 10**6 else f"M2026-{i - 10**6 + 1:06d}",
                    i,
                    "2025-01-01T02:00:00+00:00",
                    admin.user.id,
                )
            )
            points.append(
                (
                    i,
                    i,
                    i,
                    "2025-06-01T02:00:00+00:00",
                    "manual",
                    rng.randint(1, 900),
                    "2026-06-01",
                    "bench",
                )
            )
        conn.executemany(
            "INSERT INTO members (id, name, name_key, phone, id_type, id_last4,"
            " id_hash, enrolled_at, enrolled_by) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO member_cards (id, card_no, member_id, issued_at, issued_by)"
            " VALUES (?,?,?,?,?)",
            cards,
        )
        conn.executemany(
            "INSERT INTO point_entries (id, member_id, card_id, at, kind, points,"
            " expires_on, reason) VALUES (?,?,?,?,?,?,?,?)",
            points,
        )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA synchronous = FULL")
    print(f"built {count:,} members in {time.perf_counter() - started:.1f} s at {path}")
    return admin


def median_ms(call, args: list, repeat: int = 1) -> float:
    times = []
    for arg in args:
        started = time.perf_counter()
        for _ in range(repeat):
            call(arg)
        times.append((time.perf_counter() - started) * 1000 / repeat)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--keep", action="store_true", help="reuse --db if it exists")
    opts = parser.parse_args()
    path = opts.db or Path(tempfile.mkdtemp()) / "bench-members.db"
    if path.exists() and opts.keep:
        db = open_database(path)
        row = db.conn.execute("SELECT * FROM users WHERE role = 'admin'").fetchone()
        from services.core.context import User

        ctx = AppContext(
            db,
            User(row["id"], row["username"], "", "admin"),
            FixedClock(datetime(2026, 3, 16, 2, 0, tzinfo=UTC)),
        )
    else:
        ctx = build(path, opts.members)
    raw = sqlite3.connect(str(path))
    rng = random.Random(2)
    n = ctx.db.conn.execute("SELECT max(id) FROM members").fetchone()[0]
    picks = [rng.randint(1, n) for _ in range(300)]
    found = dict(
        raw.execute(  # phones and current cards as stored (any database built here)
            "SELECT m.id, m.phone || ' ' || c.card_no FROM members m JOIN member_cards c"
            " ON c.member_id = m.id AND c.status = 'active' WHERE m.id IN ({})".format(
                ",".join(map(str, picks))
            )
        ).fetchall()
    )
    phones = [found[i].split()[0] for i in picks if i in found]
    cards = [found[i].split()[1] for i in picks if i in found]
    today = "2026-03-16"

    def raw_phone(phone):
        return raw.execute(RAW_MEMBER + " WHERE m.phone = ?", (today, phone)).fetchall()

    def raw_card(card):
        return raw.execute(
            RAW_MEMBER + " WHERE m.id = (SELECT member_id FROM member_cards WHERE card_no = ?)",
            (today, card),
        ).fetchall()

    assert members.find_members(ctx, phones[0])[0].phone_masked.endswith(phones[0][-4:])
    assert raw_phone(phones[0]) and raw_card(cards[0])
    results = []
    for label, service, plain, args in (
        ("phone", members.find_members, raw_phone, phones),
        ("card", members.find_members, raw_card, cards),
    ):
        median_ms(
            lambda a, service=service: service(ctx, a), args
        )  # warm the cache for both sides alike
        median_ms(plain, args)
        mine, bare = [], []
        for n, start in enumerate(range(0, len(args), 50)):  # rounds of 50, in turn
            group = args[start : start + 50]
            pair = [
                (lambda a, service=service: service(ctx, a), mine),
                (plain, bare),
            ]
            for fn, into in pair if n % 2 == 0 else pair[::-1]:
                into.append(median_ms(fn, group))
        figures = spread(mine, bare)
        print(
            f"lookup by {label:5}: service {figures['median_ms']:.3f} ms, bare query"
            f" {figures['floor_ms']:.3f} ms, ratio {figures['ratio_min']}-{figures['ratio_max']}"
        )
        results.append((f"member lookup by {label}", figures))
    typed = ["王", "王伟", "李", "张芳", "欧", "陈静"]
    for text in typed:
        first = median_ms(lambda t: members.find_members(ctx, t, limit=50), [text] * 21)
        print(f"name search {text!r:6}: first page of 50 in {first:.2f} ms")
    as_typed = median_ms(
        lambda t: members.find_members(ctx, t, limit=50),
        [t[:k] for t in typed for k in range(1, len(t) + 1)],
    )
    print(f"name search as typed (every prefix): median {as_typed:.2f} ms")
    from bench.common import report, result

    for name, figures in results:  # the lines bench/run_all.py reads
        report(name, figures, "<= 2 ms, ratio <= 2")
    result("member name search as typed, first page", as_typed, None, "<= 50 ms")


if __name__ == "__main__":
    main()
