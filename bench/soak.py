"""A week of counter work through the real main window in one process: does the app stay up,
does its memory stay flat, and does any call on the GUI thread keep the clerk waiting?

    .venv/bin/python bench/soak.py [--ops 5600] [--db /tmp/frontdesk-soak/soak.db] [--json FILE]

Builds a fresh demo site (demo.site.build_demo, one day of history), signs a clerk in, opens
ui.main_window.MainWindow and works through seven days of 800 operations each, one operation
per turn of the event loop, as a clerk would: paid-service carts rung up (through the sale
page's code box, cart and Sell; the receipt preview opens and is closed) or cleared, items
lent and taken back (scanning the item code into the lending page, the lend and return forms
and Enter), members enrolled, found items registered, complaints recorded (their services,
then their pages shown and refreshed), the lists scrolled to their end, and the dashboard
shown. Each day's shift is opened with a float and closed counting exactly the expected cash.

Measured:
  - VmRSS and the number of Python objects every 200 operations; growth is the last sample
    over the sample at the end of the warm-up (the first 800 operations, day one);
  - every top-level event the GUI thread dispatches (QApplication.notify, timed at depth 0:
    one operation, one paint, one timer, a worker's answer ...), with what it was and the GUI
    thread's own CPU time in it (wall time far above the CPU time is waiting: the machine's
    load, the GIL, a disk); events other threads dispatch are not the GUI thread's and are
    not timed. The slowest are listed, and the slowest of each kind of work, so a slow page
    open or scroll shows even under a slower document;
  - the GUI thread's CPU time outside any event (Qt's own loop): were it large, the event
    figures would not be the whole story.
A document made on a worker opens when its bytes arrive: the clerk waits for it, so the
bench does too (turns of the loop a few ms apart) before closing it.
Pages are reached through MainWindow.show_page / page(key) and their public widgets and
methods, so the bench follows the pages as they change. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import result, rss_mb  # noqa: E402

WARM_UP = 800
SAMPLE_EVERY = 200
OPS_PER_DAY = 800
SLOWEST = 25
ACCEPTABLE_MS = 100  # the clerk's limit for one call on the GUI thread
WAIT_MS = 5  # between the turns in which the bench waits for a worker's document
SOAK_JSON = Path("/tmp/frontdesk-soak.json")


class Clocked:
    """The GUI thread's event dispatch, timed at depth 0 (a nested dispatch is part of its
    caller's time). `label` names what the driver is doing, for the operation's own event."""

    def __init__(self):
        self.depth = 0
        self.label = ""
        self.during = ""  # the operation under way, for events the driver did not run
        self.events: list[tuple[float, float, str]] = []  # (ms, cpu ms, what), the slowest
        self.kinds: dict[str, list] = {}  # kind of work -> [slowest ms, cpu ms, what, n over]
        self.count = 0
        self.total_ms = 0.0
        self.floor_ms = 0.0  # the smallest of the kept slowest, to skip fast ones quickly
        self.cpu_at_end = time.thread_time()
        self.outside_cpu_ms = 0.0  # the GUI thread's CPU between events
        self.outside_max_ms = 0.0

    def loop_starts(self) -> None:
        """The CPU outside events counts from here: the site's and window's build are not
        the loop's."""
        self.cpu_at_end = time.thread_time()
        self.outside_cpu_ms = self.outside_max_ms = 0.0

    def between(self) -> None:
        """At the start of an event: the GUI thread's CPU since the last one ended."""
        gap = (time.thread_time() - self.cpu_at_end) * 1000
        self.outside_cpu_ms += gap
        self.outside_max_ms = max(self.outside_max_ms, gap)

    def note(self, ms: float, cpu_ms: float, receiver, event) -> None:
        self.count += 1
        self.total_ms += ms
        self.cpu_at_end = time.thread_time()
        label, self.label = self.label, ""  # the driver names only the event it ran in
        if label.startswith("sample"):  # the bench's own gc.collect, not the app's work
            return
        # the kind of work: the driver's action, else the event and its receiver's class
        kind = label or f"{event.type().name} to {type(receiver).__name__}"
        slowest = self.kinds.get(kind)
        full = len(self.events) >= SLOWEST
        if slowest is not None and ms <= slowest[0] and full and ms <= self.floor_ms:
            slowest[3] += ms > ACCEPTABLE_MS  # the common case: nothing new to keep
            return
        what = self.what(label, receiver, event)
        self.keep_kind(kind, ms, cpu_ms, what)
        if full and ms <= self.floor_ms:
            return
        self.events.append((ms, cpu_ms, what))
        self.events.sort(key=lambda e: -e[0])
        del self.events[SLOWEST:]
        self.floor_ms = self.events[-1][0] if len(self.events) >= SLOWEST else 0.0

    def what(self, label: str, receiver, event) -> str:
        try:
            name = receiver.objectName() if hasattr(receiver, "objectName") else ""
        except RuntimeError:  # deleted by the event itself (a closed dialog)
            name = ""
        what = f"{event.type().name} to {type(receiver).__name__}{f' {name!r}' if name else ''}"
        if label:
            return f"{label} ({what})"
        return f"{what}, during {self.during}" if self.during else what

    def keep_kind(self, kind: str, ms: float, cpu_ms: float, what: str) -> None:
        slowest = self.kinds.setdefault(kind, [0.0, 0.0, "", 0])
        slowest[3] += ms > ACCEPTABLE_MS
        if ms > slowest[0]:
            slowest[:3] = [ms, cpu_ms, what]


