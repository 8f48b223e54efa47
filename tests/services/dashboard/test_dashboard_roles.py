"""Who may read the dashboard and search for a visitor, for every role. The lead's GUARDED
table in test_roles.py picks these tables up as they are."""
from __future__ import annotations

import pytest

from services.dashboard import figures as dashboard
from services.visitors import search as visitor_search
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role

DASHBOARD_GUARDED = {
    "dashboard.dashboard": (Perm.COUNTER, lambda ctx, s: dashboard.dashboard(ctx)),
}
VISITOR_GUARDED = {
    "visitor_search.search_visitor": (Perm.COUNTER, lambda ctx, s: visitor_search.search_visitor(
        ctx, "13800138000")),
}
TABLE = {**DASHBOARD_GUARDED, **VISITOR_GUARDED}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(TABLE))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_dashboard_operation_by_role(name, role, role_ctx):
    perm, call = TABLE[name]
    ctx = role_ctx[role]
    if Role(role) in GRANTS[perm]:
        call(ctx, {})
    else:
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, {})
        assert audit_count(ctx) == before


def test_signed_out_is_refused(bare_ctx, admin_ctx):
    for name, (_, call) in TABLE.items():
        with pytest.raises(PermissionDenied):
            call(bare_ctx, {})


def test_table_covers_every_guarded_function():
    from tests.services.core.test_roles import guarded_functions
    mine = {f for f in guarded_functions() if f.split(".")[0] in ("dashboard", "visitor_search")}
    assert mine == set(TABLE)
