"""Password hashes: scrypt at the production cost in a real process, a cheap cost only when
the test suite asks for it, and every stored hash verifies by the parameters it records."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.admin import passwords
from services.admin.passwords import TEST_COST_VARIABLE, check_password, hash_password

ROOT = Path(__file__).resolve().parents[3]
HASH_IN_FRESH_PROCESS = "from services.admin.passwords import hash_password as h; print(h('pw'))"


def fresh_process(**environment) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != TEST_COST_VARIABLE}
    return subprocess.run(
        [sys.executable, "-c", HASH_IN_FRESH_PROCESS],
        cwd=ROOT,
        env={**env, **environment},
        capture_output=True,
        text=True,
    )


def parameters(stored: str) -> tuple[int, int, int]:
    scheme, n, r, p, _salt, _key = stored.split("$")
    assert scheme == "scrypt"
    return int(n), int(r), int(p)


def test_a_process_without_the_test_setting_hashes_at_the_production_cost():
    done = fresh_process()
    assert done.returncode == 0, done.stderr
    stored = done.stdout.strip()
    assert parameters(stored) == (passwords.PRODUCTION_N, 8, 1) == (2**17, 8, 1)  # OWASP
    assert check_password("pw", stored) and not check_password("other", stored)


def test_the_suite_hashes_cheaply_and_says_so_in_the_hash():
    assert os.environ[TEST_COST_VARIABLE] and passwords.N == int(os.environ[TEST_COST_VARIABLE])
    assert passwords.N < passwords.PRODUCTION_N
    stored = hash_password("counter-pass-1")
    assert parameters(stored) == (passwords.N, 8, 1)
    assert check_password("counter-pass-1", stored)
    assert not check_password("counter-pass-2", stored)


def test_a_malformed_test_cost_stops_the_process():
    for bad in ("1000", "1", "abc", str(2**18)):
        done = fresh_process(**{TEST_COST_VARIABLE: bad})
        assert done.returncode != 0 and TEST_COST_VARIABLE in done.stderr


def old_cost_hash(password: str, n: int) -> str:
    """A hash as an older Front Desk stored it (scrypt at a lower N)."""
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(password.encode(), salt=salt, n=n, r=8, p=1, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${n}$8$1${b64(salt).decode()}${b64(key).decode()}"


def test_a_hash_below_todays_cost_is_replaced_at_the_next_sign_in(admin_ctx):
    from db.admin import users as users_db
    from services.admin import users

    weak = old_cost_hash("counter-pass-1", passwords.N // 2)
    assert check_password("counter-pass-1", weak) and passwords.needs_rehash(weak)
    users_db.update(admin_ctx.db, admin_ctx.user.id, password_hash=weak)
    users.sign_in(admin_ctx, "admin", "counter-pass-1")
    stored = users_db.by_name(admin_ctx.db, "admin")["password_hash"]
    assert stored != weak and parameters(stored) == (passwords.N, 8, 1)
    assert not passwords.needs_rehash(stored)
    assert check_password("counter-pass-1", stored)


def test_a_wrong_password_leaves_the_old_hash(admin_ctx):
    from db.admin import users as users_db
    from services.admin import users
    from services.core.errors import DomainError

    weak = old_cost_hash("counter-pass-1", passwords.N // 2)
    users_db.update(admin_ctx.db, admin_ctx.user.id, password_hash=weak)
    with pytest.raises(DomainError):
        users.sign_in(admin_ctx, "admin", "wrong-pass")
    assert users_db.by_name(admin_ctx.db, "admin")["password_hash"] == weak
