"""Claims: refused without a confirmed description, a matching hidden detail or a drawn
signature; a complete claim releases the item once and prints a receipt with the signature."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from db.core.connection import DatabaseError
from services.core.errors import ValidationError
from services.lost_found import claims as lost_found_claims
from services.lost_found import documents as lost_found_documents
from services.lost_found import items as lost_found
from services.lost_found import matching as lost_found_match
from services.lost_found.claims import ClaimRefused
from services.lost_found.items import LostFoundRefused
from tests.services.lost_found.test_lost_found_helpers import T0, register, signature_png

GOOD = dict(
    claimant_name="李雷",
    id_type="resident_id",
    id_number="11010519491231002X",
    phone="13700137000",
    description="黑色钱包，里面有两张卡",
    description_confirmed=True,
    detail_answer="内侧刻着LY520",
)


def claim(ctx, item_id, **change):
    return lost_found_claims.claim_item(
        ctx, item_id, **{**GOOD, "signature_png": signature_png(), **change}
    )


@pytest.mark.parametrize(
    "change, error, text",
    [
        ({"signature_png": None}, ClaimRefused, "sign on screen"),
        ({"signature_png": b"not a picture"}, ClaimRefused, "sign on screen"),
        ({"description_confirmed": False}, ClaimRefused, "quantity, colour and main features"),
        ({"detail_answer": "红色的拉链"}, ClaimRefused, "does not agree"),
        ({"detail_answer": ""}, ClaimRefused, "does not agree"),
        ({"id_number": "110105194912310021"}, ValidationError, "check character"),
        ({"claimant_name": " "}, ValidationError, "name"),
        ({"phone": "1234"}, ValidationError, "mobile"),
    ],
)
def test_an_incomplete_claim_is_refused_and_the_item_stays_held(role_ctx, change, error, text):
    clerk = role_ctx["clerk"]
    item = register(clerk)
    with pytest.raises(error) as err:
        claim(clerk, item.id, **change)
    assert text in err.value.render()
    assert lost_found.get_found_item(clerk, item.id).status == "held"
    assert lost_found_claims.get_claim(clerk, item.id) is None


def test_a_complete_claim_releases_once_closes_reports_and_keeps_only_the_last_four(role_ctx):
    clerk = role_ctx["clerk"]
    item = register(clerk)
    report = lost_found.register_lost_report(
        clerk, description="钱包", phone="13800138000", lost_from=T0, lost_to=T0
    )
    lost_found_match.link_report(clerk, report.id, item.id)
    done = claim(clerk, item.id)
    assert done.receipt_no == "CR2026-000001" and done.item.status == "claimed"
    assert done.id_masked == "**************002X" and done.phone_masked == "137****7000"
    row = clerk.db.conn.execute("SELECT * FROM found_item_claims").fetchone()
    assert "11010519491231002X" not in repr(tuple(row)) and row["id_last4"] == "002X"
    assert lost_found.get_lost_report(clerk, report.id).status == "closed"
    with pytest.raises(LostFoundRefused, match="no longer held"):
        claim(clerk, item.id)
    with pytest.raises(DatabaseError):
        clerk.db.conn.execute("UPDATE found_item_claims SET claimant_name = 'x'")


def test_the_claim_receipt_shows_the_drawn_signature(role_ctx, tmp_path):
    clerk = role_ctx["clerk"]
    item = register(clerk)
    claim(clerk, item.id)
    pdf = pdfium.PdfDocument(lost_found_documents.claim_receipt_pdf(clerk, item.id))
    page = pdf[0]
    text = page.get_textpage().get_text_range()
    images = [o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
    assert "CR2026-000001" in text and "李雷" in text and "137****7000" in text
    assert len(images) == 1
    pdf.close()


def test_check_detail_says_yes_or_no_and_never_the_detail(role_ctx):
    clerk = role_ctx["clerk"]
    item = register(clerk)
    assert lost_found_claims.check_detail(clerk, item.id, "LY520") is True
    assert lost_found_claims.check_detail(clerk, item.id, "里面有照片") is False


def test_resident_id_check_character():
    assert lost_found_claims.resident_id_valid("11010519491231002X")
    assert not lost_found_claims.resident_id_valid("110105194912310021")
