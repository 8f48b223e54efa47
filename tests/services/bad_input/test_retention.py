"""Bad input at the back office: retention periods, the purge, the archive look-up, the
calendar, the desk's lists and the audit finder."""

from __future__ import annotations

from hypothesis import strategies as st

from services.admin import audit_search, calendar_settings, lists_settings
from services.retention import archive, purge
from services.retention import periods as retention
from tests.services.bad_input.kinds import COUNT, DAY, QUERY, TEXT, choice, fine
from tests.services.bad_input.runner import check_entry_point, entry, over
from tests.services.bad_input.test_finance import MONTH

OPTIONAL_DAY = st.one_of(fine(st.none()), DAY.filter(lambda d: d.value is not None))
"""A day bounding a search, or none (no bound)."""

ENTRY_POINTS = {
    "retention.update_periods": entry(
        "admin",
        lambda c, d, a, b, x, y: retention.update_periods(
            c, retention.RetentionPeriods(a, b, x, y)
        ),
        COUNT,
        COUNT,
        COUNT,
        COUNT,
    ),
    "purge.propose_purge": entry("admin", lambda c, d, month: purge.propose_purge(c, month), MONTH),
    "purge.purge_records": entry(
        "admin", lambda c, d, month, code: purge.purge_records(c, month, code), MONTH, QUERY
    ),
    "archive.find_record": entry(
        "shift_lead", lambda c, d, path, number: archive.find_record(c, path, number), QUERY, QUERY
    ),
    "calendar.update_calendar": entry(
        "admin",
        lambda c, d, opening, day, hours: calendar_settings.update_calendar(
            c, calendar_settings.SiteCalendar(opening, (), (day,) if day else (), hours)
        ),
        st.one_of(fine(st.just("09:00-21:00")), TEXT),
        st.one_of(fine(st.just("2026-10-01")), TEXT),
        COUNT,
    ),
    "calendar.read_holiday_csv": entry(
        "admin",
        lambda c, d, text, year: calendar_settings.read_holiday_csv(
            c, (text or "").encode("utf-8"), year
        ),
        TEXT,
        COUNT,
    ),
    "lists.update_complaint_lists": entry(
        "admin",
        lambda c, d, a, b: lists_settings.update_complaint_lists(
            c, lists_settings.ComplaintLists((a,), (b,))
        ),
        TEXT,
        TEXT,
    ),
    "lists.put_found_category": entry(
        "admin",
        lambda c, d, code, label, rule, n: lists_settings.put_found_category(
            c, code, label, rule, n
        ),
        st.one_of(fine(st.just("umbrella")), TEXT),
        TEXT,
        choice("days", "months", "police"),
        COUNT,
    ),
    "lists.update_mall_hours": entry(
        "admin", lambda c, d, text: lists_settings.update_mall_hours(c, text), TEXT
    ),
    "audit_search.find_audit_rows": entry(
        "supervisor",
        lambda c, d, start, end, user, area, record: audit_search.find_audit_rows(
            c, audit_search.AuditFilter(start, end, user or "", area or "", record or "")
        ),
        OPTIONAL_DAY,
        OPTIONAL_DAY,
        QUERY,
        QUERY,
        QUERY,
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
