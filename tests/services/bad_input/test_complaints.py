"""Bad input at the complaints desk: recording, moving a case along, finding and summing up."""

from __future__ import annotations

from hypothesis import strategies as st

from services.complaints import cases as complaints
from services.complaints import summary as complaint_summary
from tests.services.bad_input.kinds import (
    DAY,
    FLAG,
    ID,
    LIMIT,
    OFFSET,
    PHONE,
    PICTURE,
    QUERY,
    all_fine,
    choice,
    fine,
    limited,
    optional,
    pick,
    whole,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

SCORE = optional(whole(1, 5))
"""How satisfied the customer was, 1 to 5, or not asked."""
TO = limited(60)
"""Who a case goes to: a supervisor or a department from the settings, as written."""
NOTE = limited(1000)
SCAN = all_fine(PICTURE)
"""The scanner's file of a written comment, kept as it came (only its size is capped)."""

ENTRY_POINTS = {
    "complaints.record_case": entry(
        "clerk",
        lambda c, d, phone, text, cat, kind, channel, form, name, shop, area, scan: (
            complaints.record_case(
                c,
                phone,
                text,
                cat,
                kind=kind,
                channel=channel,
                form=form,
                name=name,
                shop_id=shop,
                area=area,
                scan=scan,
            )
        ),
        PHONE,
        limited(4000),
        choice(*complaints.CATEGORY_LABELS),
        choice(*complaints.KIND_LABELS),
        choice(*complaints.CHANNEL_LABELS),
        choice(*complaints.FORM_LABELS),
        limited(40),
        optional(ID),
        limited(60),
        SCAN,
    ),
    "complaints.forward_case": entry(
        "supervisor",
        lambda c, d, n, to, note: complaints.forward_case(c, n, to, note),
        ID,
        TO,
        NOTE,
    ),
    "complaints.start_case": entry(
        "clerk", lambda c, d, n, note: complaints.start_case(c, n, note), ID, NOTE
    ),
    "complaints.resolve_case": entry(
        "clerk", lambda c, d, n, note: complaints.resolve_case(c, n, note), ID, NOTE
    ),
    "complaints.record_follow_up": entry(
        "shift_lead",
        lambda c, d, n, reached, score, comment: complaints.record_follow_up(
            c, n, reached, score, comment
        ),
        ID,
        FLAG,
        SCORE,
        NOTE,
    ),
    "complaints.close_case": entry(
        "supervisor", lambda c, d, n, note: complaints.close_case(c, n, note), ID, NOTE
    ),
    "complaints.get_case": entry("clerk", lambda c, d, n: complaints.get_case(c, n), ID),
    "complaints.find_case": entry("clerk", lambda c, d, no: complaints.find_case(c, no), QUERY),
    "complaints.case_steps": entry("clerk", lambda c, d, n: complaints.case_steps(c, n), ID),
    "complaints.case_scan": entry("clerk", lambda c, d, n: complaints.case_scan(c, n), ID),
    "complaints.list_cases": entry(
        "clerk",
        lambda c, d, status, text, offset, limit_: complaints.list_cases(
            c, status=status, text=text, offset=offset, limit=limit_
        ),
        pick(*complaints.STATUS_LABELS),
        QUERY,
        OFFSET,
        LIMIT,
    ),
    "complaints.count_cases": entry(
        "clerk",
        lambda c, d, status, text: complaints.count_cases(c, status=status, text=text),
        pick(*complaints.STATUS_LABELS),
        QUERY,
    ),
    "complaints.customer_history": entry(
        "clerk",
        lambda c, d, phone: complaints.customer_history(c, phone),
        st.one_of(QUERY, fine(st.just("13800138000"))),
    ),
    "complaints.handled_by": entry("clerk", lambda c, d, n: complaints.handled_by(c, n), ID),
    "complaint_summary.summarise": entry(
        "clerk",
        lambda c, d, period, day: complaint_summary.summarise(c, period, day),
        choice("week", "month"),
        DAY,
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, care_desk):
    check_entry_point(ENTRY_POINTS[name], care_desk)
