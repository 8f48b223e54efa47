"""Shared helpers for the complaint tests: a clock at a given local time and a case."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from services.complaints import cases as complaints

SH = ZoneInfo("Asia/Shanghai")


def set_local(clock, y, m, d, hh, mm=0):
    clock.at = datetime(y, m, d, hh, mm, tzinfo=SH).astimezone(ZoneInfo("UTC"))


def record(ctx, phone="13800138000", text="收银员态度差", category="service", **kw):
    return complaints.record_case(ctx, phone, text, category, **kw)


def walk(case_id, ctxs, to="closed"):
    """Move a case along the flow with the right people, up to `to`."""
    sup, clerk, lead = ctxs["supervisor"], ctxs["clerk"], ctxs["shift_lead"]
    steps = [
        ("forwarded", lambda: complaints.forward_case(sup, case_id, "operations", "转运营")),
        ("in_progress", lambda: complaints.start_case(clerk, case_id, "已致电顾客")),
        ("resolved", lambda: complaints.resolve_case(clerk, case_id, "店铺道歉")),
        ("followed_up", lambda: complaints.record_follow_up(lead, case_id, True, 4, "满意")),
        ("closed", lambda: complaints.close_case(sup, case_id, "结案")),
    ]
    case = None
    for status, call in steps:
        case = call()
        if status == to:
            break
    return case
