"""The dashboard of a site with several desks: the drawer tile is this desk's, named; the
other figures are the site's, and it says so; how many desks are open at the site."""

from __future__ import annotations

import dataclasses

from services.dashboard import figures
from services.sales import price_list, sales
from services.shifts import desks, shifts
from ui import i18n
from ui.dashboard.dashboard_page import WARN, DashboardPage
from ui.session import DeskSession


def _page(qtbot, ctx, db_path):
    page = DashboardPage(DeskSession(ctx, str(db_path)))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None)
    return page


def test_this_desks_drawer_and_the_sites_figures(qtbot, role_ctx, db_path):
    i18n.install("en")
    admin = role_ctx["admin"]
    desks.add_desk(admin, "north", "北门服务台", "North gate desk")
    desks.add_desk(admin, "east", "东门服务台", "East gate desk")
    price_list.ensure_default_prices(admin)
    copy = next(p for p in price_list.list_prices(admin) if p.code == "COPY-A4")
    main = dataclasses.replace(role_ctx["clerk"], desk="main")
    north = dataclasses.replace(role_ctx["clerk"], desk="north")
    shifts.open_shift(main, {10000: 2})
    sales.sell(main, [(copy.id, 4)], "wechat")
    board = figures.dashboard(north)
    assert board.shift is None and board.desk == "north"
    assert (board.open_desks, board.desks_in_service) == (["main"], 3)
    assert board.income_fen == 200  # the site's income, taken at the main desk

    at_north = _page(qtbot, north, db_path)
    tile = at_north.tiles["shift"]
    assert tile.tone == WARN and "No shift open at this desk: North gate desk (north)" in (
        tile.caption.text()
    )
    assert at_north.tiles["desks_open"].figure.text() == "1 / 3"
    assert "Main desk (main)" in at_north.tiles["desks_open"].toolTip()
    assert "whole site" in at_north.scope.text() and "North gate desk" in at_north.scope.text()
    assert at_north.tiles["income"].figure.text() == "¥2.00"

    at_main = _page(qtbot, main, db_path)
    tile = at_main.tiles["shift"]
    assert tile.figure.text() == "¥200.00"  # the float; never the expected cash (blind)
    assert "Float at Main desk (main); 1 money movement(s)" == tile.caption.text()
