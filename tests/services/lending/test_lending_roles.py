"""Who may do what in lending and shifts, for every role (DOMAIN.md, People). The lead's
GUARDED table in test_roles.py can take LENDING_GUARDED as it is."""
from __future__ import annotations

import pytest

from services.lending import loans as lending
from services.lending import documents as lending_documents
from services.lending import items as lending_items
from services.shifts import shifts
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role


_MADE: dict = {}


def _setup(ctx):
    """An open shift, free items and a loan out, made once by an admin on the database."""
    if _MADE.get("conn") is not ctx.db.conn:  # a new test's database
        _MADE.update(conn=ctx.db.conn, made=_make(ctx))
    return _MADE["made"]


def _make(ctx):
    admin = ctx.signed_in_as(_admin(ctx))
    kinds = lending_items.list_kinds(admin)
    if not lending_items.list_items(admin):
        lending_items.add_items(admin, kinds[0].id, 5)
    if shifts.current_shift(ctx.db) is None:
        shifts.open_shift(admin, {10000: 1})
    free = [i["code"] for i in lending_items.list_items(admin) if i["state"] == "in"]
    return admin, lending.lend_item(admin, free[0], "13800138000", "cash"), free[1:]


def _close(ctx):
    _setup(ctx)
    figures = shifts.cash_figures(ctx.db, shifts.current_shift(ctx.db))
    return shifts.close_shift(ctx, {10: figures.expected_fen // 10})


def _admin(ctx):
    from services.core.context import User
    row = ctx.db.conn.execute("SELECT * FROM users WHERE role = 'admin'").fetchone()
    return User(row["id"], row["username"], row["display_name"], row["role"])



LENDING_GUARDED = {
    "lending.scan": (Perm.COUNTER, lambda ctx, s: lending.scan(ctx, _setup(ctx)[2][0])),
    "lending.lend_item": (Perm.COUNTER, lambda ctx, s: lending.lend_item(
        ctx, _setup(ctx)[2][0], "13900139000", "cash")),
    "lending.return_item": (Perm.COUNTER,
                            lambda ctx, s: lending.return_item(ctx, _setup(ctx)[1].id)),
    "lending.find_loan": (Perm.COUNTER, lambda ctx, s: lending.find_loan(ctx, "13800138000")),
    "lending.get_loan": (Perm.COUNTER, lambda ctx, s: lending.get_loan(ctx, _setup(ctx)[1].id)),
    "lending.outstanding": (Perm.COUNTER, lambda ctx, s: lending.outstanding(ctx)),
    "lending.held_totals": (Perm.COUNTER, lambda ctx, s: lending.held_totals(ctx)),
    "lending_items.list_kinds": (Perm.COUNTER, lambda ctx, s: lending_items.list_kinds(ctx)),
    "lending_items.list_items": (Perm.COUNTER, lambda ctx, s: lending_items.list_items(ctx)),
    "lending_items.add_kind": (Perm.MANAGE_SETTINGS, lambda ctx, s: lending_items.add_kind(
        ctx, "powerbank", "P", "充电宝", "Power bank", 5000, 120)),
    "lending_items.update_kind": (Perm.MANAGE_SETTINGS, lambda ctx, s: lending_items.update_kind(
        ctx, lending_items.list_kinds(_setup(ctx)[0])[0].id, deposit_fen=6000)),
    "lending_items.add_items": (Perm.MANAGE_SETTINGS, lambda ctx, s: lending_items.add_items(
        ctx, lending_items.list_kinds(_setup(ctx)[0])[0].id, 1)),
    "lending_items.retire_item": (Perm.FORFEIT, lambda ctx, s: lending_items.retire_item(
        ctx, _setup(ctx)[2][0], "broken")),
    "lending_items.set_desk_rules": (Perm.MANAGE_SETTINGS,
                                     lambda ctx, s: lending_items.set_desk_rules(ctx, "21:00",
                                                                                 500)),
    "shifts.open_shift": (Perm.COUNTER, lambda ctx, s: shifts.open_shift(ctx, {100: 1},
                                                                           desk="second")),
    "shifts.recent_shifts": (Perm.COUNTER, lambda ctx, s: shifts.recent_shifts(ctx)),
    "shifts.movements": (Perm.COUNTER, lambda ctx, s: shifts.movements(ctx, 1)),
    "shifts.check_close": (Perm.CLOSE_SHIFT,
                           lambda ctx, s: (_setup(ctx), shifts.check_close(ctx, {}))),
    "shifts.close_shift": (Perm.CLOSE_SHIFT, lambda ctx, s: _close(ctx)),
    "shifts.shift_report": (Perm.COUNTER,
                            lambda ctx, s: (_setup(ctx), shifts.shift_report(ctx, 1))),
    "lending_documents.deposit_slip_pdf": (Perm.COUNTER, lambda ctx, s:
                                           lending_documents.deposit_slip_pdf(
                                               ctx, _setup(ctx)[1].id)),
    "lending_documents.item_labels_pdf": (Perm.COUNTER, lambda ctx, s:
                                          lending_documents.item_labels_pdf(ctx, ["U-001"])),
}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(LENDING_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_lending_operation_by_role(name, role, role_ctx):
    perm, call = LENDING_GUARDED[name]
    ctx = role_ctx[role]
    allowed = Role(role) in GRANTS[perm] or (name == "lending_items.retire_item"
                                             and role == "admin")
    if allowed:
        call(ctx, {})
    else:
        _setup(ctx)
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, {})
        assert audit_count(ctx) == before


def test_table_covers_every_guarded_lending_function():
    from tests.services.core.test_roles import guarded_functions
    mine = {f for f in guarded_functions()
            if f.split(".")[0] in ("lending", "lending_items", "shifts", "lending_documents")}
    assert mine - set(LENDING_GUARDED) == set()
