"""Who may reveal a phone or erase a member, for every role (DOMAIN.md, People)."""
from __future__ import annotations

import itertools

import pytest

from services.members import members
from services.core import personal_data
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role
from tests.services.members.fixtures import receipt, resident_id, shop

_n = itertools.count(1)


def _member(ctx) -> int:
    """A fresh member enrolled by an admin, so each call has one to reveal or erase."""
    from tests.services.lending.test_lending_roles import _admin
    admin = ctx.signed_in_as(_admin(ctx))
    n = next(_n)
    row = ctx.db.conn.execute("SELECT id FROM shops LIMIT 1").fetchone()
    shop_id = row["id"] if row else shop(admin).id
    return members.enrol_member(admin, "测试会员", f"1391234{n:04d}", "resident",
                                resident_id(), receipt(shop_id, f"R-{n}", 50000)).member.id


PERSONAL_DATA_GUARDED = {
    "personal_data.reveal_phone": (Perm.REVEAL_PERSONAL, lambda ctx, s: personal_data.reveal_phone(
        ctx, "member", _member(ctx), "call the member back")),
    "personal_data.erase_member": (Perm.REVEAL_PERSONAL, lambda ctx, s: personal_data.erase_member(
        ctx, _member(ctx), "member asked in writing")),
}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(PERSONAL_DATA_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_personal_data_operation_by_role(name, role, role_ctx):
    perm, call = PERSONAL_DATA_GUARDED[name]
    ctx = role_ctx[role]
    if Role(role) in GRANTS[perm]:
        call(ctx, {})
    else:
        member_id = _member(ctx)
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            if name.endswith("reveal_phone"):
                personal_data.reveal_phone(ctx, "member", member_id, "call the member back")
            else:
                personal_data.erase_member(ctx, member_id, "member asked in writing")
        assert audit_count(ctx) == before
