"""Two app processes on one database file (two clerks on one PC, or a CLI export during
work): neither ever sees "database is locked" and nothing is lost (issue 10, point 3).

Each process lends and takes back its own items 500 times (1,000 operations), with a shop
update now and then; BEGIN IMMEDIATE and the 15 s busy timeout make them take turns."""

from __future__ import annotations

import multiprocessing
import traceback
from datetime import UTC, datetime

from services.admin import site, users
from services.core import audit
from services.core.clock import FixedClock
from services.core.context import AppContext, User
from services.core.database import open_database
from services.directory import shops
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts

OPS = 1000
ITEMS_EACH = 5
AT = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def _user(db, username: str) -> User:
    row = db.conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    return User(row["id"], row["username"], row["display_name"], row["role"])


def counter_work(path: str, username: str, codes: list[str], shop_id: int) -> list[str]:
    """One process's day: lend, take back, sometimes touch the shop. Returns the errors."""
    errors = []
    db = open_database(path)
    try:
        ctx = AppContext(db, _user(db, username), FixedClock(AT))
        admin = ctx.signed_in_as(_user(db, "admin"))
        for n in range(OPS // 2):
            try:
                loan = lending.lend_item(ctx, codes[n % len(codes)], f"1380013{n:04d}", "cash")
                if n % 25 == 0:  # the second operation of this round: a shop update instead
                    shops.update_shop(admin, shop_id, phone=f"021-{username[-1]}{n:05d}")
                lending.return_item(ctx, loan.id)
            except Exception:  # every failure is reported, "database is locked" above all
                errors.append(traceback.format_exc())
                if len(errors) > 5:
                    break
    finally:
        db.close()
    return errors


def test_two_processes_lose_nothing_and_never_lock(tmp_path):
    path = tmp_path / "desk.db"
    db = open_database(path)
    bare = AppContext(db, None, FixedClock(AT))
    admin = bare.signed_in_as(
        site.initialise(
            bare,
            site.SiteProfile(
                kind="mall", name="Two Counters Mall", timezone="Asia/Shanghai", language="en"
            ),
            "admin",
            "counter-pass-1",
            "Admin",
        )
    )
    for name in ("clerk1", "clerk2"):
        users.add_user(admin, name, "clerk", "counter-pass-1")
    kind = lending_items.list_kinds(admin)[0]
    lending_items.add_items(admin, kind.id, 2 * ITEMS_EACH)
    codes = [i["code"] for i in lending_items.list_items(admin)]
    shop = shops.add_shop(admin, "共用店铺", unit="X-1")
    shifts.open_shift(admin, {10000: 1})
    audit_before = db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    db.close()

    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(2) as pool:
        results = pool.starmap(
            counter_work,
            [
                (str(path), "clerk1", codes[:ITEMS_EACH], shop.id),
                (str(path), "clerk2", codes[ITEMS_EACH:], shop.id),
            ],
        )
    errors = [e for r in results for e in r]
    assert errors == [], errors[0]

    db = open_database(path)
    try:
        q = lambda sql: db.conn.execute(sql).fetchone()[0]  # noqa: E731
        assert q("PRAGMA integrity_check") == "ok"
        assert q("SELECT count(*) FROM loans") == OPS
        assert q("SELECT count(*) FROM loan_settlements") == OPS
        assert q("SELECT count(DISTINCT slip_no) FROM loans") == OPS
        assert q("SELECT last_number FROM document_counters WHERE series = 'deposit_slip'") == OPS
        assert q("SELECT count(*) FROM cash_movements WHERE kind = 'deposit_in'") == OPS
        assert q("SELECT count(*) FROM cash_movements WHERE kind = 'deposit_refund'") == OPS
        # each refund's voucher numbered once, no gap, from two desks at once
        assert q("SELECT count(DISTINCT voucher_no) FROM loan_vouchers") == OPS
        assert (
            q("SELECT last_number FROM document_counters WHERE series = 'lending_voucher'") == OPS
        )
        updates = 2 * len(range(0, OPS // 2, 25))
        # a lend, a return and its voucher each write an audit row
        assert q("SELECT count(*) FROM audit_log") == audit_before + 3 * OPS + updates
        assert audit.verify_chain(AppContext(db)).sound
    finally:
        db.close()
