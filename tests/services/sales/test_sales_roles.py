"""Who may do what with paid services and the price list, for every role (DOMAIN.md,
People). The lead's role table picks up SALES_GUARDED as it is."""
from __future__ import annotations

import itertools

import pytest

from services.sales import price_list
from services.sales import sales
from services.sales import documents as sales_documents
from services.shifts import shifts
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role

_n = itertools.count()
_MADE: dict = {}
DAY = __import__("datetime").date(2026, 3, 16)


def _setup(ctx):
    """Prices, an open shift and two receipts, made once by an admin on the database."""
    if _MADE.get("conn") is not ctx.db.conn:
        _MADE.update(conn=ctx.db.conn, made=_make(ctx))
    return _MADE["made"]


def _make(ctx):
    admin = ctx.signed_in_as(_admin(ctx))
    price_list.ensure_default_prices(admin)
    if shifts.current_shift(ctx.db) is None:
        shifts.open_shift(admin, {10000: 1})
    items = price_list.list_prices(admin)
    return {"admin": admin, "items": items,
            "sales": [sales.sell(admin, [(items[0].id, 1)], "cash") for _ in range(2)]}


def _admin(ctx):
    from services.core.context import User
    row = ctx.db.conn.execute("SELECT * FROM users WHERE role = 'admin'").fetchone()
    return User(row["id"], row["username"], row["display_name"], row["role"])


def _item(ctx):
    return _setup(ctx)["items"][0].id


SALES_GUARDED = {
    "price_list.list_prices": (Perm.COUNTER, lambda ctx, s: price_list.list_prices(ctx)),
    "price_list.get_price_item": (Perm.COUNTER,
                                  lambda ctx, s: price_list.get_price_item(ctx, _item(ctx))),
    "price_list.price_history": (Perm.COUNTER,
                                 lambda ctx, s: price_list.price_history(ctx, _item(ctx))),
    "price_list.add_price_item": (Perm.MANAGE_SETTINGS, lambda ctx, s: price_list.add_price_item(
        ctx, f"NEW{next(_n)}", "新服务", "New service", 100)),
    "price_list.change_price": (Perm.MANAGE_SETTINGS, lambda ctx, s: price_list.change_price(
        ctx, _item(ctx), 100 + next(_n))),
    "price_list.update_price_item": (Perm.MANAGE_SETTINGS,
                                     lambda ctx, s: price_list.update_price_item(
                                         ctx, _item(ctx), name_en=f"Renamed {next(_n)}")),
    "price_list.ensure_default_prices": (Perm.MANAGE_SETTINGS,
                                         lambda ctx, s: price_list.ensure_default_prices(ctx)),
    "sales.quote": (Perm.COUNTER, lambda ctx, s: sales.quote(ctx, [(_item(ctx), 2)])),
    "sales.sell": (Perm.COUNTER, lambda ctx, s: sales.sell(ctx, [(_item(ctx), 2)], "wechat")),
    "sales.void_sale": (Perm.VOID, lambda ctx, s: sales.void_sale(
        ctx, _setup(ctx)["sales"][0].receipt_no, "wrong service")),
    "sales.get_sale": (Perm.COUNTER, lambda ctx, s: sales.get_sale(
        ctx, _setup(ctx)["sales"][1].receipt_no)),
    "sales.list_receipts": (Perm.COUNTER, lambda ctx, s: sales.list_receipts(ctx, DAY, DAY)),
    "sales.count_receipts": (Perm.COUNTER, lambda ctx, s: sales.count_receipts(ctx, DAY, DAY)),
    "sales.sales_totals": (Perm.COUNTER, lambda ctx, s: sales.sales_totals(ctx, DAY, DAY)),
    "sales.income_by_service": (Perm.COUNTER,
                                lambda ctx, s: sales.income_by_service(ctx, DAY, DAY)),
    "sales_documents.receipt_pdf": (Perm.COUNTER, lambda ctx, s: sales_documents.receipt_pdf(
        ctx, _setup(ctx)["sales"][1].receipt_no)),
    "sales_documents.sales_register_pdf": (Perm.COUNTER,
                                           lambda ctx, s: sales_documents.sales_register_pdf(
                                               ctx, DAY, DAY)),
}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(SALES_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_sales_operation_by_role(name, role, role_ctx):
    perm, call = SALES_GUARDED[name]
    ctx = role_ctx[role]
    _setup(ctx)
    if Role(role) in GRANTS[perm]:
        call(ctx, {})
    else:
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, {})
        assert audit_count(ctx) == before


def test_table_covers_every_guarded_sales_function():
    from tests.services.core.test_roles import guarded_functions
    mine = {f for f in guarded_functions()
            if f.split(".")[0] in ("sales", "price_list", "sales_documents", "sales_demo")}
    assert mine - set(SALES_GUARDED) == set()
