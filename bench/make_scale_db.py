"""Build the scale database the benchmarks run on (not part of the test suite).

    .venv/bin/python bench/make_scale_db.py [--scale 1.0] [--db /tmp/frontdesk-scale/scale.db]

At scale 1: 1,000,000 members with cards, 1,000,000 found items (with the search index) and
50,000 lost reports, 5,000,000 shop receipts credited for points (each with its points
batch), and a year of desk work: one shift a day (opened with a float, closed counting
exactly the expected cash; today's stays open), 200 loans a day returned the same day (40
still out today), 1,000 paid-service sales a day, 20 invoices and 30 complaint cases a day.

The file is made by services.database.open_database (every migration applies), set up and
given its users, lending items and price list through the services, then filled with bulk
inserts in big transactions under synchronous=OFF / journal_mode=OFF, both restored (WAL,
FULL) at the end. Consistency kept for `frontdesk check`:
  - the audit chain: every bulk-inserted member, found item, loan, return, shift, sale,
    invoice and complaint gets its audit row, hashed and linked like services.audit does
    (the 5,000,000 point credits are the one part left without audit rows, to keep the build
    within minutes);
  - document_counters: each series and year ends at the last number used, so the next
    number taken by a service follows on without a gap.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import db.core.audit as audit_db  # noqa: E402
from bench.common import PASSWORD, SCALE_DB, USERS  # noqa: E402
from db.core.audit import GENESIS, canonical, row_hash  # noqa: E402
from db.core.connection import atomic  # noqa: E402
from services.admin import site, users
from services.core import audit_key  # noqa: E402
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.core.numbering import format_number  # noqa: E402
from services.lending import items as lending_items  # noqa: E402
from services.lost_found import search as lost_found_search
from services.members.members import name_key  # noqa: E402
from services.sales import price_list

UTC = UTC
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
)
GIVEN = "伟芳娜敏静丽强磊洋艳杰娟涛明超秀英华玉兰军平刚桂珍红霞建国文辉力鹏飞丹宇萱涵浩然"
COLOURS = ["黑色", "白色", "红色", "蓝色", "灰色", "棕色", "粉色", "银色", "black", "white", ""]
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
    "wallet",
    "umbrella",
    "phone",
    "keys",
    "backpack",
]
EXTRAS = ["", "", "", "有划痕", "带挂件", "里面有卡", "旧的", "with charm", "leather", "小号"]
PLACES = ["1F 入口", "2F 洗手间", "3F 美食广场", "B1 超市", "B2 停车场", "4F 电影院", "中庭"]
CATEGORIES = ["service", "goods", "price", "cleanliness", "facilities", "parking", "other"]
FLOW = ("new", "forwarded", "in_progress", "resolved", "followed_up", "closed")
METHODS = ("cash", "cash", "wechat", "alipay", "card")
FLOAT = {10000: 2, 5000: 4, 2000: 10, 1000: 10, 500: 10, 100: 20}  # 500 yuan


class Builder:
    def __init__(self, path: Path, scale: float, today: date):
        self.path, self.scale, self.today = path, scale, today
        self.rng = random.Random(11)
        self.days = [today - timedelta(days=n) for n in range(365, -1, -1)]  # a year and today
        self.db = open_database(path)
        self.conn = self.db.conn
        self.tz = ZoneInfo(site.timezone(AppContext(self.db)))
        self.counters: dict[tuple[str, int], int] = {}
        self.audit: list[tuple] = []
        self.started = time.perf_counter()

    # --- helpers -----------------------------------------------------------------------
    def n(self, full: int) -> int:
        return max(1, int(full * self.scale))

    def say(self, what: str) -> None:
        print(f"{time.perf_counter() - self.started:7.1f} s  {what}", flush=True)

    def number(self, series: str, day: date) -> str:
        key = (series, day.year)
        self.counters[key] = self.counters.get(key, 0) + 1
        return format_number(series, day.year, self.counters[key])

    def at(self, day: date, minute: int) -> str:
        """ISO UTC of `minute` minutes after 09:00 local on `day`."""
        base = datetime(day.year, day.month, day.day, 9, tzinfo=self.tz).astimezone(UTC)
        return (base + timedelta(minutes=minute)).isoformat(timespec="seconds")

    def day_minutes(self, day: date) -> list[str]:
        base = datetime(day.year, day.month, day.day, 9, tzinfo=self.tz).astimezone(UTC)
        return [(base + timedelta(minutes=m)).isoformat(timespec="seconds") for m in range(720)]

    def log(
        self, at: str, user: tuple[int, str], action: str, entity: str, entity_id, after: dict
    ) -> None:
        self.audit.append((at, user[0], user[1], action, entity, str(entity_id), after))

    def flush_audit(self) -> None:
        """Append the collected audit rows in time order, hashed and linked like db.audit."""
        self.audit.sort(key=lambda r: r[0])
        last = self.conn.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        batch = []
        for at, user_id, username, action, entity, entity_id, after in self.audit:
            row = {
                "id": next_id,
                "at": at,
                "user_id": user_id,
                "username": username,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": None,
                "after": canonical(after),
                "prev_hash": prev,
            }
            row["hash"] = prev = row_hash(row)
            batch.append(row)
            next_id += 1
            if len(batch) == 100_000:
                self._write_audit(batch)
        self._write_audit(batch)
        self.audit = []

    def _write_audit(self, batch: list[dict]) -> None:
        self.conn.executemany(
            "INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id,"
            " before, after, prev_hash, hash) VALUES (:id, :at, :user_id, :username, :action,"
            " :entity, :entity_id, :before, :after, :prev_hash, :hash)",
            batch,
        )
        batch.clear()

    def key_and_seal(self) -> None:
        """What services.core.audit_key.seal does for each change, for the bulk rows at once:
        every money row past the last sealed one gets its seal (db.core.audit.row_digest),
        spread in order over the bulk audit rows, and every audit row without a MAC gets its
        MAC (db.core.audit.keyed_mac, chained from the set-up's last MAC). Streamed, so ten
        million money rows never sit in memory; a service writing later seals only its own."""
        key = audit_key.stored_key(AppContext(self.db))
        if key is None:
            raise SystemExit("the set-up left no audit key")
        conn = self.conn
        first = conn.execute(
            "SELECT min(id) FROM audit_log WHERE id NOT IN (SELECT audit_id FROM audit_macs)"
        ).fetchone()[0]
        if first is None:
            return
        audits = conn.execute("SELECT count(*) FROM audit_log WHERE id >= ?", (first,)).fetchone()
        money = 0
        for table in audit_db.MONEY_TABLES:
            if self.table_exists(table):
                last = conn.execute(
                    "SELECT coalesce(max(last_id), 0) FROM audit_seals WHERE tbl = ?", (table,)
                ).fetchone()[0]
                money += conn.execute(
                    f"SELECT count(*) FROM {table} WHERE id > ?", (last,)
                ).fetchone()[0]
        per_row = -(-money // audits[0])  # ceil: every money row gets an audit row's seal

        def money_rows():
            reader = self.db.conn.cursor()
            for table in audit_db.MONEY_TABLES:
                if not self.table_exists(table):
                    continue
                last = conn.execute(
                    "SELECT coalesce(max(last_id), 0) FROM audit_seals WHERE tbl = ?", (table,)
                ).fetchone()[0]
                reader.execute(f"SELECT * FROM {table} WHERE id > ? ORDER BY id", (last,))
                while batch := reader.fetchmany(5000):
                    for row in batch:
                        row = dict(row)
                        yield [table, row["id"], audit_db.row_digest(table, row)]

        pending = money_rows()
        prev = audit_db.mac_before(self.db, first)
        audit_cur = self.db.conn.cursor()
        audit_cur.execute("SELECT id, hash FROM audit_log WHERE id >= ? ORDER BY id", (first,))
        macs, seals, done = [], [], 0
        rows = audit_cur.fetchall()
        for n, (audit_id, hashed) in enumerate(rows):
            take = per_row if n < len(rows) - 1 else money  # the last row takes what is left
            sealed = [x for _, x in zip(range(take), pending, strict=False)]
            seals.extend((audit_id, t, i, i, d) for t, i, d in sealed)
            prev = audit_db.keyed_mac(key, prev, hashed, sealed)
            macs.append((audit_id, prev))
            done += len(sealed)
            if len(macs) >= 50_000:
                self._write_keys(macs, seals)
        self._write_keys(macs, seals)
        self.say(f"{len(rows):,} bulk audit rows keyed, {done:,} money rows sealed")

    def _write_keys(self, macs: list, seals: list) -> None:
        self.conn.executemany(
            "INSERT INTO audit_seals (audit_id, tbl, first_id, last_id, digest)"
            " VALUES (?, ?, ?, ?, ?)",
            seals,
        )
        self.conn.executemany("INSERT INTO audit_macs (audit_id, mac) VALUES (?, ?)", macs)
        macs.clear()
        seals.clear()

    def checkpoint(self) -> None:
        """The checkpoint a sound full check would leave (services.core.audit), keyed like
        it: start-up checks only what is written after the build."""
        last_id, last_hash = self.conn.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        key = audit_key.stored_key(AppContext(self.db))
        with atomic(self.db):
            audit_db.write_checkpoint(
                self.db, last_id, last_hash, datetime.now(UTC).isoformat(timespec="seconds"), key
            )

    def drop_indexes(self, *tables: str) -> list[str]:
        """Indexes of these tables, dropped for a bulk load: one sorted build at the end is
        much quicker than millions of random inserts. Returns their SQL to recreate."""
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ({})".format(",".join("?" * len(tables))),
            tables,
        ).fetchall()
        for name, _ in rows:
            self.conn.execute(f"DROP INDEX {name}")
        return [sql for _, sql in rows]

    def recreate(self, indexes: list[str]) -> None:
        for sql in indexes:
            self.conn.execute(sql)

    def table_exists(self, name: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
            is not None
        )

    # --- set-up through the services ------------------------------------------------------
    def set_up(self) -> None:
        clock = FixedClock(datetime.combine(self.days[0], datetime.min.time(), UTC))
        bare = AppContext(self.db, None, clock)
        admin = bare.signed_in_as(
            site.initialise(
                bare, site.SiteProfile(name="Scale Mall", language="en"), USERS["admin"], PASSWORD
            )
        )
        self.users = {"admin": (admin.user.id, admin.user.username)}
        for role, name in USERS.items():
            if role != "admin":
                made = users.add_user(admin, name, role, PASSWORD)
                self.users[role] = (made.id, made.username)
        for kind in lending_items.list_kinds(admin):
            lending_items.add_items(admin, kind.id, 250)
        price_list.ensure_default_prices(admin)
        self.items = [
            dict(r)
            for r in self.conn.execute(
                "SELECT i.id, i.kind_id, i.code, k.deposit_fen FROM lending_items i"
                " JOIN lending_kinds k ON k.id = i.kind_id"
            )
        ]
        self.prices = [
            dict(r)
            for r in self.conn.execute(
                "SELECT i.id, i.code, i.name_zh, i.name_en, (SELECT price_fen FROM prices p"
                " WHERE p.item_id = i.id ORDER BY p.id DESC LIMIT 1) AS price FROM price_items i"
            )
        ]
        self.prices = [p for p in self.prices if p["price"]]
        shops = [
            (
                f"商户{i:03d}",
                f"Shop {i:03d}",
                f"L{i % 5 + 1}-{i:03d}",
                f"L{i % 5 + 1}",
                self.at(self.days[0], 0),
                self.at(self.days[0], 0),
            )
            for i in range(1, 301)
        ]
        self.conn.executemany(
            "INSERT INTO shops (name_zh, name_en, unit, floor, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            shops,
        )
        self.say("site, users, 1,000 lendable items, price list and 300 shops set up")

    def begin_bulk(self) -> None:
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("PRAGMA cache_size = -200000")

    def end_bulk(self) -> None:
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")

    # --- members and point receipts -------------------------------------------------------
    def members(self) -> None:
        count, rng, clerk = self.n(1_000_000), self.rng, self.users["clerk"]
        per_day = count / len(self.days)
        self.conn.execute("BEGIN")
        indexes = self.drop_indexes("members", "member_cards")
        rows, cards = [], []
        for i in range(1, count + 1):
            day = self.days[min(int((i - 1) / per_day), len(self.days) - 1)]
            at = self.at(day, i % 720)
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
            card_no = self.number("member_card", day)
            rows.append(
                (
                    i,
                    name,
                    name_key(name),
                    f"13{i:09d}",
                    "resident",
                    f"{i % 10000:04d}",
                    hashlib.sha256(str(i).encode()).hexdigest(),
                    at,
                    clerk[0],
                )
            )
            cards.append((i, card_no, i, at, clerk[0]))
            self.log(at, clerk, "member.enrol", "member", i, {"card_no": card_no})
            if len(rows) == 100_000 or i == count:
                self.conn.executemany(
                    "INSERT INTO members (id, name, name_key, phone, id_type, id_last4, id_hash,"
                    " enrolled_at, enrolled_by) VALUES (?,?,?,?,?,?,?,?,?)",
                    rows,
                )
                self.conn.executemany(
                    "INSERT INTO member_cards (id, card_no, member_id,"
                    " issued_at, issued_by) VALUES (?,?,?,?,?)",
                    cards,
                )
                rows, cards = [], []
        self.recreate(indexes)
        self.flush_audit()
        self.conn.execute("COMMIT")
        self.members_count = count
        self.say(f"{count:,} members with cards")

    def point_receipts(self) -> None:
        count, rng, clerk = self.n(5_000_000), self.rng, self.users["clerk"][0]
        per_day = max(1, count // len(self.days))
        made = 0
        indexes = self.drop_indexes("point_receipts", "point_entries")
        self.conn.execute("BEGIN")
        for day in self.days:
            minutes = self.day_minutes(day)
            expires = (day + timedelta(days=365)).isoformat()
            receipts, entries = [], []
            stamp, rand, members = day.isoformat(), rng.random, self.members_count
            for _ in range(per_day if day != self.days[-1] else count - made):
                made += 1  # rng.random() is several times quicker than randint at 5M rows
                member = 1 + int(rand() * members)
                amount = 100 + int(rand() * 200_000)
                at = minutes[int(rand() * 720)]
                receipts.append(
                    (
                        made,
                        1 + int(rand() * 300),
                        f"T{made:09d}",
                        stamp,
                        amount,
                        member,
                        member,
                        at,
                        clerk,
                    )
                )
                entries.append((made, member, member, at, clerk, amount // 100, expires, made))
            self.conn.executemany(
                "INSERT INTO point_receipts (id, shop_id, receipt_no, receipt_date, amount_fen,"
                " member_id, card_id, at, user_id) VALUES (?,?,?,?,?,?,?,?,?)",
                receipts,
            )
            self.conn.executemany(
                "INSERT INTO point_entries (id, member_id, card_id, at, user_id, kind, points,"
                " expires_on, receipt_id) VALUES (?,?,?,?,?,'receipt',?,?,?)",
                entries,
            )
            if day.day == 1:
                self.conn.execute("COMMIT")
                self.conn.execute("BEGIN")
        self.recreate(indexes)
        self.conn.execute("COMMIT")
        self.say(f"{made:,} shop receipts credited for points")

    # --- lost and found -----------------------------------------------------------------
    def found_items(self) -> None:
        if not self.table_exists("found_items"):
            self.say("no lost-and-found tables: skipped")
            return
        count, rng, clerk = self.n(1_000_000), self.rng, self.users["clerk"]
        per_day = count / len(self.days)
        self.conn.execute("BEGIN")
        items, fts, grams, claims = [], [], [], []
        for i in range(1, count + 1):
            day = self.days[min(int((i - 1) / per_day), len(self.days) - 1)]
            at = self.at(day, i % 720)
            colour, thing = rng.choice(COLOURS), rng.choice(THINGS)
            desc = f"{colour}{thing} {rng.choice(EXTRAS)}".strip()
            place = rng.choice(PLACES)
            tag = self.number("found_tag", day)
            claimed = day < self.today - timedelta(days=7) and rng.random() < 0.3
            items.append(
                (
                    i,
                    tag,
                    "ordinary",
                    desc,
                    colour,
                    place,
                    at,
                    "secret",
                    at,
                    clerk[0],
                    "claimed" if claimed else "held",
                    at if claimed else None,
                )
            )
            body = lost_found_search.index_body(tag, desc, colour, "", place, "")
            fts.append((i, body))
            grams.extend((g, i) for g in lost_found_search.grams(body))
            self.log(at, clerk, "found.register", "found_item", i, {"tag_no": tag})
            if claimed:
                claims.append(
                    (
                        self.number("claim_receipt", day),
                        i,
                        "张先生",
                        "resident",
                        f"{i % 10000:04d}",
                        18,
                        f"139{i:08d}",
                        desc,
                        b"PNG",
                        at,
                        clerk[0],
                    )
                )
                self.log(at, clerk, "found.claim", "found_item", i, {"tag_no": tag})
            if len(items) == 50_000 or i == count:
                self.conn.executemany(
                    "INSERT INTO found_items (id, tag_no, category, description, colour,"
                    " found_place, found_at, finder_kind, hidden_detail, registered_at,"
                    " registered_by, status, closed_at)"
                    " VALUES (?,?,?,?,?,?,?,'staff',?,?,?,?,?)",
                    items,
                )
                self.conn.executemany("INSERT INTO found_fts (rowid, body) VALUES (?, ?)", fts)
                grams.sort()
                self.conn.executemany(
                    "INSERT OR IGNORE INTO found_grams (gram, item_id) VALUES (?, ?)", grams
                )
                self.conn.executemany(
                    "INSERT INTO found_item_claims (receipt_no, found_item_id, claimant_name,"
                    " id_type, id_last4, id_length, phone, description, detail_matched,"
                    " description_confirmed, signature_png, claimed_at, clerk_id)"
                    " VALUES (?,?,?,?,?,?,?,?,1,1,?,?,?)",
                    claims,
                )
                items, fts, grams, claims = [], [], [], []
        self.lost_reports(clerk)
        self.flush_audit()
        self.conn.execute("COMMIT")
        self.conn.execute("INSERT INTO found_fts (found_fts) VALUES ('optimize')")
        self.say(f"{count:,} found items (with claims and the search index), lost reports")

    def lost_reports(self, clerk) -> None:
        count, rng = self.n(50_000), self.rng
        rows, fts, grams = [], [], []
        for i in range(1, count + 1):
            day = self.days[min(i * len(self.days) // count, len(self.days) - 1)]
            at = self.at(day, i % 720)
            desc, place = f"{rng.choice(COLOURS)}{rng.choice(THINGS)}", rng.choice(PLACES)
            report_no = self.number("lost_report", day)
            rows.append((i, report_no, desc, place, at, at, f"137{i:08d}", at, clerk[0]))
            body = lost_found_search.index_body(report_no, desc, "", place)
            fts.append((i, body))
            grams.extend((g, i) for g in lost_found_search.grams(body))
            self.log(at, clerk, "lost.register", "lost_report", i, {"report_no": report_no})
        self.conn.executemany(
            "INSERT INTO lost_reports (id, report_no, description, lost_place, lost_from,"
            " lost_to, contact_phone, reported_at, reported_by) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
        self.conn.executemany("INSERT INTO lost_fts (rowid, body) VALUES (?, ?)", fts)
        grams.sort()
        self.conn.executemany(
            "INSERT OR IGNORE INTO lost_grams (gram, item_id) VALUES (?, ?)", grams
        )

    # --- a year of desk days -----------------------------------------------------------------
    def desk_year(self) -> None:
        has_sales = self.table_exists("sales")
        has_invoices = self.table_exists("invoices")
        has_complaints = self.table_exists("complaint_cases")
        self.conn.execute("BEGIN")
        for day in self.days:
            self.desk_day(day, has_sales, has_invoices, has_complaints)
            if day.day == 1:
                self.flush_audit()
                self.conn.execute("COMMIT")
                self.conn.execute("BEGIN")
        self.flush_audit()
        self.conn.execute("COMMIT")
        self.say("a year of shifts, loans and returns, sales, invoices and complaints")

    def desk_day(
        self, day: date, has_sales: bool, has_invoices: bool, has_complaints: bool
    ) -> None:
        rng, clerk, lead = self.rng, self.users["clerk"], self.users["shift_lead"]
        last_day = day == self.days[-1]
        minutes = self.day_minutes(day)
        shift_id = self.conn.execute(
            "INSERT INTO shifts (desk, opened_at, opened_by, float_fen, float_counts)"
            " VALUES ('main', ?, ?, ?, ?)",
            (minutes[0], lead[0], 50000, json.dumps(FLOAT, sort_keys=True)),
        ).lastrowid
        self.log(minutes[0], lead, "shift.open", "shift", shift_id, {"float_fen": 50000})
        moves = []
        for n, item in enumerate(self.rng.sample(self.items, 200)):
            minute = rng.randrange(600)
            slip = self.number("deposit_slip", day)
            method = rng.choice(METHODS)
            phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
            loan_id = self.conn.execute(
                "INSERT INTO loans (slip_no, item_id, borrower_phone, deposit_fen, method,"
                " lent_at, due_at, lent_by, shift_id) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    slip,
                    item["id"],
                    phone,
                    item["deposit_fen"],
                    method,
                    minutes[minute],
                    minutes[719],
                    clerk[0],
                    shift_id,
                ),
            ).lastrowid
            self.log(
                minutes[minute],
                clerk,
                "loan.lend",
                "loan",
                loan_id,
                {"slip_no": slip, "item": item["code"], "deposit_fen": item["deposit_fen"]},
            )
            if item["deposit_fen"]:
                moves.append(
                    (
                        shift_id,
                        minutes[minute],
                        clerk[0],
                        "deposit_in",
                        method,
                        item["deposit_fen"],
                        slip,
                    )
                )
            if last_day and n < 40:
                continue  # still out today
            back = minutes[min(minute + rng.randint(20, 110), 715)]
            self.conn.execute(
                "INSERT INTO loan_settlements (loan_id, at, user_id, condition, refund_fen,"
                " forfeit_fen, shift_id) VALUES (?,?,?,'good',?,0,?)",
                (loan_id, back, clerk[0], item["deposit_fen"], shift_id),
            )
            self.log(back, clerk, "loan.return", "loan", loan_id, {"condition": "good"})
            if item["deposit_fen"]:
                moves.append(
                    (shift_id, back, clerk[0], "deposit_refund", method, -item["deposit_fen"], slip)
                )
        if has_sales:
            self.sales_day(day, minutes, shift_id, moves, has_invoices)
        self.conn.executemany(
            "INSERT INTO cash_movements (shift_id, at, user_id, kind, method,"
            " amount_fen, ref) VALUES (?,?,?,?,?,?,?)",
            moves,
        )
        if has_complaints:
            self.complaints_day(day, minutes)
        if last_day:
            return  # today's shift stays open for the counter
        cash = sum(m[5] for m in moves if m[4] == "cash")
        expected = 50000 + cash
        report_no = self.number("shift_report", day)
        self.conn.execute(
            "UPDATE shifts SET closed_at = ?, closed_by = ?, counted_fen = ?, counted_counts = ?,"
            " expected_fen = ?, difference_fen = 0, report_no = ? WHERE id = ?",
            (
                minutes[719],
                lead[0],
                expected,
                json.dumps({"1": expected}),
                expected,
                report_no,
                shift_id,
            ),
        )
        self.log(
            minutes[719],
            lead,
            "shift.close",
            "shift",
            shift_id,
            {"report_no": report_no, "expected_fen": expected, "difference_fen": 0},
        )

    def sales_day(
        self, day: date, minutes: list[str], shift_id: int, moves: list, has_invoices: bool
    ) -> None:
        rng, clerk = self.rng, self.users["clerk"]
        sold = []
        for _ in range(self.n(1_000)):
            price, qty = rng.choice(self.prices), rng.choice((1, 1, 2, 3))
            total, method = price["price"] * qty, rng.choice(METHODS)
            tendered = total + (rng.choice((0, 50, 100)) if method == "cash" else 0)
            receipt, at = self.number("receipt", day), minutes[rng.randrange(10, 700)]
            sale_id = self.conn.execute(
                "INSERT INTO sales (receipt_no, sold_at, user_id, shift_id, method, total_fen,"
                " tendered_fen, change_fen) VALUES (?,?,?,?,?,?,?,?)",
                (receipt, at, clerk[0], shift_id, method, total, tendered, tendered - total),
            ).lastrowid
            self.conn.execute(
                "INSERT INTO sale_lines (sale_id, line_no, item_id, name_zh, name_en, quantity,"
                " unit_price_fen, amount_fen) VALUES (?,1,?,?,?,?,?,?)",
                (
                    sale_id,
                    price["id"],
                    price["name_zh"],
                    price["name_en"],
                    qty,
                    price["price"],
                    total,
                ),
            )
            moves.append((shift_id, at, clerk[0], "service_income", method, total, receipt))
            self.log(
                at, clerk, "sale.sell", "sale", receipt, {"total_fen": total, "method": method}
            )
            sold.append((receipt, at, total))
        if has_invoices:
            for receipt, at, total in rng.sample(sold, min(20, len(sold))):
                self.invoice(day, receipt, at, total)

    def invoice(self, day: date, receipt: str, at: str, total: int) -> None:
        clerk = self.users["clerk"]
        tax = round(total * 6 / 106)
        invoice_no = self.number("invoice", day)
        invoice_id = self.conn.execute(
            "INSERT INTO invoices (invoice_no, kind, issued_at, user_id, seller_kind,"
            " seller_name, buyer_kind, buyer_name, net_fen, tax_fen, total_fen)"
            " VALUES (?, 'blue', ?, ?, 'mall', 'Scale Mall', 'person', '王先生', ?, ?, ?)",
            (invoice_no, at, clerk[0], total - tax, tax, total),
        ).lastrowid
        self.conn.execute(
            "INSERT INTO invoice_lines (invoice_id, line_no, description, quantity,"
            " unit_price_fen, tax_rate, gross_fen, tax_fen, net_fen)"
            " VALUES (?, 1, '服务费', 1, ?, 6, ?, ?, ?)",
            (invoice_id, total, total, tax, total - tax),
        )
        self.conn.execute(
            "INSERT INTO invoice_sources (invoice_id, receipt_no) VALUES (?, ?)",
            (invoice_id, receipt),
        )
        self.log(at, clerk, "invoice.issue", "invoice", invoice_no, {"total_fen": total})

    def complaints_day(self, day: date, minutes: list[str]) -> None:
        rng, clerk = self.rng, self.users["clerk"]
        old = day < self.today - timedelta(days=14)
        for _ in range(30):
            at = minutes[rng.randrange(700)]
            case_no = self.number("complaint", day)
            phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
            case_id = self.conn.execute(
                "INSERT INTO complaint_cases (case_no, kind, form, channel, phone, category,"
                " text, opened_at, due_at, opened_by) VALUES (?, 'complaint', 'oral', 'counter',"
                " ?, ?, '排队时间太长，希望增加收银台', ?, ?, ?)",
                (
                    case_no,
                    phone,
                    rng.choice(CATEGORIES),
                    at,
                    self.at(day + timedelta(days=2), 0),
                    clerk[0],
                ),
            ).lastrowid
            self.log(at, clerk, "complaint.record", "complaint", case_id, {"case_no": case_no})
            steps = FLOW if old else FLOW[: rng.randint(1, 4)]
            for before, after in zip(steps, steps[1:]):
                self.conn.execute(
                    "INSERT INTO complaint_steps (case_id, status_from, status_to, at, user_id)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (case_id, before, after, at, clerk[0]),
                )
                self.conn.execute(
                    "UPDATE complaint_cases SET status = ? WHERE id = ?", (after, case_id)
                )
                self.log(at, clerk, f"complaint.{after}", "complaint", case_id, {})
            if old:
                self.conn.execute(
                    "UPDATE complaint_cases SET first_response_at = ?,"
                    " resolved_at = ?, closed_at = ?, reached = 1, satisfaction = 4"
                    " WHERE id = ?",
                    (at, at, at, case_id),
                )

    # --- the end --------------------------------------------------------------------------
    def counters_and_finish(self) -> None:
        self.conn.execute("BEGIN")
        for (series, year), last in sorted(self.counters.items()):
            have = self.conn.execute(
                "SELECT last_number FROM document_counters WHERE series = ? AND year = ?",
                (series, year),
            ).fetchone()
            if have is not None:
                raise SystemExit(f"counter {series}/{year} was already in use")
            self.conn.execute(
                "INSERT INTO document_counters (series, year, last_number) VALUES (?, ?, ?)",
                (series, year, last),
            )
        self.conn.execute("COMMIT")
        self.conn.execute("PRAGMA analysis_limit = 1000")  # sampled: minutes quicker on GBs
        self.conn.execute("ANALYZE")
        self.end_bulk()
        self.say("document counters set to the numbers used; ANALYZE; WAL and FULL restored")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--db", type=Path, default=SCALE_DB)
    opts = parser.parse_args()
    opts.db.parent.mkdir(parents=True, exist_ok=True)
    for extra in ("", "-wal", "-shm"):
        Path(f"{opts.db}{extra}").unlink(missing_ok=True)
    builder = Builder(opts.db, opts.scale, date.today())
    builder.set_up()
    builder.begin_bulk()
    builder.members()
    builder.point_receipts()
    builder.found_items()
    builder.desk_year()
    builder.conn.execute("BEGIN")
    builder.key_and_seal()
    builder.conn.execute("COMMIT")
    builder.counters_and_finish()
    builder.checkpoint()
    builder.db.close()
    size = opts.db.stat().st_size / 2**20
    builder.say(f"done: {opts.db} ({size:,.0f} MB)")


if __name__ == "__main__":
    main()
