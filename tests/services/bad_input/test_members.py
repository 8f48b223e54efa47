"""Bad input at the members' counter: enrolment, cards, points and rewards."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from services.members import ids as member_ids
from services.members import members
from services.members import points as member_points
from services.members import rewards as member_rewards
from services.members.rules import ShoppingReceipt
from services.shifts import shifts
from tests.services.bad_input.kinds import (
    COUNT,
    DAY,
    FEN,
    FLAG,
    ID,
    LIMIT,
    OFFSET,
    PHONE,
    QUERY,
    SIGNED,
    TEXT,
    choice,
    fine,
    limit,
    limited,
    optional,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

ID_TYPE = choice(*member_ids.ID_TYPES)
CARD = st.one_of(fine(st.just("M2026-000001")), QUERY)
"""A card number looked up: an unknown one finds no card."""


def _receipt(d, number, day, fen):
    return ShoppingReceipt(d["shop"], number, day, fen)


ENTRY_POINTS = {
    "members.enrol_member": entry(
        "clerk",
        lambda c, d, name, phone, id_type, number, no, fen: members.enrol_member(
            c, name, phone, id_type, number, _receipt(d, no, date(2026, 3, 16), fen)
        ),
        TEXT,
        PHONE,
        ID_TYPE,
        TEXT,
        TEXT,
        FEN,
    ),
    "members.find_members": entry(
        "clerk",
        lambda c, d, text, offset, limit_: members.find_members(c, text, offset, limit_),
        QUERY,
        OFFSET,
        limit(50),
    ),
    "members.list_members": entry(
        "clerk",
        lambda c, d, text, status, first, last, before: members.list_members(
            c, text, card_status=status, enrolled_from=first, enrolled_to=last, before_id=before
        ),
        QUERY,
        choice(*members.CARD_STATUS_LABELS),
        optional(DAY),
        optional(DAY),
        optional(ID),
    ),
    "members.report_card_lost": entry(
        "clerk", lambda c, d, card: members.report_card_lost(c, card), CARD
    ),
    "members.reissue_card": entry(
        "clerk",
        lambda c, d, card, id_type, number, method: members.reissue_card(
            c, card, id_type, number, method
        ),
        CARD,
        ID_TYPE,
        TEXT,
        choice(*shifts.METHODS),
    ),
    "members.get_member": entry("clerk", lambda c, d, n: members.get_member(c, n), ID),
    "members.member_cards": entry("clerk", lambda c, d, n: members.member_cards(c, n), ID),
    "member_points.credit_receipt": entry(
        "clerk",
        lambda c, d, no, day, fen: member_points.credit_receipt(
            c, d["card"], _receipt(d, no, day, fen)
        ),
        TEXT,
        DAY,
        FEN,
    ),
    "member_points.add_manual_points": entry(
        "clerk",
        lambda c, d, card, points, reason: member_points.add_manual_points(c, card, points, reason),
        CARD,
        SIGNED,
        limited(200),
    ),
    "member_points.redeem": entry(
        "clerk",
        lambda c, d, card, qty: member_points.redeem(c, card, d["reward"], qty),
        CARD,
        COUNT,
    ),
    "member_points.return_receipt": entry(
        "clerk",
        lambda c, d, shop, no, day, reason: member_points.return_receipt(c, shop, no, day, reason),
        ID,
        st.one_of(QUERY, fine(st.just("A-1"))),
        DAY,
        TEXT,
    ),
    "member_points.points_statement": entry(
        "clerk",
        lambda c, d, n, offset, limit_: member_points.points_statement(c, n, offset, limit_),
        ID,
        OFFSET,
        LIMIT,
    ),
    "member_rewards.add_reward": entry(
        "admin",
        lambda c, d, code, zh, en, cost, stock: member_rewards.add_reward(
            c, code, zh, en, cost, stock
        ),
        TEXT,
        TEXT,
        TEXT,
        COUNT,
        COUNT,
    ),
    "member_rewards.restock_reward": entry(
        "admin",
        lambda c, d, qty, reason: member_rewards.restock_reward(c, d["reward"], qty, reason),
        SIGNED,
        TEXT,
    ),
    "member_rewards.update_reward": entry(
        "admin",
        lambda c, d, n, cost, active: member_rewards.update_reward(
            c, n, points_cost=cost, active=active
        ),
        ID,
        optional(COUNT),
        optional(FLAG),
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
