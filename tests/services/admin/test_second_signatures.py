"""Four eyes and the lock: a second signature is another active person holding the role now;
a wrong sign-off password counts toward the sign-in lock and is audited; sign-in does the same
work whether or not the name exists; rights are read from the users table on every call."""

from __future__ import annotations

import json

import pytest

from services.admin import users
from services.admin.passwords import hash_password
from services.core.context import User
from services.core.errors import PermissionDenied, ValidationError
from services.core.permissions import Perm
from services.lending import items as lending_items
from services.lending import loans as lending
from services.lost_found import items as lost_found
from services.sales import price_list, sales
from services.shifts import shifts
from tests.conftest import PASSWORD
from tests.services.lost_found.test_lost_found_helpers import T0

FLOAT = {10000: 1}


def audit_rows(ctx, action: str) -> list[dict]:
    return [
        {**dict(r), "after": json.loads(r["after"]) if r["after"] else None}
        for r in ctx.db.conn.execute(
            "SELECT * FROM audit_log WHERE action = ? ORDER BY id", (action,)
        )
    ]


def user_row(ctx, username: str) -> dict:
    return dict(
        ctx.db.conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    )


@pytest.fixture
def short_drawer(role_ctx):
    """An open shift whose drawer is ¥100 short: above the ¥10 sign-off threshold."""
    shifts.open_shift(role_ctx["clerk"], FLOAT)
    return role_ctx


# --- defect 2: a lead signs off their own cash difference ------------------------------------
def test_a_shift_lead_cannot_sign_off_their_own_cash_difference(short_drawer):
    lead = short_drawer["shift_lead"]
    with pytest.raises(users.SignOffRefused, match="another person"):
        shifts.close_shift(lead, {}, "float missing", "shift_lead1", PASSWORD)
    assert shifts.current_shift(lead) is not None
    closed = shifts.close_shift(lead, {}, "float missing", "supervisor1", PASSWORD)
    assert closed.signed_off_by == "supervisor1"
    [signature] = audit_rows(lead, "user.sign_off")
    assert signature["username"] == "shift_lead1"  # who asked for it
    assert signature["after"] == {"signer": "supervisor1", "for": "close_shift"}


def test_a_disabled_or_demoted_signer_cannot_sign_off(short_drawer):
    admin, lead = short_drawer["admin"], short_drawer["shift_lead"]
    users.add_user(admin, "lead2", "shift_lead", PASSWORD)
    users.change_role(admin, "lead2", "clerk")
    with pytest.raises(PermissionDenied):
        shifts.close_shift(lead, {}, "float missing", "lead2", PASSWORD)
    users.change_role(admin, "lead2", "shift_lead")
    users.disable_user(admin, "lead2")
    with pytest.raises(users.SignOffRefused, match="disabled"):
        shifts.close_shift(lead, {}, "float missing", "lead2", PASSWORD)
    assert shifts.current_shift(lead) is not None


def test_found_cash_compensation_and_points_need_another_person(role_ctx):
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    # found cash: counted by two staff
    with pytest.raises(users.SignOffRefused, match="another person"):
        lost_found.register_found_item(
            clerk,
            category="cash",
            description="纸币",
            found_place="一楼",
            found_at=T0,
            hidden_detail="三张一百元",
            cash_fen=30000,
            cash_confirmer="clerk1",
            cash_confirmer_password=PASSWORD,
        )
    # compensation by a clerk: a lead signs, never the clerk themself
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 1)
    shifts.open_shift(clerk, FLOAT)
    loan = lending.lend_item(clerk, "U-001", "13800138000", "cash")
    with pytest.raises(users.SignOffRefused, match="another person"):
        lending.return_item(clerk, loan.id, "damaged", 1000, "torn", "clerk1", PASSWORD)
    settled = lending.return_item(clerk, loan.id, "damaged", 1000, "torn", "shift_lead1", PASSWORD)
    assert settled.forfeit_fen == 1000
    assert audit_rows(lead, "user.sign_off")[-1]["after"]["signer"] == "shift_lead1"


# --- defect 3: sign-off guesses lock the account and leave a trace --------------------------
def test_wrong_sign_off_passwords_lock_the_signer_and_are_audited(short_drawer):
    lead = short_drawer["shift_lead"]
    for _ in range(users.MAX_FAILED_SIGN_INS):
        with pytest.raises(ValidationError, match="sign-off name or password"):
            shifts.close_shift(lead, {}, "float missing", "supervisor1", "guess")
    failures = audit_rows(lead, "user.sign_off_failed")
    assert len(failures) == users.MAX_FAILED_SIGN_INS - 1
    assert all(
        r["username"] == "shift_lead1" and r["after"]["for"] == "close_shift" for r in failures
    )
    [locked] = audit_rows(lead, "user.locked")
    assert locked["after"]["for"] == "close_shift"
    assert user_row(lead, "supervisor1")["locked_until"]
    # the right password no longer helps, at sign-off or at sign-in
    with pytest.raises(users.SignInRefused, match="locked"):
        shifts.close_shift(lead, {}, "float missing", "supervisor1", PASSWORD)
    with pytest.raises(users.SignInRefused, match="locked"):
        users.sign_in(lead.signed_in_as(None), "supervisor1", PASSWORD)
    assert shifts.current_shift(lead) is not None


