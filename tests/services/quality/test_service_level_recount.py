"""Every figure of the service-level page equals a direct recount of what was recorded:
generated days of ratings, quality checks, hotline and counter inquiries, missed calls and
complaint cases, through the services, for every period, desk and clerk filter."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.admin import site, users
from services.complaints import cases as complaints
from services.core.clock import FixedClock
from services.core.context import AppContext
from services.core.database import open_database
from services.directory import inquiries
from services.quality import checks, ratings, service_level
from tests.conftest import PASSWORD

TZ = ZoneInfo("Asia/Shanghai")
FIRST = date(2026, 2, 23)  # a Monday; events fall on the 35 days from here
DESKS = ("main", "east")
_TEMPLATE: dict = {}


def _fresh():
    if not _TEMPLATE:
        folder = tempfile.mkdtemp(prefix="quality-template-")
        db = open_database(f"{folder}/desk.db")
        bare = AppContext(db, None, FixedClock(datetime(2026, 2, 1, 2, 0, tzinfo=UTC)))
        profile = site.SiteProfile(name="M", timezone="Asia/Shanghai")
        admin = bare.signed_in_as(site.initialise(bare, profile, "admin", PASSWORD))
        found = {
            "clerk": [
                users.add_user(admin, "clerk1", "clerk", PASSWORD),
                users.add_user(admin, "clerk2", "clerk", PASSWORD),
            ],
            "supervisor": users.add_user(admin, "sup1", "supervisor", PASSWORD),
            "lead": users.add_user(admin, "lead1", "shift_lead", PASSWORD),
        }
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        _TEMPLATE.update(path=f"{folder}/desk.db", users=found)
    folder = tempfile.mkdtemp(prefix="quality-example-")
    shutil.copy(_TEMPLATE["path"], f"{folder}/desk.db")
    clock = FixedClock(datetime(2026, 2, 1, 2, 0, tzinfo=UTC))
    base = AppContext(open_database(f"{folder}/desk.db"), None, clock)
    return base, clock, _TEMPLATE["users"]


def moment(day: int, minute: int) -> datetime:
    return datetime.combine(FIRST + timedelta(days=day), datetime.min.time(), TZ) + timedelta(
        hours=9, minutes=minute
    )


when = st.tuples(st.integers(0, 34), st.integers(0, 12 * 60))
rating = st.fixed_dictionaries(
    {
        "what": st.just("rating"),
        "when": when,
        "clerk": st.integers(0, 1),
        "desk": st.sampled_from(DESKS),
        "service": st.sampled_from(ratings.SERVICES),
        "source": st.sampled_from(ratings.SOURCES),
        "score": st.sampled_from(ratings.SCORES),
        "reasons": st.lists(st.sampled_from(ratings.REASONS), max_size=3, unique=True),
    }
)
check = st.fixed_dictionaries(
    {
        "what": st.just("check"),
        "when": when,
        "clerk": st.integers(0, 1),
        "desk": st.sampled_from(DESKS),
        "channel": st.sampled_from(checks.CHANNELS),
        "shares": st.lists(st.floats(0, 1), min_size=12, max_size=12),
    }
)
inquiry = st.fixed_dictionaries(
    {
        "what": st.just("inquiry"),
        "when": when,
        "clerk": st.integers(0, 1),
        "channel": st.sampled_from(("counter", "hotline")),
        "seconds": st.one_of(st.none(), st.integers(0, 90), st.sampled_from((19, 20, 21))),
    }
)
missed = st.fixed_dictionaries(
    {
        "what": st.just("missed"),
        "when": when,
        "desk": st.sampled_from(DESKS),
        "seconds": st.one_of(st.integers(0, 120), st.sampled_from((19, 20, 21))),
    }
)
case = st.fixed_dictionaries(
    {
        "what": st.just("case"),
        "when": when,
        "clerk": st.integers(0, 1),
        "kind": st.sampled_from(("complaint", "suggestion", "praise")),
        "respond_h": st.one_of(st.none(), st.integers(1, 60)),
        "resolve_h": st.one_of(st.none(), st.integers(0, 40)),
        "score": st.one_of(st.none(), st.integers(1, 5)),
    }
)
events = st.lists(st.one_of(rating, check, inquiry, missed, case), max_size=40)


def record(base, clock, staff, events) -> list[dict]:
    """Record the events through the services; what was kept, as a recount reads it."""
    sup = base.signed_in_as(staff["supervisor"])
    lead = base.signed_in_as(staff["lead"])
    clerks = [base.signed_in_as(u) for u in staff["clerk"]]
    sheet = checks.current_sheet(sup)
    kept = []
    for n, e in enumerate(events):
        at = moment(*e["when"])
        clock.at = at.astimezone(UTC)
        row = dict(e, day=at.date(), at=at)
        if e["what"] == "rating":
            ctx = dataclasses.replace(clerks[e["clerk"]], desk=e["desk"])
            ref = f"X{n}"
            if e["source"] == "skipped":
                ratings.skip_rating(ctx, e["service"], ref)
            elif e["source"] == "keyed":
                ratings.key_spoken_rating(ctx, e["service"], ref, e["score"], e["reasons"])
            else:
                ratings.rate_service(ctx, e["service"], ref, e["score"], e["reasons"])
        elif e["what"] == "check":
            points = {
                item.id: round(share * item.points)
                for item, share in zip(sheet.items, e["shares"], strict=True)
            }
            ctx = dataclasses.replace(sup, desk=e["desk"])
            checks.record_check(ctx, clerks[e["clerk"]].user.id, e["channel"], points)
            row["by_section"] = {
                s: (
                    sum(points[i.id] for i in sheet.items if i.section == s),
                    sum(i.points for i in sheet.items if i.section == s),
                )
                for s in checks.SECTIONS
            }
        elif e["what"] == "inquiry":
            seconds = e["seconds"] if e["channel"] == "hotline" else None
            inquiries.record_inquiry(clerks[e["clerk"]], "directions", e["channel"], seconds)
            row["seconds"] = seconds
        elif e["what"] == "missed":
            ratings.record_missed_call(dataclasses.replace(clerks[0], desk=e["desk"]), e["seconds"])
        else:
            clerk = clerks[e["clerk"]]
            c = complaints.record_case(clerk, "13800001111", "text", "service", kind=e["kind"])
            row["due_at"] = datetime.fromisoformat(c.due_at)
            row["responded"] = row["resolved"] = None
            if e["respond_h"] is not None:
                complaints.forward_case(sup, c.id, complaints.departments(sup)[0])
                clock.at = (at + timedelta(hours=e["respond_h"])).astimezone(UTC)
                complaints.start_case(clerk, c.id, "called back")
                row["responded"] = clock.at
                if e["resolve_h"] is not None:
                    clock.at += timedelta(hours=e["resolve_h"])
                    complaints.resolve_case(clerk, c.id, "done")
                    row["resolved"] = clock.at
                    if e["score"] is not None:
                        complaints.record_follow_up(lead, c.id, True, e["score"])
                        row["followed"] = e["score"]
        kept.append(row)
    return kept


def recount(kept, start, end, desk, clerk, now, hotline_seconds) -> dict:
    """The figures counted straight from the recorded events."""

    def within(e, by_desk=True, by_clerk=True):
        return (
            start <= e["day"] < end
            and (desk is None or not by_desk or e["desk"] == desk)
            and (clerk is None or not by_clerk or e["clerk"] == clerk)
        )

    rs = [e for e in kept if e["what"] == "rating" and within(e)]
    cs = [e for e in kept if e["what"] == "check" and within(e)]
    qs = [e for e in kept if e["what"] == "inquiry" and within(e, by_desk=False)]
    ms = [e for e in kept if e["what"] == "missed" and within(e, by_desk=False, by_clerk=False)]
    ms = ms if clerk is None else []
    ks = [e for e in kept if e["what"] == "case" and within(e, by_desk=False)]
    hot = [q["seconds"] for q in qs if q["channel"] == "hotline" and q["seconds"] is not None]
    hot_all = [q for q in qs if q["channel"] == "hotline"]
    first = [(k["responded"] - k["at"]).total_seconds() / 3600 for k in ks if k["responded"]]
    res = [(k["resolved"] - k["at"]).total_seconds() / 3600 for k in ks if k["resolved"]]
    answered = [k for k in ks if k["responded"]]
    late = [k for k in ks if not k["responded"] and k["due_at"] < now]
    taken = [k for k in ks if k["kind"] != "praise"]
    counter = sum(1 for q in qs if q["channel"] == "counter")

    def mean(v):
        return sum(v) / len(v) if v else None

    def by_source(source):
        n = Counter(r["score"] for r in rs if r["source"] == source)
        return {s: n.get(s, 0) for s in ratings.SCORES}

    return {
        "customer": by_source("customer"),
        "keyed": by_source("keyed"),
        "skipped": sum(1 for r in rs if r["source"] == "skipped"),
        "reasons": dict(Counter(x for r in rs if r["source"] != "skipped" for x in r["reasons"])),
        "checks": len(cs),
        "check_points": sum(p for c in cs for p, _m in c["by_section"].values()),
        "check_max": sum(m for c in cs for _p, m in c["by_section"].values()),
        "section_points": {
            s: (
                sum(c["by_section"][s][0] for c in cs),
                sum(c["by_section"][s][1] for c in cs),
            )
            for s in checks.SECTIONS
        },
        "hotline_answered": len(hot_all),
        "hotline_timed": len(hot),
        "hotline_in_time": sum(1 for s in hot if s <= hotline_seconds),
        "hotline_answer_avg": mean(hot),
        "hotline_longest": max(hot + [m["seconds"] for m in ms], default=None),
        "hotline_missed": len(ms),
        "complaints": len(ks),
        "response_avg_h": mean(first),
        "resolution_avg_h": mean(res),
        "answered_in_time": sum(1 for k in answered if k["responded"] <= k["due_at"]),
        "answer_counted": len(answered) + len(late),
        "follow_ups": {s: sum(1 for k in ks if k.get("followed") == s) for s in range(1, 6)},
        "contacts": counter + len(taken),
        "first_contact": counter
        + sum(
            1
            for k in taken
            if k["resolved"] and k["resolved"].astimezone(TZ).date() == k["at"].date()
        ),
    }


@given(
    events=events,
    period=st.sampled_from(service_level.PERIODS),
    anchor=st.integers(0, 34),
    desk=st.sampled_from((None, *DESKS)),
    clerk=st.sampled_from((None, 0, 1)),
)
def test_every_figure_equals_a_direct_recount(events, period, anchor, desk, clerk):
    base, clock, staff = _fresh()
    try:
        kept = record(base, clock, staff, events)
        clock.at = moment(34, 13 * 60).astimezone(UTC)
        sup = base.signed_in_as(staff["supervisor"])
        clerk_id = None if clerk is None else staff["clerk"][clerk].id
        day = FIRST + timedelta(days=anchor)
        sl = service_level.service_level(sup, period, day, desk, clerk_id)
        start, end = service_level.period_bounds(period, day)
        prev_start, prev_end = service_level.period_bounds(period, start - timedelta(days=1))
        seconds = sl.targets.hotline_seconds
        for level, lo, hi in ((sl.now, start, end), (sl.previous, prev_start, prev_end)):
            expected = recount(kept, lo, hi, desk, clerk, clock.at, seconds)
            got = {k: getattr(level, k) for k in expected}
            for key, value in expected.items():
                if isinstance(value, float):
                    assert got[key] == pytest.approx(value), key
                else:
                    assert got[key] == value, key
    finally:
        base.db.close()
