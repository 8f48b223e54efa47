"""The demo's month of service quality: ratings (customer's own, keyed, skipped), quality
checks and hotline calls on the days of the month; and no customer's personal data in any
rating, score, missed call or service-level report it gives (issue 22, acceptance 3 and 4)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pypdfium2
import pytest

from demo import site as demo
from services.admin import users
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import open_database
from services.quality import checks, documents, service_level
from tests.services.core.test_personal_data_scan import MOBILE, resident_ids

TODAY = date(2026, 3, 17)
DAYS = 30


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("quality-demo") / "demo.db")
    demo.build_demo(AppContext(db), days=DAYS, seed=5, today=TODAY)
    clock = FixedClock(datetime(2026, 3, 17, 4, 0, tzinfo=UTC))
    bare = AppContext(db, None, clock)
    sup = bare.signed_in_as(users.sign_in(bare, "zhao.min", demo.DEMO_PASSWORD))
    yield sup
    db.close()


def test_the_demo_makes_a_month_of_ratings_checks_and_hotline_calls(month):
    first = TODAY - timedelta(days=DAYS)
    rated_days = checked_days = hotline_days = 0
    for n in range(DAYS):
        level = service_level.service_level(month, "day", first + timedelta(days=n)).now
        rated_days += level.rated > 0
        checked_days += level.checks > 0
        hotline_days += level.hotline_answered > 0
    assert min(rated_days, checked_days, hotline_days) >= DAYS - 2
    feb = service_level.service_level(month, "month", date(2026, 2, 20)).now
    assert feb.rated > 100 and sum(feb.keyed.values()) > 10 and feb.skipped > 10
    assert feb.checks >= 10 and feb.hotline_missed > 0 and feb.hotline_answered > 50
    by_clerk = {
        name: service_level.service_level(month, "month", date(2026, 3, 1), None, uid).now.checks
        for uid, name in service_level.staff_seen(month)
    }
    assert sum(1 for n in by_clerk.values() if n) >= 2  # more than one clerk is scored
    east = service_level.service_level(month, "month", date(2026, 3, 1), "east").now
    assert 0 < east.rated < service_level.service_level(month, "month", date(2026, 3, 1)).now.rated


def customers(db) -> set[str]:
    """Every name and phone of a customer the demo recorded (a customer who shares a name
    with a clerk left out: the report names its clerks)."""
    found = set()
    for sql in (
        "SELECT name, phone FROM members",
        "SELECT borrower_name, borrower_phone FROM loans",
        "SELECT name, phone FROM complaint_cases",
        "SELECT claimant_name, phone FROM found_item_claims",
        "SELECT contact_name, contact_phone FROM lost_reports",
    ):
        for row in db.conn.execute(sql):
            found.update(v for v in row if v and len(v) >= 2 and "*" not in v)
    staff = {r[0] for r in db.conn.execute("SELECT display_name FROM users")}
    return found - staff - {word for name in staff for word in name.split()}


def pdf_text(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    text = "".join(page.get_textpage().get_text_range() for page in doc)
    doc.close()
    return text


def test_no_customer_personal_data_in_ratings_scores_or_reports(month):
    people = customers(month.db)
    assert len(people) > 20  # the demo did serve people
    outputs = {}
    for table in ("service_ratings", "qc_checks", "qc_scores", "hotline_missed_calls"):
        rows = month.db.conn.execute(f"SELECT * FROM {table}").fetchall()
        assert rows, table
        outputs[table] = "\n".join("|".join(str(v) for v in tuple(r)) for r in rows)
    for period in service_level.PERIODS:
        outputs[f"pdf-{period}"] = pdf_text(
            documents.service_level_pdf(month, period, date(2026, 3, 10))
        )
        level = service_level.service_level(month, period, date(2026, 3, 10))
        outputs[f"figures-{period}"] = repr(level)
    for check in checks.list_checks(month, limit=200):
        outputs[f"check-{check.id}"] = repr(checks.get_check(month, check.id))
    for name, text in outputs.items():
        data = text.encode("utf-8")
        assert not MOBILE.findall(data) and not resident_ids(data), name
        words = set(re.split(r"[\s|,;:()'\"=]+", text))
        assert not (people & words), (name, sorted(people & words)[:5])
        assert not [p for p in people if len(p) >= 3 and p in text], name