def make_app(clocked: Clocked):
    from PySide6.QtWidgets import QApplication

    gui_thread = threading.get_ident()

    class TimedApp(QApplication):
        def notify(self, receiver, event):  # noqa: N802 - Qt's name
            if clocked.depth or threading.get_ident() != gui_thread:
                return self.nested(receiver, event)
            clocked.depth = 1
            clocked.between()
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return super().notify(receiver, event)
            finally:
                clocked.depth = 0
                ms = (time.perf_counter() - started) * 1000
                clocked.note(ms, (time.thread_time() - cpu) * 1000, receiver, event)

        def nested(self, receiver, event):
            """A dispatch inside the GUI thread's event (part of its time), or one on
            another thread (a QThread's own loop: not the GUI thread's time)."""
            if threading.get_ident() != gui_thread:
                return super().notify(receiver, event)
            clocked.depth += 1
            try:
                return super().notify(receiver, event)
            finally:
                clocked.depth -= 1

    return TimedApp.instance() or TimedApp([])


def build_site(path: Path, first_day: date):
    """A demo site (staff, shops, lending items, prices, one day of work) on a fresh file."""
    from demo.site import DEMO_PASSWORD, build_demo
    from services.core.context import AppContext
    from services.core.database import open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    db = open_database(path)
    build_demo(AppContext(db), days=1, today=first_day)
    return db, DEMO_PASSWORD


