"""Who may do what in the directory, answers and inquiry tally, for every role.

Answer editing is for supervisors and admins (Perm.EDIT_ANSWERS)."""
from __future__ import annotations

import itertools

import pytest

from services.directory import answers
from services.directory import guide as directory
from services.directory import documents as directory_documents
from services.directory import inquiries
from services.directory import shops
from services.core.errors import PermissionDenied
from services.core.permissions import GRANTS, Perm, Role

SUPERVISORS = Perm.EDIT_ANSWERS
_n = itertools.count()
_MADE: dict = {}


def _setup(ctx):
    """A shop, a facility, an answer and an inquiry, made once per test database."""
    if _MADE.get("conn") is not ctx.db.conn:
        _MADE.update(conn=ctx.db.conn, made=_make(ctx))
    return _MADE["made"]


def _make(ctx):
    from services.core.context import User
    row = ctx.db.conn.execute("SELECT * FROM users WHERE role = 'admin'").fetchone()
    admin = ctx.signed_in_as(User(row["id"], row["username"], row["display_name"], "admin"))
    shop = shops.add_shop(admin, "星巴克", "Starbucks", "L1-901", "L1", "餐饮")
    facility = directory.add_facility(admin, "atm", "L1")
    answer = answers.add_answer(admin, "parking", "停车", "首小时免费")
    return {"shop": shop, "facility": facility, "answer": answer}


def _take_back(ctx):
    return inquiries.take_back_inquiry(ctx, inquiries.record_inquiry(ctx, "other").id)


DIRECTORY_GUARDED = {
    "directory.search_directory": (Perm.COUNTER,
                                   lambda ctx, s: directory.search_directory(ctx, "xbk")),
    "directory.directory_floors": (Perm.COUNTER, lambda ctx, s: directory.directory_floors(ctx)),
    "directory.get_entry": (Perm.COUNTER, lambda ctx, s: directory.get_entry(
        ctx, _setup(ctx)["facility"].entry)),
    "directory.floor_entries": (Perm.COUNTER, lambda ctx, s: directory.floor_entries(ctx, "L1")),
    "directory.set_shop_details": (Perm.MANAGE_SETTINGS, lambda ctx, s:
                                   directory.set_shop_details(ctx, _setup(ctx)["shop"].id,
                                                              f"10:{next(_n) % 60:02d}-22:00")),
    "directory.add_facility": (Perm.MANAGE_SETTINGS,
                               lambda ctx, s: directory.add_facility(ctx, "lift", "L2")),
    "directory.set_facility_active": (Perm.MANAGE_SETTINGS, lambda ctx, s:
                                      directory.set_facility_active(
                                          ctx, _setup(ctx)["facility"].ref_id, True)),
    "directory_documents.floor_guide_pdf": (Perm.COUNTER, lambda ctx, s: (
        _setup(ctx), directory_documents.floor_guide_pdf(ctx, ["L1"]))),
    "answers.search_answers": (Perm.COUNTER, lambda ctx, s: answers.search_answers(ctx, "停车")),
    "answers.get_answer": (Perm.COUNTER,
                           lambda ctx, s: answers.get_answer(ctx, _setup(ctx)["answer"].id)),
    "answers.all_answers": (SUPERVISORS, lambda ctx, s: answers.all_answers(ctx)),
    "answers.add_answer": (SUPERVISORS,
                           lambda ctx, s: answers.add_answer(ctx, "other", "标题", "内容")),
    "answers.update_answer": (SUPERVISORS, lambda ctx, s: answers.update_answer(
        ctx, _setup(ctx)["answer"].id, "parking", "停车", f"首小时免费 {next(_n)}")),
    "inquiries.record_inquiry": (Perm.COUNTER,
                                 lambda ctx, s: inquiries.record_inquiry(ctx, "directions")),
    "inquiries.take_back_inquiry": (Perm.COUNTER, lambda ctx, s: _take_back(ctx)),
    "inquiries.inquiry_counts_by_hour": (Perm.COUNTER,
                                         lambda ctx, s: inquiries.inquiry_counts_by_hour(ctx)),
    "inquiries.day_tally": (Perm.COUNTER, lambda ctx, s: inquiries.day_tally(ctx)),
    "inquiries.recent_inquiries": (Perm.COUNTER,
                                   lambda ctx, s: inquiries.recent_inquiries(ctx)),
}


def audit_count(ctx) -> int:
    return ctx.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", sorted(DIRECTORY_GUARDED))
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_directory_operation_by_role(name, role, role_ctx):
    perm, call = DIRECTORY_GUARDED[name]
    ctx = role_ctx[role]
    _setup(ctx)
    if Role(role) in GRANTS[perm]:
        call(ctx, {})
    else:
        before = audit_count(ctx)
        with pytest.raises(PermissionDenied):
            call(ctx, {})
        assert audit_count(ctx) == before


def test_table_covers_every_guarded_directory_function():
    from tests.services.core.test_roles import guarded_functions
    mine = {f for f in guarded_functions() if f.split(".")[0] in
            ("directory", "directory_documents", "answers", "inquiries")}
    assert mine - set(DIRECTORY_GUARDED) == set()
