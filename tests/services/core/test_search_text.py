"""User text never acts as a wildcard or a query operator (issue 16, defect 9): % and _ in
the complaint and audit searches find only themselves; FTS operators read as words."""

from __future__ import annotations

import pytest

from services.complaints import cases
from services.core import audit
from services.lost_found import items as lost_found


@pytest.fixture
def two_cases(role_ctx):
    clerk = role_ctx["clerk"]
    category = cases.categories(clerk)[0]
    plain = cases.record_case(clerk, "13800138000", "厕所没有纸", category)
    percent = cases.record_case(clerk, "13900139000", "打折标签写着 50% off_sale", category)
    return plain, percent


@pytest.mark.parametrize("typed", ["%", "_", "%%", "\\", "%纸"])
def test_wildcards_in_a_complaint_search_match_only_themselves(role_ctx, two_cases, typed):
    plain, percent = two_cases
    found = {c.case_no for c in cases.list_cases(role_ctx["supervisor"], text=typed)}
    expected = {
        c.case_no
        for c in two_cases
        if typed in cases.find_case(role_ctx["supervisor"], c.case_no).text
    }
    assert found == expected
    assert plain.case_no not in found or typed in "厕所没有纸"


def test_literal_percent_finds_its_case(role_ctx, two_cases):
    _, percent = two_cases
    found = [c.case_no for c in cases.list_cases(role_ctx["supervisor"], text="50%")]
    assert found == [percent.case_no]


def test_wildcards_in_the_audit_search_match_only_themselves(role_ctx, two_cases):
    supervisor = role_ctx["supervisor"]
    everything = audit.list_rows(supervisor, limit=500)
    assert everything  # the cases and the users were audited
    for typed in ("%", "_", "%_%"):
        rows = audit.list_rows(supervisor, text=typed, limit=500)
        assert all(
            typed in r["action"] or typed in r["username"] or r["entity_id"] == typed for r in rows
        ), typed
    # an underscore that is really there is still found
    assert audit.list_rows(supervisor, text="shift_lead1", limit=500) or not any(
        r["username"] == "shift_lead1" for r in everything
    )


def test_fts_operators_in_a_found_item_search_read_as_words(role_ctx):
    clerk = role_ctx["clerk"]
    for typed in ("umbrella OR wallet", "NEAR(a b)", '"', "*", "description:x", "a AND"):
        assert lost_found.search_found(clerk, typed) == []
