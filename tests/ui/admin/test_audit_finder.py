"""The audit trail page finds records by date, user, area and record, shows a change's
before and after readably, and exports what it shows as CSV with formula cells defused."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QDate

from services.admin import audit_search, site
from ui.admin.audit_page import AuditPage


def test_filters_show_the_change_and_export(open_page, role_ctx, tmp_path, errors):
    admin = role_ctx["admin"]
    profile = site.get_profile(admin)
    site.update_profile(admin, site.SiteProfile(**{**vars(profile), "address": "=HYPERLINK(1)"}))
    page = open_page(AuditPage, role_ctx["supervisor"])
    page.area.setCurrentIndex(page.area.findData("site"))
    page.reload()
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    assert rows and {r["entity"] for r in rows} == {"site"}
    page.user.setCurrentIndex(page.user.findData("clerk1"))
    page.reload()
    assert page.model.rowCount() == 0  # the clerk changed no site profile
    page.user.setCurrentIndex(0)
    page.dated.setChecked(True)
    page.start.setDate(QDate(2026, 3, 17))
    page.end.setDate(QDate(2026, 3, 17))
    page.reload()
    assert page.model.rowCount() == 0  # nothing happened on the 17th
    page.start.setDate(QDate(2026, 3, 16))
    page.end.setDate(QDate(2026, 3, 16))
    page.reload()
    shown = [page.model.row(i)["action"] for i in range(page.model.rowCount())]
    page.show_change(page.model.index(shown.index("site.update"), 0))
    assert page.change.text() == "address: 1 Harbour Rd → =HYPERLINK(1)"
    page.write_csv(str(tmp_path / "audit.csv"))
    text = (tmp_path / "audit.csv").read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0][0] == "No." and any(line[7] == "'=HYPERLINK(1)" for line in lines[1:])
    page.start.setDate(QDate(2026, 3, 18))
    page.reload()
    assert errors and "ends before it starts" in errors[-1]
    page.timer.stop()  # the filters' pending reload must not outlive the test's database


def test_change_lines_read_nested_values():
    lines = audit_search.change_lines('{"a": 1, "b": {"c": "x"}}', '{"a": 2, "b": {"c": "x"}}')
    assert lines == [("a", "1", "2")]
    assert audit_search.change_lines(None, '"10:00-22:00"') == [("value", "", "10:00-22:00")]
