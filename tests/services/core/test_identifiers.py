"""One canonical form for identifiers (issue 16, defect 6): full-width, NUL, zero-width and
case variants of one receipt number are one receipt for points and for invoicing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.core.errors import ValidationError
from services.core.identifiers import canonical_id, fold, normalise_phone
from services.directory import shops
from services.invoices import invoices
from services.invoices.invoices import InvoiceRefused, LineInput, SourceReceipt
from services.members import members
from services.members import points as member_points
from services.members.rules import MemberRefused
from tests.services.members.fixtures import receipt, resident_id

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"]
BASE = "SH-001A"


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@st.composite
def variants(draw, base: str = BASE) -> str:
    """The same paper receipt as typed by an IME, a scanner or a paste."""
    out = []
    for ch in base:
        if ch.isalpha() and draw(st.booleans()):
            ch = ch.lower()
        if draw(st.booleans()):
            ch = full_width(ch)
        out.append(ch)
        if draw(st.integers(0, 5)) == 0:
            out.append(draw(st.sampled_from(INVISIBLE)))
    text = "".join(out)
    tail = draw(st.sampled_from(["", "\x00", "\r\n", "\t", " ", "\u3000", "\x00\x00"]))
    head = draw(st.sampled_from(["", " ", "\u3000", "\ufeff"]))
    return head + text + tail


def test_canonical_form_examples():
    assert canonical_id("Ａ-１２３") == canonical_id("a-123\u200b") == "A-123"
    assert canonical_id("A-123\x00") == "A-123"
    assert canonical_id("  sh-001\r\n") == "SH-001"
    with pytest.raises(ValidationError, match="control character"):
        canonical_id("A-1\x0023")
    with pytest.raises(ValidationError, match="at most 64"):
        canonical_id("A" * 65)
    assert normalise_phone("１３８ ００１３\u200b ８０００") == "13800138000"


@given(st.text(max_size=30))
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@pytest.fixture
def card(role_ctx):
    s = shops.add_shop(role_ctx["admin"], "优衣库", "Uniqlo", unit="L1-001")
    made = members.enrol_member(
        role_ctx["clerk"],
        "王小明",
        "13800138000",
        "resident",
        resident_id(),
        receipt(s.id, "ENROL", 20000),
    )
    return {"card": made.member.card_no, "shop": s.id}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(variants(), min_size=2, max_size=4))
def test_variants_are_one_receipt_for_points(role_ctx, card, typed):
    clerk = role_ctx["clerk"]
    credited = 0
    for text in typed:
        try:
            member_points.credit_receipt(clerk, card["card"], receipt(card["shop"], text, 5000))
            credited += 1
        except MemberRefused as err:
            assert "only once" in err.render()
    rows = clerk.db.conn.execute(
        "SELECT receipt_no FROM point_receipts WHERE shop_id = ? AND receipt_no <> 'ENROL'",
        (card["shop"],),
    ).fetchall()
    # the first variant ever typed is credited; every later one is the same receipt
    assert credited <= 1 and [r[0] for r in rows] == [BASE]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(variants(), min_size=2, max_size=4))
def test_variants_are_one_receipt_for_invoicing(role_ctx, card, typed):
    clerk = role_ctx["clerk"]
    shop = shops.get_shop(clerk, card["shop"])
    issued = 0
    for text in typed:
        try:
            invoices.issue_invoice(
                clerk,
                buyer_kind="person",
                buyer_name="王女士",
                lines=[LineInput("Coat", 1, 5000, 13)],
                shop_id=shop.id,
                sources=[SourceReceipt(text, 5000)],
            )
            issued += 1
        except InvoiceRefused as err:
            assert "invoiced once" in err.render()
    rows = clerk.db.conn.execute(
        "SELECT receipt_no FROM invoice_sources WHERE shop_id = ? AND released = 0", (shop.id,)
    ).fetchall()
    assert issued <= 1 and [r[0] for r in rows] == [BASE]
