"""Who may do what in finance (ledger, hand-over, export, month locks), run as every role.
The lead's GUARDED table in test_roles.py picks FINANCE_GUARDED up as it is."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from services.reports import daily_ledger
from services.finance import handover
from services.reports import ledger_documents
from services.reports import month_export
from services.finance import month_lock
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Role

from services.core.permissions import Perm

DAY = date(2026, 3, 16)
_MADE: dict = {}


def _setup(ctx):
    """January locked and yesterday handed over by an admin, once per test database."""
    if _MADE.get("conn") is not ctx.db.conn:
        from tests.services.lending.test_lending_roles import _admin
        admin = ctx.signed_in_as(_admin(ctx))
        month_lock.lock_month(admin, "2026-01")
        voucher = handover.hand_over(admin, date(2026, 3, 15))
        _MADE.update(conn=ctx.db.conn, admin=admin, voucher=voucher)
    return _MADE["admin"]


def _voucher(ctx):
    _setup(ctx)
    return _MADE["voucher"]


def _out() -> Path:
    return Path(tempfile.mkdtemp()) / "month.xlsx"


FINANCE_GUARDED = {
    "daily_ledger.daily_ledger": (Perm.DAILY_LEDGER,
                                  lambda ctx, s: daily_ledger.daily_ledger(ctx, DAY)),
    "ledger_documents.daily_ledger_pdf": (Perm.DAILY_LEDGER, lambda ctx, s:
                                          ledger_documents.daily_ledger_pdf(ctx, DAY)),
    "handover.hand_over": (Perm.HANDOVER, lambda ctx, s: handover.hand_over(ctx, DAY)),
    "handover.handover_of": (Perm.HANDOVER, lambda ctx, s: handover.handover_of(ctx, DAY)),
    "ledger_documents.handover_pdf": (Perm.HANDOVER, lambda ctx, s:
                                      ledger_documents.handover_pdf(ctx, _voucher(ctx))),
    "month_export.export_month": (Perm.MONTH_EXPORT, lambda ctx, s:
                                  month_export.export_month(ctx, "2026-02", _out())),
    "month_lock.lock_month": (Perm.MONTH_LOCK,
                              lambda ctx, s: month_lock.lock_month(ctx, "2026-02")),
    "month_lock.unlock_month": (Perm.MONTH_UNLOCK, lambda ctx, s: (
        _setup(ctx), month_lock.unlock_month(ctx, "2026-01", "a receipt was keyed twice"))),
    "month_lock.month_locks": (Perm.DAILY_LEDGER, lambda ctx, s: month_lock.month_locks(ctx)),
}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(FINANCE_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_finance_operation_by_role(name, role, role_ctx):
    perm, call = FINANCE_GUARDED[name]
    ctx = role_ctx[role]
    _setup(ctx)
    if Role(role) in GRANTS[perm]:
        call(ctx, {})
    else:
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, {})
        assert audit_count(ctx) == before


def test_table_covers_every_guarded_finance_function():
    from tests.services.core.test_roles import guarded_functions
    mine = {f for f in guarded_functions() if f.split(".")[0] in (
        "daily_ledger", "handover", "ledger_documents", "month_export", "month_lock")}
    assert mine == set(FINANCE_GUARDED)
