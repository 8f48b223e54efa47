"""Bad input at lost and found: registering, searching, matching, paging, claiming and
closing."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import strategies as st

from services.lost_found import claims as lost_found_claims
from services.lost_found import due as found_due
from services.lost_found import items as lost_found
from services.lost_found import matching as lost_found_match
from services.lost_found import paging as lost_found_paging
from tests.services.bad_input.kinds import (
    COUNT,
    DAY,
    FEN,
    FLAG,
    FROM_PROGRAM,
    ID,
    OFFSET,
    PHONE,
    PICTURE,
    QUERY,
    TEXT,
    WHEN,
    choice,
    fine,
    limit,
    limited,
    optional,
    pick,
    read_as,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

NOW = "NOW"  # stands for the desk clock's now, so some calls get past the time checks
AT = st.one_of(WHEN, fine(st.just(NOW)))
CATEGORY = choice(*lost_found.DEFAULT_CATEGORIES)
FINDER = choice(*lost_found.FINDER_KINDS)
ID_TYPE = choice(*lost_found_claims.ID_TYPES)
KIND = st.one_of(
    fine(st.just("lost")),
    read_as(
        lambda _: "found",
        st.just("found"),
        FROM_PROGRAM.map(lambda d: d.value).filter(lambda v: v != "lost"),
    ),
)
"""Which record an announcement is for: the page passes "lost" or "found" (never a person's
text), and anything but "lost" is read as a found item."""
QUANTITY = st.one_of(COUNT, fine(st.just(1)))
CONFIRMER = st.one_of(QUERY, fine(st.just("shift_lead1")))


def at(ctx, value, back=timedelta(0)):
    return ctx.clock.now() - back if value == NOW else value


ENTRY_POINTS = {
    "lost_found.register_found_item": entry(
        "clerk",
        lambda c, d, cat, desc, place, when, hidden, kind, name, phone, qty, photo: (
            lost_found.register_found_item(
                c,
                category=cat,
                description=desc,
                found_place=place,
                found_at=at(c, when),
                hidden_detail=hidden,
                finder_kind=kind,
                finder_name=name,
                finder_phone=phone,
                quantity=qty,
                photo=photo,
            )
        ),
        CATEGORY,
        limited(200),
        limited(200),
        AT,
        limited(200),
        FINDER,
        limited(60),
        PHONE,
        QUANTITY,
        PICTURE,
    ),
    "lost_found.register_found_cash": entry(
        "clerk",
        lambda c, d, fen, confirmer, pw: lost_found.register_found_item(
            c,
            category="cash",
            description="现金",
            found_place="L1",
            found_at=at(c, NOW),
            hidden_detail="红色信封",
            cash_fen=fen,
            cash_confirmer=confirmer,
            cash_confirmer_password=pw,
        ),
        FEN,
        CONFIRMER,
        QUERY,
        refusal_writes={"users", "audit_log"},  # a wrong sign-off counts toward the lock
    ),
    "lost_found.register_lost_report": entry(
        "clerk",
        lambda c, d, desc, phone, a, b, cat, colour, place, name: lost_found.register_lost_report(
            c,
            description=desc,
            phone=phone,
            lost_from=at(c, a, timedelta(hours=2)),
            lost_to=at(c, b),
            category=cat,
            colour=colour,
            lost_place=place,
            contact_name=name,
        ),
        limited(200),
        st.one_of(PHONE, fine(st.just("13912345678"))),
        AT,
        AT,
        CATEGORY,
        limited(40),
        limited(200),
        limited(60),
    ),
    "lost_found.get_found_item": entry(
        "clerk", lambda c, d, n: lost_found.get_found_item(c, n), ID
    ),
    "lost_found.find_by_tag": entry(
        "clerk", lambda c, d, tag: lost_found.find_by_tag(c, tag), QUERY
    ),
    "lost_found.item_photo": entry("clerk", lambda c, d, n: lost_found.item_photo(c, n), ID),
    "lost_found.get_lost_report": entry(
        "clerk", lambda c, d, n: lost_found.get_lost_report(c, n), ID
    ),
    "lost_found.search_found": entry(
        "clerk",
        lambda c, d, text, status, cat, a, b, offset, n: lost_found.search_found(
            c, text, status=status, category=cat, day_from=a, day_to=b, offset=offset, limit=n
        ),
        QUERY,
        pick(*lost_found.STATUS_LABELS),
        pick(*lost_found.DEFAULT_CATEGORIES),
        optional(DAY),
        optional(DAY),
        OFFSET,
        limit(200),
    ),
    "lost_found.search_reports": entry(
        "clerk",
        lambda c, d, text, status, cat, a, b, offset, n: lost_found.search_reports(
            c, text, status=status, category=cat, day_from=a, day_to=b, offset=offset, limit=n
        ),
        QUERY,
        pick(*lost_found.REPORT_STATUS_LABELS),
        pick(*lost_found.DEFAULT_CATEGORIES),
        optional(DAY),
        optional(DAY),
        OFFSET,
        limit(200),
    ),
    "lost_found.hand_to_police": entry(
        "shift_lead",
        lambda c, d, n, officer, station, note: lost_found.hand_to_police(
            c, n, officer, station, note
        ),
        ID,
        limited(60),
        limited(80),
        limited(200),
    ),
    "lost_found.dispose_item": entry(
        "shift_lead",
        lambda c, d, n, method, witness, note: lost_found.dispose_item(c, n, method, witness, note),
        ID,
        limited(80),
        limited(60),
        limited(200),
    ),
    "lost_found.move_storage": entry(
        "clerk", lambda c, d, n, storage: lost_found.move_storage(c, n, storage), ID, limited(60)
    ),
    "found_due.due_for_action": entry(
        "clerk", lambda c, d, days: found_due.due_for_action(c, days), COUNT
    ),
    "found_due.due_counts": entry("clerk", lambda c, d, days: found_due.due_counts(c, days), COUNT),
    "lost_found.reveal_report_phone": entry(
        "supervisor", lambda c, d, n: lost_found.reveal_report_phone(c, n), ID
    ),
    "lost_found_claims.check_detail": entry(
        "clerk", lambda c, d, n, answer: lost_found_claims.check_detail(c, n, answer), ID, QUERY
    ),
    "lost_found_claims.claim_item": entry(
        "clerk",
        lambda c, d, n, name, id_type, number, phone, desc, ok, answer, png: (
            lost_found_claims.claim_item(
                c,
                n,
                claimant_name=name,
                id_type=id_type,
                id_number=number,
                phone=phone,
                description=desc,
                description_confirmed=ok,
                detail_answer=answer,
                signature_png=png,
            )
        ),
        ID,
        limited(60),
        ID_TYPE,
        TEXT,
        PHONE,
        limited(300),
        FLAG,
        QUERY,
        PICTURE,
        refusal_writes={"found_item_claim_attempts", "audit_log"},  # a wrong answer is kept
    ),
    "lost_found_claims.claim_attempts": entry(
        "clerk", lambda c, d, n: lost_found_claims.claim_attempts(c, n), ID
    ),
    "lost_found_claims.release_claim_attempts": entry(
        "clerk",
        lambda c, d, n, reason, who, pw: lost_found_claims.release_claim_attempts(
            c, n, reason, who, pw
        ),
        ID,
        TEXT,
        CONFIRMER,
        QUERY,
        refusal_writes={"users", "audit_log"},
    ),
    "lost_found_claims.get_claim": entry(
        "clerk", lambda c, d, n: lost_found_claims.get_claim(c, n), ID
    ),
    "lost_found_claims.claim_signature": entry(
        "clerk", lambda c, d, n: lost_found_claims.claim_signature(c, n), ID
    ),
    "lost_found_match.matches_for_report": entry(
        "clerk",
        lambda c, d, n, most: lost_found_match.matches_for_report(c, n, most),
        ID,
        limit(50),
    ),
    "lost_found_match.reports_for_item": entry(
        "clerk", lambda c, d, n, most: lost_found_match.reports_for_item(c, n, most), ID, limit(50)
    ),
    "lost_found_match.link_report": entry(
        "clerk", lambda c, d, a, b: lost_found_match.link_report(c, a, b), ID, ID
    ),
    "lost_found_paging.broadcast_text": entry(
        "clerk", lambda c, d, kind, n: lost_found_paging.broadcast_text(c, kind, n), KIND, ID
    ),
    "lost_found_paging.announce": entry(
        "clerk",
        lambda c, d, kind, n, by, repeats, zh, en: lost_found_paging.announce(
            c, kind, n, by, repeats, zh, en
        ),
        KIND,
        ID,
        limited(60),
        COUNT,
        TEXT,
        TEXT,
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, lost_desk):
    check_entry_point(ENTRY_POINTS[name], lost_desk)
