"""Two desks of one site working at the same time, each in its own process: 1,000 mixed
operations each (lend and take back against cash or code deposits, some returned damaged,
paid services sold and now and then voided, members enrolled and credited, found items and
lost reports registered, complaints logged, invoices issued), then each desk's blind close.

Afterwards nothing surfaced as an error, every number series runs 1..N with no duplicate and
no gap, each deposit was settled once, `check` finds the site sound (on a server: the chain,
its MACs and the money rows' seals), and each desk's expected cash is its float + its cash in
- its cash out, as its own movement rows and its own tally of the day say.

On PostgreSQL (FRONTDESK_TEST_ENGINE=postgresql) both processes connect to one database on
the server; on SQLite to one file, where BEGIN IMMEDIATE makes them take turns."""

from __future__ import annotations

import multiprocessing
import re
import traceback
from collections import defaultdict
from datetime import UTC, datetime, timedelta

from services.admin import users
from services.complaints import cases
from services.core.clock import FixedClock
from services.core.context import AppContext, User
from services.core.database import check_health, open_database
from services.core.numbering import SERIES_PREFIX
from services.directory import shops
from services.invoices import invoices
from services.lending import items as lending_items
from services.lending import loans as lending
from services.lost_found import items as found
from services.members import members, points
from services.members.rules import ShoppingReceipt
from services.sales import price_list, sales
from services.shifts import desks, shifts
from tests.conftest import PASSWORD
from tests.services.members.fixtures import resident_id

OPS = 1000
ITEMS_EACH = 8
DESKS = {"main": "110105", "north": "310104"}  # desk -> the area code of its members' IDs
FLOAT = {10000: 3, 1000: 5, 100: 10}  # ¥360.00
AT = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai, the conftest clock

# one round of a desk's work: 20 operations, 50 rounds
ROUND = (
    "lend_cash", "sell_cash", "take_back", "enrol", "lend_code", "sell_code", "take_back",
    "credit", "found", "complaint", "lend_cash", "sell_code", "take_back_damaged", "invoice",
    "sell_cash", "void", "lost_report", "lend_code", "take_back", "sell_cash",
)  # fmt: skip

# where each series' numbers are kept
NUMBERED = {
    "receipt": ("sales", "receipt_no"),
    "deposit_slip": ("loans", "slip_no"),
    "lending_voucher": ("loan_vouchers", "voucher_no"),
    "member_card": ("member_cards", "card_no"),
    "found_tag": ("found_items", "tag_no"),
    "lost_report": ("lost_reports", "report_no"),
    "complaint": ("complaint_cases", "case_no"),
    "invoice": ("invoices", "invoice_no"),
    "shift_report": ("shifts", "report_no"),
}


def _user(db, username: str) -> User:
    row = db.conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    return User(row["id"], row["username"], row["display_name"], row["role"])


def _counts(fen: int) -> dict:
    """The drawer's cash as notes and coins, largest first."""
    counts = {}
    for value in shifts.DENOMINATIONS:
        counts[value], fen = divmod(fen, value)
    assert fen == 0
    return {v: n for v, n in counts.items() if n}


