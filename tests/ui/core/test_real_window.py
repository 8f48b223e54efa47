"""Under a real window manager's focus rules: the desk runs on an X display (Xvfb) with
openbox managing its window; the mouse clicks a navigation entry (xdotool), a scanner types
a deposit slip's code and Enter, and that loan opens to be taken back. Offscreen tests
cannot show what a window manager does with the focus after a click; this one can.

Skipped only when Xvfb cannot start here; CI installs xvfb, openbox and xdotool
(scripts/test.sh)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from services.lending import items as lending_items
from services.lending import loans as lending
from services.shifts import shifts
from tests import pg_support
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[3]
SCREEN = "1366x768x24"


@pytest.fixture
def display():
    """An X display of 1366×768 with openbox as its window manager: its name (":N")."""
    if pg_support.ON_POSTGRESQL:
        pytest.skip("the window test runs on the SQLite file")
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb openbox xdotool)")
    for tool in ("openbox", "xdotool"):
        assert shutil.which(tool), f"{tool} is missing: apt-get install xvfb openbox xdotool"
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        number = pipe.readline().strip()
    if not number or server.poll() is not None:
        server.kill()
        pytest.skip("Xvfb could not start here")
    name = f":{number.decode()}"
    env = {**os.environ, "DISPLAY": name}
    manager = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(0.5)  # openbox takes the screen before the desk's window maps
    yield name
    for process in (manager, server):
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()


def xdotool(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True)


def test_a_mouse_click_in_the_navigation_then_a_scan_opens_the_loan(role_ctx, db_path, display):
    admin, clerk = role_ctx["admin"], role_ctx["clerk"]
    kind = next(k for k in lending_items.list_kinds(admin) if k.code == "umbrella")
    lending_items.add_items(admin, kind.id, 2)
    shifts.open_shift(clerk, {10000: 2})
    loan = lending.lend_item(clerk, "U-001", "13800138000", "cash")
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(ROOT),
    }
    driver = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.core.real_window_driver",
            str(db_path),
            clerk.user.username,
            PASSWORD,
            "1",  # the Members group: a page far from lending
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    said = []
    try:
        for line in driver.stdout:
            said.append(line.strip())
            word, _, rest = line.strip().partition(" ")
            if word == "CLICK":
                x, y = rest.split()
                xdotool(display, "mousemove", "--sync", x, y, "click", "1")
            elif word == "CLICKED":
                assert rest == "members"
                # a scanner: the code and Enter, a few milliseconds a key
                xdotool(display, "type", "--delay", "8", loan.slip_no)
                xdotool(display, "key", "Return")
            elif word in ("OPENED", "TIMEOUT"):
                break
        driver.wait(10)
    finally:
        if driver.poll() is None:
            driver.kill()
    assert f"OPENED {loan.slip_no}" in said, (said, driver.stderr.read()[-2000:])
    assert lending.get_loan(clerk, loan.id).settled_at is None  # a scan only opens
