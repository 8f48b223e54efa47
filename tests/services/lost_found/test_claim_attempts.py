"""A list of guesses releases nothing: the hidden-detail check is judged for what the answer
gets wrong as well as what it covers; wrong answers per item are limited and each is kept and
audited, and past the limit only a supervisor (another person) lets the claimant try again."""

from __future__ import annotations

import json

import pytest

from services.core.errors import PermissionDenied, ValidationError
from services.lost_found import claims
from services.lost_found import items as lost_found
from services.lost_found.claims import ClaimRefused
from tests.conftest import PASSWORD
from tests.services.lost_found.test_claims_data import COMMON_FEATURES
from tests.services.lost_found.test_lost_found_claims import claim
from tests.services.lost_found.test_lost_found_helpers import register

KEYCHAIN = "钥匙扣上挂着一只小熊，背面刻着 LY520"
CHARM = "粉色卡通钥匙扣，背面有划痕"


def audit_after(ctx, action: str) -> list[dict]:
    return [
        json.loads(r[0])
        for r in ctx.db.conn.execute(
            "SELECT after FROM audit_log WHERE action = ? ORDER BY id", (action,)
        )
    ]


# --- the answer is judged for what it gets wrong -----------------------------------------
def test_a_list_of_thirty_common_features_does_not_agree(role_ctx):
    clerk = role_ctx["clerk"]
    assert len(COMMON_FEATURES) == 30
    recital = "，".join(COMMON_FEATURES)
    # the list happens to name every word of the hidden detail among the rest, and still fails
    assert all(word in recital for word in ("粉色", "卡通", "钥匙扣", "划痕"))
    assert not claims.detail_agrees(CHARM, recital)
    assert not claims.detail_agrees(KEYCHAIN, recital)
    item = register(clerk, "钥匙", hidden=CHARM)
    assert claims.check_detail(clerk, item.id, recital) is False
    # the owner in a few words of their own
    assert claims.detail_agrees(CHARM, "钥匙扣是粉色卡通的")
    assert claims.check_detail(clerk, item.id, "粉色卡通钥匙扣，后面有道划痕") is True


@pytest.mark.parametrize(
    "answer",
    [
        "背面刻着LY520",
        "钥匙扣有个小熊，后面刻了 LY520",
        "小熊钥匙扣，背面刻着 ly520 几个字",
    ],
)
def test_an_owner_in_their_own_words_agrees(answer):
    assert claims.detail_agrees(KEYCHAIN, answer)


def test_an_owner_who_says_a_little_more_still_agrees():
    hidden = "handle engraved LY520"
    assert claims.detail_agrees(hidden, "it's a red umbrella, LY520 engraved on the handle")
    assert not claims.detail_agrees(hidden, "nothing special")


# --- attempts per item are limited, kept and audited ---------------------------------------
def test_wrong_answers_lock_the_item_until_a_supervisor_releases_it(role_ctx):
    clerk, supervisor = role_ctx["clerk"], role_ctx["supervisor"]
    item = register(clerk)
    assert claims.check_detail(clerk, item.id, "红色的拉链") is False
    with pytest.raises(ClaimRefused, match="does not agree"):
        claim(clerk, item.id, detail_answer="蓝色的贴纸")  # refused, and kept all the same
    assert claims.check_detail(clerk, item.id, "LY520") is True  # a right answer counts nothing
    assert claims.check_detail(clerk, item.id, "有照片") is False
    state = claims.claim_attempts(clerk, item.id)
    assert (state.wrong, state.locked) == (claims.MAX_WRONG_ANSWERS, True)

    # locked: even the right answer is not looked at, by a check or by the claim
    with pytest.raises(ClaimRefused, match="supervisor must release"):
        claims.check_detail(clerk, item.id, "LY520")
    with pytest.raises(ClaimRefused, match="supervisor must release"):
        claim(clerk, item.id)
    assert lost_found.get_found_item(clerk, item.id).status == "held"

    kept = clerk.db.conn.execute(
        "SELECT via, agrees FROM found_item_claim_attempts WHERE found_item_id = ? ORDER BY id",
        (item.id,),
    ).fetchall()
    assert [tuple(r) for r in kept] == [("check", 0), ("claim", 0), ("check", 1), ("check", 0)]
    checks, tries = (
        audit_after(clerk, "found.detail_check"),
        audit_after(clerk, "found.claim_attempt"),
    )
    assert [c["agrees"] for c in checks] == [False, True, False] and checks[-1]["locked"]
    assert tries == [{"tag_no": item.tag_no, "agrees": False, "wrong": 2, "locked": False}]
    assert "LY520" not in json.dumps(checks + tries, ensure_ascii=False)

    # the release: a supervisor's signature, never the clerk's own or a lead's
    with pytest.raises(ValidationError, match="Say why"):
        claims.release_claim_attempts(clerk, item.id, " ", "supervisor1", PASSWORD)
    with pytest.raises(PermissionDenied):
        claims.release_claim_attempts(clerk, item.id, "ID seen", "shift_lead1", PASSWORD)
    with pytest.raises(ValidationError, match="another person"):
        claims.release_claim_attempts(supervisor, item.id, "ID seen", "supervisor1", PASSWORD)
    state = claims.release_claim_attempts(clerk, item.id, "ID seen", "supervisor1", PASSWORD)
    assert (state.wrong, state.locked) == (0, False)
    [release] = audit_after(clerk, "found.claim_release")
    assert release["released_by"] == "supervisor1" and release["reason"] == "ID seen"
    with pytest.raises(ClaimRefused, match="not locked"):
        claims.release_claim_attempts(clerk, item.id, "again", "supervisor1", PASSWORD)
    for sql in (
        "UPDATE found_item_claim_releases SET reason = 'x'",
        "DELETE FROM found_item_claim_releases",
    ):
        with pytest.raises(Exception, match="append-only|permission denied"):
            clerk.db.conn.execute(sql)

    # after the release the count starts again, and the owner's answer releases the item
    assert claims.check_detail(clerk, item.id, "绿色") is False
    assert claims.claim_attempts(clerk, item.id).wrong == 1
    assert claim(clerk, item.id).item.status == "claimed"


def test_attempts_and_releases_are_append_only(role_ctx):
    clerk = role_ctx["clerk"]
    item = register(clerk)
    claims.check_detail(clerk, item.id, "红色")
    conn = clerk.db.conn
    for sql in (
        "UPDATE found_item_claim_attempts SET agrees = 1",
        "DELETE FROM found_item_claim_attempts",
    ):
        with pytest.raises(Exception, match="append-only|permission denied"):
            conn.execute(sql)
