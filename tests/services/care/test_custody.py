"""Items held for departments, suppliers and customers (desk rules 5.1.3)."""

from __future__ import annotations

import pytest

from db.core.connection import IntegrityError
from services.care import custody
from services.core.errors import ValidationError


def test_take_in_and_hand_out_once(role_ctx, clock):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    item = custody.take_in(
        clerk,
        "样品一箱",
        "supplier",
        "招商部 李经理",
        "顺丰快递员",
        left_phone="13800138000",
        storage="柜台下 2 号格",
    )
    assert item.held and item.left_phone_masked == "138****8000" and item.ref == "K00001"
    assert [i.id for i in custody.list_items(clerk, held_only=True)] == [item.id]
    clock.advance(hours=3)
    out = custody.hand_out(lead, item.id, "李经理")
    assert not out.held and out.picked_up_by == "李经理" and out.released_by_name == "Shift_Lead"
    assert custody.list_items(clerk, held_only=True) == []
    with pytest.raises(custody.CustodyRefused):
        custody.hand_out(clerk, item.id, "别人")


@pytest.mark.parametrize(
    "args",
    [
        ("", "department", "保洁部", "王"),
        ("钥匙", "friend", "保洁部", "王"),
        ("钥匙", "department", "", "王"),
        ("钥匙", "department", "保洁部", " "),
    ],
)
def test_missing_details_are_refused(role_ctx, args):
    with pytest.raises(ValidationError):
        custody.take_in(role_ctx["clerk"], *args)


def test_records_are_never_deleted_or_rewritten(role_ctx):
    clerk = role_ctx["clerk"]
    item = custody.take_in(clerk, "钥匙", "department", "保洁部", "王师傅")
    conn = clerk.db.conn
    with pytest.raises(IntegrityError, match="never deleted|permission denied"):
        conn.execute("DELETE FROM custody_items")
    with pytest.raises(IntegrityError, match="completed once|permission denied"):
        conn.execute("UPDATE custody_items SET held_for = '别人'")
    custody.hand_out(clerk, item.id, "保洁部 张")
    with pytest.raises(IntegrityError, match="completed once|permission denied"):
        conn.execute("UPDATE custody_items SET picked_up_by = '别人'")
