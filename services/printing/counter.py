"""Printing at the counter: a counter document straight to the receipt printer (no preview),
the cash drawer (kicked with every cash movement, opened by hand with an audit row) and the
test page of each printer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.core.connection import atomic
from services.core import audit
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import Perm, requires
from services.printing import printers

if TYPE_CHECKING:  # the documents and the ESC/POS code load on the first print
    from services.documents.builder import Document
    from services.documents.printing import PrintRecord

# documents handed over the counter go to the receipt printer: every roll document, and
# these kinds whatever paper they were laid out for (a Z-report too)
COUNTER_KINDS = (
    "deposit_slip",
    "receipt",
    "found_tag",
    "claim_receipt",
    "member_card",
    "redemption",
    "reissue_fee",
    "shift_report",
    "lending_voucher",
)


@requires(Perm.COUNTER)
def print_counter_document(
    ctx: AppContext, document: Document, kind: str | None, number: str | None
) -> PrintRecord | None:
    """Send the document to this desk's ESC/POS receipt printer, then log the copy (a numbered
    document's next output is COPY n); a cash movement kicks the drawer open."""
    from services.documents import printing
    from services.printing import thermal

    setup = printers.printer_setup(ctx, "receipt")
    printers.send_raw(setup, thermal.render(document, setup.paper))
    if kind and number:
        return printing.record_print(ctx, kind, number, "printer")
    return None


@requires(Perm.COUNTER)
def print_labels(ctx: AppContext, labels: list[Document]) -> int:
    """Item labels straight to this desk's ESC/POS label printer, each cut on its own; the
    number printed."""
    from services.printing import thermal

    setup = printers.printer_setup(ctx, "label")
    for label in labels:
        printers.send_raw(setup, thermal.render(label, setup.paper, kick=False))
    return len(labels)


@requires(Perm.COUNTER)
def kick_drawer(ctx: AppContext) -> bool:
    """The drawer opens for a cash movement whose slip is not printed straight away; False
    when this desk's receipt printer has no drawer (nothing is sent)."""
    from services.printing import thermal

    setup = printers.printer_setup(ctx, "receipt")
    if not (setup.is_escpos and setup.drawer):
        return False
    printers.send_raw(setup, thermal.drawer_kick())
    return True


@requires(Perm.COUNTER)
def open_drawer(ctx: AppContext, reason: str = "") -> None:
    """Open the cash drawer without a sale (change for a note, a count): audited with who,
    when and why, so every opening of the drawer can be accounted for."""
    from services.core import validation
    from services.printing import thermal

    reason = validation.text(
        reason, QT_TRANSLATE_NOOP("Desk", "reason"), max_len=200, required=False
    )
    setup = printers.printer_setup(ctx, "receipt")
    if not (setup.is_escpos and setup.drawer):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Desk", "This desk's receipt printer has no cash drawer set up (Printers page)."
            )
        )
    with atomic(ctx.db):
        audit.record(ctx, "drawer.open", "desk", ctx.desk, None, {"reason": reason})
        printers.send_raw(setup, thermal.drawer_kick())  # a failure rolls the audit row back


@requires(Perm.MANAGE_SETTINGS)
def print_test_page(ctx: AppContext, role: str) -> bytes | None:
    """The test page of one of this desk's printers: sent to an ESC/POS printer (answers
    None), or the PDF for a system printer (the UI prints it without a dialog)."""
    from services.admin.printer_test import printer_test_pdf
    from services.printing import thermal

    setup = printers.printer_setup(ctx, role)
    if setup.connection == "none":
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Set up this printer first."))
    layout = "a4" if role == "a4" else ("receipt58" if setup.paper_mm == 58 else "receipt")
    pdf = printer_test_pdf(ctx, layout)
    if setup.is_escpos:
        printers.send_raw(setup, thermal.render(pdf.document, setup.paper, kick=False))
        return None
    return bytes(pdf)
