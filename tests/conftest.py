"""Shared fixtures: a fresh migrated database, a fixed clock, and users of every role."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.admin import site  # noqa: E402
from services.admin import users
from services.admin.passwords import hash_password  # noqa: E402,F401

PASSWORD = "counter-pass-1"
ROLES = ("clerk", "shift_lead", "supervisor", "admin")


@pytest.fixture
def clock():
    # 10:00 at a Shanghai counter on a weekday
    return FixedClock(datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "desk.db"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def bare_ctx(db, clock):
    return AppContext(db, None, clock)


@pytest.fixture
def admin_ctx(bare_ctx):
    profile = site.SiteProfile(kind="mall", name="Harbour City Mall", address="1 Harbour Rd",
                               timezone="Asia/Shanghai", language="en")
    admin = site.initialise(bare_ctx, profile, "admin", PASSWORD, "Site Admin")
    return bare_ctx.signed_in_as(admin)


@pytest.fixture
def role_ctx(admin_ctx):
    """role name -> a context signed in as a user of that role."""
    ctxs = {"admin": admin_ctx}
    for role in ROLES[:-1]:
        user = users.add_user(admin_ctx, f"{role}1", role, PASSWORD, role.title())
        ctxs[role] = admin_ctx.signed_in_as(user)
    return ctxs
