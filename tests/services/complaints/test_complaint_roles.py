"""Who may do what in complaints, the first-aid kit, paging and custody, for every role.
Forwarding and closing cases and printing the summary are for supervisors."""
from __future__ import annotations

import itertools
from datetime import date

import pytest

from services.complaints import documents as complaint_documents
from services.complaints import summary as complaint_summary
from services.complaints import cases as complaints
from services.care import custody
from services.care import first_aid
from services.care import paging
from services.admin import users
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role
from tests.conftest import PASSWORD

_n = itertools.count()
_MADE: dict = {}


def _setup(ctx):
    """A case in each useful state, a medicine and a held item, made once per database."""
    if _MADE.get("conn") is not ctx.db.conn:
        _MADE.update(conn=ctx.db.conn, made=_make(ctx))
    return _MADE["made"]


def _make(ctx):
    from services.core.context import User
    row = ctx.db.conn.execute("SELECT * FROM users WHERE role = 'admin'").fetchone()
    admin = ctx.signed_in_as(User(row["id"], row["username"], row["display_name"], "admin"))
    new = complaints.record_case(admin, "13800138000", "太吵", "service")
    forwarded = complaints.record_case(admin, "13800138001", "太冷", "facilities")
    complaints.forward_case(admin, forwarded.id, "operations")
    followed = complaints.record_case(admin, "13800138002", "太脏", "cleanliness")
    complaints.forward_case(admin, followed.id, "operations")
    complaints.start_case(admin, followed.id, "已联系")
    complaints.resolve_case(admin, followed.id, "已清洁")
    resolved = complaints.record_case(admin, "13800138003", "太慢", "service")
    complaints.forward_case(admin, resolved.id, "operations")
    handler = ctx.signed_in_as(users.add_user(admin, "handler", "clerk", PASSWORD))
    complaints.start_case(handler, resolved.id, "已联系")
    complaints.resolve_case(handler, resolved.id, "已处理")
    clerk_row = ctx.db.conn.execute("SELECT * FROM users WHERE role = 'clerk'").fetchone()
    clerk = ctx.signed_in_as(User(clerk_row["id"], clerk_row["username"], "", "clerk"))
    complaints.record_follow_up(clerk, followed.id, True, 5)
    med = first_aid.add_medicine(admin, "创可贴", "external", "片")
    first_aid.restock(admin, med.id, 50, "2027-01-01")
    held = custody.take_in(admin, "钥匙", "department", "保洁部", "王师傅")
    return {"new": new, "fwd": forwarded, "res": resolved, "med": med, "held": held,
            "follow": followed, "admin": admin}


