"""The test run on PostgreSQL: a throwaway cluster, the areas green on it, template databases.

    FRONTDESK_TEST_ENGINE=postgresql .venv/bin/python -m pytest tests/services

runs the service tests of the areas in PG_READY against a fresh PostgreSQL database per test.
The cluster is the one named by FRONTDESK_TEST_PG_URL (the owner's URL, as printed by
`scripts/pg_cluster.sh start DIR`; scripts/test.sh starts one) or, without it, one this run
starts in a temporary folder and stops at its end: a test never needs a server the run did
not start.

Per test a database is copied from a migrated template (CREATE DATABASE ... TEMPLATE with
STRATEGY WAL_LOG: 0.09 s per copy and drop on this machine against 0.15 s with FILE_COPY),
and the app connects to it as `fd_desk`, a member of the app's role, so the tests run with
the rights the desk has (no UPDATE or DELETE on the trail or the ledgers). `admin_ctx`
and `role_ctx` copy a template with the site set up, built once per clock time by the same
calls (as the SQLite Shelf in tests/conftest.py does with files).
"""

from __future__ import annotations

import itertools
import os
import subprocess
import tempfile
import weakref
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import psycopg

ENGINE = os.environ.get("FRONTDESK_TEST_ENGINE", "sqlite").lower()
ON_POSTGRESQL = ENGINE == "postgresql"
ROOT = Path(__file__).resolve().parent.parent
APP_LOGIN = "fd_desk"

# The test folders green on PostgreSQL. Port an area: run its tests with
# FRONTDESK_TEST_ENGINE=postgresql FRONTDESK_TEST_PG_ALL=1, put per-engine SQL in
# db/<area>/ (db.core.dialect), mark tests about SQLite files themselves
# `@pytest.mark.sqlite_only(reason=...)`, then add the folder here.
PG_READY = (
    "tests/db/test_pg_engine.py",
    "tests/services/core",
    "tests/services/admin",
    "tests/services/lost_found",
    "tests/services/lending",
    "tests/services/shifts",
    "tests/services/members",
    "tests/services/sales",
    "tests/services/invoices",
    "tests/services/complaints",
    "tests/services/care",
    "tests/services/directory",
    "tests/services/finance",
    "tests/services/dashboard",
    "tests/services/printing",
    "tests/services/documents",
    "tests/services/visitors",
    "tests/services/reports",
    "tests/services/retention",
    "tests/services/quality",
    "tests/services/bad_input",
    "tests/services/test_roles.py",
)


def pg_ready(path: Path) -> bool:
    """In PG_READY, or any test at all with FRONTDESK_TEST_PG_ALL=1 (to port the next area)."""
    if os.environ.get("FRONTDESK_TEST_PG_ALL") == "1":
        return True
    rel = path.resolve().relative_to(ROOT).as_posix()
    return any(rel == p or rel.startswith(p.rstrip("/") + "/") for p in PG_READY)


