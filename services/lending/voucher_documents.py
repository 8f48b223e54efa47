"""The 80 mm voucher of a loan's return, as PDF bytes without Qt (the ESC/POS renderer reads
the same model): a deposit refund paid out, signed by the customer, or a compensation charge
for a damaged or lost item. Words are source strings translated through `ctx.translate`, so
the voucher follows the window's language; the phone is masked."""

from __future__ import annotations

from services.admin import site
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import Perm, requires
from services.documents import Document, copy_mark_text
from services.documents.staff import staff_name
from services.documents.text import paper_fen
from services.lending import loans as lending
from services.lending import vouchers
from services.lending.documents import _lang, _local, item_name
from services.shifts import shifts

KIND = "lending_voucher"  # the document kind in the print log (a counter document)

TITLES = {
    "refund": QT_TRANSLATE_NOOP("Desk", "Deposit refund voucher"),
    "charge": QT_TRANSLATE_NOOP("Desk", "Compensation voucher"),
}
WORDING_REFUND = QT_TRANSLATE_NOOP(
    "Desk",
    "The deposit of slip {slip} has been refunded as shown above; the slip is settled and no"
    " longer valid. Please sign to confirm you received it.",
)
WORDING_CHARGE = QT_TRANSLATE_NOOP(
    "Desk",
    "Compensation for the {item} {code} ({condition}), charged as shown above. Please keep"
    " this voucher as your receipt.",
)


@requires(Perm.COUNTER)
def voucher_pdf(
    ctx: AppContext, voucher_no: str, copy_no: int = 0, lang: str | None = None
) -> bytes:
    """A refund or compensation voucher: its number and kind, the loan and item, the amount
    and how it was paid, the clerk, the time, a signature line for a refund and a QR code of
    the number; COPY n on a reprint."""
    tr, lang = ctx.translate, _lang(ctx, lang)
    voucher = vouchers.get_voucher(ctx, voucher_no)
    loan = lending.get_loan(ctx, voucher.loan_id)
    profile = site.get_profile(ctx)
    name = item_name(loan, lang)
    refund = voucher.kind == "refund"
    doc = Document(
        "receipt", copy_mark=copy_mark_text(copy_no, tr(QT_TRANSLATE_NOOP("Desk", "COPY {n}")))
    )
    # cash paid out (a refund) or taken (a charge above the deposit) opens the drawer when
    # the voucher is first printed, never on a reprint
    doc.opens_drawer = voucher.method == "cash" and voucher.paid_now_fen > 0 and copy_no == 0
    doc.header(profile.name, *([profile.address] if profile.address else []))
    doc.title(tr(TITLES[voucher.kind]), voucher.voucher_no)
    condition = tr(lending.CONDITION_LABELS[voucher.condition])
    rows = [
        (tr(QT_TRANSLATE_NOOP("Desk", "Voucher no.")), voucher.voucher_no),
        (tr(QT_TRANSLATE_NOOP("Desk", "Kind")), tr(vouchers.KIND_LABELS[voucher.kind])),
        (tr(QT_TRANSLATE_NOOP("Desk", "Slip no.")), loan.slip_no),
        (tr(QT_TRANSLATE_NOOP("Desk", "Item")), f"{name} {loan.item_code}"),
        (tr(QT_TRANSLATE_NOOP("Desk", "Condition")), condition),
    ]
    if voucher.reason and not refund:
        rows.append((tr(QT_TRANSLATE_NOOP("Desk", "Reason")), voucher.reason))
    rows += [
        (
            tr(QT_TRANSLATE_NOOP("Desk", "Borrower")),
            " ".join(x for x in (loan.borrower_name, loan.phone_masked) if x),
        ),
        (tr(QT_TRANSLATE_NOOP("Desk", "Lent at")), _local(ctx, loan.lent_at)),
        (tr(QT_TRANSLATE_NOOP("Desk", "Returned at")), _local(ctx, voucher.issued_at)),
        (tr(QT_TRANSLATE_NOOP("Desk", "Clerk")), staff_name(ctx, voucher.issued_by)),
    ]
    if voucher.approved_by and not refund:
        rows.append(
            (tr(QT_TRANSLATE_NOOP("Desk", "Signed off by")), staff_name(ctx, voucher.approved_by))
        )
    doc.fields(rows)
    method = tr(shifts.METHOD_LABELS[voucher.method])
    if refund:
        doc.total(tr(QT_TRANSLATE_NOOP("Desk", "Refunded")), paper_fen(voucher.amount_fen))
        doc.fields([(tr(QT_TRANSLATE_NOOP("Desk", "Refunded by")), method)])
    else:
        doc.total(tr(QT_TRANSLATE_NOOP("Desk", "Compensation")), paper_fen(voucher.amount_fen))
        parts = []
        if voucher.deposit_part_fen:
            deposit_method = tr(shifts.METHOD_LABELS[loan.method])
            parts.append(
                (
                    tr(QT_TRANSLATE_NOOP("Desk", "From the deposit")),
                    f"{paper_fen(voucher.deposit_part_fen)} ({deposit_method})",
                )
            )
        if voucher.paid_now_fen:
            parts.append(
                (
                    tr(QT_TRANSLATE_NOOP("Desk", "Paid now")),
                    f"{paper_fen(voucher.paid_now_fen)} ({method})",
                )
            )
        doc.fields(parts)
    doc.qr(voucher.voucher_no, caption=voucher.voucher_no)
    if refund:
        doc.paragraph(tr(WORDING_REFUND).format(slip=loan.slip_no), small=True)
        doc.signatures(
            [tr(QT_TRANSLATE_NOOP("Desk", "Customer")), tr(QT_TRANSLATE_NOOP("Desk", "Clerk"))]
        )
    else:
        wording = tr(WORDING_CHARGE).format(item=name, code=loan.item_code, condition=condition)
        doc.paragraph(wording, small=True)
        doc.signatures([tr(QT_TRANSLATE_NOOP("Desk", "Clerk"))])
    return doc.build()
