"""Text in, text kept (issue 16, defect 8): over its limit, or with a control character, a
text is refused with a message naming the field and the limit; nothing is cut or stored
silently. Identifiers: the canonical form (tests/services/core/test_identifiers.py)."""

from __future__ import annotations

import pytest

from services.complaints import cases
from services.core import validation
from services.core.errors import ValidationError
from services.members import members
from tests.services.members.fixtures import receipt, resident_id, shop


def _count(ctx, table):
    return ctx.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_complaint_text_over_its_limit_is_refused_not_cut(role_ctx):
    clerk = role_ctx["clerk"]
    category = cases.categories(clerk)[0]
    with pytest.raises(ValidationError, match="4000") as err:
        cases.record_case(clerk, "13800138000", "很" * 4001, category)
    assert "complaint text" in err.value.render()
    assert _count(clerk, "complaint_cases") == 0
    kept = cases.record_case(clerk, "13800138000", "很" * 4000, category)
    (text,) = clerk.db.conn.execute(
        "SELECT text FROM complaint_cases WHERE id = ?", (kept.id,)
    ).fetchone()
    assert len(text) == 4000


@pytest.mark.parametrize("text", ["\x00", "bad\x00text", "ring\x07", "esc\x1b[2J"])
def test_control_characters_are_refused_in_a_case(role_ctx, text):
    clerk = role_ctx["clerk"]
    with pytest.raises(ValidationError, match="control character"):
        cases.record_case(clerk, "13800138000", text, cases.categories(clerk)[0])
    assert _count(clerk, "complaint_cases") == 0


def test_a_multi_line_text_keeps_its_line_breaks(role_ctx):
    clerk = role_ctx["clerk"]
    case = cases.record_case(clerk, "13800138000", "第一行\r\n第二行", cases.categories(clerk)[0])
    (text,) = clerk.db.conn.execute(
        "SELECT text FROM complaint_cases WHERE id = ?", (case.id,)
    ).fetchone()
    assert text == "第一行\n第二行"


def test_a_member_named_nul_is_refused(role_ctx):
    s = shop(role_ctx["admin"])
    for name in ("\x00", "王\x00小明"):
        with pytest.raises(ValidationError, match="control character"):
            members.enrol_member(
                role_ctx["clerk"],
                name,
                "13800138000",
                "resident",
                resident_id(),
                receipt(s.id, "E1", 20000),
            )
    assert _count(role_ctx["clerk"], "members") == 0


def test_the_shared_check_names_the_field_and_its_limit():
    with pytest.raises(ValidationError) as err:
        validation.text("x" * 41, "storage place", 40)
    assert err.value.render() == "The storage place is too long (at most 40 characters)."
    with pytest.raises(ValidationError):
        validation.text("a\nb", "name", 40)  # one line
    assert validation.text("a\nb", "note", 40, multiline=True) == "a\nb"
