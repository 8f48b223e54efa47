"""Bad input (issue 10, point 5): every service entry point that takes text or numbers,
given arbitrary text, huge or negative numbers, floats and None, either succeeds or raises a
DomainError with a message, and a refused call leaves the database exactly as it was."""
from __future__ import annotations

import itertools
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from services.directory import answers
from services.directory import guide as directory
from services.directory import inquiries
from services.lending import loans as lending
from services.lending import items as lending_items
from services.lost_found import items as lost_found
from services.lost_found import claims as lost_found_claims
from services.members import ids as member_ids
from services.members import points as member_points
from services.members import rewards as member_rewards
from services.members import members
from services.core import personal_data
from services.shifts import shifts
from services.directory import shops
from services.admin import site
from services.admin import users
from services.core.errors import DomainError
from services.members.rules import ShoppingReceipt
from tests.services.members.fixtures import receipt, resident_id

# the desk's own words (codes of conditions, methods, topics, kinds...), so drawn calls get
# past the first choice and reach the checks behind it
VOCAB = sorted({*lending.CONDITIONS, *shifts.METHODS, *answers.TOPICS, *inquiries.TYPES,
                *inquiries.CHANNELS, *directory.FACILITY_KINDS, *personal_data.PHONE_COLUMNS,
                *lost_found_claims.ID_TYPES, *member_ids.ID_TYPES, "umbrella", "UMB", "U",
                "10:00-22:00", "21:00", "clerk1", "shift_lead1", "admin", "L2", "A-1"})
TEXT = st.one_of(st.none(), st.text(max_size=300),
                 st.text(alphabet="0123456789 -+()M", max_size=24), st.just(""),
                 st.sampled_from(["13800138000", "U-001", "M2026-000001", "cash", "good",
                                  "resident", "counter", "L1", "x" * 5000]),
                 st.sampled_from(VOCAB))
NUM = st.one_of(st.none(), st.integers(-(2 ** 70), 2 ** 70), st.integers(-5, 50),
                st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                st.sampled_from([10000, 5000, 100, 10, 2 ** 63 - 1, 2 ** 63]))
WHEN = st.one_of(st.none(), st.datetimes(timezones=st.just(timezone.utc)), st.text(max_size=30))
DAY = st.one_of(st.none(), st.dates(), st.text(max_size=12))
_n = itertools.count(1)


