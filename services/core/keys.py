"""Secrets kept apart from the database and its backups, and the site's identity.

A secret (the members' ID key; the audit chain's key) must never travel with a copy of the
database: whoever finds a backup on a USB stick should find nothing that unlocks it. So a
secret lives in the operating system's keyring (through the `keyring` package) where one is
available, otherwise in a key file in the user's config folder (owner-only, 0600 in a 0700
folder), never beside the database or a backup.

Each secret is named for the site it belongs to (`site_identity`, a random id kept in the
site's settings and so in every backup), so two sites on one PC never share a key and a
restored backup finds its own key again.

`FRONTDESK_KEY_FOLDER` names a key folder to use instead of the keyring and the config folder:
the test suite points it at a temporary folder so a test never touches the real user's keys;
a portable install may use it too."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import platformdirs

import db.admin.settings as settings_db
from db.core.connection import owner_only, peek_setting, private_folder
from services.core.permissions import internal

FOLDER_VARIABLE = "FRONTDESK_KEY_FOLDER"
KEYRING_SERVICE = "FrontDesk"
IDENTITY_SETTING = "site.identity"
KEY_FILE_SUFFIX = ".key"


class KeyStoreError(Exception):
    """The keyring or the key folder could not keep a secret."""


def key_folder() -> Path:
    """Where key files are kept when there is no keyring: the user's config folder."""
    configured = os.environ.get(FOLDER_VARIABLE, "").strip()
    if configured:
        return Path(configured)
    return Path(platformdirs.user_config_dir("FrontDesk", appauthor=False)) / "keys"


def _keyring():
    """The OS keyring when a real one is there (not keyring's 'fail' stand-in), else None."""
    if os.environ.get(FOLDER_VARIABLE, "").strip():
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except KeyringError:
        return None
    return backend if getattr(backend, "priority", 0) >= 1 else None


def _file(name: str) -> Path:
    if not name.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"a secret's name is letters, digits, - and _: {name!r}")
    return key_folder() / f"{name}{KEY_FILE_SUFFIX}"


def load_secret(name: str) -> bytes | None:
    """The secret stored under `name`, or None when there is none."""
    backend = _keyring()
    if backend is not None:
        try:
            text = backend.get_password(KEYRING_SERVICE, name)
        except Exception as exc:  # a locked or broken keyring: say so, never guess
            raise KeyStoreError(str(exc)) from exc
        return bytes.fromhex(text) if text else None
    path = _file(name)
    if not path.exists():
        return None
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def store_secret(name: str, secret: bytes) -> str:
    """Keep `secret` under `name` (replacing none: a name holds one secret for good).
    Returns where it went, for a message to the admin."""
    backend = _keyring()
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, name, secret.hex())
        except Exception as exc:
            raise KeyStoreError(str(exc)) from exc
        return f"{type(backend).__name__} ({KEYRING_SERVICE}/{name})"
    path = _file(name)
    private_folder(path.parent)
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(secret.hex().encode("ascii"))
            out.flush()
            os.fsync(out.fileno())
        owner_only(partial)
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return str(path)


def secret(name: str, size: int = 32) -> bytes:
    """The secret under `name`, made (random, `size` bytes) and stored on first use."""
    found = load_secret(name)
    if found is not None:
        return found
    made = secrets.token_bytes(size)
    store_secret(name, made)
    return made


def key_files() -> list[Path]:
    """Every key file of the key folder (a backup must never overwrite one)."""
    folder = key_folder()
    return sorted(folder.glob(f"*{KEY_FILE_SUFFIX}")) if folder.is_dir() else []


# --- the site's identity ---------------------------------------------------------------------
@internal
def site_identity(ctx) -> str:
    """The site's random id (made on first need, inside the caller's transaction if any):
    names the site's secrets and tells a backup of this site from one of another."""
    found = settings_db.get(ctx.db, IDENTITY_SETTING)
    if found:
        return found
    made = secrets.token_hex(16)
    settings_db.put(ctx.db, IDENTITY_SETTING, made)
    remember_site(made)
    return made


SITE_MARK = "site-{identity}"


def remember_site(identity: str) -> None:
    """Note in the key store that this PC serves the site, so a copy of it can be told from a
    copy of another site even when the current database cannot be read."""
    if not knows_site(identity):
        store_secret(SITE_MARK.format(identity=identity), secrets.token_bytes(16))


def knows_site(identity: str) -> bool:
    try:
        return load_secret(SITE_MARK.format(identity=identity)) is not None
    except (KeyStoreError, ValueError):
        return False


def identity_in_file(path: str | Path) -> str | None:
    """The site identity recorded in a database file, read without writing to it (None when
    the file has none or cannot be read)."""
    return peek_setting(path, IDENTITY_SETTING)
