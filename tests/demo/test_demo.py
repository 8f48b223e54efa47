"""The demo fills a new database through the services: every rule holds afterwards."""

from __future__ import annotations

from datetime import date

import pytest

from demo import site as demo
from services.admin import site, users
from services.core.context import AppContext
from services.core.database import check_health


@pytest.fixture
def demo_db(db):
    demo.build_demo(AppContext(db), days=3, seed=5, today=date(2026, 3, 20))
    return db


def test_demo_site_has_every_role_and_the_shops(demo_db):
    assert site.get_profile(AppContext(demo_db)).name == demo.DEMO_SITE.name
    roles = {r["role"] for r in demo_db.conn.execute("SELECT role FROM users")}
    assert roles == {"clerk", "shift_lead", "supervisor", "admin"}
    assert demo_db.conn.execute("SELECT count(*) FROM shops").fetchone()[0] >= len(demo.SHOPS)
    ctx = AppContext(demo_db)
    assert users.sign_in(ctx, "li.na", demo.DEMO_PASSWORD).role == "clerk"


def test_demo_days_leave_a_sound_file_and_gapless_numbers(demo_db):
    assert check_health(AppContext(demo_db), full=True).sound
    for series, _year, last in demo_db.conn.execute("SELECT * FROM document_counters"):
        assert last >= 1, series


def test_demo_has_lending_activity(demo_db):
    def count(table):
        return demo_db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    assert count("shifts") >= 3 and count("loans") >= 10 and count("loan_settlements") >= 5


def test_demo_is_repeatable(tmp_path):
    from services.core.database import open_database

    dumps = []
    for n in range(2):
        db = open_database(tmp_path / f"d{n}.db")
        demo.build_demo(AppContext(db), days=2, seed=9, today=date(2026, 3, 20))
        dumps.append(
            db.conn.execute("SELECT count(*), sum(length(after)) FROM audit_log").fetchone()[:]
        )
        db.close()
    assert dumps[0] == dumps[1]
