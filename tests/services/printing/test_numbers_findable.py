"""Every number a counter document prints is found by the visitor search (the field a
scanner types into), whatever its series: R, RF, D, L, CR, M, JF, C, FP, LR, V."""

from __future__ import annotations

import pytest

from services.core.database import open_database
from services.visitors.search import search_visitor
from tests.demo.test_dashboard_demo import build_site
from tests.services.printing.catalogue import counter_documents, sheet_documents


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("findable") / "demo.db")
    made = build_site(db, days=3, seed=4)
    from tests.services.printing.test_escpos_documents import issue_invoice

    issue_invoice(made["ctxs"]["clerk"])
    yield made
    db.close()


def test_every_visitor_document_number_is_found(demo):
    clerk = demo["ctxs"]["clerk"]
    db = clerk.db
    numbers = [
        p.number
        for p in counter_documents(db) + sheet_documents(db)
        if p.kind not in ("shift_report",)  # a Z-report is the desk's, not a visitor's
    ]
    lost = db.conn.execute("SELECT report_no FROM lost_reports ORDER BY id").fetchone()
    if lost:
        numbers.append(lost["report_no"])
    prefixes = {n.split("2")[0] for n in numbers}
    assert {"R", "RF", "D", "L", "CR", "M", "FP", "C", "V"} <= prefixes
    for number in numbers:
        found = search_visitor(clerk, number)
        assert found.document is not None, number
        if number.startswith("JF"):  # a redemption opens the member who redeemed
            assert found.document.kind == "member"
            continue
        if number.startswith("V"):  # a refund or compensation voucher opens its loan
            assert found.document.kind == "loan"
            assert search_visitor(clerk, number.lower()).document == found.document
            continue
        assert found.document.number == number, number
        # a scanner types lower case just as well
        assert search_visitor(clerk, number.lower()).document.number == number