class Counter:
    """The clerk's week: one operation per call of step(), through the main window."""

    def __init__(self, window, session, clock, tz: ZoneInfo, rng: random.Random, errors: list):
        from services.lending import items as lending_items
        from services.sales import price_list

        self.window, self.session, self.ctx = window, session, session.ctx
        self.clock, self.tz, self.rng, self.errors = clock, tz, rng, errors
        self.codes = [
            r["code"]
            for r in lending_items.list_items(self.ctx, include_retired=False, limit=1000)
            if not r.get("retired_at")
        ][:60]
        self.services = [p.code for p in price_list.list_prices(self.ctx)][:6]
        self.shops = None
        self.lead = None  # the shift lead who counts the drawer at the end of the day
        self.done: dict[str, int] = {}
        self.day = 0

    # --- the day ---------------------------------------------------------------------------
    def open_day(self, day: date) -> None:
        from services.shifts import shifts

        self.clock.at = datetime.combine(day, datetime.min.time().replace(hour=8, minute=45))
        self.clock.at = self.clock.at.replace(tzinfo=self.tz).astimezone(ZoneInfo("UTC"))
        shifts.open_shift(self.ctx, {10000: 2, 5000: 4, 2000: 10, 1000: 10, 500: 10, 100: 20})
        self.window.refresh_status()

    def close_day(self) -> None:
        from services.shifts import shifts

        shift = shifts.current_shift(self.ctx)
        expected = shifts.cash_figures(self.ctx, shift).expected_fen
        counts, left = {}, expected
        for value in shifts.DENOMINATIONS:
            counts[value], left = divmod(left, value)
        if left:
            raise RuntimeError(f"expected cash {expected} is not a sum of notes and coins")
        shifts.close_shift(self.lead, {k: v for k, v in counts.items() if v})
        self.window.refresh_status()

    # --- one operation ---------------------------------------------------------------------
    def pick(self) -> str:
        roll = self.rng.random()
        for limit, name in (
            (0.30, "sale"),
            (0.40, "clear cart"),
            (0.62, "lend and return"),
            (0.70, "enrolment"),
            (0.78, "found item"),
            (0.84, "complaint"),
            (0.95, "list scroll"),
            (1.00, "dashboard"),
        ):
            if roll < limit:
                return name
        return "dashboard"

    def actions(self, name: str):
        """The operation as the clerk's separate actions (one per turn of the event loop):
        a generator that yields what it just did."""
        self.clock.advance(seconds=50)
        yield from getattr(self, "op_" + name.replace(" ", "_"))()
        self.done[name] = self.done.get(name, 0) + 1

    def _page(self, key: str):
        page = self.window.page(key)
        if page is None:
            raise RuntimeError(f"no page {key!r} for this user")
        return page

    def _wait_for_documents(self, page, what: str):
        """The clerk waits for the document a worker is making (a page that makes it in
        place has none pending)."""
        while getattr(page, "documents_pending", lambda: False)():
            yield f"wait for the {what}"

    def _close_preview(self, page) -> None:
        """Every preview the operation opened (a return may open two vouchers)."""
        from PySide6.QtWidgets import QDialog

        previews = [d for d in page.findChildren(QDialog) if d.isVisible()]
        preview = getattr(page, "preview", None)
        if preview is not None and preview not in previews:
            previews.append(preview)  # a direct print has no dialog to close
        for preview in previews:
            if preview.isVisible():
                preview.close()
            if hasattr(preview, "deleteLater"):
                preview.deleteLater()
        page.preview = None

    def _cart(self, page):
        for _ in range(2):
            page.code_box.setText(self.rng.choice(self.services))
            page.on_add()
            yield "add a service to the cart"

    def op_sale(self):
        page = self._page("sale")
        yield "show the sale page"
        yield from self._cart(page)
        page.given.setText("1000")
        page.on_sell()
        yield "sell (the receipt is made)"
        yield from self._wait_for_documents(page, "receipt")
        yield "the receipt's preview is open"
        self._close_preview(page)
        yield "close the preview"

    def op_clear_cart(self):
        page = self._page("sale")
        yield "show the sale page"
        yield from self._cart(page)
        page.clear()
        yield "clear the cart"

    def op_lend_and_return(self):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        page = self._page("lending")
        yield "show the lending page"
        code = self.rng.choice(self.codes)
        for step in ("lend", "return"):
            page.scan_box.setFocus()
            page.scan_box.clear()
            QTest.keyClicks(page.scan_box, code)
            QTest.keyClick(page.scan_box, Qt.Key_Return)
            yield f"scan the item to {step}"
            if step == "lend":
                form = page.lend_form
                form.phone.clear()
                QTest.keyClicks(form.phone, f"139{self.rng.randrange(10**8):08d}")
                form.name.clear()
                QTest.keyClicks(form.name, "Soak")
                yield "type the borrower's phone and name"
                QTest.keyClick(form.name, Qt.Key_Return)
                yield "lend (the deposit slip is made)"
                yield from self._wait_for_documents(page, "deposit slip")
            else:
                page.return_form.confirm()  # what Enter on the return form does
                yield "take back and refund (the voucher is made)"
                yield from self._wait_for_documents(page, "voucher")
            yield "the document's preview is open"
            self._close_preview(page)
            yield "close the preview"

    def op_enrolment(self):
        from demo.members import _id_document, _receipt
        from services.directory import shops
        from services.members import members

        if self.shops is None:
            self.shops = shops.active_shops(self.ctx)[:40]
        day = self.clock.now().astimezone(self.tz).date()
        id_type, number = _id_document(self.rng)
        phone = f"13{self.rng.randrange(10**9):09d}"
        members.enrol_member(
            self.ctx,
            "Soak Member",
            phone,
            id_type,
            number,
            _receipt(self.rng, self.shops, day, 20000, 90000),
        )
        yield "enrol (service)"
        page = self._page("members")
        yield "show the members page"
        if hasattr(page, "search_box"):
            page.search_box.setText(phone)
        if hasattr(page, "search"):
            page.search()
        yield "search the new member"

    def op_found_item(self):
        from services.lost_found import items as lost_found

        lost_found.register_found_item(
            self.ctx,
            category=self.rng.choice(("ordinary", "ordinary", "perishable", "valuable")),
            description=self.rng.choice(("black umbrella", "blue wallet", "keys", "scarf")),
            found_place="1F hall",
            found_at=self.clock.now() - timedelta(minutes=5),
            hidden_detail="a scratch on the back",
            storage="A-1",
        )
        yield "register a found item (service)"
        page = self._page("found_items")
        yield "show the found items"
        page.refresh()
        yield "refresh the found items"

    def op_complaint(self):
        from services.complaints import cases

        cases.record_case(
            self.ctx,
            f"138{self.rng.randrange(10**8):08d}",
            "The lift on the east side was out of order for an hour.",
            "facilities",
        )
        yield "record a complaint (service)"
        page = self._page("complaints")
        yield "show the complaints"
        if hasattr(page, "refresh"):
            page.refresh()
        yield "refresh the complaints"

    def op_list_scroll(self):
        from PySide6.QtWidgets import QAbstractItemView

        key = self.rng.choice(("found_items", "receipts", "outstanding", "complaints", "members"))
        page = self._page(key)
        yield f"show {key}"
        for view in page.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None:
                view.scrollToBottom()
                yield f"scroll {key} to the end"

    def op_dashboard(self):
        page = self._page("dashboard")
        yield "show the dashboard"
        page.refresh()
        yield "refresh the dashboard"


