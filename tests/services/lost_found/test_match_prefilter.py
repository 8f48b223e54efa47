"""Lost-report matching reads only the items that may answer: the database picks the held
items of the report's time that share its category, a kind of thing or a word (on its
indexes), and the scores are those of scoring every held item of that time."""

from __future__ import annotations

from datetime import timedelta

import db.lost_found.lost_found as lf_db
from services.admin import users
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.database import open_database
from services.lost_found import items as lost_found
from services.lost_found import matching
from tests.conftest import copy_site
from tests.services.lost_found.test_lost_found_helpers import hours, register


def _every_held_item_scored(ctx, report_id: int, limit: int) -> list[tuple[int, float]]:
    """The matches as scoring every held item found in the report's time gives them (no
    prefilter, no cap), keeping those that share more than the time."""
    report = lf_db.lost_report(ctx.db, report_id)
    start = iso(parse_iso(report["lost_from"]) - timedelta(days=1))
    end = iso(parse_iso(report["lost_to"]) + timedelta(days=60))
    ranked = []
    for row in lf_db.held_found_between(ctx.db, start, end, limit=10**9):
        value, reasons = matching.score(report, row)
        if value > 0 and matching.SHARED & set(reasons):
            ranked.append((row["found_at"], row["id"], value))
    ranked.sort(key=lambda m: (-m[2], m[0]))
    return [(item_id, value) for _, item_id, value in ranked[:limit]]


def test_on_the_demo_site_every_report_gets_the_matches_of_scoring_every_item(
    demo_60_days, tmp_path
):
    from demo.site import DEMO_PASSWORD

    db = open_database(copy_site(demo_60_days, tmp_path / "demo.db"))
    try:
        bare = AppContext(db, None)
        clerk = bare.signed_in_as(users.sign_in(bare, "li.na", DEMO_PASSWORD))
        report_ids = [r[0] for r in db.conn.execute("SELECT id FROM lost_reports ORDER BY id")]
        assert len(report_ids) > 20
        matched = 0
        for report_id in report_ids:
            got = [(m.item.id, m.score) for m in matching.matches_for_report(clerk, report_id, 25)]
            assert got == _every_held_item_scored(clerk, report_id, 25), report_id
            matched += bool(got)
        assert matched > len(report_ids) // 2  # the demo's owners find their things
    finally:
        db.close()


def test_only_items_sharing_a_key_are_scored(role_ctx, monkeypatch):
    clerk = role_ctx["clerk"]
    t0 = clerk.clock.now() - hours(12)
    wallets = [
        register(clerk, "黑色皮夹", found_at=t0 + hours(1)),
        register(clerk, "leather purse", colour="black", found_at=t0 + hours(2)),
    ]
    umbrellas = [  # held from the same time, sharing nothing with a wallet
        register(clerk, "雨伞 长柄", category="perishable", found_at=t0 + hours(n % 5)).id
        for n in range(12)
    ]
    report = lost_found.register_lost_report(
        clerk,
        description="black wallet",
        phone="13800138000",
        lost_from=t0 - hours(1),
        lost_to=t0 + hours(1),
    )
    scored = []
    real_score = matching.score

    def score(report_row, item_row):
        scored.append(item_row["id"])
        return real_score(report_row, item_row)

    monkeypatch.setattr(matching, "score", score)
    found = [m.item.id for m in matching.matches_for_report(clerk, report.id, 10)]
    assert {w.id for w in wallets} <= set(found)
    assert scored and not set(scored) & set(umbrellas)  # the umbrellas were never read


def test_text_keys_cover_both_languages_of_a_thing():
    grams, phrases = matching.text_keys(
        {"description": "蓝牙耳机", "lost_place": "", "colour": "", "category": ""}
    )
    assert "耳机" in grams and "蓝牙" in grams and "airpods" in phrases
    grams, phrases = matching.text_keys(
        {"description": "ID card", "lost_place": "", "colour": "", "category": ""}
    )
    assert "身份" in grams and "id" in grams and "card" in phrases
