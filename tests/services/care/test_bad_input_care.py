"""Bad input for complaints, the first-aid kit, held items and paging (issue 10, point 5):
arbitrary text, numbers and bytes either succeed or are refused with a DomainError that
leaves the database unchanged."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import strategies as st

from services.care import broadcasts
from services.complaints import summary as complaint_summary
from services.complaints import cases as complaints
from services.care import custody
from services.care import first_aid
from services.care import paging
from services.directory import shops
from tests.services.core.test_bad_input import DAY, NUM, TEXT, check_entry_point

ID = st.one_of(NUM, st.integers(1, 3))
PHONE = st.one_of(TEXT, st.just("13800138000"))
CATEGORY = st.one_of(TEXT, st.sampled_from(list(complaints.CATEGORY_LABELS)))
CASE_KIND = st.one_of(TEXT, st.sampled_from(list(complaints.KIND_LABELS)))
CHANNEL = st.one_of(TEXT, st.sampled_from(list(complaints.CHANNEL_LABELS)))
FORM = st.one_of(TEXT, st.sampled_from(list(complaints.FORM_LABELS)))
DEPARTMENT = st.one_of(TEXT, st.sampled_from(list(complaints.DEPARTMENT_LABELS)))
SCAN = st.one_of(st.none(), st.binary(max_size=40), st.just(b"\x89PNG\r\n"))
MED_KIND = st.one_of(TEXT, st.sampled_from(list(first_aid.KIND_LABELS)))
OWNER = st.one_of(TEXT, st.sampled_from(list(custody.OWNER_LABELS)))
PAGE_KIND = st.one_of(TEXT, st.sampled_from(list(paging.KIND_LABELS)))
PERIOD = st.one_of(TEXT, st.sampled_from(["week", "month"]))
EXPIRES = st.one_of(TEXT, st.just("2027-06-30"), st.just("2026-13-45"))
SCORE = st.one_of(NUM, st.integers(1, 5))


@pytest.fixture
def care_desk(role_ctx):
    """A complaint case, a medicine with stock, a held item and a shop."""
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    shops.add_shop(admin, "优衣库", "UNIQLO", unit="L2-010")
    case = complaints.record_case(clerk, "13800138000", "收银员态度差", "service")
    medicine = first_aid.add_medicine(clerk, "创可贴", "external", "片")
    first_aid.restock(clerk, medicine.id, 20, "2027-06-30")
    held = custody.take_in(clerk, "样品一箱", "supplier", "招商部 李经理", "顺丰快递员")
    return {"case": case.id, "case_no": case.case_no, "medicine": medicine.id,
            "held": held.id, **role_ctx}


ENTRY_POINTS = {
    "complaints.record_case": (
        "clerk", lambda c, d, phone, text, cat, kind, channel, form, name, shop, area, scan:
        complaints.record_case(c, phone, text, cat, kind=kind, channel=channel, form=form,
                               name=name, shop_id=shop, area=area, scan=scan),
        (PHONE, TEXT, CATEGORY, CASE_KIND, CHANNEL, FORM, TEXT, st.one_of(st.none(), ID), TEXT,
         SCAN)),
    "complaints.forward_case": ("supervisor", lambda c, d, n, to, note:
                                complaints.forward_case(c, n, to, note), (ID, DEPARTMENT, TEXT)),
    "complaints.start_case": ("clerk", lambda c, d, n, note: complaints.start_case(c, n, note),
                              (ID, TEXT)),
    "complaints.resolve_case": ("clerk", lambda c, d, n, note:
                                complaints.resolve_case(c, n, note), (ID, TEXT)),
    "complaints.record_follow_up": ("shift_lead", lambda c, d, n, reached, score, comment:
                                    complaints.record_follow_up(c, n, reached, score, comment),
                                    (ID, st.one_of(st.booleans(), NUM), SCORE, TEXT)),
    "complaints.close_case": ("supervisor", lambda c, d, n, note:
                              complaints.close_case(c, n, note), (ID, TEXT)),
    "complaints.get_case": ("clerk", lambda c, d, n: complaints.get_case(c, n), (ID,)),
    "complaints.find_case": ("clerk", lambda c, d, no: complaints.find_case(c, no), (TEXT,)),
    "complaints.case_steps": ("clerk", lambda c, d, n: complaints.case_steps(c, n), (ID,)),
    "complaints.case_scan": ("clerk", lambda c, d, n: complaints.case_scan(c, n), (ID,)),
    "complaints.list_cases": ("clerk", lambda c, d, status, text, offset, limit:
                              complaints.list_cases(c, status=status, text=text, offset=offset,
                                                    limit=limit), (TEXT, TEXT, NUM, NUM)),
    "complaints.count_cases": ("clerk", lambda c, d, status, text:
                               complaints.count_cases(c, status=status, text=text),
                               (TEXT, TEXT)),
    "complaints.customer_history": ("clerk", lambda c, d, phone:
                                    complaints.customer_history(c, phone), (PHONE,)),
    "complaints.handled_by": ("clerk", lambda c, d, n: complaints.handled_by(c, n), (ID,)),
    "complaint_summary.summarise": ("clerk", lambda c, d, period, day:
                                    complaint_summary.summarise(c, period, day),
                                    (PERIOD, st.one_of(DAY, st.just(date(2026, 3, 16))))),
    "first_aid.add_medicine": ("clerk", lambda c, d, name, kind, unit, low:
                               first_aid.add_medicine(c, name, kind, unit, low),
                               (TEXT, MED_KIND, TEXT, NUM)),
    "first_aid.restock": ("clerk", lambda c, d, n, qty, expires, note:
                          first_aid.restock(c, n, qty, expires, note),
                          (ID, NUM, EXPIRES, TEXT)),
    "first_aid.record_use": ("clerk", lambda c, d, n, qty, phone, desc, note:
                             first_aid.record_use(c, n, qty, phone=phone, description=desc,
                                                  note=note),
                             (ID, NUM, PHONE, TEXT, TEXT)),
    "first_aid.discard": ("clerk", lambda c, d, n, qty, reason:
                          first_aid.discard(c, n, qty, reason), (ID, NUM, TEXT)),
    "first_aid.list_moves": ("clerk", lambda c, d, n, offset, limit:
                             first_aid.list_moves(c, n, offset, limit),
                             (st.one_of(st.none(), ID), NUM, NUM)),
    "custody.take_in": ("clerk", lambda c, d, desc, owner, held_for, left_by, qty, phone,
                        storage, note: custody.take_in(c, desc, owner, held_for, left_by,
                                                       quantity=qty, left_phone=phone,
                                                       storage=storage, note=note),
                        (TEXT, OWNER, TEXT, TEXT, NUM, PHONE, TEXT, TEXT)),
    "custody.hand_out": ("clerk", lambda c, d, n, who: custody.hand_out(c, n, who),
                         (ID, TEXT)),
    "custody.list_items": ("clerk", lambda c, d, held, offset, limit: custody.list_items(
        c, held_only=held, offset=offset, limit=limit), (st.booleans(), NUM, NUM)),
    "paging.fill_template": ("clerk", lambda c, d, kind, who, what, where:
                             paging.fill_template(kind, who, what, where),
                             (PAGE_KIND, TEXT, TEXT, TEXT)),
    "paging.page": ("clerk", lambda c, d, kind, zh, en, by, meet, repeats, interval:
                    paging.page(c, kind, zh, en, by, meet_at=meet, repeats=repeats,
                                interval_minutes=interval),
                    (PAGE_KIND, TEXT, TEXT, TEXT, TEXT, NUM, NUM)),
    "paging.list_pages": ("clerk", lambda c, d, offset, limit: paging.list_pages(
        c, offset, limit), (NUM, NUM)),
    "broadcasts.record_broadcast": ("clerk", lambda c, d, zh, en, source, by, repeats:
                                    broadcasts.record_broadcast(c, zh, en, source, by, repeats),
                                    (TEXT, TEXT, TEXT, TEXT, NUM)),
    "broadcasts.list_broadcasts": ("clerk", lambda c, d, offset, limit:
                                   broadcasts.list_broadcasts(c, offset, limit), (NUM, NUM)),
}

NOT_YET_VALIDATED: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_YET_VALIDATED[n]))
    if n in NOT_YET_VALIDATED else n for n in sorted(ENTRY_POINTS)])
def test_bad_input_is_refused_cleanly(name, care_desk):
    role, call, strategies = ENTRY_POINTS[name]
    check_entry_point(care_desk[role], care_desk, call, strategies)
