"""Every guarded service operation, called as every role: who is refused (DOMAIN.md, People).

A module that adds a guarded operation adds a row to GUARDED, or to a `*_GUARDED` table in
its own tests/services/test_<module>_roles.py; the last test fails when a service function
checks a permission but has no row in any table.
"""
from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from services.core import audit
from services.admin import backups
from services.admin import printer_test
from services.documents import printing
from services.directory import shops
from services.admin import site
from services.admin import users
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role
from tests.conftest import PASSWORD

_n = itertools.count()


def _unique() -> int:
    return next(_n)


# name -> (permission, call(ctx, setup) performing a valid operation)
GUARDED = {
    "users.add_user": (Perm.MANAGE_USERS,
                       lambda ctx, s: users.add_user(ctx, f"new{_unique()}", "clerk", PASSWORD)),
    "users.list_users": (Perm.MANAGE_USERS, lambda ctx, s: users.list_users(ctx)),
    "users.set_active": (Perm.MANAGE_USERS,
                         lambda ctx, s: users.set_active(ctx, "victim", False)),
    "users.change_role": (Perm.MANAGE_USERS,
                          lambda ctx, s: users.change_role(ctx, "victim", "supervisor")),
    "users.reset_password": (Perm.MANAGE_USERS,
                             lambda ctx, s: users.reset_password(ctx, "victim", "another-pass-1")),
    "site.update_profile": (Perm.MANAGE_SETTINGS, lambda ctx, s: site.update_profile(
        ctx, site.SiteProfile(name=f"Renamed {_unique()}", language="en"))),
    "site.put_setting": (Perm.MANAGE_SETTINGS,
                         lambda ctx, s: site.put_setting(ctx, "test.value", _unique())),
    "shops.add_shop": (Perm.MANAGE_SETTINGS,
                       lambda ctx, s: shops.add_shop(ctx, f"店铺{_unique()}")),
    "shops.update_shop": (Perm.MANAGE_SETTINGS, lambda ctx, s: shops.update_shop(
        ctx, s["shop"].id, phone=f"021-{_unique()}")),
    "shops.set_shop_active": (Perm.MANAGE_SETTINGS,
                              lambda ctx, s: shops.set_shop_active(ctx, s["shop"].id, False)),
    "shops.import_shops_csv": (Perm.MANAGE_SETTINGS, lambda ctx, s: shops.import_shops_csv(
        ctx, f"name_zh,unit\n导入{_unique()},I-{_unique()}\n")),
    "shops.get_shop": (Perm.COUNTER, lambda ctx, s: shops.get_shop(ctx, s["shop"].id)),
    "shops.active_shops": (Perm.COUNTER, lambda ctx, s: shops.active_shops(ctx)),
    "shops.search_shops": (Perm.COUNTER, lambda ctx, s: shops.search_shops(ctx, "测试")),
    "shops.count_shops": (Perm.COUNTER, lambda ctx, s: shops.count_shops(ctx, "测试")),
    "shops.known_floors": (Perm.COUNTER, lambda ctx, s: shops.known_floors(ctx)),
    "shops.known_categories": (Perm.COUNTER, lambda ctx, s: shops.known_categories(ctx)),
    "audit.list_rows": (Perm.VIEW_AUDIT, lambda ctx, s: audit.list_rows(ctx)),
    "backups.backup_to_file": (Perm.MANAGE_SETTINGS, lambda ctx, s: backups.backup_to_file(
        ctx, backups.backup_folder(ctx.db) / f"copy-{_unique()}.db")),
    "printing.record_print": (Perm.COUNTER, lambda ctx, s: printing.record_print(
        ctx, "receipt", f"R2026-{_unique():06d}", "printer")),
    "printing.prints_of": (Perm.COUNTER,
                           lambda ctx, s: printing.prints_of(ctx, "receipt", "R2026-000001")),
    "printer_test.printer_test_pdf": (Perm.COUNTER,
                                      lambda ctx, s: printer_test.printer_test_pdf(ctx, "receipt")),
}