def test_sign_in_failures_and_sign_off_failures_share_one_count(short_drawer, bare_ctx):
    lead = short_drawer["shift_lead"]
    for _ in range(users.MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(users.SignInRefused):
            users.sign_in(bare_ctx, "supervisor1", "guess")
    with pytest.raises(ValidationError):
        shifts.close_shift(lead, {}, "float missing", "supervisor1", "guess")
    assert user_row(lead, "supervisor1")["locked_until"]


def test_an_unknown_sign_off_name_is_audited(short_drawer):
    lead = short_drawer["shift_lead"]
    with pytest.raises(ValidationError, match="sign-off name or password"):
        shifts.close_shift(lead, {}, "float missing", "nobody", "guess")
    [failure] = audit_rows(lead, "user.sign_off_failed")
    assert failure["entity_id"] is None and failure["username"] == "shift_lead1"


def test_sign_in_checks_a_password_whether_or_not_the_name_exists(role_ctx, bare_ctx, monkeypatch):
    """The same work either way (a time is never asserted): one password check, against a
    hash of the same cost as the stored ones."""
    checked: list[str] = []
    real = users.check_password

    def counting(password, stored):
        checked.append(stored)
        return real(password, stored)

    monkeypatch.setattr(users, "check_password", counting)
    for name in ("clerk1", "nobody-here"):
        with pytest.raises(users.SignInRefused, match="Wrong user name or password"):
            users.sign_in(bare_ctx, name, "wrong-password")
    known, unknown = checked
    assert len(checked) == 2
    cost = known.split("$")[:4]
    assert unknown.split("$")[:4] == cost == hash_password("x").split("$")[:4]


# --- defect 4: rights end at once --------------------------------------------------------------
def test_a_demoted_and_disabled_lead_cannot_void_from_the_session_they_have_open(role_ctx):
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    price_list.ensure_default_prices(admin)
    shifts.open_shift(clerk, FLOAT)
    copy = next(i for i in price_list.list_prices(clerk) if i.code == "COPY-A4")
    sale = sales.sell(clerk, [(copy.id, 1)], "cash", tendered_fen=100)
    users.change_role(admin, "shift_lead1", "clerk")
    with pytest.raises(PermissionDenied, match="Clerk"):
        sales.void_sale(lead, sale.receipt_no, "wrong service")
    users.change_role(admin, "shift_lead1", "shift_lead")
    users.disable_user(admin, "shift_lead1")
    with pytest.raises(PermissionDenied, match="disabled"):
        sales.void_sale(lead, sale.receipt_no, "wrong service")
    assert not sales.get_sale(clerk, sale.receipt_no).is_void


def test_a_user_held_only_in_memory_is_refused(role_ctx):
    clerk = role_ctx["clerk"]
    ghost = User(9999, "ghost", "Ghost", "supervisor")
    with pytest.raises(PermissionDenied):
        shifts.open_shift(clerk.signed_in_as(ghost), FLOAT)
    impostor = User(clerk.user.id, "clerk1", "Clerk", "admin")  # a role the table does not hold
    with pytest.raises(PermissionDenied):
        users.add_user(clerk.signed_in_as(impostor), "sneak", "admin", PASSWORD)


def test_a_demoted_lead_needs_a_sign_off_for_compensation(role_ctx):
    """The rule that asks for a second signature reads the role now, not the one in memory."""
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    umbrella = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, umbrella.id, 1)
    shifts.open_shift(clerk, FLOAT)
    loan = lending.lend_item(clerk, "U-001", "13800138000", "cash")
    users.change_role(admin, "shift_lead1", "clerk")
    with pytest.raises(PermissionDenied):
        lending.return_item(lead, loan.id, "damaged", 1000, "torn")
    assert lending.get_loan(clerk, loan.id).is_open


def test_no_second_signature_is_ones_own(role_ctx):
    """Every rule that asks for one goes through verify_password (points above the cap,
    compensation, found cash, a cash difference): the signed-in user never signs for
    themself, whatever their role."""
    supervisor = role_ctx["supervisor"]
    for perm in (Perm.POINTS_ABOVE_CAP, Perm.FORFEIT, Perm.COUNTER, Perm.CLOSE_SHIFT):
        with pytest.raises(users.SignOffRefused, match="another person"):
            users.verify_password(supervisor, "supervisor1", PASSWORD, perm)
    assert users.verify_password(supervisor, "admin", PASSWORD, Perm.POINTS_ABOVE_CAP)
