"""Counter ratings and quality checks: keyed ratings apart from the customer's own, skipped
apart, one outcome per service, no customer data; a check of one's own service refused;
a check keeps the sheet version in force when it was made."""

from __future__ import annotations

from datetime import date

import pytest

from db.core.connection import DatabaseError
from services.core.errors import DomainError, ValidationError
from services.quality import checks, ratings, service_level
from services.quality.checks import SheetItem
from services.quality.targets import Targets, quality_targets, save_quality_targets

DAY = date(2026, 3, 16)


def full_marks(sheet) -> dict:
    return {item.id: item.points for item in sheet.items}


def test_keyed_ratings_are_reported_apart_from_the_customers_own(role_ctx):
    clerk, sup = role_ctx["clerk"], role_ctx["supervisor"]
    ratings.rate_service(clerk, "lend", "D2026-000001", 4, ["attitude"])
    ratings.rate_service(clerk, "sale", "R2026-000001", 1, ["waiting", "speed"])
    ratings.key_spoken_rating(clerk, "return", "D2026-000002", 4)
    ratings.key_spoken_rating(clerk, "inquiry", "Q1", 3)
    ratings.key_spoken_rating(clerk, "claim", "CR2026-000001", 2)
    level = service_level.service_level(sup, "day", DAY).now
    assert level.customer == {4: 1, 3: 0, 2: 0, 1: 1}
    assert level.keyed == {4: 1, 3: 1, 2: 1, 1: 0}
    assert level.satisfied_share == 0.5  # the keyed ones never lift the customer's figure
    assert level.keyed_satisfied_share == pytest.approx(2 / 3)
    assert level.reasons == {"attitude": 1, "waiting": 1, "speed": 1}
    kept = ratings.rating_of(clerk, "inquiry", "Q1")
    assert (kept.source, kept.score, kept.clerk_id) == ("keyed", 3, clerk.user.id)


def test_skipped_ratings_count_as_skipped_never_as_satisfied(role_ctx):
    clerk, sup = role_ctx["clerk"], role_ctx["supervisor"]
    ratings.rate_service(clerk, "lend", "D2026-000001", 2)
    for n in range(2, 5):
        ratings.skip_rating(clerk, "lend", f"D2026-00000{n}")
    level = service_level.service_level(sup, "day", DAY).now
    assert level.skipped == 3
    assert level.rated == 1
    assert level.satisfied_share == 0.0
    assert sum(level.keyed.values()) == 0


def test_one_outcome_per_service_and_nothing_changes(role_ctx):
    clerk = role_ctx["clerk"]
    ratings.skip_rating(clerk, "enrolment", "M2026-000007")
    with pytest.raises(ratings.RatingRefused):
        ratings.rate_service(clerk, "enrolment", "M2026-000007", 4)
    assert ratings.rating_of(clerk, "enrolment", "M2026-000007").source == "skipped"
    with pytest.raises(DatabaseError):
        clerk.db.conn.execute("UPDATE service_ratings SET score = 4")
    with pytest.raises(DatabaseError):
        clerk.db.conn.execute("DELETE FROM service_ratings")


@pytest.mark.parametrize(
    "service, reference, score, reasons",
    [
        ("lend", "13812345678", 4, ()),  # a phone is not a service reference
        ("lend", "110101199003071234", 4, ()),  # nor an ID number
        ("lend", "138 1234 5678", 4, ()),
        ("lend", "", 4, ()),
        ("lend", "x" * 41, 4, ()),
        ("parking", "P1", 4, ()),
        ("lend", "D1", 5, ()),
        ("lend", "D1", True, ()),
        ("lend", "D1", None, ()),
        ("lend", "D1", 3, ("rude",)),
    ],
)
def test_bad_ratings_are_refused_and_nothing_is_written(
    role_ctx, service, reference, score, reasons
):
    clerk = role_ctx["clerk"]
    with pytest.raises(ValidationError):
        ratings.rate_service(clerk, service, reference, score, reasons)
    assert clerk.db.conn.execute("SELECT count(*) FROM service_ratings").fetchone()[0] == 0


def test_a_quality_check_of_ones_own_service_is_refused(role_ctx):
    sup = role_ctx["supervisor"]
    sheet = checks.current_sheet(sup)
    with pytest.raises(checks.CheckRefused):
        checks.record_check(sup, sup.user.id, "counter", full_marks(sheet))
    assert sup.db.conn.execute("SELECT count(*) FROM qc_checks").fetchone()[0] == 0
    with pytest.raises(DatabaseError):  # the table refuses it as well
        sup.db.conn.execute(
            "INSERT INTO qc_checks (at, day, desk, sheet_id, channel, clerk_id, checker_id)"
            " VALUES ('x', 'x', 'main', 1, 'counter', ?, ?)",
            (sup.user.id, sup.user.id),
        )


def test_the_clerk_may_not_check_and_sees_own_scores_and_comments(role_ctx):
    clerk, sup = role_ctx["clerk"], role_ctx["supervisor"]
    sheet = checks.current_sheet(clerk)
    with pytest.raises(DomainError):
        checks.record_check(clerk, sup.user.id, "counter", full_marks(sheet))
    points = full_marks(sheet)
    first = sheet.items[0]
    points[first.id] = first.points - 3
    check = checks.record_check(
        sup, clerk.user.id, "hotline", points, "inquiry", "Q7", "请在三声内接起电话"
    )
    assert check.total == sheet.max_total - 3 == 97
    mine = checks.my_checks(clerk)
    assert [c.id for c in mine] == [check.id]
    assert mine[0].comment == "请在三声内接起电话"
    assert {s.item_id: s.points for s in mine[0].scores} == points
    assert checks.my_checks(role_ctx["shift_lead"]) == []
    with pytest.raises(DomainError):
        checks.get_check(role_ctx["shift_lead"], check.id)


