"""Found items and lost reports: registration, the hidden detail kept out of everything
shown, two-person cash, status moves, retention, and the triggers behind them."""

from __future__ import annotations

import json
from datetime import timedelta

import pypdfium2 as pdfium
import pytest

from db.core.connection import DatabaseError
from services.admin import site
from services.care import broadcasts
from services.core.errors import PermissionDenied, ValidationError
from services.lost_found import claims as lost_found_claims
from services.lost_found import documents as lost_found_documents
from services.lost_found import due as found_due
from services.lost_found import items as lost_found
from services.lost_found import paging as lost_found_paging
from services.lost_found.items import LostFoundRefused
from tests.conftest import PASSWORD
from tests.services.lost_found.test_lost_found_helpers import SECRET, T0, register, signature_png


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_register_takes_a_tag_number_and_masks_the_finder(role_ctx):
    clerk = role_ctx["clerk"]
    item = register(
        clerk,
        finder_kind="customer",
        finder_name="王女士",
        finder_phone="138 0013 8000",
        colour="黑色",
        storage="A-1",
    )
    assert item.tag_no == "L2026-000001" and item.status == "held"
    assert item.finder_phone_masked == "138****8000"
    assert not hasattr(item, "hidden_detail")
    assert register(clerk).tag_no == "L2026-000002"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"description": " "}, "Describe the item."),
        ({"hidden": ""}, "identifying detail"),
        ({"category": "nonsense"}, "category"),
        ({"finder_kind": "customer", "finder_phone": "12345"}, "mobile"),
        ({"found_at": T0 + timedelta(days=1)}, "future"),
        ({"photo": b"GIF89a..."}, "PNG or JPEG"),
    ],
)
def test_register_refuses_bad_input_and_writes_nothing(role_ctx, change, message):
    clerk = role_ctx["clerk"]
    with pytest.raises(ValidationError) as err:
        register(clerk, **change)
    assert message in err.value.render()
    assert clerk.db.conn.execute("SELECT count(*) FROM found_items").fetchone()[0] == 0


def test_cash_needs_a_second_person_to_confirm_the_count(role_ctx):
    clerk = role_ctx["clerk"]
    with pytest.raises(ValidationError, match="two staff"):
        register(clerk, "现金", category="cash", cash_fen=12000)
    with pytest.raises(ValidationError, match="another person"):
        register(
            clerk,
            "现金",
            category="cash",
            cash_fen=12000,
            cash_confirmer="clerk1",
            cash_confirmer_password=PASSWORD,
        )
    with pytest.raises(ValidationError, match="sign-off name or password"):
        register(
            clerk,
            "现金",
            category="cash",
            cash_fen=12000,
            cash_confirmer="shift_lead1",
            cash_confirmer_password="wrong",
        )
    item = register(
        clerk,
        "现金",
        category="cash",
        cash_fen=12000,
        cash_confirmer="shift_lead1",
        cash_confirmer_password=PASSWORD,
    )
    assert item.cash_fen == 12000


