"""The visitor search: a phone finds everything of that visitor, a number finds its record."""

from __future__ import annotations

import pytest

from services.core.database import open_database
from services.core.errors import NotFound, ValidationError
from services.lending import loans as lending
from services.visitors import search as visitor_search
from tests.demo.test_dashboard_demo import VISITOR_PHONE, build_site


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("visitor") / "demo.db")
    made = build_site(db, days=3, seed=9)
    yield made
    db.close()


def _numbers(found, kind):
    return [h.number for h in found.group(kind)]


@pytest.mark.parametrize("typed", [VISITOR_PHONE, "139 1234 5678", "+86 139-1234-5678"])
def test_phone_finds_membership_loans_and_cases(site, typed):
    found = visitor_search.search_visitor(site["ctxs"]["clerk"], typed)
    assert found.phone_masked == "139****5678"
    member = found.group("member")[0]
    assert member.title == "周晓雯" and member.points == site["member"].balance
    assert site["loan"].slip_no in _numbers(found, "loan")
    assert site["case"].case_no in _numbers(found, "complaint")
    assert [k for k, _ in found.groups()][:2] == ["member", "loan"]


def test_phones_are_masked_everywhere(site):
    found = visitor_search.search_visitor(site["ctxs"]["clerk"], VISITOR_PHONE)
    for _, hits in found.groups():
        for hit in hits:
            assert VISITOR_PHONE not in repr(hit)
            assert hit.phone_masked in ("", "139****5678")
    assert VISITOR_PHONE not in repr(found)


def test_slip_number_finds_its_loan_and_its_visitor(site):
    clerk = site["ctxs"]["clerk"]
    slip = site["loan"].slip_no
    found = visitor_search.search_visitor(clerk, f"  {slip.lower()} ")
    assert found.document.kind == "loan" and found.document.number == slip
    assert found.document.state == "out" and found.document.code == site["loan"].item_code
    assert found.group("member")[0].title == "周晓雯"
    assert _numbers(found, "loan").count(slip) == 1


def test_returned_loan_shows_back(site):
    clerk = site["ctxs"]["clerk"]
    row = clerk.db.conn.execute(
        "SELECT l.slip_no FROM loans l JOIN loan_settlements s ON s.loan_id = l.id LIMIT 1"
    ).fetchone()
    found = visitor_search.search_visitor(clerk, row[0])
    assert found.document.state == "back"
    assert lending.get_loan(clerk, found.document.id).settled_at


def test_other_numbers(site):
    clerk = site["ctxs"]["clerk"]
    conn = clerk.db.conn
    case = visitor_search.search_visitor(clerk, site["case"].case_no)
    assert case.document.kind == "complaint" and case.phone_masked == "139****5678"
    card = visitor_search.search_visitor(clerk, site["member"].card_no)
    assert card.document.kind == "member" and site["loan"].slip_no in _numbers(card, "loan")
    receipt = conn.execute("SELECT receipt_no FROM sales LIMIT 1").fetchone()
    if receipt:
        sale = visitor_search.search_visitor(clerk, receipt[0])
        assert sale.document.kind == "receipt" and sale.document.amount_fen > 0
    tag = conn.execute("SELECT tag_no FROM found_items LIMIT 1").fetchone()
    if tag:
        item = visitor_search.search_visitor(clerk, tag[0])
        assert item.document.kind == "found_item"
    report = conn.execute("SELECT report_no, contact_phone FROM lost_reports LIMIT 1").fetchone()
    if report:
        found = visitor_search.search_visitor(clerk, report[0])
        assert found.document.kind == "lost_report"
        assert report[0] in _numbers(visitor_search.search_visitor(clerk, report[1]), "lost_report")
    invoice = conn.execute("SELECT invoice_no FROM invoices LIMIT 1").fetchone()
    if invoice:
        assert visitor_search.search_visitor(clerk, invoice[0]).document.kind == "invoice"


def test_unknown_number_and_bad_text_are_refused(site):
    clerk = site["ctxs"]["clerk"]
    with pytest.raises(NotFound) as caught:
        visitor_search.search_visitor(clerk, "D2026-999999")
    assert caught.value.params["number"] == "D2026-999999"
    for text in ("", "umbrella", "12"):
        with pytest.raises(ValidationError):
            visitor_search.search_visitor(clerk, text)


def test_unknown_phone_finds_nothing(site):
    found = visitor_search.search_visitor(site["ctxs"]["clerk"], "13000000001")
    assert found.empty and found.phone_masked == "130****0001"


def test_last_four_digits_and_name_offer_the_visitors_masked(site):
    clerk = site["ctxs"]["clerk"]
    by_digits = visitor_search.find_visitors(clerk, "5678")
    assert any(c.phone_masked == "139****5678" for c in by_digits)
    assert all(c.phone_masked.endswith("5678") for c in by_digits)
    assert "13912345678" not in repr(by_digits)
    by_name = visitor_search.find_visitors(clerk, "周晓")
    chosen = next(c for c in by_name if c.name == "周晓雯")
    found = visitor_search.search_chosen(clerk, chosen.token)
    assert found.phone_masked == "139****5678"
    assert site["loan"].slip_no in _numbers(found, "loan")


@pytest.mark.parametrize("token", ["", "nope:1", "member:x", "member:0", "member:99999999"])
def test_a_bad_pick_is_refused(site, token):
    with pytest.raises((ValidationError, NotFound)):
        visitor_search.search_chosen(site["ctxs"]["clerk"], token)
