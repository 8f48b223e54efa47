"""What the desk's start loads before its first paint: nothing heavy it does not need there.
The PostgreSQL driver is for a server's desk only, reportlab and openpyxl for the first
document or export, sqlite-utils for the first row written (each costs a tenth of a second or
so at every start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from services.core.database import open_database

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("psycopg", "reportlab", "openpyxl", "qrcode", "sqlite_utils")

START = """
import sys
import ui.app
from services.core.database import open_site
from ui.session import desk_tr
open_site(sys.argv[1], desk_tr).db.close()
print(" ".join(m for m in sys.argv[2:] if m in sys.modules))
"""


def test_a_sqlite_desk_starts_without_the_heavy_modules(tmp_path):
    path = tmp_path / "desk.db"
    open_database(path).close()  # the desk's file as a later start finds it
    done = subprocess.run(
        [sys.executable, "-c", START, str(path), *HEAVY],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == [], f"loaded before the first paint: {done.stdout}"
