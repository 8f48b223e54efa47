"""Benchmark of lost-and-found search on a big database (not part of the test suite).

Builds (once, cached) a database of N found items with bulk inserts into the real schema
and the real index (same body and grams as the service), then times the first page (50
rows) of searches for a 1-, 2- and 4-character Chinese word and an English word:
  - through the service (lost_found.search_found: permission check, SQL, dataclasses);
  - against the floor: the bare index query (FTS5 or the two-character grams) for the page's
    ids, then the same rows' shown columns read by id, on a raw sqlite3 connection; service
    and floor interleaved, the ratio's min-max over the rounds (the RESULT lines);
  - for contrast, the same SQL the service ran replayed in raw sqlite3 (printed only: a
    floor made of the service's own SQL could never show a slow query), and a LIKE scan of
    the table (what the index saves).

    .venv/bin/python bench/lost_found_search.py [--items 1000000] [--db /tmp/lf_bench.db]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import interleaved  # noqa: E402
from services.admin import site
from services.core.clock import FixedClock, iso  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.lost_found import items as lost_found  # noqa: E402
from services.lost_found import search as lost_found_search

COLOURS = [
    "黑色",
    "白色",
    "红色",
    "蓝色",
    "灰色",
    "棕色",
    "粉色",
    "银色",
    "绿色",
    "黄色",
    "black",
    "white",
    "red",
    "blue",
    "grey",
    "silver",
    "",
]
THINGS = [
    "钱包",
    "雨伞",
    "手机",
    "钥匙",
    "双肩包",
    "眼镜",
    "蓝牙耳机",
    "手表",
    "保温杯",
    "外套",
    "围巾",
    "帽子",
    "玩具熊",
    "充电宝",
    "身份证",
    "银行卡",
    "wallet",
    "umbrella",
    "phone",
    "keys",
    "backpack",
    "glasses",
    "earphones",
    "watch",
    "jacket",
    "scarf",
    "toy car",
]
EXTRAS = [
    "",
    "",
    "",
    "有划痕",
    "带挂件",
    "里面有卡",
    "旧的",
    "with charm",
    "leather",
    "小号",
    "折叠",
    "儿童用",
    "新款",
]
PLACES = [
    "1F 入口",
    "2F 洗手间",
    "3F 美食广场",
    "B1 超市",
    "B2 停车场",
    "4F 电影院",
    "5F 餐厅",
    "2F 扶梯",
    "中庭",
    "3F 儿童乐园",
]
QUERIES = [
    ("1 character", "伞"),
    ("2 characters", "钱包"),
    ("4 characters", "蓝牙耳机"),
    ("English word", "wallet"),
    ("two words", "黑色 包"),
    ("rarer 2 characters", "挂件"),
    ("absent 1 character", "鳄"),
    ("absent 2 characters", "鳄鱼"),
    ("absent 4 characters", "鳄鱼皮包"),
    ("absent English", "crocodile"),
]
PAGE = 50
T0 = datetime(2025, 1, 1, tzinfo=UTC)


def build(path: Path, n: int) -> None:
    db = open_database(path)
    ctx = AppContext(db, None, FixedClock(T0 + timedelta(days=400)))
    admin = site.initialise(
        ctx, site.SiteProfile(name="Bench Mall", language="en"), "admin", "bench-pass-1"
    )
    conn = db.conn
    rng = random.Random(1)
    started, chunk = time.perf_counter(), 50_000
    conn.execute("PRAGMA synchronous = OFF")
    for first in range(1, n + 1, chunk):
        items, fts, grams = [], [], []
        for item_id in range(first, min(first + chunk, n + 1)):
            colour, thing = rng.choice(COLOURS), rng.choice(THINGS)
            desc = f"{colour}{thing} {rng.choice(EXTRAS)}".strip()
            place = rng.choice(PLACES)
            tag = f"L2025-{item_id:07d}"
            found = iso(T0 + timedelta(minutes=item_id * 0.5))
            items.append(
                (
                    item_id,
                    tag,
                    "ordinary",
                    desc,
                    colour,
                    place,
                    found,
                    "secret",
                    found,
                    admin.id,
                    rng.choice(("held", "held", "claimed")),
                )
            )
            body = lost_found_search.index_body(tag, desc, colour, "", place, "")
            fts.append((item_id, body))
            grams.extend((g, item_id) for g in lost_found_search.grams(body))
        grams.sort()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO found_items (id, tag_no, category, description, colour, found_place,"
            " found_at, finder_kind, hidden_detail, registered_at, registered_by, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'staff', ?, ?, ?, ?)",
            items,
        )
        conn.executemany("INSERT INTO found_fts (rowid, body) VALUES (?, ?)", fts)
        conn.executemany("INSERT OR IGNORE INTO found_grams (gram, item_id) VALUES (?, ?)", grams)
        conn.execute("COMMIT")
        print(
            f"  {min(first + chunk - 1, n):>9,} items  {time.perf_counter() - started:6.1f} s",
            flush=True,
        )
    conn.execute("INSERT INTO found_fts (found_fts) VALUES ('optimize')")
    conn.execute("ANALYZE")
    db.close()


def timed(fn, repeat: int = 7) -> float:
    fn()  # warm the page cache
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def floor_query(conn: sqlite3.Connection, word: str):
    long_terms, short_terms = lost_found_search.split_query(word)
    if long_terms:
        match = " AND ".join('"' + t + '"' for t in long_terms)
        return lambda: conn.execute(
            "SELECT rowid FROM found_fts WHERE found_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (match, PAGE),
        ).fetchall()
    if len(short_terms) == 1:
        return lambda: conn.execute(
            "SELECT item_id FROM found_grams WHERE gram = ? ORDER BY item_id DESC LIMIT ?",
            (short_terms[0], PAGE),
        ).fetchall()
    return lambda: conn.execute(
        "SELECT item_id FROM found_grams WHERE gram = ? INTERSECT SELECT item_id FROM"
        " found_grams WHERE gram = ? ORDER BY 1 DESC LIMIT ?",
        (short_terms[0], short_terms[1], PAGE),
    ).fetchall()


def floor_rows(conn: sqlite3.Connection, word: str):
    """The floor: the bare index query's ids, then those rows' shown columns by id."""
    ids_of = floor_query(conn, word)

    def run():
        ids = [r[0] for r in ids_of()]
        return conn.execute(
            "SELECT id, tag_no, category, description, colour, found_place, found_at, storage,"
            " status FROM found_items WHERE id IN ({}) ORDER BY id DESC".format(
                ",".join("?" * len(ids))
            ),
            ids,
        ).fetchall()

    return run


def same_sql(ctx, raw: sqlite3.Connection, call):
    """The floor the targets use: the very statements the service ran (traced, with their
    values), replayed on a raw sqlite3 connection."""
    statements: list[str] = []
    ctx.db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        ctx.db.conn.set_trace_callback(None)
    reads = [x for x in statements if x.lstrip().upper().startswith(("SELECT", "WITH"))]
    return lambda: [raw.execute(x).fetchall() for x in reads]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/lf_bench.db")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = Path(args.db)
    if args.rebuild or not path.exists():
        for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            extra.unlink(missing_ok=True)
        print(f"building {args.items:,} found items in {path} ...")
        build(path, args.items)
    db = open_database(path)
    count = db.conn.execute("SELECT count(*) FROM found_items").fetchone()[0]
    from services.admin import users

    ctx = AppContext(db, None, FixedClock(T0 + timedelta(days=400)))
    ctx = ctx.signed_in_as(users.sign_in(ctx, "admin", "bench-pass-1"))
    raw = sqlite3.connect(str(path))
    print(f"\n{count:,} found items; first page of {PAGE}; median of 7 runs\n")
    print(
        f"{'query':<22}{'word':<10}{'rows':>5}{'service ms':>12}{'floor ms':>10}"
        f"{'ratio':>7}{'LIKE scan ms':>14}"
    )
    results = []
    for label, word in QUERIES:
        rows = lost_found.search_found(ctx, word, limit=PAGE)
        service = timed(lambda word=word: lost_found.search_found(ctx, word, limit=PAGE))
        floor = timed(floor_query(raw, word))
        like_words = word.split()
        like_sql = (
            "SELECT id FROM found_items WHERE "
            + " AND ".join("(description || colour || found_place) LIKE ?" for _ in like_words)
            + " ORDER BY id DESC LIMIT ?"
        )
        like = timed(
            lambda sql=like_sql, words=like_words: raw.execute(
                sql, (*[f"%{w}%" for w in words], PAGE)
            ).fetchall(),
            repeat=3,
        )
        print(
            f"{label:<22}{word:<10}{len(rows):>5}{service:>12.2f}{floor:>10.2f}"
            f"{service / max(floor, 1e-6):>7.1f}{like:>14.1f}"
        )
        same = timed(
            same_sql(ctx, raw, lambda word=word: lost_found.search_found(ctx, word, limit=PAGE))
        )
        print(f"{'':<32}same SQL in raw sqlite3: {same:.2f} ms, ratio {service / same:.2f}")
        figures = interleaved(
            lambda word=word: lost_found.search_found(ctx, word, limit=PAGE),
            floor_rows(raw, word),
            rounds=9,
        )
        results.append((f"found-item search, {label} ({word})", figures))
    held = timed(lambda: lost_found.search_found(ctx, "伞", status="held", limit=PAGE))
    print(f"\n'伞' held only, service: {held:.2f} ms")
    from bench.common import report

    for name, figures in results:  # the lines bench/run_all.py reads
        report(name, figures, "<= 50 ms, ratio <= 2")
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