@pytest.fixture
def setup(role_ctx):
    users.add_user(role_ctx["admin"], "victim", "clerk", PASSWORD)
    return {"shop": shops.add_shop(role_ctx["admin"], "测试店", unit="T-1")}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_guarded_operation_by_role(name, role, role_ctx, setup):
    perm, call = GUARDED[name]
    ctx = role_ctx[role]
    if Role(role) in GRANTS[perm]:
        call(ctx, setup)
    else:
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, setup)
        assert audit_count(ctx) == before


# the role tables still name modules as they were before the area packages
_OLD_NAMES = {'directory.answers': 'answers', 'core.audit': 'audit', 'admin.backups': 'backups', 'care.broadcasts': 'broadcasts', 'admin.business_hours': 'business_hours', 'core.clock': 'clock', 'complaints.documents': 'complaint_documents', 'complaints.summary': 'complaint_summary', 'complaints.cases': 'complaints', 'core.context': 'context', 'care.custody': 'custody', 'reports.daily_ledger': 'daily_ledger', 'dashboard.figures': 'dashboard', 'core.database': 'database', 'directory.guide': 'directory', 'directory.documents': 'directory_documents', 'core.errors': 'errors', 'care.first_aid': 'first_aid', 'finance.handover': 'handover', 'core.identifiers': 'identifiers', 'directory.inquiries': 'inquiries', 'invoices.documents': 'invoice_documents', 'invoices.invoices': 'invoices', 'reports.ledger_documents': 'ledger_documents', 'reports.ledger_sections': 'ledger_sections', 'lending.loans': 'lending', 'lending.documents': 'lending_documents', 'lending.items': 'lending_items', 'lost_found.items': 'lost_found', 'lost_found.claims': 'lost_found_claims', 'lost_found.documents': 'lost_found_documents', 'lost_found.matching': 'lost_found_match', 'lost_found.paging': 'lost_found_paging', 'lost_found.search': 'lost_found_search', 'members.documents': 'member_documents', 'members.ids': 'member_ids', 'members.points': 'member_points', 'members.rewards': 'member_rewards', 'members.rules': 'member_rules', 'members.members': 'members', 'core.money': 'money', 'reports.month_export': 'month_export', 'finance.month_lock': 'month_lock', 'core.numbering': 'numbers', 'care.paging': 'paging', 'core.paging_args': 'paging_args', 'admin.passwords': 'passwords', 'core.permissions': 'permissions', 'core.personal_data': 'personal_data', 'sales.price_list': 'price_list', 'admin.printer_test': 'printer_test', 'documents.printing': 'printing', 'sales.sales': 'sales', 'sales.documents': 'sales_documents', 'shifts.shifts': 'shifts', 'directory.shops': 'shops', 'admin.site': 'site', 'admin.users': 'users', 'core.validation': 'validation', 'visitors.search': 'visitor_search'}


def guarded_functions() -> set[str]:
    """module.function for every function in services/ that calls permissions.require."""
    found = set()
    root = Path(__file__).resolve().parents[3] / "services"
    for path in root.rglob("*.py"):
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        module = _OLD_NAMES.get(module, module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                            and call.func.attr == "require"):
                        found.add(f"{module}.{node.name}")
    # verify_password checks a second person's sign-off right; it changes nothing itself
    return found - {"permissions.require", "users.verify_password"}


def role_tables() -> dict:
    """This table and each module's own (a `*_GUARDED` dict in tests/services/test_*_roles.py,
    whose module runs it as every role the same way)."""
    import importlib
    tables = dict(GUARDED)
    for path in sorted(Path(__file__).parents[1].rglob("test_*_roles.py")):
        dotted = ".".join(path.relative_to(Path(__file__).parents[3]).with_suffix("").parts)
        module = importlib.import_module(dotted)
        for name, value in vars(module).items():
            if name.endswith("_GUARDED") and isinstance(value, dict):
                tables.update(value)
    return tables


def test_every_guarded_operation_is_in_a_role_table():
    assert guarded_functions() - set(role_tables()) == set()