COMPLAINT_GUARDED = {
    "complaints.record_case": (Perm.COUNTER, lambda ctx, s: complaints.record_case(
        ctx, "13800138000", "态度差", "service")),
    "complaints.forward_case": (Perm.ASSIGN_COMPLAINT, lambda ctx, s: complaints.forward_case(
        ctx, _setup(ctx)["new"].id, "security")),
    "complaints.start_case": (Perm.COUNTER, lambda ctx, s: complaints.start_case(
        ctx, _setup(ctx)["fwd"].id, "已联系顾客")),
    "complaints.resolve_case": (Perm.COUNTER, lambda ctx, s: (
        complaints.start_case(_setup(ctx)["admin"], _setup(ctx)["fwd"].id, "x"),
        complaints.resolve_case(ctx, _setup(ctx)["fwd"].id, "已处理"))),
    "complaints.record_follow_up": (Perm.COUNTER, lambda ctx, s: complaints.record_follow_up(
        ctx, _setup(ctx)["res"].id, True, 4)),
    "complaints.close_case": (Perm.ASSIGN_COMPLAINT, lambda ctx, s: complaints.close_case(
        ctx, _setup(ctx)["follow"].id, "结案")),
    "complaints.get_case": (Perm.COUNTER, lambda ctx, s: complaints.get_case(
        ctx, _setup(ctx)["new"].id)),
    "complaints.find_case": (Perm.COUNTER, lambda ctx, s: complaints.find_case(
        ctx, _setup(ctx)["new"].case_no)),
    "complaints.case_steps": (Perm.COUNTER, lambda ctx, s: complaints.case_steps(
        ctx, _setup(ctx)["fwd"].id)),
    "complaints.case_scan": (Perm.COUNTER, lambda ctx, s: complaints.case_scan(
        ctx, _setup(ctx)["new"].id)),
    "complaints.list_cases": (Perm.COUNTER, lambda ctx, s: complaints.list_cases(ctx)),
    "complaints.count_cases": (Perm.COUNTER, lambda ctx, s: complaints.count_cases(ctx)),
    "complaints.customer_history": (Perm.COUNTER, lambda ctx, s: complaints.customer_history(
        ctx, "13800138000")),
    "complaints.due_counts": (Perm.COUNTER, lambda ctx, s: complaints.due_counts(ctx)),
    "complaints.handled_by": (Perm.COUNTER, lambda ctx, s: complaints.handled_by(
        ctx, _setup(ctx)["res"].id)),
    "complaint_summary.summarise": (Perm.COUNTER, lambda ctx, s: complaint_summary.summarise(
        ctx, "month", date(2026, 3, 16))),
    "complaint_documents.case_record_pdf": (Perm.COUNTER, lambda ctx, s:
                                            complaint_documents.case_record_pdf(
                                                ctx, _setup(ctx)["new"].id)),
    "complaint_documents.summary_pdf": (Perm.ASSIGN_COMPLAINT, lambda ctx, s: (
        _setup(ctx), complaint_documents.summary_pdf(ctx, "week", date(2026, 3, 16)))),
    "first_aid.add_medicine": (Perm.COUNTER, lambda ctx, s: first_aid.add_medicine(
        ctx, f"纱布{next(_n)}", "equipment")),
    "first_aid.restock": (Perm.COUNTER, lambda ctx, s: first_aid.restock(
        ctx, _setup(ctx)["med"].id, 5, "2027-03-01")),
    "first_aid.record_use": (Perm.COUNTER, lambda ctx, s: first_aid.record_use(
        ctx, _setup(ctx)["med"].id, 1, description="擦伤")),
    "first_aid.discard": (Perm.COUNTER, lambda ctx, s: first_aid.discard(
        ctx, _setup(ctx)["med"].id, 1, "破损")),
    "first_aid.list_medicines": (Perm.COUNTER, lambda ctx, s: first_aid.list_medicines(ctx)),
    "first_aid.list_moves": (Perm.COUNTER, lambda ctx, s: first_aid.list_moves(ctx)),
    "custody.take_in": (Perm.COUNTER, lambda ctx, s: custody.take_in(
        ctx, "样品", "supplier", "招商部", "快递员")),
    "custody.hand_out": (Perm.COUNTER, lambda ctx, s: custody.hand_out(
        ctx, _setup(ctx)["held"].id, "保洁部 张")),
    "custody.list_items": (Perm.COUNTER, lambda ctx, s: custody.list_items(ctx)),
    "paging.page": (Perm.COUNTER, lambda ctx, s: paging.page(
        ctx, "item", "寻物", "Lost item", "顾客")),
    "paging.list_pages": (Perm.COUNTER, lambda ctx, s: paging.list_pages(ctx)),
}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(COMPLAINT_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_care_operation_by_role(name, role, role_ctx):
    perm, call = COMPLAINT_GUARDED[name]
    ctx = role_ctx[role]
    if Role(role) in GRANTS[perm]:
        _setup(ctx)
        call(ctx, {})
    else:
        _setup(ctx)
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, {})
        assert audit_count(ctx) == before


def test_table_covers_every_guarded_care_function():
    from tests.services.core.test_roles import guarded_functions
    mine = {f for f in guarded_functions() if f.split(".")[0] in (
        "complaints", "complaint_summary", "complaint_documents", "first_aid", "custody",
        "paging")}
    assert mine - set(COMPLAINT_GUARDED) == set()
