"""Password hashing with scrypt, a memory-hard KDF from the standard library.

A stored hash carries its own parameters (`scrypt$N$r$p$salt$key`), so a hash made at one
cost still verifies after the cost changes; `needs_rehash` tells sign-in to store a hash at
today's cost once the password has been proven."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets

# OWASP's current minimum for scrypt: N=2**17, r=8, p=1 (128 × r × N bytes = 128 MiB per
# hash, about half a second at the counter, once per sign-in).
PRODUCTION_N, R, P, DKLEN = 2**17, 8, 1, 32
# scrypt needs 128·r·(N + p + 2) bytes; OpenSSL refuses above maxmem, so leave room.
MAXMEM = 2 * 128 * R * PRODUCTION_N
# The test suite sets a tiny scrypt N here before importing services: thousands of fixture
# users at the production cost took a third of its run. Read once, at import.
TEST_COST_VARIABLE = "FRONTDESK_TEST_PASSWORD_COST"


def _cost_from_environment() -> int:
    """scrypt's N: the production cost unless the test suite asked for a cheaper one."""
    text = os.environ.get(TEST_COST_VARIABLE, "").strip()
    if not text:
        return PRODUCTION_N
    n = int(text) if text.isdigit() else 0
    if n < 2 or n & (n - 1) or n > PRODUCTION_N:  # a broken test set-up: fail loudly
        raise ValueError(f"{TEST_COST_VARIABLE} must be a power of two from 2 to {PRODUCTION_N}")
    return n


N = _cost_from_environment()


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=DKLEN, maxmem=MAXMEM
    )
    b64 = base64.b64encode
    return f"scrypt${N}${R}${P}${b64(salt).decode()}${b64(key).decode()}"


def _parameters(stored: str) -> tuple[int, int, int] | None:
    parts = stored.split("$") if isinstance(stored, str) else []
    if len(parts) != 6 or parts[0] != "scrypt" or not all(p.isdigit() for p in parts[1:4]):
        return None
    return int(parts[1]), int(parts[2]), int(parts[3])


def needs_rehash(stored: str) -> bool:
    """True when a hash was made below today's cost (e.g. N=2**14 before OWASP's 2**17)."""
    found = _parameters(stored)
    return found is None or found[0] < N or found[1] < R or found[2] < P


def check_password(password: str, stored: str) -> bool:
    if not isinstance(password, str):
        return False
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=MAXMEM,
        )
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(got, expected)