class Desk:
    """One desk's day, with the cash it moved tallied from what each operation answered."""

    def __init__(self, db, desk: str, codes: list[str], services: list[int], shop_id: int):
        clock = FixedClock(AT)
        self.clerk = AppContext(db, _user(db, f"clerk_{desk}"), clock, desk=desk)
        self.lead = self.clerk.signed_in_as(_user(db, f"lead_{desk}"))
        self.desk, self.codes, self.services, self.shop_id = desk, codes, services, shop_id
        self.out: list = []  # loans out, oldest first
        self.cards: list[str] = []
        self.sales: list = []  # standing, not invoiced
        self.cash_fen = 0
        self.lent = self.returned = 0
        self.settled: list[str] = []  # slips taken back

    def run(self, op: str, n: int) -> None:
        getattr(self, op)(n)

    def _lend(self, n: int, method: str) -> None:
        busy = {loan.item_code for loan in self.out}
        code = next(c for c in self.codes if c not in busy)
        loan = lending.lend_item(self.clerk, code, f"139{self._tag()}{n:07d}", method)
        self.out.append(loan)
        self.lent += 1
        self.cash_fen += loan.deposit_fen if method == "cash" else 0

    def lend_cash(self, n: int) -> None:
        self._lend(n, "cash")

    def lend_code(self, n: int) -> None:
        self._lend(n, ("wechat", "alipay")[n % 2])

    def _settle(self, loan, settlement) -> None:
        self.cash_fen -= settlement.refund_fen if loan.method == "cash" else 0
        self.cash_fen += settlement.extra_charge_fen  # the part above the deposit, in cash
        self.settled.append(loan.slip_no)

    def take_back(self, n: int) -> None:
        loan = self.out.pop(0)
        self._settle(loan, lending.return_item(self.clerk, loan.id))

    def take_back_damaged(self, n: int) -> None:
        """A shift lead charges for damage: part of the deposit, or above it (照价赔偿)."""
        loan = self.out.pop(0)
        charge = 2000 if n // len(ROUND) % 2 else 8000
        settled = lending.return_item(self.lead, loan.id, "damaged", charge, "handle broken")
        self._settle(loan, settled)

    def _sell(self, n: int, method: str) -> None:
        line = (self.services[n % len(self.services)], 1 + n % 3)
        sale = sales.sell(self.clerk, [line], method, None)
        self.sales.append(sale)
        self.cash_fen += sale.total_fen if method == "cash" else 0

    def sell_cash(self, n: int) -> None:
        self._sell(n, "cash")

    def sell_code(self, n: int) -> None:
        self._sell(n, ("wechat", "alipay", "card")[n % 3])

    def void(self, n: int) -> None:
        sale = self.sales.pop()
        sales.void_sale(self.lead, sale.receipt_no, "wrong service rung up")
        self.cash_fen -= sale.total_fen if sale.method == "cash" else 0

    def invoice(self, n: int) -> None:
        sale = self.sales.pop()
        invoices.issue_invoice(
            self.clerk,
            buyer_kind="person",
            buyer_name="王女士",
            lines=[invoices.LineInput("商务服务", 1, sale.total_fen, 6)],
            sources=[sale.receipt_no],
        )

    def _tag(self) -> str:
        return "1" if self.desk == "main" else "2"

    def _receipt(self, n: int) -> ShoppingReceipt:
        return ShoppingReceipt(self.shop_id, f"{self.desk}-{n}", AT.date(), 20000 + n * 10)

    def enrol(self, n: int) -> None:
        made = members.enrol_member(
            self.clerk,
            f"顾客{n}",
            f"137{self._tag()}{n:07d}",
            "resident",
            resident_id("19900307", DESKS[self.desk], f"{n % 1000:03d}"),
            self._receipt(n),
        )
        self.cards.append(made.member.card_no)

    def credit(self, n: int) -> None:
        points.credit_receipt(self.clerk, self.cards[-1], self._receipt(n))

    def found(self, n: int) -> None:
        found.register_found_item(
            self.clerk,
            category="ordinary",
            description=f"黑色钱包 {self.desk} {n}",
            found_place="B1 电梯口",
            found_at=AT - timedelta(hours=1),
            hidden_detail=f"内有会员卡 {n}",
        )

    def lost_report(self, n: int) -> None:
        found.register_lost_report(
            self.clerk,
            description=f"蓝色雨伞 {n}",
            phone=f"136{self._tag()}{n:07d}",
            lost_from=AT - timedelta(hours=3),
            lost_to=AT - timedelta(hours=2),
        )

    def complaint(self, n: int) -> None:
        cases.record_case(
            self.clerk, f"135{self._tag()}{n:07d}", f"{self.desk} 排队太久 {n}", "service"
        )

    def close(self, float_fen: int) -> None:
        shifts.close_shift(self.lead, _counts(float_fen + self.cash_fen))


def desk_work(target: str, desk: str, codes, services, shop_id) -> dict:
    """One desk's process: open the shift, 1,000 operations, take back what is out, close.
    Every exception is kept with its traceback; returns them with the desk's tally."""
    errors: list[str] = []
    db = open_database(target)
    try:
        work = Desk(db, desk, codes, services, shop_id)
        float_fen = shifts.open_shift(work.clerk, FLOAT).float_fen
        for n in range(OPS):
            try:
                work.run(ROUND[n % len(ROUND)], n)
            except Exception:
                errors.append(traceback.format_exc())
                if len(errors) >= 5:
                    break
        try:
            while work.out:
                work.take_back(OPS)
            work.close(float_fen)
        except Exception:
            errors.append(traceback.format_exc())
        return {
            "errors": errors,
            "cash_fen": work.cash_fen,
            "lent": work.lent,
            "settled": work.settled,
            "float_fen": float_fen,
        }
    finally:
        db.close()


def _set_up(admin: AppContext) -> dict:
    """Two desks in service, a clerk and a shift lead at each, items, prices and a shop."""
    desks.add_desk(admin, "north", "北门服务台", "North desk")
    for desk in DESKS:
        users.add_user(admin, f"clerk_{desk}", "clerk", PASSWORD, f"Clerk {desk}")
        users.add_user(admin, f"lead_{desk}", "shift_lead", PASSWORD, f"Lead {desk}")
    kind = next(k for k in lending_items.list_kinds(admin) if k.deposit_fen)
    # a ruined item costs more than its deposit: the part above is charged (照价赔偿)
    lending_items.update_kind(admin, kind.id, replacement_fen=12000)
    lending_items.add_items(admin, kind.id, ITEMS_EACH * len(DESKS))
    codes = [i["code"] for i in lending_items.list_items(admin, kind_id=kind.id)]
    price_list.ensure_default_prices(admin)
    services = [p.id for p in price_list.list_prices(admin)][:6]
    shop = shops.add_shop(admin, "优衣库", "Uniqlo", unit="L1-001")
    return {
        desk: (codes[i * ITEMS_EACH : (i + 1) * ITEMS_EACH], services, shop.id)
        for i, desk in enumerate(DESKS)
    }