def test_hidden_detail_appears_in_no_list_label_receipt_export_broadcast_or_log(role_ctx):
    clerk = role_ctx["clerk"]
    item = register(
        clerk, description="黑色钱包 LY", colour="黑色", brand="Coach", photo=signature_png()
    )
    report = lost_found.register_lost_report(
        clerk,
        description="黑色的皮夹",
        phone="13900139000",
        lost_from=T0 - timedelta(hours=2),
        lost_to=T0,
        lost_place="三楼",
    )
    shown = [
        repr(lost_found.search_found(clerk, "钱包")),
        repr(lost_found.search_found(clerk)),
        repr(lost_found.get_found_item(clerk, item.id)),
        repr(found_due.due_for_action(clerk, soon_days=400)),
        pdf_text(lost_found_documents.tag_label_pdf(clerk, item.id)),
        lost_found_documents.found_items_csv(clerk).decode("utf-8"),
        repr(lost_found_paging.broadcast_text(clerk, "found", item.id)),
    ]
    assert lost_found_claims.check_detail(clerk, item.id, "刻着LY520") is True
    lost_found_claims.claim_item(
        clerk,
        item.id,
        claimant_name="李雷",
        id_type="passport",
        id_number="E12345678",
        phone="13700137000",
        description="黑色钱包一个",
        description_confirmed=True,
        detail_answer="里面刻有LY520字样",
        signature_png=signature_png(),
    )
    lost_found_paging.announce(clerk, "lost", report.id)
    shown += [
        pdf_text(lost_found_documents.claim_receipt_pdf(clerk, item.id)),
        repr(lost_found_claims.get_claim(clerk, item.id)),
        repr(broadcasts.list_broadcasts(clerk)),
        json.dumps(
            [dict(r) for r in clerk.db.conn.execute("SELECT * FROM audit_log")], ensure_ascii=False
        ),
    ]
    for text in shown:
        assert "LY520" not in text and SECRET not in text
    assert "E12345678" not in shown[-4] and "****5678" in shown[-4]
    assert "13700137000" not in "".join(shown)


def test_status_moves_only_from_held_and_once(role_ctx):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    item = register(clerk, category="valuable", description="金色手表")
    with pytest.raises(ValidationError, match="officer"):
        lost_found.hand_to_police(clerk, item.id, "", "")
    moved = lost_found.hand_to_police(clerk, item.id, "张警官", "南京路派出所")
    assert moved.status == "police"
    with pytest.raises(LostFoundRefused, match="no longer held"):
        lost_found.hand_to_police(clerk, item.id, "张警官", "南京路派出所")
    with pytest.raises(LostFoundRefused) as err:
        lost_found.dispose_item(lead, item.id, "destroyed", "赵主管")
    assert "Handed to police" in err.value.render()


def test_disposal_waits_for_the_retention_of_the_category(role_ctx, clock):
    clerk, lead = role_ctx["clerk"], role_ctx["shift_lead"]
    bread = register(clerk, category="perishable", description="面包一袋")
    phone = register(clerk, category="valuable", description="手机")
    umbrella = register(clerk, category="ordinary", description="雨伞")
    with pytest.raises(PermissionDenied):
        lost_found.dispose_item(clerk, bread.id, "binned", "赵主管")
    with pytest.raises(LostFoundRefused) as err:
        lost_found.dispose_item(lead, bread.id, "binned", "赵主管")
    assert "2026-03-19" in err.value.render() and "retention period" in err.value.render()
    with pytest.raises(LostFoundRefused, match="handed to the police"):
        lost_found.dispose_item(lead, phone.id, "binned", "赵主管")
    clock.advance(days=3)
    assert lost_found.dispose_item(lead, bread.id, "binned", "赵主管").status == "disposed"
    with pytest.raises(LostFoundRefused, match="retention"):
        lost_found.dispose_item(lead, umbrella.id, "donated", "赵主管")
    clock.advance(days=184)
    assert lost_found.dispose_item(lead, umbrella.id, "donated", "赵主管").status == "disposed"


def test_retention_and_extra_categories_come_from_settings(role_ctx, clock):
    admin, clerk, lead = role_ctx["admin"], role_ctx["clerk"], role_ctx["shift_lead"]
    site.put_setting(
        admin,
        lost_found.CATEGORY_SETTING,
        json.dumps(
            {
                "ordinary": {"rule": "months", "period": 1},
                "umbrella": {"label": "雨伞", "rule": "days", "period": 7},
            }
        ),
    )
    assert "umbrella" in {c.code for c in lost_found.list_categories(clerk)}
    item = register(clerk, category="umbrella", description="黑伞")
    clock.advance(days=7)
    assert lost_found.dispose_item(lead, item.id, "donated", "赵主管").status == "disposed"


