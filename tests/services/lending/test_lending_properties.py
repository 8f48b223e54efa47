"""Random days at the desk: after every step the drawer, the deposits held and the
settlements agree with a simple model."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from services.admin import site, users
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import open_database
from services.core.errors import DomainError, PermissionDenied
from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from tests.conftest import PASSWORD

METHODS = ("cash", "wechat", "alipay", "card")
DENOMS = shifts.DENOMINATIONS


_TEMPLATE: dict = {}


def _template_db() -> tuple[str, dict]:
    """One set-up database for all examples (scrypt and migrations are slow); each example
    works on a fresh copy of it."""
    if not _TEMPLATE:
        import tempfile

        folder = tempfile.mkdtemp(prefix="desk-template-")
        path = f"{folder}/desk.db"
        db = open_database(path)
        bare = AppContext(db, None, FixedClock(datetime(2026, 3, 16, 1, 0, tzinfo=UTC)))
        admin = bare.signed_in_as(
            site.initialise(bare, site.SiteProfile(name="M"), "admin", PASSWORD)
        )
        users_ = {
            "clerk": users.add_user(admin, "clerk1", "clerk", PASSWORD),
            "lead": users.add_user(admin, "lead1", "shift_lead", PASSWORD),
        }
        kinds = {k.code: k for k in lending_items.list_kinds(admin)}
        codes = lending_items.add_items(admin, kinds["umbrella"].id, 6) + lending_items.add_items(
            admin, kinds["stroller"].id, 2
        )
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        _TEMPLATE.update(path=path, users=users_, codes=codes)
    return _TEMPLATE["path"], _TEMPLATE


class DeskMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        import shutil
        import tempfile

        template, info = _template_db()
        self.dir = tempfile.TemporaryDirectory()
        shutil.copy(template, f"{self.dir.name}/desk.db")
        self.db = open_database(f"{self.dir.name}/desk.db")
        self.clock = FixedClock(datetime(2026, 3, 16, 1, 0, tzinfo=UTC))
        bare = AppContext(self.db, None, self.clock)
        self.clerk = bare.signed_in_as(info["users"]["clerk"])
        self.lead = bare.signed_in_as(info["users"]["lead"])
        self.items = list(info["codes"])
        self.deposit = {c: (5000 if c.startswith("U") else 0) for c in self.items}
        self.open_loans: dict[int, tuple[int, str]] = {}  # loan id -> (deposit, method)
        self.settled: set[int] = set()
        self.shift_open = False
        self.float_fen = self.cash_in = self.cash_out = 0

    def teardown(self):
        self.db.close()
        self.dir.cleanup()

    def _out_items(self):
        return {lending.get_loan(self.clerk, i).item_code for i in self.open_loans}

    @rule(counts=st.lists(st.integers(0, 5), min_size=len(DENOMS), max_size=len(DENOMS)))
    def open_shift(self, counts):
        try:
            shifts.open_shift(self.clerk, dict(zip(DENOMS, counts)))
        except shifts.ShiftRefused:
            assert self.shift_open
            return
        assert not self.shift_open
        self.shift_open = True
        self.float_fen = sum(d * n for d, n in zip(DENOMS, counts))
        self.cash_in = self.cash_out = 0

    @rule(index=st.integers(0, 7), method=st.sampled_from(METHODS))
    def lend(self, index, method):
        code = self.items[index]
        self.clock.advance(minutes=3)
        out = code in self._out_items()
        retired = lending_items.list_items(self.clerk)[index]["state"] == "retired"
        try:
            loan = lending.lend_item(self.clerk, code, "13800138000", method)
        except DomainError:
            assert out or retired or (self.deposit[code] and not self.shift_open)
            return
        assert not out and not retired
        self.open_loans[loan.id] = (loan.deposit_fen, method)
        if method == "cash":
            self.cash_in += loan.deposit_fen

    def _settle(self, ctx, data, condition, max_comp):
        loan_id = data.draw(st.sampled_from(sorted(self.open_loans)))
        deposit, method = self.open_loans[loan_id]
        comp = data.draw(st.integers(0, max_comp(deposit))) if condition != "good" else 0
        try:
            s = lending.return_item(
                ctx, loan_id, condition, comp, "checked at the counter", extra_method="cash"
            )
        except DomainError:
            assert not self.shift_open and (deposit or comp)
            return
        assert loan_id not in self.settled
        self.settled.add(loan_id)
        del self.open_loans[loan_id]
        assert s.refund_fen + s.forfeit_fen == deposit
        if method == "cash":
            self.cash_out += s.refund_fen
        self.cash_in += s.extra_charge_fen

    @precondition(lambda self: self.open_loans)
    @rule(data=st.data())
    def give_back(self, data):
        self._settle(self.clerk, data, "good", lambda d: 0)

    @precondition(lambda self: self.open_loans)
    @rule(data=st.data())
    def damaged(self, data):
        self._settle(self.lead, data, "damaged", lambda d: d)

    @precondition(lambda self: self.open_loans)
    @rule(data=st.data())
    def forfeit_lost(self, data):
        self._settle(self.lead, data, "lost", lambda d: max(d, 5000))

    @precondition(lambda self: self.open_loans)
    @rule(data=st.data())
    def clerk_tries_to_forfeit(self, data):
        loan_id = data.draw(st.sampled_from(sorted(self.open_loans)))
        before = self.db.conn.execute("SELECT count(*) FROM cash_movements").fetchone()[0]
        try:
            lending.return_item(self.clerk, loan_id, "lost", 0, "says it is lost")
        except PermissionDenied:
            pass
        else:
            raise AssertionError("a clerk settled a lost item alone")
        assert self.db.conn.execute("SELECT count(*) FROM cash_movements").fetchone()[0] == before

    @precondition(lambda self: self.settled)
    @rule(data=st.data())
    def settle_again(self, data):
        loan_id = data.draw(st.sampled_from(sorted(self.settled)))
        before = self.db.conn.execute("SELECT count(*) FROM cash_movements").fetchone()[0]
        try:
            lending.return_item(self.lead, loan_id)
        except DomainError:
            pass
        else:
            raise AssertionError("a deposit was settled twice")
        assert self.db.conn.execute("SELECT count(*) FROM cash_movements").fetchone()[0] == before

    @rule(delta=st.integers(-300, 300), use_reason=st.booleans())
    def close(self, delta, use_reason):
        if not self.shift_open:
            return
        expected = self.float_fen + self.cash_in - self.cash_out
        counts = {10: max(0, expected + delta * 10) // 10}
        counted = shifts.count_total(counts)
        reason = "recounted twice" if use_reason else ""
        diff = counted - expected
        shift = shifts.current_shift(self.lead)
        try:
            # a second person signs whenever asked (a sign-off not asked for is not looked at)
            closed = shifts.close_shift(self.lead, counts, reason, "admin", PASSWORD)
        except DomainError:
            # every count is kept: a reason is asked while any count of the shift differed
            kept = shifts.shift_counts(self.lead, shift.id)
            assert kept[-1].difference_fen == diff
            assert any(c.difference_fen for c in kept) and not use_reason
            return
        assert closed.expected_fen == expected and closed.difference_fen == diff
        self.shift_open = False

    @invariant()
    def drawer_matches(self):
        shift = shifts.current_shift(self.clerk)
        assert (shift is not None) == self.shift_open
        if shift:
            figures = shifts.cash_figures(self.clerk, shift)
            assert figures.expected_fen == self.float_fen + self.cash_in - self.cash_out
            assert figures.expected_fen == (
                figures.float_fen + figures.cash_in_fen - figures.cash_out_fen
            )

    @invariant()
    def deposits_held_match_open_loans(self):
        held = lending.held_totals(self.clerk)
        assert held.count == len(self.open_loans)
        assert held.deposit_fen == sum(d for d, _ in self.open_loans.values())
        rows = lending.outstanding(self.clerk, limit=1000)
        assert sum(r["deposit_fen"] for r in rows) == held.deposit_fen

    @invariant()
    def no_loan_settled_twice(self):
        dupes = self.db.conn.execute(
            "SELECT count(*) FROM (SELECT loan_id FROM loan_settlements GROUP BY loan_id"
            " HAVING count(*) > 1)"
        ).fetchone()[0]
        assert dupes == 0
        n = self.db.conn.execute("SELECT count(*) FROM loan_settlements").fetchone()[0]
        assert n == len(self.settled)


DeskMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDeskMachine = DeskMachine.TestCase
