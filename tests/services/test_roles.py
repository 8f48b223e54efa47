"""The role runner: every declared operation of every area, called as every role and as the
users a stale session may still carry (DOMAIN.md, People; docs/access.md).

The list comes from the declarations themselves (services.core.operations), so a new
operation is covered the moment it is written. The operation's body is stood in for by a
recorder: what is tested is the door (the declared right, checked against the users table on
each call), and a refused call never reaches the body, so it cannot change anything.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from services.admin import site, users
from services.core.context import AppContext, User
from services.core.database import open_database
from services.core.errors import PermissionDenied
from services.core.operations import declared_operations
from services.core.permissions import BEFORE_SIGN_IN, GRANTS, SIGNED_IN, Perm, Role
from tests.conftest import PASSWORD

OPERATIONS = declared_operations()


@pytest.fixture(scope="module")
def people(tmp_path_factory, request):
    """A context per role, and the users a session may hold after the admin changed them."""
    db = open_database(tmp_path_factory.mktemp("roles") / "desk.db")
    request.addfinalizer(db.close)
    bare = AppContext(db)
    admin = bare.signed_in_as(
        site.initialise(
            bare, site.SiteProfile(kind="mall", name="Role Mall", language="en"), "admin", PASSWORD
        )
    )
    ctxs = {"admin": admin}
    for role in ("clerk", "shift_lead", "supervisor"):
        ctxs[role] = admin.signed_in_as(users.add_user(admin, f"{role}1", role, PASSWORD))
    lead = users.add_user(admin, "demoted", "shift_lead", PASSWORD)
    users.change_role(admin, "demoted", "clerk")
    gone = users.add_user(admin, "gone", "admin", PASSWORD)
    users.set_active(admin, "gone", False)
    stale = {
        "demoted": admin.signed_in_as(lead),  # holds shift_lead in memory; clerk in the table
        "disabled": admin.signed_in_as(gone),  # disabled after signing in
        "ghost": admin.signed_in_as(User(999, "ghost", "", "admin")),  # in no table
        "renamed": admin.signed_in_as(replace(admin.user, username="someone-else")),
        "nobody": bare,
    }
    return ctxs, stale


def _call(fn, ctx, monkeypatch) -> bool:
    """True when the door let the call through to the (recorded) body."""
    reached = []
    monkeypatch.setattr(fn, "__wrapped__", lambda *a, **k: reached.append(a))
    try:
        fn(ctx)
    except PermissionDenied:
        return False
    assert reached, "the door returned without a refusal and without running the body"
    return True


def _may(permission, role: str) -> bool:
    if permission in (SIGNED_IN, BEFORE_SIGN_IN):
        return True
    return Role(role) in GRANTS[Perm(permission)]


def test_the_runner_finds_the_operations_of_every_area():
    areas = {name.split(".")[1] for name in OPERATIONS}
    assert {
        "admin",
        "lending",
        "shifts",
        "members",
        "lost_found",
        "sales",
        "invoices",
        "complaints",
        "care",
        "directory",
        "finance",
        "reports",
        "dashboard",
    } <= areas
    assert len(OPERATIONS) > 200


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_operation_as_every_role(name, people, monkeypatch):
    fn = OPERATIONS[name]
    ctxs, stale = people
    for role, ctx in ctxs.items():
        assert _call(fn, ctx, monkeypatch) is _may(fn.permission, role), (name, role)
    open_to_all = fn.permission == BEFORE_SIGN_IN
    for who in ("disabled", "ghost", "renamed", "nobody"):
        assert _call(fn, stale[who], monkeypatch) is open_to_all, (name, who)
    # the table's role counts, not the one held since sign-in
    assert _call(fn, stale["demoted"], monkeypatch) is _may(fn.permission, "clerk"), name