def run_soak(opts) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    load_at_start = os.getloadavg()
    clocked = Clocked()
    app = make_app(clocked)
    from services.admin import users
    from services.core.clock import FixedClock
    from services.core.context import AppContext
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.session import DeskSession, desk_tr

    i18n.install("en")
    tz = ZoneInfo("Asia/Shanghai")
    first_day = date(2026, 11, 2)  # a Monday
    built = time.perf_counter()
    db, password = build_site(Path(opts.db), first_day)
    print(f"demo site built in {time.perf_counter() - built:.0f} s", flush=True)
    errors: list[str] = []
    for kind in ("warning", "information", "critical"):
        setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: errors.append(text))
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes
    clock = FixedClock(datetime(2026, 11, 2, 0, 30, tzinfo=ZoneInfo("UTC")))
    ctx = AppContext(db, None, clock, translate=desk_tr)
    user = users.sign_in(ctx, "li.na", password)
    session = DeskSession(ctx.signed_in_as(user), str(opts.db))
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    app.processEvents()
    counter = Counter(window, session, clock, tz, random.Random(7), errors)
    counter.lead = ctx.signed_in_as(users.sign_in(ctx, "wang.lei", password))
    samples: list[dict] = []
    state = {"n": 0, "failed": None, "actions": None, "name": "", "day": None}
    started = time.perf_counter()

    def sample() -> None:
        gc.collect()
        samples.append(
            {
                "ops": state["n"],
                "rss_mb": round(rss_mb(), 1),
                "objects": len(gc.get_objects()),
                "s": round(time.perf_counter() - started, 1),
            }
        )
        print(
            f"{state['n']:6d} ops  RSS {samples[-1]['rss_mb']:7.1f} MB"
            f"  objects {samples[-1]['objects']:9,d}  {samples[-1]['s']:6.0f} s",
            flush=True,
        )

    def new_day(n: int) -> None:
        """The day's shift closed and the next one opened, in a turn of its own."""
        state["day"] = n
        clocked.label = clocked.during = "close the day's shift, open the next"
        if n:
            counter.close_day()
        counter.open_day(first_day + timedelta(days=1 + n // OPS_PER_DAY))

    def turn() -> int | None:
        """One turn of the driver: the ms until the next turn, or None at the end."""
        n = state["n"]
        if state["actions"] is None:
            if n % OPS_PER_DAY == 0 and state["day"] != n:
                new_day(n)
                return 0
            state["name"] = counter.pick()
            state["actions"] = counter.actions(state["name"])
        try:
            clocked.label = clocked.during = state["name"]
            clocked.label = f"{state['name']}: {next(state['actions'])}"
            return WAIT_MS if ": wait for" in clocked.label else 0
        except StopIteration:
            state["actions"] = None
            state["n"] = n = n + 1
        if n % SAMPLE_EVERY == 0 or n == WARM_UP:
            clocked.label = "sample memory (gc.collect)"
            sample()
        return None if n >= opts.ops else 0

    def step() -> None:
        try:
            wait = turn()
        except Exception as exc:  # the soak reports what stopped it
            state["failed"] = (
                f"operation {state['n']} ({clocked.label}): {type(exc).__name__}: {exc}"
            )
            wait = None
        if wait is None:
            app.quit()
        else:
            QTimer.singleShot(wait, step)

    sample()
    clocked.loop_starts()
    QTimer.singleShot(3000, step)  # the clerk reads the dashboard before the first customer
    app.exec()
    took = time.perf_counter() - started
    warm = next((s for s in samples if s["ops"] >= WARM_UP), samples[0])
    last = samples[-1]
    growth = (last["rss_mb"] - warm["rss_mb"]) / warm["rss_mb"] * 100
    slow = [e for e in clocked.events if not e[2].startswith("sample memory")]
    kinds = sorted(clocked.kinds.items(), key=lambda k: -k[1][0])
    out = {
        "load": " / ".join(f"{x:.1f}" for x in load_at_start),
        "load_at_end": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
        "ops": state["n"],
        "failed": state["failed"],
        "seconds": round(took, 1),
        "done": counter.done,
        "refusals": len(errors),
        "refusal_examples": sorted(set(errors))[:5],
        "samples": samples,
        "warm_up_ops": WARM_UP,
        "rss_warm_mb": warm["rss_mb"],
        "rss_last_mb": last["rss_mb"],
        "rss_growth_pct": round(growth, 1),
        "objects_warm": warm["objects"],
        "objects_last": last["objects"],
        "events": clocked.count,
        "events_ms": round(clocked.total_ms),
        "slowest": [(round(ms, 1), what) for ms, _cpu, what in slow],
        "slowest_cpu_ms": [round(cpu, 1) for _ms, cpu, _what in slow],
        "slowest_by_kind": [
            {"kind": kind, "ms": round(ms, 1), "cpu_ms": round(cpu, 1), "what": what, "over": n}
            for kind, (ms, cpu, what, n) in kinds
        ],
        "over_100_ms": sum(k[1][3] for k in kinds),
        "outside_events_cpu_ms": round(clocked.outside_cpu_ms),
        "outside_events_max_cpu_ms": round(clocked.outside_max_ms, 1),
    }
    window.close()
    return out


def log_slowest(out: dict) -> None:
    """The slowest GUI-thread events, then the slowest of each kind of work."""
    print(f"slowest GUI-thread events (ms, of it the GUI thread's CPU ms; {load_note(out)}):")
    for (ms, what), cpu in zip(out["slowest"], out["slowest_cpu_ms"]):
        print(f"  {ms:8.1f} ms  cpu {cpu:7.1f}  {what}")
    print(f"slowest of each kind of work ({out['over_100_ms']} events over {ACCEPTABLE_MS} ms):")
    for kind in out["slowest_by_kind"][:20]:
        print(
            f"  {kind['ms']:8.1f} ms  cpu {kind['cpu_ms']:7.1f}  x{kind['over']:<4d} {kind['what']}"
        )
    print(
        f"GUI thread's CPU outside any event: {out['outside_events_cpu_ms']} ms in all,"
        f" {out['outside_events_max_cpu_ms']} ms at most between two events"
    )


def load_note(out: dict) -> str:
    return f"load average at the start {out['load']}, at the end {out['load_at_end']}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=5600)
    parser.add_argument("--db", default="/tmp/frontdesk-soak/soak.db")  # its backups beside it
    parser.add_argument("--json", type=Path, default=SOAK_JSON)
    opts = parser.parse_args()
    out = run_soak(opts)
    opts.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(
        f"{out['ops']:,} operations in {out['seconds']:.0f} s ({out['done']});"
        f" refused {out['refusals']} ({out['refusal_examples']}); stopped by: {out['failed']}"
    )
    print(
        f"RSS {out['rss_warm_mb']:.0f} MB after {WARM_UP} operations, {out['rss_last_mb']:.0f} MB"
        f" at the end ({out['rss_growth_pct']:+.1f} %); Python objects {out['objects_warm']:,}"
        f" -> {out['objects_last']:,}; {out['events']:,} GUI events"
    )
    log_slowest(out)
    result(
        "soak: operations through the main window",
        out["ops"],
        None,
        "",
        unit="ops",
        failed=out["failed"],
    )
    result("soak: RSS growth after warm-up", out["rss_growth_pct"], None, "<= 20", unit="%")
    slowest = out["slowest"][0][0] if out["slowest"] else None
    result(
        "soak: slowest GUI-thread call",
        slowest,
        None,
        "<= 100 ms",
        what=out["slowest"][0][1] if out["slowest"] else "",
    )
    if out["failed"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
