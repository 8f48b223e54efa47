"""The items-out page opens in a fixed number of SQL statements, however many loans it
shows: the site's time zone is read once for the page, not once per painted cell."""

from __future__ import annotations

from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from ui.lending.outstanding_page import OutstandingPage
from ui.session import DeskSession


def _statements_to_paint(qtbot, clerk) -> int:
    seen: list[str] = []
    clerk.db.conn.set_trace_callback(seen.append)
    try:
        page = OutstandingPage(DeskSession(clerk))
        qtbot.addWidget(page)
        page.resize(1200, 900)
        page.show()
        qtbot.waitExposed(page)
        page.grab()  # every visible cell painted
    finally:
        clerk.db.conn.set_trace_callback(None)
    return len(seen)


def test_the_page_reads_the_same_number_of_statements_for_3_or_30_loans(role_ctx, qtbot, clock):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 30)
    shifts.open_shift(clerk, {})
    items = lending_items.list_items(clerk)
    for n, item in enumerate(items[:3]):
        lending.lend_item(clerk, item["code"], f"1390000{n:04d}", "cash")
    few = _statements_to_paint(qtbot, clerk)
    for n, item in enumerate(items[3:30]):
        lending.lend_item(clerk, item["code"], f"1391000{n:04d}", "cash")
    many = _statements_to_paint(qtbot, clerk)
    assert many == few
