"""Shared fixtures: a migrated database, a fixed clock, and users of every role.

Migrating a database and making users are the slow part of a test's set-up, so each is done
once per session into a template file and copied per test: `db` is a copy of the migrated
template; `admin_ctx` and `role_ctx` load into that copy a template with the site set up (and
the three other role users made), built by the same calls at the test clock's time (one
template per time), so rows, ids and audit trail are those made afresh
(tests/test_conftest_templates.py). When the test's database was written to before, or the
clock moved between the two, they make them afresh instead."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import weakref
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# scrypt at a few KiB instead of 16 MiB; must be set before services.admin.passwords loads
os.environ.setdefault("FRONTDESK_TEST_PASSWORD_COST", "16")
# secrets (the members' ID key) in a folder of the test run, never the user's keyring or
# config folder
os.environ.setdefault("FRONTDESK_KEY_FOLDER", tempfile.mkdtemp(prefix="frontdesk-keys-"))

from hypothesis import settings  # noqa: E402

from services.admin import site, users  # noqa: E402
from services.admin.passwords import hash_password  # noqa: E402,F401
from services.core.clock import FixedClock  # noqa: E402
from services.core.context import AppContext  # noqa: E402
from services.core.database import open_database  # noqa: E402
from services.members.ids import KEY_SUFFIX  # noqa: E402
from tests import pg_support  # noqa: E402

PASSWORD = "counter-pass-1"
ROLES = ("clerk", "shift_lead", "supervisor", "admin")
SITE = site.SiteProfile(
    kind="mall",
    name="Harbour City Mall",
    address="1 Harbour Rd",
    timezone="Asia/Shanghai",
    language="en",
)

# "ci" gives the same examples on every run; "dev" explores. A test never asserts a time.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=30, deadline=None, derandomize=True, database=None, print_blob=True
)
_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if _CI else "dev"))


# --- making the desk as a test finds it ----------------------------------------------------
def set_up_site(bare: AppContext) -> AppContext:
    admin = site.initialise(bare, SITE, "admin", PASSWORD, "Site Admin")
    return bare.signed_in_as(admin)


def add_role_users(admin: AppContext) -> dict:
    """role name -> a context signed in as a user of that role."""
    ctxs = {"admin": admin}
    for role in ROLES[:-1]:
        user = users.add_user(admin, f"{role}1", role, PASSWORD, role.title())
        ctxs[role] = admin.signed_in_as(user)
    return ctxs


# --- the templates ---------------------------------------------------------------------------
def _companions(path: Path) -> list[Path]:
    """Files that belong with the database file (the members' ID key)."""
    return [path.with_name(path.name + KEY_SUFFIX)]


def copy_database(source: Path, target: Path) -> None:
    """A closed, checkpointed database file and its companions, copied beside each other."""
    shutil.copy(source, target)
    for companion, copied in zip(_companions(source), _companions(target)):
        if companion.exists():
            shutil.copy(companion, copied)


def _close(database) -> None:
    """Close so the file stands alone: the WAL folded in, no -wal or -shm left."""
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = Path(database.conn.execute("PRAGMA database_list").fetchone()["file"])
    database.close()
    for suffix in ("-wal", "-shm"):
        leftover = path.with_name(path.name + suffix)
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink()
    assert not path.with_name(path.name + "-wal").exists(), "template left a WAL behind"


@dataclass(frozen=True)
class Mark:
    """Where a test's database stands: the template stage loaded, at which clock time, and
    the connection's counters then, to tell whether anything was written since."""

    stage: str
    at: datetime | None
    changes: int
    version: int


def _counters(database) -> tuple[int, int]:
    conn = database.conn
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


class Shelf:
    """Template files built on first use: "migrated", then per clock time "site" (the site
    initialised by its admin) and "staff" (plus a clerk, a shift lead and a supervisor)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.users: dict[tuple[str, datetime], dict] = {}
        self.marks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def migrated(self) -> Path:
        path = self.folder / "migrated.db"
        if not path.exists():
            building = self._building()
            _close(open_database(building))
            building.rename(path)  # only a finished template is ever reused
        return path

    def staged(self, stage: str, at: datetime) -> Path:
        path = self.folder / f"{stage}-{at:%Y%m%dT%H%M%S%f}.db"
        if not path.exists():
            earlier = self.migrated() if stage == "site" else self.staged("site", at)
            building = self._building()
            copy_database(earlier, building)
            database = open_database(building)
            bare = AppContext(database, None, FixedClock(at))
            if stage == "site":
                ctxs = {"admin": set_up_site(bare)}
            else:
                ctxs = add_role_users(bare.signed_in_as(self.users["site", at]["admin"]))
            self.users[stage, at] = {role: ctx.user for role, ctx in ctxs.items()}
            _close(database)
            building.rename(path)
        return path

    def _building(self) -> Path:
        """Where a template is made, cleared of what a build that failed left behind."""
        building = self.folder / "building.db"
        for leftover in (
            building,
            *(building.with_name(building.name + s) for s in ("-wal", "-shm", KEY_SUFFIX)),
        ):
            leftover.unlink(missing_ok=True)
        return building

    def untouched_since(self, database, stage: str, at: datetime) -> bool:
        """Nothing written to the test's database since `stage` was loaded, clock not moved."""
        mark = self.marks.get(database)
        return (
            mark is not None
            and mark.stage == stage
            and mark.at in (None, at)
            and not database.conn.in_transaction
            and (mark.changes, mark.version) == _counters(database)
        )

    def load(self, database, stage: str, at: datetime) -> dict:
        """Replace the open database's contents with the template's (SQLite's backup API, so
        the test's connection stays the one it has); role name -> User."""
        source = sqlite3.connect(self.staged(stage, at))
        try:
            source.backup(database.conn)
        finally:
            source.close()
        self.mark(database, stage, at)
        return self.users[stage, at]

    def mark(self, database, stage: str, at: datetime | None) -> None:
        self.marks[database] = Mark(stage, at, *_counters(database))


@pytest.fixture(scope="session")
def pg_cluster():
    """The PostgreSQL server of a run on that engine (tests/pg_support.py)."""
    if not pg_support.ON_POSTGRESQL:
        pytest.skip("needs FRONTDESK_TEST_ENGINE=postgresql")
    url = os.environ.get("FRONTDESK_TEST_PG_URL")
    cluster = pg_support.Cluster(url) if url else pg_support.Cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def shelf(request, tmp_path_factory) -> Shelf:
    if pg_support.ON_POSTGRESQL:
        return pg_support.PgShelf(request.getfixturevalue("pg_cluster"))
    return Shelf(tmp_path_factory.mktemp("templates"))


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): about SQLite files themselves (backups of the file, damage, WAL,"
        " file modes); skipped on a PostgreSQL run",
    )


