"""Can a member's full ID number be recovered from a stolen copy? (issue 17, acceptance 4)

Builds a demo site with the command line, as a desk would: its key store in a config folder
of its own (the PC), its database and rotation backups in a data folder, and a `backup -o`
copy on a "USB stick". Then it plays the person who found the stick and the backup folder:
everything in the backup folder, the stick and beside the database, but not the PC's key
store. It looks for the members' ID key in every file (any 64-hex-digit string or 32-byte
run checked against the key's fingerprint kept in the settings), and, with no key, it tries
every resident ID of the member's last four characters against the stored hash anyway for
a sample of region codes and birth dates, to show what "no key" means.

It also measures, with the key, the cost of one guess and the size of the search the stored
last four characters leave (region × birth date), for docs/security.md.

    .venv/bin/python bench/id_recovery.py [--days 3] [--seconds 20]

Not part of the test suite (it takes about a minute)."""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEX_KEY = re.compile(rb"(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])")
FINGERPRINT_MESSAGE = b"front-desk member key"
# about 3,500 county-level region codes are in use (GB/T 2260); birth dates over 100 years
REGIONS_IN_USE, DAYS_IN_RANGE = 3_500, 36_525
CHECK_CHARS = "10X98765432"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def fingerprint(key: bytes) -> str:
    return hmac.new(key, FINGERPRINT_MESSAGE, hashlib.sha256).hexdigest()[:16]


def build_site(work: Path, days: int) -> tuple[Path, Path, Path, Path]:
    """(database, key folder, rotation folder, USB copy), made through the command line."""
    keys_folder, data, stick = work / "pc-config" / "keys", work / "data", work / "usb"
    os.environ["FRONTDESK_KEY_FOLDER"] = str(keys_folder)
    os.environ.setdefault("FRONTDESK_PASSWORD", "demo-pass-1")
    from main import main

    db = data / "frontdesk.db"
    assert main(["demo", "--db", str(db), "--days", str(days), "--lang", "en"]) == 0
    assert main(["backup", "--db", str(db), "--user", "admin", "--lang", "en"]) == 0
    copy = stick / "frontdesk-copy.db"
    assert main(["backup", "--db", str(db), "--user", "admin", "-o", str(copy)]) == 0
    return db, keys_folder, data / "backups", copy


def stolen_files(db: Path, rotation: Path, copy: Path) -> list[Path]:
    """What leaves with a backup: the rotation folder, the stick, and what lies beside the
    database (a copy of the whole data folder)."""
    found = []
    for folder in {rotation, copy.parent, db.parent}:
        found += [p for p in folder.rglob("*") if p.is_file()]
    return sorted(set(found))


def members_of(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT id_type, id_last4, id_hash FROM members WHERE id_hash != ''"
        ).fetchall()
    finally:
        conn.close()


def fingerprint_in(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = 'members.id_key_fingerprint'"
        ).fetchone()
    finally:
        conn.close()
    return json.loads(row[0]) if row else None


def candidate_keys(files: list[Path]) -> set[bytes]:
    """Every 64-hex-digit string and every aligned 32-byte run of every file."""
    found = set()
    for path in files:
        data = path.read_bytes()
        found.update(bytes.fromhex(m.group().decode()) for m in HEX_KEY.finditer(data))
        found.update(data[i : i + 32] for i in range(0, max(0, len(data) - 31), 32))
    return found


def resident_ids(last4: str, regions, days):
    """Every 18-character resident ID that ends in `last4`, over the given regions and days."""
    seq, check = last4[:3], last4[3]
    for region in regions:
        for day in days:
            first17 = f"{region}{day:%Y%m%d}{seq}"
            if CHECK_CHARS[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11] == check:
                yield first17 + check


def guess_rate(key: bytes, seconds: float) -> float:
    """HMAC-SHA256 guesses per second in pure Python (what the issue's attack used)."""
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for i in range(1000):
            hmac.new(key, f"resident:11010519491231{i:04d}".encode(), hashlib.sha256).digest()
        n += 1000
    return n / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="id-recovery-"))
    db, keys_folder, rotation, copy = build_site(work, args.days)
    files = stolen_files(db, rotation, copy)
    databases = [p for p in files if p.read_bytes()[:16] == b"SQLite format 3\x00"]
    targets = members_of(copy)
    wanted = fingerprint_in(copy)
    candidates = candidate_keys(files)
    keys_found = [k for k in candidates if fingerprint(k) == wanted]
    print(f"stolen files: {len(files)} ({len(databases)} databases)")
    for path in files:
        print(f"  {path.relative_to(work)}")
    print(f"members with a resident ID hash in the copy: {len(targets)}")
    print(
        f"candidate keys tried against the fingerprint: {len(candidates)}; matching: 0"
        if not keys_found
        else f"KEY FOUND in the stolen files: {len(keys_found)}"
    )

    # with a key found, try one member's search space slice; without one nothing can be tried
    resident = [t for t in targets if t[0] == "resident"]
    recovered = tried = 0
    if resident and keys_found:
        _, last4, stored = resident[0]
        regions = [f"{r:06d}" for r in range(110101, 110101 + 20)]
        days = [date(1950, 1, 1) + timedelta(d) for d in range(0, 36_525)]
        for key in keys_found:
            for number in resident_ids(last4, regions, days):
                tried += 1
                digest = hmac.new(key, f"resident:{number}".encode(), hashlib.sha256)
                recovered += digest.hexdigest() == stored
    print(f"full IDs recovered from the stolen files: {recovered} ({tried} guesses checkable)")
    # control: the same scan over the PC's key store does find the key
    control = [
        k for k in candidate_keys(sorted(keys_folder.glob("*.key"))) if fingerprint(k) == wanted
    ]
    print(f"control, the same scan over the PC's key folder finds the key: {bool(control)}")

    # with the key (which the thief does not have): the cost of one ID
    real_key = next(keys_folder.glob("member-id-*.key")).read_text().strip()
    rate = guess_rate(bytes.fromhex(real_key), args.seconds)
    space = REGIONS_IN_USE * DAYS_IN_RANGE / 11  # the check character keeps 1 in 11
    print(f"pure-Python HMAC-SHA256 guesses per second: {rate:,.0f}")
    print(
        f"with the key and the last four characters: ~{space:,.0f} candidates,"
        f" ~{space / rate / 60:,.1f} minutes per member on one core"
    )
    print("without the key: a 256-bit secret; no candidate can be checked at all")
    return 1 if recovered or keys_found or not control else 0


if __name__ == "__main__":
    sys.exit(main())
