"""A scanned code names its record and the next action: a slip or an item out is taken back,
a free item is lent, an active card credits a receipt, a held tag is released, documents are
reprinted; anything else is not found."""

from __future__ import annotations

import pytest

from services.core.database import open_database
from services.core.errors import NotFound, ValidationError
from services.lending import items as lending_items
from services.visitors import scan
from tests.demo.test_dashboard_demo import build_site


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("scan") / "demo.db")
    made = build_site(db, days=3, seed=5)
    yield made
    db.close()


def test_slip_and_item_out_are_taken_back(site):
    clerk = site["ctxs"]["clerk"]
    loan = site["loan"]
    by_slip = scan.resolve_scan(clerk, loan.slip_no.lower())
    assert (by_slip.series, by_slip.record_id, by_slip.action) == (
        "deposit_slip",
        loan.id,
        "take_back",
    )
    by_item = scan.resolve_scan(clerk, f" {loan.item_code} ")
    assert (by_item.series, by_item.record_id, by_item.action) == ("item", loan.id, "take_back")


def test_free_item_is_lent(site):
    clerk = site["ctxs"]["clerk"]
    free = next(i for i in lending_items.list_items(site["ctxs"]["admin"]) if i["state"] == "in")
    target = scan.resolve_scan(clerk, free["code"].lower())
    assert (target.series, target.number, target.action) == ("item", free["code"], "lend")


def test_card_case_and_receipt(site):
    clerk = site["ctxs"]["clerk"]
    card = scan.resolve_scan(clerk, site["member"].card_no)
    assert (card.series, card.action, card.record_id) == (
        "member_card",
        "credit_points",
        site["member"].id,
    )
    case = scan.resolve_scan(clerk, site["case"].case_no)
    assert (case.series, case.action, case.record_id) == ("complaint", "open", site["case"].id)
    row = clerk.db.conn.execute("SELECT id, receipt_no FROM sales LIMIT 1").fetchone()
    if row:
        receipt = scan.resolve_scan(clerk, row[1])
        assert (receipt.series, receipt.record_id, receipt.action) == ("receipt", row[0], "reprint")


def test_found_tag_is_released_while_held(site):
    clerk = site["ctxs"]["clerk"]
    row = clerk.db.conn.execute(
        "SELECT id, tag_no, status FROM found_items ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        pytest.skip("the demo registered no found item")
    target = scan.resolve_scan(clerk, row[1])
    assert target.series == "found_tag" and target.record_id == row[0]
    assert target.action == ("release" if row[2] == "held" else "open")


@pytest.mark.parametrize("code", ["D2026-999999", "ZZ-999", "X9-1"])
def test_unknown_codes_are_not_found(site, code):
    with pytest.raises((NotFound, ValidationError)):
        scan.resolve_scan(site["ctxs"]["clerk"], code)


def test_looks_like_code():
    assert scan.looks_like_code("d2026-000001") and scan.looks_like_code("U-001")
    assert not scan.looks_like_code("13800138000") and not scan.looks_like_code("Li Lei")
