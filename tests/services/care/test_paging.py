"""Paging broadcasts on top of the shared broadcast log (desk rules 5.2.13)."""

from __future__ import annotations

import pytest

from db.core.connection import IntegrityError
from services.care import broadcasts, paging
from services.core.errors import ValidationError


def test_page_a_person_with_template(role_ctx):
    clerk = role_ctx["clerk"]
    zh, en = paging.fill_template("person", who="小明小朋友的妈妈", where="一楼总服务台")
    assert "一楼总服务台" in zh and "小明小朋友的妈妈" in en
    made = paging.page(
        clerk,
        "person",
        zh,
        en,
        "小明（6岁）",
        meet_at="一楼总服务台",
        repeats=3,
        interval_minutes=5,
    )
    assert (made.kind, made.repeats, made.interval_minutes, made.source) == (
        "person",
        3,
        5,
        "paging",
    )
    assert made.user_name == "Clerk"


def test_lost_and_found_broadcasts_show_in_the_same_log(role_ctx):
    clerk = role_ctx["clerk"]
    broadcasts.record_broadcast(clerk, "拾到钱包", "Wallet found", "L2026-000001", "失物招领")
    paging.page(clerk, "notice", "商场将于22点闭店", "The mall closes at 22:00", "值班经理")
    log = paging.list_pages(clerk)
    assert [(p.kind, p.source) for p in log] == [("notice", "paging"), ("", "L2026-000001")]


@pytest.mark.parametrize(
    "kw",
    [
        dict(kind="song"),
        dict(requested_by=""),
        dict(text_zh="", text_en=""),
        dict(repeats=0),
        dict(interval_minutes=-1),
    ],
)
def test_bad_pages_are_refused_and_write_nothing(role_ctx, kw):
    args = dict(kind="item", text_zh="寻物", text_en="Lost item", requested_by="顾客")
    args.update(kw)
    extra = {k: args.pop(k) for k in ("repeats", "interval_minutes") if k in args}
    with pytest.raises(ValidationError):
        paging.page(
            role_ctx["clerk"],
            args["kind"],
            args["text_zh"],
            args["text_en"],
            args["requested_by"],
            **extra,
        )
    assert paging.list_pages(role_ctx["clerk"]) == []


def test_details_are_append_only(role_ctx):
    made = paging.page(role_ctx["clerk"], "item", "寻物", "Lost item", "顾客")
    with pytest.raises(IntegrityError, match="append-only|permission denied"):
        role_ctx["clerk"].db.conn.execute(
            "DELETE FROM paging_details WHERE broadcast_id = ?", (made.id,)
        )