def test_the_default_sheet_follows_call_centre_practice(role_ctx):
    sheet = checks.current_sheet(role_ctx["clerk"])
    assert sheet.version == 1 and sheet.max_total == 100
    by_title = {i.title_zh: i.points for i in sheet.items}
    assert by_title["礼貌用语及客户安抚"] == 8
    assert by_title["答复问题全面性"] == 8
    assert by_title["严格执行业务规范及流程"] == 8
    assert {i.section for i in sheet.items} == set(checks.SECTIONS)


def test_a_score_keeps_the_sheet_version_in_force_when_it_was_made(role_ctx):
    clerk, sup, admin = role_ctx["clerk"], role_ctx["supervisor"], role_ctx["admin"]
    v1 = checks.current_sheet(sup)
    old = checks.record_check(sup, clerk.user.id, "counter", full_marks(v1))
    new_items = [
        SheetItem("greeting", "问候", "Greeting", "", "", 10),
        SheetItem("answer", "答复", "Answer", "", "", 30),
    ]
    with pytest.raises(DomainError):
        checks.save_sheet(sup, "新表", "New sheet", new_items)  # admins edit the sheet
    v2 = checks.save_sheet(admin, "新表", "New sheet", new_items)
    assert v2.version == 2 and v2.max_total == 40
    assert checks.current_sheet(sup).id == v2.id
    with pytest.raises(ValidationError):  # the old sheet's items are not the sheet in force
        checks.record_check(sup, clerk.user.id, "counter", full_marks(v1))
    new = checks.record_check(
        sup, clerk.user.id, "counter", {v2.items[0].id: 5, v2.items[1].id: 30}
    )
    kept = checks.get_check(clerk, old.id)
    assert (kept.sheet_version, kept.total, kept.max_total) == (1, 100, 100)
    assert len(kept.scores) == 12
    assert checks.get_check(clerk, new.id).sheet_version == 2
    level = service_level.service_level(sup, "day", DAY).now
    assert (level.checks, level.check_points, level.check_max) == (2, 135, 140)
    assert level.section_points["answer"] == (28 + 30, 28 + 30)
    assert level.section_points["greeting"] == (16 + 5, 16 + 10)


@pytest.mark.parametrize(
    "points_of",
    [
        lambda s: {},
        lambda s: {i.id: i.points + 1 for i in s.items},
        lambda s: {i.id: -1 for i in s.items},
        lambda s: {i.id: 1.5 for i in s.items},
        lambda s: {**{i.id: 0 for i in s.items}, 999: 0},
    ],
)
def test_bad_scores_are_refused_and_nothing_is_written(role_ctx, points_of):
    sup, clerk = role_ctx["supervisor"], role_ctx["clerk"]
    sheet = checks.current_sheet(sup)
    with pytest.raises(ValidationError):
        checks.record_check(sup, clerk.user.id, "counter", points_of(sheet))
    assert sup.db.conn.execute("SELECT count(*) FROM qc_checks").fetchone()[0] == 0
    assert sup.db.conn.execute("SELECT count(*) FROM qc_scores").fetchone()[0] == 0


def test_a_comment_holding_a_phone_number_is_refused(role_ctx):
    sup, clerk = role_ctx["supervisor"], role_ctx["clerk"]
    sheet = checks.current_sheet(sup)
    with pytest.raises(ValidationError):
        checks.record_check(
            sup, clerk.user.id, "counter", full_marks(sheet), comment="顾客 13812345678 很满意"
        )


def test_targets_are_kept_in_settings_and_misses_stand_out(role_ctx):
    admin, sup, clerk = role_ctx["admin"], role_ctx["supervisor"], role_ctx["clerk"]
    assert quality_targets(sup) == Targets()
    with pytest.raises(DomainError):
        save_quality_targets(sup, Targets(hotline_seconds=30))
    with pytest.raises(ValidationError):
        save_quality_targets(admin, Targets(hotline_percent=101))
    save_quality_targets(admin, Targets(hotline_seconds=10, satisfied_percent=60))
    assert quality_targets(sup).hotline_seconds == 10
    ratings.rate_service(clerk, "lend", "D2026-000001", 4)
    ratings.rate_service(clerk, "lend", "D2026-000002", 1)
    figures = {
        f.key: f for f in service_level.headline(service_level.service_level(sup, "day", DAY))
    }
    assert figures["satisfied"].value == 0.5 and figures["satisfied"].misses
    assert not figures["hotline_level"].misses  # no calls: nothing to miss
    today = service_level.today_service(clerk)
    assert (today.rated, today.skipped, today.satisfied_misses) == (2, 0, True)


def test_missed_calls_lower_the_hotline_level(role_ctx, clock):
    from services.directory import inquiries

    clerk, sup = role_ctx["clerk"], role_ctx["supervisor"]
    for seconds in (5, 12, 25, 40):
        inquiries.record_inquiry(clerk, "directions", "hotline", seconds)
    ratings.record_missed_call(clerk, 45)
    with pytest.raises(ValidationError):
        ratings.record_missed_call(clerk, 601)
    level = service_level.service_level(sup, "day", DAY).now
    assert (level.hotline_answered, level.hotline_in_time, level.hotline_missed) == (4, 2, 1)
    assert level.hotline_level == pytest.approx(2 / 5)
    assert level.hotline_longest == 45
    assert level.hotline_answer_avg == pytest.approx(20.5)
