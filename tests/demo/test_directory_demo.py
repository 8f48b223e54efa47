"""The directory demo: 60+ shops, facilities, answers; a day of inquiries with two peaks."""

from __future__ import annotations

import random
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from demo import directory as directory_demo
from demo import site as demo
from services.directory import answers, inquiries, shops
from services.directory import guide as directory


def test_demo_directory_and_a_day_of_inquiries(role_ctx, clock):
    admin = role_ctx["admin"]
    for n, (zh, en, floor, category, phone) in enumerate(demo.SHOPS):
        shops.add_shop(admin, zh, en, f"{floor}-{n + 1:03d}", floor, category, phone)
    directory_demo.ensure_demo_items(admin)
    directory_demo.ensure_demo_items(admin)  # a second run adds nothing
    assert shops.count_shops(admin) >= 60
    assert len(directory.search_directory(admin, "洗手间")) >= 6
    assert directory.search_directory(admin, "xbk")[0].name_zh == "星巴克"
    titles = [a.title_en for a in answers.search_answers(role_ctx["clerk"], topic="promotion")]
    assert titles == ["Anniversary sale: ¥50 off ¥300"]  # last month's promotion has ended
    day = date(2026, 3, 16)
    tz = ZoneInfo("Asia/Shanghai")
    clock.at = datetime.combine(day, time(9), tz)
    summary = directory_demo.simulate_day(role_ctx, clock, random.Random(5), day)
    assert clock.now() <= datetime.combine(day, time(21), tz)
    counts = inquiries.inquiry_counts_by_hour(admin, day)
    per_hour = {h: sum(c.values()) for h, c in counts.items()}
    assert sum(per_hour.values()) == summary["inquiries"] > 50
    assert per_hour[12] + per_hour[13] > per_hour[15] + per_hour[16]
    assert per_hour[19] > per_hour[10]
    assert inquiries.day_tally(admin, day).hotline_timed == summary["hotline"]