def fingerprint(db) -> tuple:
    """Every table's row count, the counters and the audit chain's head: what a refused call
    must not move."""
    tables = [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%fts%' AND name NOT LIKE '%grams%'")]
    counts = tuple(db.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    counters = tuple(db.conn.execute("SELECT series, year, last_number FROM document_counters"
                                     " ORDER BY 1, 2").fetchall())
    head = db.conn.execute("SELECT max(id), max(hash) FROM audit_log").fetchone()
    settings_ = db.conn.execute("SELECT group_concat(key || value) FROM settings").fetchone()[0]
    return counts, tuple(map(tuple, counters)), tuple(head), settings_


@pytest.fixture
def desk(role_ctx):
    """A site with a shop, items, an open shift, a loan out, a member with a card, a reward."""
    admin = role_ctx["admin"]
    shop = shops.add_shop(admin, "优衣库", "UNIQLO", unit="L2-001")
    kind = lending_items.list_kinds(admin)[0]
    lending_items.add_items(admin, kind.id, 3)
    shifts.open_shift(admin, {10000: 1})
    code = lending_items.list_items(admin)[0]["code"]
    loan = lending.lend_item(role_ctx["clerk"], code, "13800138000", "cash")
    member = members.enrol_member(admin, "张三", "13912345678", "resident", resident_id(),
                                  receipt(shop.id, "A-1", 50000)).member
    reward = member_rewards.add_reward(admin, "CUP", "杯子", "Cup", 100, stock=5)
    return {"shop": shop.id, "kind": kind.id, "loan": loan.id, "card": member.card_no,
            "member": member.id, "reward": reward.id, **role_ctx}


# name -> (role, call(ctx, desk, *drawn), strategies)
ENTRY_POINTS = {
    "lending.lend_item": ("clerk", lambda c, d, code, phone, method, name:
                          lending.lend_item(c, code, phone, method, name), (TEXT,) * 4),
    "lending.return_item": ("shift_lead", lambda c, d, cond, fen, reason:
                            lending.return_item(c, d["loan"], cond, fen, reason),
                            (TEXT, NUM, TEXT)),
    "lending.find_loan": ("clerk", lambda c, d, phone, code: lending.find_loan(c, phone, code),
                          (TEXT, TEXT)),
    "lending.scan": ("clerk", lambda c, d, code: lending.scan(c, code), (TEXT,)),
    "lending.get_loan": ("clerk", lambda c, d, n: lending.get_loan(c, n), (NUM,)),
    "lending_items.add_kind": ("admin", lambda c, d, code, prefix, zh, en, fen, minutes, rep:
                               lending_items.add_kind(c, code, prefix, zh, en, fen, minutes,
                                                      False, rep),
                               (TEXT, TEXT, TEXT, TEXT, NUM, NUM, NUM)),
    "lending_items.update_kind": ("admin", lambda c, d, fen, minutes: lending_items.update_kind(
        c, d["kind"], deposit_fen=fen, loan_minutes=minutes), (NUM, NUM)),
    "lending_items.add_items": ("admin", lambda c, d, n, note: lending_items.add_items(
        c, d["kind"], n, note), (NUM, TEXT)),
    "lending_items.retire_item": ("shift_lead", lambda c, d, code, reason:
                                  lending_items.retire_item(c, code, reason), (TEXT, TEXT)),
    "lending_items.set_desk_rules": ("admin", lambda c, d, closing, fen:
                                     lending_items.set_desk_rules(c, closing, fen), (TEXT, NUM)),
    "shifts.open_shift": ("clerk", lambda c, d, denom, n, desk_name: shifts.open_shift(
        c, {denom: n}, desk_name), (NUM, NUM, TEXT)),
    "shifts.check_close": ("shift_lead", lambda c, d, denom, n: shifts.check_close(
        c, {denom: n}), (NUM, NUM)),
    "shops.add_shop": ("admin", lambda c, d, zh, en, unit, floor, cat, phone, tax:
                       shops.add_shop(c, zh, en, unit, floor, cat, phone, tax), (TEXT,) * 7),
    "shops.update_shop": ("admin", lambda c, d, zh, phone: shops.update_shop(
        c, d["shop"], name_zh=zh, phone=phone), (TEXT, TEXT)),
    "shops.search_shops": ("clerk", lambda c, d, text, offset, limit: shops.search_shops(
        c, text, True, offset, limit), (TEXT, NUM, NUM)),
    "shops.import_shops_csv": ("admin", lambda c, d, text: shops.import_shops_csv(c, text),
                               (TEXT,)),
    "users.add_user": ("admin", lambda c, d, name, role, pw, display: users.add_user(
        c, name, role, pw, display), (TEXT,) * 4),
    "users.sign_in": ("clerk", lambda c, d, name, pw: users.sign_in(c, name, pw), (TEXT, TEXT)),
    "site.put_setting": ("admin", lambda c, d, key, value: site.put_setting(c, key, value),
                         (TEXT, st.one_of(TEXT, NUM))),
    "members.enrol_member": ("clerk", lambda c, d, name, phone, id_type, number, no, fen:
                             members.enrol_member(c, name, phone, id_type, number,
                                                  ShoppingReceipt(d["shop"], no,
                                                                  date(2026, 3, 16), fen)),
                             (TEXT, TEXT, TEXT, TEXT, TEXT, NUM)),
    "members.find_members": ("clerk", lambda c, d, text, offset, limit: members.find_members(
        c, text, offset, limit), (TEXT, NUM, NUM)),
    "members.report_card_lost": ("clerk", lambda c, d, card: members.report_card_lost(c, card),
                                 (TEXT,)),
    "members.reissue_card": ("clerk", lambda c, d, card, id_type, number, method:
                             members.reissue_card(c, card, id_type, number, method), (TEXT,) * 4),
    "member_points.credit_receipt": ("clerk", lambda c, d, no, day, fen:
                                     member_points.credit_receipt(c, d["card"], ShoppingReceipt(
                                         d["shop"], no, day, fen)), (TEXT, DAY, NUM)),
    "member_points.add_manual_points": ("clerk", lambda c, d, card, points, reason:
                                        member_points.add_manual_points(c, card, points, reason),
                                        (TEXT, NUM, TEXT)),
    "member_points.redeem": ("clerk", lambda c, d, card, qty: member_points.redeem(
        c, card, d["reward"], qty), (TEXT, NUM)),
    "member_rewards.add_reward": ("admin", lambda c, d, code, zh, en, cost, stock:
                                  member_rewards.add_reward(c, code, zh, en, cost, stock),
                                  (TEXT, TEXT, TEXT, NUM, NUM)),
    "member_rewards.restock_reward": ("admin", lambda c, d, qty, reason:
                                      member_rewards.restock_reward(c, d["reward"], qty, reason),
                                      (NUM, TEXT)),
    "directory.search_directory": ("clerk", lambda c, d, text, floor:
                                   directory.search_directory(c, text, floor), (TEXT, TEXT)),
    "directory.set_shop_details": ("admin", lambda c, d, hours, brand, words:
                                   directory.set_shop_details(c, d["shop"], hours, brand, words),
                                   (TEXT,) * 3),
    "directory.add_facility": ("admin", lambda c, d, kind, floor, loc, zh, en, hours:
                               directory.add_facility(c, kind, floor, loc, zh, en, hours),
                               (TEXT,) * 6),
    "answers.search_answers": ("clerk", lambda c, d, text, topic, offset, limit:
                               answers.search_answers(c, text, topic, offset, limit),
                               (TEXT, TEXT, NUM, NUM)),
    "answers.add_answer": ("supervisor", lambda c, d, topic, tz, bz, te, be, kw:
                           answers.add_answer(c, topic, tz, bz, te, be, kw), (TEXT,) * 6),
    "inquiries.record_inquiry": ("clerk", lambda c, d, kind, channel, secs:
                                 inquiries.record_inquiry(c, kind, channel, secs),
                                 (TEXT, TEXT, NUM)),
    "lost_found.register_found_item": ("clerk", lambda c, d, cat, desc, place, at, hidden,
                                       phone, qty: lost_found.register_found_item(
                                           c, category=cat, description=desc, found_place=place,
                                           found_at=at, hidden_detail=hidden, finder_phone=phone,
                                           quantity=qty),
                                       (TEXT, TEXT, TEXT, WHEN, TEXT, TEXT, NUM)),
    "lost_found.register_lost_report": ("clerk", lambda c, d, desc, phone, a, b, name:
                                        lost_found.register_lost_report(
                                            c, description=desc, phone=phone, lost_from=a,
                                            lost_to=b, contact_name=name),
                                        (TEXT, TEXT, WHEN, WHEN, TEXT)),
    "lost_found.search_found": ("clerk", lambda c, d, text: lost_found.search_found(c, text),
                                (TEXT,)),
    "lost_found.find_by_tag": ("clerk", lambda c, d, tag: lost_found.find_by_tag(c, tag),
                               (TEXT,)),
    "lost_found_claims.claim_item": ("clerk", lambda c, d, n, name, id_type, number, phone,
                                     desc, answer: lost_found_claims.claim_item(
                                         c, n, claimant_name=name, id_type=id_type,
                                         id_number=number, phone=phone, description=desc,
                                         description_confirmed=True, detail_answer=answer,
                                         signature_png=b"\x89PNG"),
                                     (NUM, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)),
    "personal_data.reveal_phone": ("supervisor", lambda c, d, entity, n, reason:
                                   personal_data.reveal_phone(c, entity, n, reason),
                                   (TEXT, NUM, TEXT)),
    "personal_data.erase_member": ("supervisor", lambda c, d, n, reason:
                                   personal_data.erase_member(c, n, reason), (NUM, TEXT)),
}


# Entry points that still let a wrong type or size through to Python or SQLite (found by
# this test; each owner validates and removes its line, strict so a fixed one is noticed).
NOT_YET_VALIDATED: dict[str, str] = {}


# Refusals that are themselves written down by design: a wrong password counts towards the
# lock-out and leaves an audit row (services/users.py commits the failure, then refuses).
REFUSAL_IS_RECORDED = {"users.sign_in"}


def check_entry_point(ctx, fixtures: dict, call, strategies, recorded: bool = False) -> None:
    """200 drawn argument tuples: each call succeeds or is a DomainError with a message that
    left the database as it was, and no transaction is left open. Shared by the area files
    (test_bad_input_<area>.py); the database is built once per test and reused."""

    @settings(max_examples=200, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.tuples(*strategies))
    def run(args):
        before = fingerprint(ctx.db)
        try:
            call(ctx, fixtures, *args)
        except DomainError as exc:
            assert exc.render(), "a refusal says why"
            assert recorded or fingerprint(ctx.db) == before, \
                "a refused call changed the database"
        assert not ctx.db.conn.in_transaction

    run()


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_YET_VALIDATED[n]))
    if n in NOT_YET_VALIDATED else n for n in sorted(ENTRY_POINTS)])
def test_bad_input_is_refused_cleanly(name, desk):
    role, call, strategies = ENTRY_POINTS[name]
    check_entry_point(desk[role], desk, call, strategies, name in REFUSAL_IS_RECORDED)
