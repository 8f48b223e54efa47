"""Paging found items and lost reports by key (before_id: the last row shown) gives the same
rows as paging by offset, for a plain list, a long word (FTS5) and a short word (grams)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.core.errors import ValidationError
from services.lost_found import items as lost_found
from tests.services.lost_found.test_lost_found_helpers import T0, register


@pytest.mark.parametrize("text", ["", "umbrella", "雨伞"])
def test_found_items_by_key_are_the_pages_by_offset(role_ctx, text):
    clerk = role_ctx["clerk"]
    for n in range(23):
        register(
            clerk,
            description=f"黑色雨伞 black umbrella {n}" if n % 2 else f"蓝色钱包 wallet {n}",
            found_at=T0 - timedelta(minutes=n),
        )
    by_offset = [i.id for i in lost_found.search_found(clerk, text, limit=100)]
    by_key, last = [], None
    while True:
        page = lost_found.search_found(clerk, text, limit=5, before_id=last)
        if not page:
            break
        by_key += [i.id for i in page]
        last = page[-1].id
    assert by_key == by_offset and len(by_offset) >= 11


def test_lost_reports_by_key_and_a_bad_key_is_refused(role_ctx):
    clerk = role_ctx["clerk"]
    for n in range(7):
        lost_found.register_lost_report(
            clerk,
            description=f"红色围巾 scarf {n}",
            phone="13800138000",
            lost_from=T0 - timedelta(hours=3),
            lost_to=T0 - timedelta(hours=1),
        )
    every = [r.id for r in lost_found.search_reports(clerk, "scarf", limit=100)]
    first = lost_found.search_reports(clerk, "scarf", limit=3)
    rest = lost_found.search_reports(clerk, "scarf", limit=100, before_id=first[-1].id)
    assert [r.id for r in first + rest] == every
    with pytest.raises(ValidationError):
        lost_found.search_found(clerk, "", before_id=-3)