def test_due_for_action_lists_police_items_and_ended_retention(role_ctx, clock):
    clerk = role_ctx["clerk"]
    bread = register(clerk, category="perishable", description="面包")
    card = register(clerk, category="id_document", description="身份证")
    register(clerk, category="ordinary", description="雨伞")
    assert [(d.item.id, d.action) for d in found_due.due_for_action(clerk)] == [
        (card.id, "police"),
        (bread.id, "soon"),
    ]
    clock.advance(days=4)
    assert [d.action for d in found_due.due_for_action(clerk)] == ["police", "dispose"]


def test_triggers_keep_records_and_allowed_moves(role_ctx):
    clerk = role_ctx["clerk"]
    item = register(clerk)
    conn = clerk.db.conn
    for sql in (
        "DELETE FROM found_items",
        "UPDATE found_items SET hidden_detail = 'x'",
        "UPDATE found_items SET description = 'x'",
        "UPDATE found_items SET status = 'claimed'",  # no claim row
        "UPDATE found_items SET status = 'police'",  # no hand-over row
        "UPDATE found_items SET status = 'lost'",
    ):
        with pytest.raises(DatabaseError):
            conn.execute(sql)
    lost_found.hand_to_police(clerk, item.id, "张警官", "南京路派出所")
    for sql in (
        "UPDATE found_items SET status = 'held'",
        "UPDATE found_item_outcomes SET officer = 'x'",
        "DELETE FROM found_item_outcomes",
    ):
        with pytest.raises(DatabaseError):
            conn.execute(sql)


def test_lost_report_needs_a_mobile_and_a_sane_window(role_ctx):
    clerk = role_ctx["clerk"]
    with pytest.raises(ValidationError, match="mobile"):
        lost_found.register_lost_report(
            clerk, description="伞", phone="021-1234", lost_from=T0, lost_to=T0
        )
    with pytest.raises(ValidationError, match="earlier"):
        lost_found.register_lost_report(
            clerk,
            description="伞",
            phone="13800138000",
            lost_from=T0,
            lost_to=T0 - timedelta(hours=1),
        )
    report = lost_found.register_lost_report(
        clerk, description="伞", phone="13800138000", lost_from=T0, lost_to=T0
    )
    assert report.report_no == "LR2026-000001" and report.phone_masked == "138****8000"


def test_broadcast_text_in_both_languages_is_logged(role_ctx):
    clerk = role_ctx["clerk"]
    report = lost_found.register_lost_report(
        clerk,
        description="儿童水杯",
        colour="粉色",
        phone="13800138000",
        lost_from=T0,
        lost_to=T0 + timedelta(hours=1),
        lost_place="2F 儿童乐园",
    )
    text = lost_found_paging.broadcast_text(clerk, "lost", report.id)
    assert "粉色儿童水杯" in text.text_zh and "10:00" in text.text_zh
    assert "2F 儿童乐园" in text.text_en and "13800138000" not in text.text_zh
    logged = lost_found_paging.announce(clerk, "lost", report.id, requested_by="王女士")
    assert broadcasts.list_broadcasts(clerk)[0] == logged
    with pytest.raises(DatabaseError):
        clerk.db.conn.execute("DELETE FROM broadcasts")


def test_the_full_phone_is_revealed_to_supervisors_only_and_audited(role_ctx):
    report = lost_found.register_lost_report(
        role_ctx["clerk"], description="伞", phone="13800138000", lost_from=T0, lost_to=T0
    )
    with pytest.raises(PermissionDenied):
        lost_found.reveal_report_phone(role_ctx["clerk"], report.id)
    assert lost_found.reveal_report_phone(role_ctx["supervisor"], report.id) == "13800138000"
    actions = [r[0] for r in role_ctx["clerk"].db.conn.execute("SELECT action FROM audit_log")]
    assert actions[-1] == "lost.reveal_phone"
