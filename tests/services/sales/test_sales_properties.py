"""Money invariants of sales and invoices: random sales and voids keep receipt numbers
gapless and totals exact; invoice totals are the sums of their lines with half-up tax; red
letters never exceed their original."""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.admin import site, users
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import open_database
from services.invoices import invoices
from services.invoices.invoices import LineInput
from services.sales import price_list, sales
from services.shifts import shifts
from tests.conftest import PASSWORD

DAY = date(2026, 3, 16)
_TEMPLATE: dict = {}


def _fresh_desk():
    """A copy of one set-up database (scrypt and migrations are slow): admin, clerk, lead,
    default prices, an open shift."""
    if not _TEMPLATE:
        folder = tempfile.mkdtemp(prefix="sales-template-")
        path = f"{folder}/desk.db"
        db = open_database(path)
        bare = AppContext(db, None, FixedClock(datetime(2026, 3, 16, 2, 0, tzinfo=UTC)))
        admin = bare.signed_in_as(
            site.initialise(bare, site.SiteProfile(name="M"), "admin", PASSWORD)
        )
        found = {
            "clerk": users.add_user(admin, "clerk1", "clerk", PASSWORD),
            "lead": users.add_user(admin, "lead1", "shift_lead", PASSWORD),
        }
        price_list.ensure_default_prices(admin)
        shifts.open_shift(admin, {10000: 1})
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        _TEMPLATE.update(path=path, users=found)
    folder = tempfile.mkdtemp(prefix="sales-example-")
    shutil.copy(_TEMPLATE["path"], f"{folder}/desk.db")
    db = open_database(f"{folder}/desk.db")
    clock = FixedClock(datetime(2026, 3, 16, 2, 0, tzinfo=UTC))
    base = AppContext(db, None, clock)
    return (
        base.signed_in_as(_TEMPLATE["users"]["clerk"]),
        base.signed_in_as(_TEMPLATE["users"]["lead"]),
        clock,
    )


def test_a_thousand_random_sales_and_voids(role_ctx):
    price_list.ensure_default_prices(role_ctx["admin"])
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    shift = shifts.open_shift(clerk, {10000: 1})
    items = price_list.list_prices(clerk)
    rng = random.Random(6)
    sold, voided = [], set()
    for _ in range(1000):
        if sold and rng.random() < 0.15:
            sale = rng.choice(sold)
            if sale.receipt_no not in voided:
                sales.void_sale(lead, sale.receipt_no, "wrong service")
                voided.add(sale.receipt_no)
            continue
        lines = [(rng.choice(items).id, rng.randint(1, 20)) for _ in range(rng.randint(1, 4))]
        method = rng.choice(shifts.METHODS)
        sold.append(sales.sell(clerk, lines, method))
    numbers = sorted(int(s.receipt_no.split("-")[1]) for s in sold)
    assert numbers == list(range(1, len(sold) + 1))
    totals = sales.sales_totals(clerk, DAY, DAY)
    standing = [s for s in sold if s.receipt_no not in voided]
    assert totals.count == len(sold) and totals.voided_count == len(voided)
    assert totals.net_fen == sum(s.total_fen for s in standing)
    for method in shifts.METHODS:
        assert totals.by_method.get(method, 0) == sum(
            s.total_fen for s in standing if s.method == method
        )
    cash = sum(s.total_fen for s in standing if s.method == "cash")
    assert shifts.cash_figures(clerk, shift).expected_fen == 10000 + cash


@given(st.integers(-(10**9), 10**9), st.sampled_from(invoices.TAX_RATES))
def test_line_tax_is_half_up_of_the_exact_share(gross, rate):
    exact = abs(Decimal(gross) * rate / (100 + rate))
    expected = int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert invoices.line_tax(gross, rate) == (-expected if gross < 0 else expected)


line_inputs = st.lists(
    st.builds(
        LineInput,
        st.just("item"),
        st.integers(1, 50),
        st.one_of(st.integers(1, 30), st.integers(1, 200000)),
        st.sampled_from(invoices.TAX_RATES),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=line_inputs,
    credits=st.lists(st.dictionaries(st.integers(1, 5), st.integers(0, 60)), max_size=6),
    void_some=st.lists(st.booleans(), max_size=6),
)
def test_invoice_totals_and_reds_never_exceed(lines, credits, void_some):
    clerk, lead, clock = _fresh_desk()
    total = sum(x.quantity * x.unit_price_fen for x in lines)
    inv = invoices.issue_invoice(
        clerk,
        buyer_kind="person",
        buyer_name="P",
        lines=lines,
        sources=[invoices.SourceReceipt("P-1", total)],
    )
    assert inv.total_fen == sum(x.gross_fen for x in inv.lines)
    assert inv.tax_fen == sum(x.tax_fen for x in inv.lines)
    assert inv.net_fen == inv.total_fen - inv.tax_fen
    for line in inv.lines:
        assert line.tax_fen == invoices.line_tax(line.gross_fen, line.tax_rate)
    clock.at = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)
    for n, quantities in enumerate(credits):
        try:
            red = invoices.issue_red_letter(lead, inv.invoice_no, "return", quantities or None)
        except invoices.InvoiceRefused:
            continue
        if n < len(void_some) and void_some[n]:
            invoices.void_invoice(lead, red.invoice_no, "mistake")
        reds = [r for r in invoices.red_letters_of(clerk, inv.invoice_no) if not r.is_void]
        assert -sum(r.total_fen for r in reds) <= inv.total_fen
        assert -sum(r.tax_fen for r in reds) <= inv.tax_fen
        assert all(r.total_fen == sum(x.gross_fen for x in r.lines) for r in reds)
    clerk.db.close()
