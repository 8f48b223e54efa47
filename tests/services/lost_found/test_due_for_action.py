"""Found items due for action, counted and listed in SQL per category: the same items and
actions as working out every held item's retention one by one, month-end clamps included,
and recent items falling due are seen however many are held."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from services.core.clock import iso
from services.lost_found import due as found_due
from services.lost_found import items as lost_found


def _insert_held(ctx, rows: list[tuple[str, str]]) -> None:
    """Held items (category, found_at) written straight into the table, many at once."""
    conn = ctx.db.conn
    start = conn.execute("SELECT coalesce(max(id), 0) FROM found_items").fetchone()[0] + 1
    conn.executemany(
        "INSERT INTO found_items (id, tag_no, category, description, found_place, found_at,"
        " finder_kind, hidden_detail, registered_at, registered_by)"
        " VALUES (?, ?, ?, 'item', 'hall', ?, 'staff', 'secret', ?, ?)",
        [
            (start + n, f"T{start + n:08d}", category, found_at, found_at, ctx.user.id)
            for n, (category, found_at) in enumerate(rows)
        ],
    )
    conn.commit()


def _one_by_one(ctx, soon_days: int = 3) -> list[tuple[int, str, str | None]]:
    """The rule worked out for every held item in Python: (id, action, due_at)."""
    cats, now = lost_found.categories(ctx), ctx.clock.now()
    out = []
    for item_id, code, found_at in ctx.db.conn.execute(
        "SELECT id, category, found_at FROM found_items WHERE status = 'held'"
    ):
        category = cats.get(code)
        ends = lost_found.retention_ends(category, found_at) if category else None
        if ends is None:
            out.append((item_id, "police", None))
        elif ends <= now:
            out.append((item_id, "dispose", iso(ends)))
        elif ends <= now + timedelta(days=soon_days):
            out.append((item_id, "soon", iso(ends)))
    return out


def _counts(due) -> dict[str, int]:
    out: dict[str, int] = {}
    for _, action, _ in due:
        out[action] = out.get(action, 0) + 1
    return out


def test_month_end_clamps_and_day_rules_match_the_rule_item_by_item(role_ctx, clock):
    clerk = role_ctx["clerk"]
    rng = random.Random(5)
    # the ends of short months, where 31 Aug + 6 months clamps to 28 Feb
    for now in (
        datetime(2027, 2, 28, 12, 30, tzinfo=UTC),
        datetime(2027, 4, 30, 1, 0, tzinfo=UTC),
        datetime(2028, 2, 29, 23, 0, tzinfo=UTC),
        datetime(2027, 3, 31, 5, 0, tzinfo=UTC),
    ):
        clock.at = now
        rows = []
        for months, code in ((6, "ordinary"), (0, "perishable"), (0, "valuable")):
            for _ in range(60):
                back = timedelta(days=30.44 * months + 3 + rng.uniform(-6, 6))
                found = (now - back).replace(microsecond=0)
                rows.append((code, iso(found)))
        _insert_held(clerk, rows)
        expected = _one_by_one(clerk)
        listed = found_due.due_for_action(clerk)
        assert sorted((d.item.id, d.action, d.due_at) for d in listed) == sorted(expected)
        assert found_due.due_counts(clerk) == _counts(expected)
        assert [d.action for d in listed] == sorted(
            (d.action for d in listed), key=found_due.DUE_ORDER.get
        )


def test_recent_items_falling_due_are_counted_with_more_than_ten_thousand_held(role_ctx, clock):
    clerk = role_ctx["clerk"]
    now = clock.now()
    old = iso(now - timedelta(days=40))  # ordinary: six months, not yet due
    _insert_held(clerk, [("ordinary", old)] * 10_500)
    bread = iso(now - timedelta(days=4))  # perishable: three days, so due now
    fish = iso(now - timedelta(days=1))  # due in two days: soon
    _insert_held(clerk, [("perishable", bread), ("perishable", fish)])
    assert found_due.due_counts(clerk) == {"dispose": 1, "soon": 1}
    first = found_due.due_for_action(clerk, offset=0, limit=1)
    assert [(d.action, d.item.found_at) for d in first] == [("dispose", bread)]
    second = found_due.due_for_action(clerk, offset=1, limit=5)
    assert [(d.action, d.item.found_at) for d in second] == [("soon", fish)]


def test_a_page_of_the_due_list_is_that_slice_of_the_whole_list(role_ctx, clock):
    clerk = role_ctx["clerk"]
    now = clock.now()
    rows = [("valuable", iso(now - timedelta(hours=n))) for n in range(7)]
    rows += [("perishable", iso(now - timedelta(days=2, hours=n))) for n in range(9)]
    rows += [("ordinary", iso(now - timedelta(days=200 + n))) for n in range(8)]
    _insert_held(clerk, rows)
    whole = [(d.item.id, d.action) for d in found_due.due_for_action(clerk)]
    assert len(whole) == 24
    pages = []
    for offset in range(0, 24, 5):
        pages += [
            (d.item.id, d.action) for d in found_due.due_for_action(clerk, offset=offset, limit=5)
        ]
    assert pages == whole
