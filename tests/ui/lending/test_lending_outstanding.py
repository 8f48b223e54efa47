"""Items out: 200 open loans, overdue first and highlighted, totals equal to the sum."""

from __future__ import annotations

from PySide6.QtCore import Qt

from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from ui.lending.items_page import ItemsPage
from ui.lending.outstanding_page import OVERDUE, OutstandingPage
from ui.session import DeskSession


def test_two_hundred_loans(role_ctx, qtbot, clock):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kinds = {k.code: k for k in lending_items.list_kinds(admin)}
    lending_items.add_items(admin, kinds["umbrella"].id, 150)
    lending_items.add_items(admin, kinds["stroller"].id, 50)
    shifts.open_shift(clerk, {})
    for n, item in enumerate(lending_items.list_items(clerk)):
        lending.lend_item(clerk, item["code"], f"1390000{n:04d}", "cash")
        clock.advance(minutes=5)
    clock.advance(days=6, hours=12)
    page = OutstandingPage(DeskSession(clerk))
    qtbot.addWidget(page)
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 200
    statuses = [model.row(r)["status"] for r in range(200)]
    first_not_overdue = statuses.index(next(s for s in statuses if s != "overdue"))
    assert set(statuses[:first_not_overdue]) == {"overdue"}
    assert "overdue" not in statuses[first_not_overdue:]
    assert model.data(model.index(0, 0), Qt.BackgroundRole).color() == OVERDUE
    total = sum(model.row(r)["deposit_fen"] for r in range(200))
    assert total == lending.held_totals(clerk).deposit_fen == 150 * 5000
    assert "200" in page.totals.text() and "¥7500.00" in page.totals.text()
    phones = {model.data(model.index(r, 4)) for r in range(200)}
    assert all("****" in p for p in phones)


def test_items_page_adds_items_and_prints_a_label_sheet(role_ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    page = ItemsPage(DeskSession(role_ctx["admin"]))
    qtbot.addWidget(page)
    assert page.kind_table.rowCount() == 3
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (5, True))
    page.kind_table.selectRow(0)
    page.on_add_items()
    assert page.model.rowCount() == 5 and page.model.row(0)["code"] == "U-001"
    assert page.preview is not None
    page.preview.close()
    page.item_table.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("handle broken", True))
    page.on_retire()
    states = [i["state"] for i in lending_items.list_items(role_ctx["admin"])]
    assert states.count("retired") == 1


def test_items_page_sets_desk_rules(role_ctx, qtbot):
    from services.lending import items as li

    page = ItemsPage(DeskSession(role_ctx["admin"]))
    qtbot.addWidget(page)
    assert page.closing_time.text() == "22:00" and page.signoff_above.text() == "¥10.00"
    page.closing_time.setText("21:30")
    page.signoff_above.setText("20")
    page.on_save_rules()
    rules = li.desk_rules(role_ctx["admin"])
    assert (rules.closing_time, rules.signoff_above_fen) == ("21:30", 2000)
