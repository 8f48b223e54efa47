"""The print log of numbered documents and the COPY n rule of reprints.

Copy numbers: every output that leaves the desk (to a printer or saved as a PDF file) is a
copy of the document. The first such output is the original (copy 0), each later one is
COPY 1, COPY 2, ... A preview on screen leaves nothing in a customer's hand, so it does not
advance the count: it is logged with the copy number it shows, which is the number the next
real output will carry. Build the document with `next_copy_number` so its mark matches."""

from __future__ import annotations

from dataclasses import dataclass

import db.core.numbering as documents_db
from db.core.connection import atomic
from services.core import audit
from services.core.clock import iso
from services.core.context import AppContext
from services.core.permissions import Perm, requires, signed_in

OUTPUTS = ("preview", "printer", "pdf")
ISSUING_OUTPUTS = ("printer", "pdf")  # outputs that hand a copy out of the desk


@dataclass(frozen=True)
class PrintRecord:
    id: int
    kind: str
    number: str
    copy_no: int
    output: str
    at: str


@signed_in
def next_copy_number(ctx, kind: str, number: str) -> int:
    """0 while the document has never been printed or saved, else the COPY n it would carry."""
    db = ctx.db
    return sum(
        1 for row in documents_db.prints_of(db, kind, number) if row["output"] in ISSUING_OUTPUTS
    )


@requires(Perm.COUNTER)
def record_print(ctx: AppContext, kind: str, number: str, output: str) -> PrintRecord:
    """Log one preview, print or PDF save of a numbered document, with its audit row.
    Any signed-in user may print; the copy number is taken inside the transaction so two
    counters printing at once cannot both issue the same copy."""
    if output not in OUTPUTS:
        raise ValueError(f"output is one of {OUTPUTS}, not {output!r}")
    if not kind or not number:
        raise ValueError("a printed document has a kind and a number")
    at = iso(ctx.clock.now())
    with atomic(ctx.db):
        copy_no = next_copy_number(ctx, kind, number)
        row_id = documents_db.record_print(
            ctx.db,
            kind=kind,
            number=number,
            copy_no=copy_no,
            output=output,
            user_id=ctx.user.id,
            at=at,
        )
        audit.record(
            ctx,
            f"document.{output}",
            kind,
            number,
            None,
            {"copy_no": copy_no, "output": output, "print_id": row_id},
        )
    return PrintRecord(row_id, kind, number, copy_no, output, at)


@requires(Perm.COUNTER)
def prints_of(ctx: AppContext, kind: str, number: str) -> list[PrintRecord]:
    """Every logged output of one document, oldest first."""
    return [
        PrintRecord(
            r["id"],
            r["document_kind"],
            r["document_no"],
            r["copy_no"],
            r["output"],
            r["printed_at"],
        )
        for r in documents_db.prints_of(ctx.db, kind, number)
    ]
