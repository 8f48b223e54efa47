"""The first-aid kit ledger (desk rules 5.2.12; issue 7, acceptance 4)."""

from __future__ import annotations

import pytest

from db.core.connection import IntegrityError
from services.care import first_aid
from services.core.errors import ValidationError
from tests.services.complaints.fixtures import set_local


@pytest.fixture
def kit(role_ctx, clock):
    set_local(clock, 2026, 3, 16, 10)
    clerk = role_ctx["clerk"]
    plaster = first_aid.add_medicine(clerk, "创可贴", "external", "片", low_stock=5)
    pills = first_aid.add_medicine(clerk, "藿香正气水", "internal", "支", low_stock=2)
    first_aid.restock(clerk, plaster.id, 20, "2027-06-30")
    first_aid.restock(clerk, pills.id, 3, "2026-04-01")
    return clerk, plaster, pills


def test_use_takes_stock_and_keeps_only_a_masked_phone(kit):
    clerk, plaster, _ = kit
    after = first_aid.record_use(clerk, plaster.id, 2, phone="13800138000", description="儿童擦伤")
    assert after.stock == 18
    move = first_aid.list_moves(clerk)[0]
    assert (move.kind, move.change, move.for_whom) == ("use", -2, "138****8000 儿童擦伤")
    assert move.user_name == "Clerk"
    raw = " ".join(r[0] for r in clerk.db.conn.execute("SELECT for_whom FROM medicine_moves"))
    assert "13800138000" not in raw


def test_use_below_zero_is_refused_and_writes_nothing(kit):
    clerk, _, pills = kit
    with pytest.raises(first_aid.StockRefused) as err:
        first_aid.record_use(clerk, pills.id, 4, description="头晕的顾客")
    assert "Only 3" in err.value.render()
    assert len(first_aid.list_moves(clerk, pills.id)) == 1
    with pytest.raises(IntegrityError, match="below zero|permission denied"):
        clerk.db.conn.execute(
            "INSERT INTO medicine_moves (medicine_id, kind, change, at) VALUES (?, 'use', -9, 'x')",
            (pills.id,),
        )


def test_low_stock_and_near_expiry_are_listed(kit):
    clerk, plaster, pills = kit
    first_aid.record_use(clerk, plaster.id, 15, description="员工")
    flagged = {m.name: m for m in first_aid.needing_attention(clerk)}
    assert flagged["创可贴"].low and not flagged["创可贴"].near_expiry
    assert flagged["藿香正气水"].near_expiry and not flagged["藿香正气水"].low
    assert not flagged["藿香正气水"].expired


def test_restock_keeps_the_earliest_expiry_and_discard(kit, clock):
    clerk, _, pills = kit
    first_aid.restock(clerk, pills.id, 5, "2027-01-01")
    by_id = {m.id: m for m in first_aid.list_medicines(clerk)}
    assert by_id[pills.id].expires_on == "2026-04-01" and by_id[pills.id].stock == 8
    set_local(clock, 2026, 4, 2, 10)
    assert [m for m in first_aid.list_medicines(clerk) if m.id == pills.id][0].expired
    left = first_aid.discard(clerk, pills.id, 3, "过期")
    assert left.stock == 5


@pytest.mark.parametrize(
    "call",
    [
        lambda c, m: first_aid.record_use(c, m, 0, description="x"),
        lambda c, m: first_aid.record_use(c, m, 1),
        lambda c, m: first_aid.restock(c, m, 1, "next year"),
        lambda c, m: first_aid.discard(c, m, 1, " "),
        lambda c, m: first_aid.add_medicine(c, "碘伏", "magic"),
        lambda c, m: first_aid.add_medicine(c, "创可贴", "external"),
    ],
)
def test_bad_input_is_refused(kit, call):
    clerk, plaster, _ = kit
    with pytest.raises(ValidationError):
        call(clerk, plaster.id)


def test_kinds_are_kept_apart_and_ledger_is_append_only(kit):
    clerk, _, _ = kit
    assert [m.kind for m in first_aid.list_medicines(clerk)] == ["external", "internal"]
    with pytest.raises(IntegrityError, match="append-only|permission denied"):
        clerk.db.conn.execute("UPDATE medicine_moves SET change = 100")
    with pytest.raises(IntegrityError, match="append-only|permission denied"):
        clerk.db.conn.execute("DELETE FROM medicine_moves")
    with pytest.raises(IntegrityError, match="never deleted|permission denied"):
        clerk.db.conn.execute("DELETE FROM medicines")
