"""Dashboard figures against direct counts on a demo database built through the services."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from services.complaints import cases as complaints
from services.core.clock import iso
from services.core.database import open_database
from services.dashboard import figures as dashboard
from services.lending import loans as lending
from services.lost_found import due as found_due
from services.shifts import shifts
from tests.demo.test_dashboard_demo import TODAY, TZ, build_site


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("dash") / "demo.db")
    made = build_site(db, days=5, seed=5)
    yield made
    db.close()


def _bounds(first, last):
    return (
        iso(datetime.combine(first, time(0), TZ)),
        iso(datetime.combine(last + timedelta(days=1), time(0), TZ)),
    )


def _count(ctx, sql, *params):
    return ctx.db.conn.execute(sql, params).fetchone()[0]


def test_today_counts_equal_direct_counts(site):
    clerk = site["ctxs"]["clerk"]
    board = dashboard.dashboard(clerk)
    start, end = _bounds(TODAY, TODAY)
    assert board.day == TODAY
    expected = {
        "loans_out": "SELECT count(*) FROM loans WHERE lent_at >= ? AND lent_at < ?",
        "loans_back": "SELECT count(*) FROM loan_settlements WHERE at >= ? AND at < ?",
        "receipts": "SELECT count(*) FROM sales WHERE sold_at >= ? AND sold_at < ?",
        "enrolments": "SELECT count(*) FROM members WHERE enrolled_at >= ? AND enrolled_at < ?",
        "complaints": "SELECT count(*) FROM complaint_cases WHERE opened_at >= ? AND opened_at < ?",
    }
    for key, sql in expected.items():
        assert board.counts[key] == _count(clerk, sql, start, end), key
    assert board.counts["loans_out"] >= 1 and board.counts["complaints"] >= 1


def test_yesterday_income_by_kind_leaves_deposits_out(site):
    clerk = site["ctxs"]["clerk"]
    yesterday = TODAY - timedelta(days=1)
    start, end = _bounds(yesterday, yesterday)
    direct = _count(
        clerk,
        "SELECT sum(amount_fen) FROM cash_movements WHERE at >= ? AND at < ?"
        " AND kind NOT LIKE 'deposit_%'",
        start,
        end,
    )
    series = dict(dashboard.dashboard(clerk).income_by_day)
    assert direct and series[yesterday.isoformat()] == direct


def test_today_income_by_kind(
    site,
):
    clerk = site["ctxs"]["clerk"]
    start, end = _bounds(TODAY, TODAY)
    board = dashboard.dashboard(clerk)
    rows = clerk.db.conn.execute(
        "SELECT kind, sum(amount_fen) FROM cash_movements WHERE at >= ? AND at < ?"
        " AND kind NOT IN ('deposit_in','deposit_refund','deposit_forfeit') GROUP BY kind",
        (start, end),
    ).fetchall()
    assert board.income_by_kind == {k: v for k, v in rows}
    assert board.income_fen == sum(v for _, v in rows)


def test_shift_items_found_and_complaints_waiting(site):
    clerk = site["ctxs"]["clerk"]
    board = dashboard.dashboard(clerk)
    shift = shifts.current_shift(clerk)
    # blind close: the float and how many movements, never the drawer's expected total
    assert (board.shift.float_fen, board.shift.movement_count) == (
        shift.float_fen,
        len(shifts.movements(clerk, shift.id)),
    )
    assert shifts.cash_figures(clerk, shift).expected_fen not in vars(board.shift).values()
    held = lending.held_totals(clerk)
    assert (board.items_out, board.deposits_held_fen) == (held.count, held.deposit_fen)
    overdue = [r for r in lending.outstanding(clerk, limit=10_000) if r["status"] == "overdue"]
    assert board.items_overdue == len(overdue)
    due = found_due.due_for_action(clerk)
    assert sum(board.found_due.values()) == len(due)
    assert board.found_due_now == len([d for d in due if d.action in ("police", "dispose")])
    counts = complaints.due_counts(clerk)
    assert (board.complaints_overdue, board.complaints_due_soon) == (
        counts.overdue,
        counts.due_soon,
    )


def test_thirty_day_series(site):
    clerk = site["ctxs"]["clerk"]
    board = dashboard.dashboard(clerk)
    days = [d for d, _ in board.loans_by_day]
    assert len(days) == 30 and days[-1] == TODAY.isoformat()
    assert [d for d, _ in board.income_by_day] == days
    for day_text, n in board.loans_by_day:
        day = datetime.fromisoformat(day_text).date()
        assert n == _count(
            clerk,
            "SELECT count(*) FROM loans WHERE lent_at >= ? AND lent_at < ?",
            *_bounds(day, day),
        ), day_text
    first = TODAY - timedelta(days=29)
    start, end = _bounds(first, TODAY)
    assert sum(fen for _, fen in board.income_by_day) == _count(
        clerk,
        "SELECT coalesce(sum(amount_fen), 0) FROM cash_movements WHERE at >= ?"
        " AND at < ? AND kind NOT LIKE 'deposit_%'",
        start,
        end,
    )
    assert sum(n for _, n in board.complaints_by_category) == _count(
        clerk,
        "SELECT count(*) FROM complaint_cases WHERE kind = 'complaint'"
        " AND opened_at >= ? AND opened_at < ?",
        start,
        end,
    )
    assert sum(n for _, n in board.loans_by_day) > 0


def test_dashboard_queries_use_indexes(site):
    """Every range of the dashboard is an index search, never a table scan."""
    import db.dashboard.figures as dashboard_db

    conn = site["ctxs"]["clerk"].db.conn
    start, end = _bounds(TODAY, TODAY)
    plans = {
        "day_counts": ("SELECT count(*) FROM loans WHERE lent_at >= ? AND lent_at < ?", 2),
        "settlements": ("SELECT count(*) FROM loan_settlements WHERE at >= ? AND at < ?", 2),
        "members": ("SELECT count(*) FROM members WHERE enrolled_at >= ? AND enrolled_at < ?", 2),
        "income": (
            "SELECT kind, sum(amount_fen) FROM cash_movements WHERE at >= ? AND at < ?"
            f" AND kind NOT IN {dashboard_db._NOT_INCOME_SQL} GROUP BY kind",
            2,
        ),
        "lost": ("SELECT count(*) FROM lost_reports WHERE reported_at >= ? AND reported_at < ?", 2),
        "sales": ("SELECT count(*) FROM sales WHERE sold_at >= ? AND sold_at < ?", 2),
        "cases": (
            "SELECT category, count(*) FROM complaint_cases WHERE opened_at >= ?"
            " AND opened_at < ? AND kind = 'complaint' GROUP BY category",
            2,
        ),
    }
    for name, (sql, n) in plans.items():
        plan = " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", (start, end)[:n]))
        assert "USING" in plan and "INDEX" in plan, (name, plan)
    days = [(TODAY.isoformat(), start, end)]
    cte, params = dashboard_db._days_cte(days)
    plan = " ".join(
        r[3]
        for r in conn.execute(
            f"EXPLAIN QUERY PLAN {cte} SELECT d.day, count(*) FROM days d JOIN loans l"
            " ON l.lent_at >= d.day_start AND l.lent_at < d.day_end GROUP BY d.day",
            params,
        )
    )
    assert "loans_lent_at" in plan, plan


def test_dashboard_on_an_empty_site(admin_ctx):
    board = dashboard.dashboard(admin_ctx)
    assert board.shift is None and board.items_out == 0 and board.income_fen == 0
    assert len(board.income_by_day) == 30 and sum(n for _, n in board.loans_by_day) == 0
