"""Who may issue, void and credit invoices, for every role (DOMAIN.md, People). The lead's
role table picks up INVOICES_GUARDED as it is."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from services.invoices import documents as invoice_documents
from services.invoices import invoices
from services.core.errors import PermissionDenied
from services.invoices.invoices import LineInput
from services.core.permissions import GRANTS, Perm, Role

_MADE: dict = {}
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _setup(ctx):
    """Two invoices of this month and one of February, made once by an admin."""
    if _MADE.get("conn") is not ctx.db.conn:
        _MADE.update(conn=ctx.db.conn, made=_make(ctx))
    return _MADE["made"]


def _make(ctx):
    from tests.services.sales.test_sales_roles import _admin
    admin = ctx.signed_in_as(_admin(ctx))
    clock = ctx.clock
    here = clock.at
    clock.at = datetime(2026, 2, 20, 2, 0, tzinfo=timezone.utc)
    old = _issue(admin)
    clock.at = here
    return {"old": old, "now": _issue(admin)}


def _issue(ctx):
    return invoices.issue_invoice(ctx, buyer_kind="person", buyer_name="王女士",
                                  lines=[LineInput("Coat", 2, 50000, 13)])


INVOICES_GUARDED = {
    "invoices.issue_invoice": (Perm.COUNTER, lambda ctx, s: _issue(ctx)),
    "invoices.void_invoice": (Perm.VOID, lambda ctx, s: invoices.void_invoice(
        ctx, _setup(ctx)["now"].invoice_no, "wrong buyer")),
    "invoices.issue_red_letter": (Perm.VOID, lambda ctx, s: invoices.issue_red_letter(
        ctx, _setup(ctx)["old"].invoice_no, "coat returned", {1: 1})),
    "invoices.get_invoice": (Perm.COUNTER, lambda ctx, s: invoices.get_invoice(
        ctx, _setup(ctx)["now"].invoice_no)),
    "invoices.red_letters_of": (Perm.COUNTER, lambda ctx, s: invoices.red_letters_of(
        ctx, _setup(ctx)["old"].invoice_no)),
    "invoices.list_invoices": (Perm.COUNTER, lambda ctx, s: invoices.list_invoices(ctx, *MARCH)),
    "invoices.count_invoices": (Perm.COUNTER,
                                lambda ctx, s: invoices.count_invoices(ctx, *MARCH)),
    "invoices.invoice_totals": (Perm.COUNTER,
                                lambda ctx, s: invoices.invoice_totals(ctx, *MARCH)),
    "invoice_documents.invoice_pdf": (Perm.COUNTER, lambda ctx, s: invoice_documents.invoice_pdf(
        ctx, _setup(ctx)["now"].invoice_no)),
    "invoice_documents.invoice_register_pdf": (
        Perm.COUNTER, lambda ctx, s: invoice_documents.invoice_register_pdf(ctx, *MARCH)),
}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(INVOICES_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_invoice_operation_by_role(name, role, role_ctx):
    perm, call = INVOICES_GUARDED[name]
    ctx = role_ctx[role]
    _setup(ctx)
    if Role(role) in GRANTS[perm]:
        call(ctx, {})
    else:
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, {})
        assert audit_count(ctx) == before


def test_table_covers_every_guarded_invoice_function():
    from tests.services.core.test_roles import guarded_functions
    mine = {f for f in guarded_functions()
            if f.split(".")[0] in ("invoices", "invoice_documents")}
    assert mine - set(INVOICES_GUARDED) == set()