def _numbers_used(db, series: str) -> dict[int, list[int]]:
    """year -> every number of the series found on its documents."""
    table, column = NUMBERED[series]
    pattern = re.compile(rf"^{SERIES_PREFIX[series]}(\d{{4}})-(\d{{6}})$")
    used = defaultdict(list)
    for (number,) in db.conn.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):
        year, n = pattern.match(number).groups()
        used[int(year)].append(int(n))
    return used


def _assert_series_gapless(db) -> dict[str, int]:
    counters = defaultdict(dict)
    for series, year, last in db.conn.execute(
        "SELECT series, year, last_number FROM document_counters"
    ):
        counters[series][year] = last
    assert set(counters) <= set(NUMBERED), f"a series this test does not read: {set(counters)}"
    taken = {}
    for series in NUMBERED:
        used = _numbers_used(db, series)
        assert set(used) == set(counters.get(series, {})), series
        for year, numbers in used.items():
            assert sorted(numbers) == list(range(1, counters[series][year] + 1)), series
        taken[series] = sum(len(n) for n in used.values())
    return taken


def _assert_deposits_settled_once(db, results: dict) -> None:
    q = lambda sql: db.conn.execute(sql).fetchall()  # noqa: E731
    twice = "SELECT loan_id FROM loan_settlements GROUP BY loan_id HAVING count(*) > 1"
    assert q(twice) == []
    booked_twice = (
        "SELECT ref FROM cash_movements WHERE kind IN ('deposit_in', 'deposit_refund',"
        " 'deposit_forfeit') GROUP BY ref, kind HAVING count(*) > 1"
    )
    assert q(booked_twice) == []
    in_full = (
        "SELECT l.slip_no FROM loans l JOIN loan_settlements s ON s.loan_id = l.id"
        " WHERE s.refund_fen + s.forfeit_fen = l.deposit_fen"
    )
    settled = {r[0] for r in q(in_full)}
    slips = [s for r in results.values() for s in r["settled"]]
    assert len(slips) == len(set(slips)) == sum(r["lent"] for r in results.values())
    assert settled == set(slips)  # every loan taken back, each settled in full, once


def _assert_drawers(db, results: dict) -> None:
    """Each desk's close: expected = float + cash in - cash out of its own movement rows,
    equal to the cash its operations said they moved, and to the count."""
    for desk, result in results.items():
        (shift,) = db.conn.execute("SELECT * FROM shifts WHERE desk = ?", (desk,)).fetchall()
        cash_in, cash_out, strangers = db.conn.execute(
            "SELECT coalesce(sum(CASE WHEN amount_fen > 0 THEN amount_fen END), 0),"
            " coalesce(-sum(CASE WHEN amount_fen < 0 THEN amount_fen END), 0),"
            " count(CASE WHEN u.username NOT IN (?, ?) THEN 1 END)"
            " FROM cash_movements m JOIN users u ON u.id = m.user_id"
            " WHERE m.shift_id = ? AND m.method = 'cash'",
            (f"clerk_{desk}", f"lead_{desk}", shift["id"]),
        ).fetchone()
        assert strangers == 0  # no other desk's money in this drawer
        assert shift["closed_at"] is not None and shift["float_fen"] == result["float_fen"]
        assert shift["expected_fen"] == shift["float_fen"] + cash_in - cash_out
        assert shift["expected_fen"] == shift["float_fen"] + result["cash_fen"]
        assert shift["counted_fen"] == shift["expected_fen"] and shift["difference_fen"] == 0


def test_two_desks_1000_mixed_operations_each_at_once(admin_ctx, db_path):
    work = _set_up(admin_ctx)
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(len(DESKS)) as pool:
        runs = {
            desk: pool.apply_async(desk_work, (str(db_path), desk, *args))
            for desk, args in work.items()
        }
        results = {desk: run.get() for desk, run in runs.items()}
    errors = [e for r in results.values() for e in r["errors"]]
    assert errors == [], f"{len(errors)} errors, the first:\n{errors[0]}"

    db = admin_ctx.db
    taken = _assert_series_gapless(db)
    rounds = len(DESKS) * OPS // len(ROUND)
    assert taken["receipt"] == 5 * rounds and taken["deposit_slip"] == 4 * rounds
    assert taken["invoice"] == taken["member_card"] == taken["complaint"] == rounds
    assert taken["found_tag"] == taken["lost_report"] == rounds
    assert taken["shift_report"] == len(DESKS)
    _assert_deposits_settled_once(db, results)
    _assert_drawers(db, results)
    report = check_health(AppContext(db), full=True)
    assert report.sound, [p.render() for p in report.problems()]