class Cluster:
    """A server the run started (and stops), or the one scripts/test.sh started."""

    def __init__(self, owner_url: str, folder: str | None = None):
        self.owner_url, self.folder = owner_url, folder
        query = parse_qs(urlparse(owner_url).query)
        self.host = query["host"][0]
        self.port = query.get("port", ["5432"])[0]

    @classmethod
    def start(cls) -> Cluster:
        folder = tempfile.mkdtemp(prefix="frontdesk-pg-")
        out = subprocess.run(
            ["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "start", folder],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return cls(out.strip().splitlines()[-1], folder)

    def stop(self) -> None:
        if self.folder:
            subprocess.run(
                ["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", self.folder],
                check=False,
                capture_output=True,
            )

    def url(self, database: str, user: str = "fd_owner") -> str:
        return f"postgresql://{user}@/{database}?host={self.host}&port={self.port}"

    def admin(self, *statements: str) -> None:
        with psycopg.connect(self.owner_url, autocommit=True) as pg:
            for statement in statements:
                pg.execute(statement)


STAGES = ("migrated", "site", "staff")  # each template holds the one before it


class PgShelf:
    """Template databases built on first use: "migrated", then per clock time "site" and
    "staff"; the same interface as the SQLite Shelf of tests/conftest.py."""

    def __init__(self, cluster: Cluster):
        self.cluster = cluster
        self.users: dict[tuple[str, datetime], dict] = {}
        self.marks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self.names = (f"fdt_{os.getpid()}_{n}" for n in itertools.count())
        self.templates: dict[tuple[str, datetime | None], str] = {}
        self.prestaged: dict[str, tuple[str, datetime | None]] = {}  # URL -> its stage

    def migrated(self) -> str:
        key = ("migrated", None)
        if key not in self.templates:
            from db.core.migrations.pg import migrate_pg

            name = next(self.names)
            self.cluster.admin(f"CREATE DATABASE {name}")
            migrate_pg(self.cluster.url(name))
            self.templates[key] = name
        return self.templates[key]

    def new_staged_site(self, stage: str, at: datetime) -> str:
        """A fresh copy of the stage's template: a test that will ask for the site set up,
        or for its staff, gets it in one copy instead of one per stage."""
        url = self.new_site(self.staged(stage, at) if stage != "migrated" else None)
        self.prestaged[url] = (stage, at if stage != "migrated" else None)
        return url

    def new_site(self, template: str | None = None) -> str:
        """A fresh copy of `template` (the migrated one by default): the desk's URL of it."""
        name = next(self.names)
        self.copy(template or self.migrated(), name)
        return self.cluster.url(name, APP_LOGIN)

    def new_database(self, template: str | None = None):
        """A fresh copy of `template`, opened as the desk."""
        from services.core.database import open_database

        return open_database(self.new_site(template))

    def copy(self, template: str, name: str) -> None:
        self.cluster.admin(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY WAL_LOG")

    def drop(self, url: str) -> None:
        name = urlparse(url).path.lstrip("/")
        self.cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def staged(self, stage: str, at: datetime) -> str:
        key = (stage, at)
        if key not in self.templates:
            from services.core.clock import FixedClock
            from services.core.context import AppContext
            from tests.conftest import add_role_users, set_up_site

            earlier = self.migrated() if stage == "site" else self.staged("site", at)
            database = self.new_database(earlier)
            bare = AppContext(database, None, FixedClock(at))
            if stage == "site":
                ctxs = {"admin": set_up_site(bare)}
            else:
                ctxs = add_role_users(bare.signed_in_as(self.users["site", at]["admin"]))
            self.users[stage, at] = {role: ctx.user for role, ctx in ctxs.items()}
            name = urlparse(database.url).path.lstrip("/")
            database.close()
            self.templates[key] = name
        return self.templates[key]

    def untouched_since(self, database, stage: str, at: datetime) -> bool:
        """The database holds `stage` (or a later stage, which includes it) as copied, for
        the clock time `at`, and nothing changed it since."""
        mark = self.marks.get(database)
        return (
            mark is not None
            and STAGES.index(mark[0]) >= STAGES.index(stage)
            and mark[1] in (None, at)
            and not database.conn.in_transaction
            and mark[2] == database.conn.total_changes
        )

    def load(self, database, stage: str, at: datetime) -> dict:
        """Put the template's copy in place of the test's database, on the same object (not
        needed when the test's database was copied from that stage or a later one)."""
        template = self.staged(stage, at)
        mark = self.marks.get(database)
        if mark and mark[1] == at and self.untouched_since(database, stage, at):
            return self.users[stage, at]
        name = urlparse(database.url).path.lstrip("/")
        database.close()
        self.cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.copy(template, name)
        database.conn.reopen()
        self.mark(database, stage, at)
        return self.users[stage, at]

    def mark(self, database, stage: str, at: datetime | None) -> None:
        self.marks[database] = (stage, at, database.conn.total_changes)


def as_owner(db):
    """The test's database opened as the schema's owner: what someone holding the owner's
    credentials could do (the tampering tests), which the desk's own login cannot."""
    from db.core.connection import connect

    return connect(db.url.replace(f"//{APP_LOGIN}@", "//fd_owner@", 1))