def pytest_collection_modifyitems(config, items):
    """On a PostgreSQL run: only the areas ported to it (pg_support.PG_READY), and not the
    tests about SQLite files."""
    if not pg_support.ON_POSTGRESQL:
        return
    kept, left = [], []
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        (kept if pg_support.pg_ready(item.path) else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


# --- the fixtures the tests use ------------------------------------------------------------
@pytest.fixture
def clock():
    # 10:00 at a Shanghai counter on a weekday
    return FixedClock(datetime(2026, 3, 16, 2, 0, tzinfo=UTC))


@pytest.fixture
def db_path(request, tmp_path, shelf):
    """Where the test's database is: a file, or on a PostgreSQL run the desk's URL of a
    migrated database of its own (a site not yet set up, as a new file would be)."""
    if pg_support.ON_POSTGRESQL:
        url = shelf.new_staged_site(_stage_wanted(request), request.getfixturevalue("clock").now())
        yield url
        shelf.drop(url)
        return
    yield tmp_path / "desk.db"


def _stage_wanted(request) -> str:
    """On a server a copy costs a CREATE DATABASE: the test's database starts at the last
    stage its fixtures will ask for (admin_ctx and role_ctx find it there untouched)."""
    names = request.fixturenames
    return "staff" if "role_ctx" in names else "site" if "admin_ctx" in names else "migrated"


@pytest.fixture
def db(db_path, shelf):
    if pg_support.ON_POSTGRESQL:  # a fresh database on the run's server, as the desk's login
        database = open_database(db_path)
        shelf.mark(database, *shelf.prestaged.pop(db_path))
        yield database
        database.close()
        return
    copy_database(shelf.migrated(), db_path)
    database = open_database(db_path)
    shelf.mark(database, "migrated", None)
    yield database
    database.close()


@pytest.fixture
def bare_ctx(db, clock):
    return AppContext(db, None, clock)


@pytest.fixture
def admin_ctx(bare_ctx, shelf):
    at = bare_ctx.clock.now()
    if shelf.untouched_since(bare_ctx.db, "migrated", at):
        return bare_ctx.signed_in_as(shelf.load(bare_ctx.db, "site", at)["admin"])
    return set_up_site(bare_ctx)


@pytest.fixture
def role_ctx(admin_ctx, shelf):
    """role name -> a context signed in as a user of that role."""
    at = admin_ctx.clock.now()
    if not shelf.untouched_since(admin_ctx.db, "site", at):
        return add_role_users(admin_ctx)
    staff = shelf.load(admin_ctx.db, "staff", at)
    return {
        "admin": admin_ctx,
        **{role: admin_ctx.signed_in_as(staff[role]) for role in ROLES[:-1]},
    }


@pytest.fixture(scope="session")
def demo_60_days(tmp_path_factory) -> Path:
    """The demo site with 60 days of desk work before 2026-03-20, built once per run (it takes
    half a minute); a test copies it with `copy_site` before changing anything."""
    from demo import site as demo

    path = tmp_path_factory.mktemp("demo60") / "demo.db"
    database = open_database(path)
    try:
        demo.build_demo(AppContext(database), days=60, seed=1, today=date(2026, 3, 20))
    finally:
        database.close()
    return path


def copy_site(source: Path, target: Path) -> Path:
    """A copy of a closed site file with whatever lies beside it."""
    shutil.copyfile(source, target)
    for extra in ("-wal", "-shm", ".member-key"):
        if os.path.exists(f"{source}{extra}"):
            shutil.copyfile(f"{source}{extra}", f"{target}{extra}")
    return target
