"""Copies of a database on a PostgreSQL server: `pg_dump -Fc` into a file, checked by
restoring it (`pg_restore`) into a scratch database made for the check on the same server,
then dropped (services/admin/backups.py compares the audit trail of the two).

The client programs come from PATH, else from the folder `pg_config --bindir` names (Debian
keeps them in /usr/lib/postgresql/N/bin). `PGCONNECT_TIMEOUT` bounds the wait for the server."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

from db.core.connection import connect


class PgToolFailed(Exception):
    """pg_dump or pg_restore is missing or failed; the message says which and why."""


class ScratchRefused(PgToolFailed):
    """The login may not create the scratch database the check restores into (CREATEDB)."""


def tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    try:
        bindir = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        bindir = ""
    candidates = [Path(bindir) / name] if bindir else []
    candidates += sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    for path in candidates:
        if path.is_file():
            return str(path)
    raise PgToolFailed(f"{name} is not installed (PostgreSQL's client programs)")


def _run(args: list[str]) -> None:
    env = dict(os.environ, PGCONNECT_TIMEOUT="10")
    try:
        done = subprocess.run(args, capture_output=True, text=True, env=env)
    except OSError as exc:
        raise PgToolFailed(f"{Path(args[0]).name}: {exc}") from exc
    if done.returncode != 0:
        first = (done.stderr or done.stdout or "").strip().splitlines()
        raise PgToolFailed(f"{Path(args[0]).name}: {first[0] if first else done.returncode}")


def dump(url: str, target: Path) -> None:
    """The whole database in pg_dump's custom format (compressed, restorable by pg_restore)."""
    _run([tool("pg_dump"), "--format=custom", "--file", str(target), "--dbname", url])


def database_name(url: str) -> str:
    return urlparse(url).path.lstrip("/")


def with_database(url: str, name: str) -> str:
    """The same server and login, another database."""
    return urlunparse(urlparse(url)._replace(path=f"/{name}"))


@contextlib.contextmanager
def scratch_restore(url: str, dump_file: Path) -> Iterator:
    """The dump restored into a new database of the same server (made by the login of `url`,
    which needs CREATEDB), opened; the database is dropped afterwards whatever happens."""
    import psycopg  # the driver loads for a server only (this module is on every desk's path)

    name = f"{database_name(url)}_check_{secrets.token_hex(4)}"[:63]
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=10) as pg:
            pg.execute(f'CREATE DATABASE "{name}"')
    except psycopg.errors.InsufficientPrivilege as exc:
        raise ScratchRefused(str(exc).strip()) from exc
    except psycopg.Error as exc:
        raise PgToolFailed(str(exc).strip()) from exc
    scratch_url = with_database(url, name)
    try:
        _run(
            [
                tool("pg_restore"),
                "--exit-on-error",
                "--no-owner",
                "--no-privileges",
                "--dbname",
                scratch_url,
                str(dump_file),
            ]
        )
        db = connect(scratch_url)
        try:
            yield db
        finally:
            db.close()
    finally:
        with psycopg.connect(url, autocommit=True, connect_timeout=10) as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def restore_into(url: str, dump_file: Path) -> None:
    """A copy put back into the empty database `url` (its owner's login): the schema, the
    rows, the GRANTs to the desk's role."""
    _run([tool("pg_restore"), "--exit-on-error", "--no-owner", "--dbname", url, str(dump_file)])
