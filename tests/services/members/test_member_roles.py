"""Who may do what with members, for every role (DOMAIN.md, People). The lead's GUARDED
table in test_roles.py can take MEMBER_GUARDED as it is."""
from __future__ import annotations

import itertools
from datetime import date

import pytest

from services.members import documents as member_documents
from services.members import points as member_points
from services.members import rewards as member_rewards
from services.members import rules as member_rules
from services.members import members
from services.shifts import shifts
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role
from tests.services.members.fixtures import receipt, resident_id

_MADE: dict = {}
_n = itertools.count(1)


def _setup(ctx):
    """A shop, an open shift, two members and a gift, made once per test database."""
    if _MADE.get("conn") is not ctx.db.conn:
        _MADE.update(conn=ctx.db.conn, made=_make(ctx))
    return _MADE["made"]


def _make(ctx):
    from services.directory import shops
    from services.core.context import User
    row = ctx.db.conn.execute("SELECT * FROM users WHERE role = 'admin'").fetchone()
    admin = ctx.signed_in_as(User(row["id"], row["username"], row["display_name"], row["role"]))
    shop = shops.add_shop(admin, "会员测试店", unit="M-1")
    if shifts.current_shift(ctx.db) is None:
        shifts.open_shift(admin, {10000: 1})
    made = {"shop": shop.id, "ids": {}}
    for n in range(8):
        number = resident_id(seq=f"{n + 100:03d}")
        m = members.enrol_member(admin, f"会员{n}", f"1370000{n:04d}", "resident", number,
                                 receipt(shop.id, f"ROLE-E{n}", 50000)).member
        made["ids"][m.card_no] = number
    made["cards"] = list(made["ids"])
    made["member"] = members.find_members(admin, made["cards"][0])[0].id
    made["gift"] = member_rewards.add_reward(admin, "ROLE-G", "礼品", "Gift", 1, 100).id
    made["redemption"] = member_points.redeem(admin, made["cards"][3], made["gift"]).id
    made["reissued"] = members.reissue_card(admin, made["cards"][5], "resident",
                                            made["ids"][made["cards"][5]]).new_card_no
    return made


def _next_card(ctx) -> str:
    return _setup(ctx)["cards"][next(_n) % 8]


def _reissue(ctx):
    made = _setup(ctx)
    card = members.find_members(ctx, made["cards"][7])[0].card_no
    number = made["ids"][made["cards"][7]]
    return members.reissue_card(ctx, card, "resident", number)


MEMBER_GUARDED = {
    "members.enrol_member": (Perm.COUNTER, lambda ctx, s: members.enrol_member(
        ctx, "新会员", f"1360000{next(_n):04d}", "resident", resident_id(),
        receipt(_setup(ctx)["shop"], f"ROLE-N{next(_n)}", 50000))),
    "members.find_members": (Perm.COUNTER, lambda ctx, s: members.find_members(ctx, "会员")),
    "members.get_member": (Perm.COUNTER,
                           lambda ctx, s: members.get_member(ctx, _setup(ctx)["member"])),
    "members.member_cards": (Perm.COUNTER,
                             lambda ctx, s: members.member_cards(ctx, _setup(ctx)["member"])),
    "members.report_card_lost": (Perm.COUNTER, lambda ctx, s: members.report_card_lost(
        ctx, members.find_members(ctx, _setup(ctx)["cards"][6])[0].card_no)),
    "members.reissue_card": (Perm.COUNTER, lambda ctx, s: _reissue(ctx)),
    "member_points.credit_receipt": (Perm.COUNTER, lambda ctx, s: member_points.credit_receipt(
        ctx, _setup(ctx)["cards"][0], receipt(_setup(ctx)["shop"], f"ROLE-C{next(_n)}", 1000))),
    "member_points.return_receipt": (Perm.COUNTER, lambda ctx, s: member_points.return_receipt(
        ctx, _setup(ctx)["shop"], f"ROLE-E{next(_n) % 5}", date(2026, 3, 16))),
    "member_points.add_manual_points": (Perm.COUNTER, lambda ctx, s:
                                        member_points.add_manual_points(
                                            ctx, _setup(ctx)["cards"][1], 1, "missed receipt")),
    "member_points.redeem": (Perm.COUNTER, lambda ctx, s: member_points.redeem(
        ctx, _setup(ctx)["cards"][2], _setup(ctx)["gift"])),
    "member_points.expire_points": (Perm.COUNTER,
                                    lambda ctx, s: member_points.expire_points(ctx)),
    "member_points.points_statement": (Perm.COUNTER, lambda ctx, s:
                                       member_points.points_statement(ctx,
                                                                      _setup(ctx)["member"])),
    "member_rewards.list_rewards": (Perm.COUNTER,
                                    lambda ctx, s: member_rewards.list_rewards(ctx)),
    "member_rewards.add_reward": (Perm.MANAGE_SETTINGS, lambda ctx, s: member_rewards.add_reward(
        ctx, f"G{next(_n)}", "礼品", "Gift", 10)),
    "member_rewards.update_reward": (Perm.MANAGE_SETTINGS, lambda ctx, s:
                                     member_rewards.update_reward(ctx, _setup(ctx)["gift"],
                                                                  points_cost=2)),
    "member_rewards.restock_reward": (Perm.MANAGE_SETTINGS, lambda ctx, s:
                                      member_rewards.restock_reward(ctx, _setup(ctx)["gift"], 5)),
    "member_documents.card_confirmation_pdf": (
        Perm.COUNTER, lambda ctx, s: member_documents.card_confirmation_pdf(
            ctx, _setup(ctx)["cards"][0])),
    "member_documents.redemption_receipt_pdf": (
        Perm.COUNTER, lambda ctx, s: member_documents.redemption_receipt_pdf(
            ctx, _setup(ctx)["redemption"])),
    "member_documents.reissue_fee_receipt_pdf": (
        Perm.COUNTER, lambda ctx, s: member_documents.reissue_fee_receipt_pdf(
            ctx, _setup(ctx)["reissued"])),
    "member_rules.update_rules": (Perm.MANAGE_SETTINGS, lambda ctx, s: member_rules.update_rules(
        ctx, member_rules.MemberRules(reissue_fee_fen=500))),
}


def _audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(MEMBER_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_member_operation_by_role(name, role, role_ctx):
    perm, call = MEMBER_GUARDED[name]
    ctx = role_ctx[role]
    _setup(ctx)
    if Role(role) in GRANTS[perm]:
        call(ctx, None)
    else:
        before = _audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, None)
        assert _audit_count(ctx) == before
