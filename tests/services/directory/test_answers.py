"""Standard answers: supervisors keep them, clerks search them, promotions end on time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.core.errors import PermissionDenied, ValidationError
from services.directory import answers


def promo(ctx, until="2026-03-31", since="2026-03-01"):
    return answers.add_answer(
        ctx,
        "promotion",
        "三月女神节满减",
        "3月1日至31日，全场满300减50，不与会员折扣同享。",
        "March spend-and-save",
        "1-31 March: ¥50 off every ¥300, not with member discounts.",
        "满减 discount",
        since,
        until,
    )


def test_a_promotion_past_its_end_date_no_longer_appears(role_ctx, clock):
    sup, clerk = role_ctx["supervisor"], role_ctx["clerk"]
    current = promo(sup)
    old = promo(sup, "2026-02-28", "2026-02-01")
    later = promo(sup, "2026-04-30", "2026-04-01")
    shown = [a.id for a in answers.search_answers(clerk, "满减")]
    assert shown == [current.id]  # 16 March: the February one ended, April's not begun
    clock.at = datetime(2026, 3, 31, 15, 59, tzinfo=UTC)  # 23:59 in Shanghai
    assert [a.id for a in answers.search_answers(clerk, "discount")] == [current.id]
    clock.at = datetime(2026, 3, 31, 16, 0, tzinfo=UTC)  # 1 April 00:00 local
    assert [a.id for a in answers.search_answers(clerk, "discount")] == [later.id]
    assert {a.id for a in answers.all_answers(sup, "discount")} == {current.id, old.id, later.id}


def test_search_in_both_languages_and_by_topic(role_ctx):
    sup, clerk = role_ctx["supervisor"], role_ctx["clerk"]
    park = answers.add_answer(
        sup,
        "parking",
        "停车收费",
        "首小时免费，之后每小时5元。",
        "Parking fees",
        "First hour free, then ¥5 an hour.",
    )
    answers.add_answer(
        sup,
        "loyalty",
        "积分卡规则",
        "每消费10元积1分。",
        "Loyalty card",
        "One point for every ¥10.",
    )
    assert [a.id for a in answers.search_answers(clerk, "PARKING")] == [park.id]
    assert [a.id for a in answers.search_answers(clerk, "免费")] == [park.id]
    assert [a.topic for a in answers.search_answers(clerk, topic="loyalty")] == ["loyalty"]
    assert park.title("en") == "Parking fees" and park.body("zh_CN").startswith("首小时")


def test_withdrawn_answers_stop_showing_and_edits_are_audited(role_ctx):
    sup, clerk = role_ctx["supervisor"], role_ctx["clerk"]
    a = answers.add_answer(sup, "hours", "营业时间", "10:00-22:00")
    changed = answers.update_answer(sup, a.id, "hours", "营业时间", "周五周六延长至22:30")
    assert changed.body_zh == "周五周六延长至22:30"
    answers.update_answer(sup, a.id, "hours", "营业时间", "周五周六延长至22:30", active=False)
    assert answers.search_answers(clerk, "营业") == []
    rows = sup.db.conn.execute(
        "SELECT before, after FROM audit_log WHERE action = 'answer.update'"
    ).fetchall()
    assert len(rows) == 2 and "10:00-22:00" in rows[0]["before"]


def test_only_supervisors_edit(role_ctx):
    for role in ("clerk", "shift_lead"):
        with pytest.raises(PermissionDenied):
            answers.add_answer(role_ctx[role], "other", "标题", "内容")
        with pytest.raises(PermissionDenied):
            answers.all_answers(role_ctx[role])
    assert answers.add_answer(role_ctx["admin"], "other", "标题", "内容").id


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(topic="weather"),
        dict(title_zh=""),
        dict(body_zh=" "),
        dict(valid_from="2026-04-01", valid_until="2026-03-01"),
        dict(valid_until="31/03/2026"),
        dict(topic="promotion", valid_until=None),
    ],
)
def test_bad_answers_are_refused(role_ctx, kwargs):
    given = dict(topic="other", title_zh="标题", body_zh="内容", valid_until="2026-12-31")
    given.update(kwargs)
    with pytest.raises(ValidationError):
        answers.add_answer(role_ctx["supervisor"], **given)
