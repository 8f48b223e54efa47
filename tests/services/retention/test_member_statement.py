"""A member's own data as a printable statement: everything held, the full mobile for the
member only through a supervisor, audited; phones on old records masked after retention."""

from __future__ import annotations

import subprocess

import pytest

from services.complaints import cases as complaints
from services.core.errors import PermissionDenied
from services.members import members
from services.retention import purge, statement
from tests.services.members.fixtures import receipt, resident_id, shop


@pytest.fixture
def member(role_ctx):
    s = shop(role_ctx["admin"])
    made = members.enrol_member(
        role_ctx["clerk"],
        "王小明",
        "13800138000",
        "resident",
        resident_id(),
        receipt(s.id, "E1", 20000),
    )
    complaints.record_case(role_ctx["clerk"], "13800138000", "空调太冷", "facilities")
    return made.member


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_the_statement_holds_what_is_kept_and_is_audited(role_ctx, member, tmp_path):
    with pytest.raises(PermissionDenied):
        statement.member_data_statement_pdf(role_ctx["clerk"], member.id)
    pdf = statement.member_data_statement_pdf(role_ctx["supervisor"], member.id)
    text = text_of(pdf, tmp_path)
    assert "13800138000" in text and "王小明" in text
    assert member.card_no in text and "Complaint or suggestion" in text
    assert "Desk ledgers" in text and "12 months" in text
    row = (
        role_ctx["admin"]
        .db.conn.execute(
            "SELECT after FROM audit_log WHERE action = 'document.member_data_statement'"
        )
        .fetchone()
    )
    assert "138****8000" in row[0] and "13800138000" not in row[0]


def test_old_phones_are_masked_when_their_retention_ends(role_ctx, member, clock):
    admin = role_ctx["admin"]
    assert purge.mask_expired_phones(admin) == {}
    clock.advance(days=800)
    masked = purge.mask_expired_phones(admin)
    assert masked == {"complaint_cases": 1}
    phone = admin.db.conn.execute("SELECT phone FROM complaint_cases").fetchone()[0]
    assert phone == "138****8000"
    # the trigger lets nothing but the mask in, and only under the purge's grant
    with pytest.raises(Exception, match="only ever masked|does not change"):
        admin.db.conn.execute("UPDATE complaint_cases SET phone = '13900000000'")
