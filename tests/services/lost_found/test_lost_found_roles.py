"""Who may do what in lost and found and the broadcast log, for every role (DOMAIN.md,
People). The lead's GUARDED table in test_roles.py can take LOST_FOUND_GUARDED as it is."""
from __future__ import annotations

import pytest

from services.care import broadcasts
from services.lost_found import items as lost_found
from services.lost_found import claims as lost_found_claims
from services.lost_found import documents as lost_found_documents
from services.lost_found import matching as lost_found_match
from services.lost_found import paging as lost_found_paging
from services.core.context import User
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role
from tests.services.lost_found.test_lost_found_helpers import register, role_table_setup, signature_png

_MADE: dict = {}


def _setup(ctx):
    """A held item, one past its retention and a lost report, once per test database."""
    if _MADE.get("conn") is not ctx.db.conn:
        row = ctx.db.conn.execute("SELECT * FROM users WHERE role = 'admin'").fetchone()
        admin = ctx.signed_in_as(User(row["id"], row["username"], row["display_name"],
                                      row["role"]))
        _MADE.update(conn=ctx.db.conn, made=role_table_setup(admin))
    return _MADE["made"]


def _r(ctx, key: str) -> int:
    return _setup(ctx)["lf_" + {"old": "old_item"}.get(key, key)]


LOST_FOUND_GUARDED = {
    "lost_found.list_categories": (Perm.COUNTER, lambda ctx, s: lost_found.list_categories(ctx)),
    "lost_found.register_found_item": (Perm.COUNTER, lambda ctx, s: register(ctx)),
    "lost_found.register_lost_report": (Perm.COUNTER, lambda ctx, s: (
        lost_found.register_lost_report(ctx, description="雨伞", phone="13800138000",
                                        lost_from=ctx.clock.now(), lost_to=ctx.clock.now()))),
    "lost_found.get_found_item": (Perm.COUNTER, lambda ctx, s: (
        lost_found.get_found_item(ctx, _r(ctx, "item")))),
    "lost_found.find_by_tag": (Perm.COUNTER, lambda ctx, s: (
        _setup(ctx), lost_found.find_by_tag(ctx, "L2026-000001"))),
    "lost_found.item_photo": (Perm.COUNTER, lambda ctx, s: (
        lost_found.item_photo(ctx, _r(ctx, "item")))),
    "lost_found.get_lost_report": (Perm.COUNTER, lambda ctx, s: (
        lost_found.get_lost_report(ctx, _r(ctx, "report")))),
    "lost_found.search_found": (Perm.COUNTER, lambda ctx, s: lost_found.search_found(ctx, "钱包")),
    "lost_found.search_reports": (Perm.COUNTER, lambda ctx, s: lost_found.search_reports(ctx, "包")),
    "lost_found.hand_to_police": (Perm.COUNTER, lambda ctx, s: lost_found.hand_to_police(
        ctx, _r(ctx, "item"), "张警官", "南京路派出所")),
    "lost_found.dispose_item": (Perm.VOID, lambda ctx, s: lost_found.dispose_item(
        ctx, _r(ctx, "old"), "binned", "赵主管")),
    "lost_found.move_storage": (Perm.COUNTER, lambda ctx, s: (
        lost_found.move_storage(ctx, _r(ctx, "item"), "B-2"))),
    "lost_found.reveal_report_phone": (Perm.REVEAL_PERSONAL, lambda ctx, s: (
        lost_found.reveal_report_phone(ctx, _r(ctx, "report")))),
    "lost_found.due_for_action": (Perm.COUNTER, lambda ctx, s: lost_found.due_for_action(ctx)),
    "lost_found_match.matches_for_report": (Perm.COUNTER, lambda ctx, s: (
        lost_found_match.matches_for_report(ctx, _r(ctx, "report")))),
    "lost_found_match.reports_for_item": (Perm.COUNTER, lambda ctx, s: (
        lost_found_match.reports_for_item(ctx, _r(ctx, "item")))),
    "lost_found_match.link_report": (Perm.COUNTER, lambda ctx, s: (
        lost_found_match.link_report(ctx, _r(ctx, "report"), _r(ctx, "item")))),
    "lost_found_claims.check_detail": (Perm.COUNTER, lambda ctx, s: (
        lost_found_claims.check_detail(ctx, _r(ctx, "item"), "LY520"))),
    "lost_found_claims.claim_item": (Perm.COUNTER, lambda ctx, s: lost_found_claims.claim_item(
        ctx, _r(ctx, "item"), claimant_name="李雷", id_type="passport", id_number="E12345678",
        phone="13700137000", description="黑色钱包", description_confirmed=True,
        detail_answer="LY520", signature_png=signature_png())),
    "lost_found_claims.get_claim": (Perm.COUNTER, lambda ctx, s: (
        lost_found_claims.get_claim(ctx, _r(ctx, "item")))),
    "lost_found_claims.claim_signature": (Perm.COUNTER, lambda ctx, s: (
        lost_found_claims.claim_signature(ctx, _r(ctx, "item")))),
    "lost_found_documents.found_items_csv": (Perm.COUNTER, lambda ctx, s: (
        lost_found_documents.found_items_csv(ctx))),
    "lost_found_paging.broadcast_text": (Perm.COUNTER, lambda ctx, s: (
        lost_found_paging.broadcast_text(ctx, "lost", _r(ctx, "report")))),
    "broadcasts.record_broadcast": (Perm.COUNTER, lambda ctx, s: broadcasts.record_broadcast(
        ctx, "请注意", "Attention please", "test", "王女士", 2)),
    "broadcasts.list_broadcasts": (Perm.COUNTER, lambda ctx, s: broadcasts.list_broadcasts(ctx)),
}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(LOST_FOUND_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_lost_found_operation_by_role(name, role, role_ctx):
    perm, call = LOST_FOUND_GUARDED[name]
    ctx = role_ctx[role]
    if Role(role) in GRANTS[perm]:
        call(ctx, {})
    else:
        _setup(ctx)
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, {})
        assert audit_count(ctx) == before


def test_table_covers_every_guarded_lost_found_function():
    from tests.services.core.test_roles import guarded_functions
    mine = {f for f in guarded_functions() if f.split(".")[0].startswith("lost_found")
            or f.startswith("broadcasts.")}
    assert mine - set(LOST_FOUND_GUARDED) == set()
