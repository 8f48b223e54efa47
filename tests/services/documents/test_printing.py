"""The print log: copy numbers of reprints, audit rows, and the printer test page."""

from __future__ import annotations

import re

import pytest

from services.admin.printer_test import CHINESE_SAMPLE, PrinterTestLabels, printer_test_pdf
from services.core import audit
from services.core.errors import PermissionDenied
from services.documents import printing
from tests.services.documents.test_documents import flat, page_sizes, page_texts


def audit_rows(ctx, kind):
    return list(reversed(audit.list_rows(ctx, entity=kind)))


def test_copy_numbers_count_printed_and_saved_outputs_only(admin_ctx):
    ctx = admin_ctx
    assert printing.next_copy_number(ctx, "receipt", "R2026-000001") == 0
    preview = printing.record_print(ctx, "receipt", "R2026-000001", "preview")
    assert preview.copy_no == 0
    assert printing.next_copy_number(ctx, "receipt", "R2026-000001") == 0  # not advanced
    original = printing.record_print(ctx, "receipt", "R2026-000001", "printer")
    assert original.copy_no == 0
    assert printing.next_copy_number(ctx, "receipt", "R2026-000001") == 1
    again = printing.record_print(ctx, "receipt", "R2026-000001", "preview")
    assert again.copy_no == 1  # shows what the next output will be: COPY 1
    saved = printing.record_print(ctx, "receipt", "R2026-000001", "pdf")
    assert saved.copy_no == 1
    reprint = printing.record_print(ctx, "receipt", "R2026-000001", "printer")
    assert reprint.copy_no == 2
    # another document keeps its own count
    assert printing.record_print(ctx, "receipt", "R2026-000002", "printer").copy_no == 0
    assert printing.record_print(ctx, "deposit_slip", "R2026-000001", "pdf").copy_no == 0

    log = printing.prints_of(ctx, "receipt", "R2026-000001")
    assert [(p.output, p.copy_no) for p in log] == [
        ("preview", 0),
        ("printer", 0),
        ("preview", 1),
        ("pdf", 1),
        ("printer", 2),
    ]
    assert all(p.at == "2026-03-16T02:00:00+00:00" for p in log)


def test_every_output_has_an_audit_row(admin_ctx):
    printing.record_print(admin_ctx, "receipt", "R2026-000007", "printer")
    printing.record_print(admin_ctx, "receipt", "R2026-000007", "printer")
    rows = [r for r in audit_rows(admin_ctx, "receipt") if r["entity_id"] == "R2026-000007"]
    assert [r["action"] for r in rows] == ["document.printer", "document.printer"]
    assert [r["username"] for r in rows] == ["admin", "admin"]
    assert '"copy_no":1' in rows[1]["after"]
    assert audit.verify_chain(admin_ctx).sound


def test_any_role_may_print(role_ctx):
    for _role, ctx in role_ctx.items():
        record = printing.record_print(ctx, "receipt", "R2026-000009", "printer")
        assert record.id > 0
    assert printing.next_copy_number(role_ctx["clerk"], "receipt", "R2026-000009") == 4


def test_printing_is_refused_without_a_signed_in_user(admin_ctx, bare_ctx):
    with pytest.raises(PermissionDenied):
        printing.record_print(bare_ctx, "receipt", "R2026-000001", "printer")
    assert printing.next_copy_number(admin_ctx, "receipt", "R2026-000001") == 0
    assert printing.prints_of(admin_ctx, "receipt", "R2026-000001") == []


def test_unknown_output_is_a_programming_error(admin_ctx):
    with pytest.raises(ValueError):
        printing.record_print(admin_ctx, "receipt", "R2026-000001", "fax")
    with pytest.raises(ValueError):
        printing.record_print(admin_ctx, "receipt", "", "printer")


def labels(**overrides) -> PrinterTestLabels:
    return PrinterTestLabels(
        title="Printer test page",
        qr_caption="Scan me",
        page_label="Page {page} / {pages}",
        **overrides,
    )


@pytest.mark.parametrize("layout", ["receipt", "a4"])
def test_printer_test_page(admin_ctx, layout):
    pdf = printer_test_pdf(admin_ctx, layout, labels(checked_by="Checked by"))
    assert b"/FontFile2" in pdf
    [text] = page_texts(pdf)
    assert "Harbour City Mall" in text and "1 Harbour Rd" in text
    assert flat(CHINESE_SAMPLE) in flat(text)
    assert "The quick brown fox" in text
    assert "Printer test page" in text and "Scan me" in text and "Site Admin" in text
    assert "¥67.50" in text
    [(width, height)] = page_sizes(pdf)
    if layout == "receipt":
        assert width == pytest.approx(226.77, abs=0.1)
    else:
        assert "Page 1 / 1" in text and height == pytest.approx(841.89, abs=0.1)


def test_printer_test_page_labels_left_out_are_translated_by_the_context(admin_ctx):
    ctx = admin_ctx.signed_in_as(admin_ctx.user)
    ctx.translate = lambda source: {"Checked by": "检查人", "Paper": "纸张"}.get(source, source)
    [text] = page_texts(printer_test_pdf(ctx, "receipt", {"title": "打印测试页"}))
    assert "打印测试页" in text and "检查人" in text and "纸张" in text
    assert re.search(r"80 mm receipt roll", text)


def test_printer_test_page_needs_a_signed_in_user(bare_ctx, admin_ctx):
    with pytest.raises(PermissionDenied):
        printer_test_pdf(bare_ctx, "a4", labels())
    with pytest.raises(ValueError):
        printer_test_pdf(admin_ctx, "letter", labels())
