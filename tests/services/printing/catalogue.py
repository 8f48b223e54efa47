"""Every counter document of a demo site, one of each kind, as (name, kind, number, build):
`build(ctx, copy_no)` answers the PDF bytes whose `.document` is the model both renderers read.
Read straight from the demo database so a test covers whatever the site has made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from services.complaints import documents as complaint_documents
from services.invoices import documents as invoice_documents
from services.lending import documents as lending_documents
from services.lending import voucher_documents
from services.lost_found import documents as lost_found_documents
from services.members import documents as member_documents
from services.sales import documents as sales_documents


@dataclass(frozen=True)
class Printed:
    name: str
    kind: str
    number: str
    build: Callable  # (ctx, copy_no) -> PdfBytes
    cash: bool = False


def _one(db, sql: str):
    return db.conn.execute(sql).fetchone()


def counter_documents(db) -> list[Printed]:
    out: list[Printed] = []
    for method, cash in (("cash", True), ("wechat", False)):
        loan = _one(
            db, f"SELECT id, slip_no FROM loans WHERE method = '{method}' AND deposit_fen > 0"
        )
        if loan:
            out.append(
                Printed(
                    f"deposit slip ({method})",
                    "deposit_slip",
                    loan["slip_no"],
                    lambda ctx, n, i=loan["id"]: lending_documents.deposit_slip_pdf(ctx, i, n),
                    cash,
                )
            )
    for kind in ("refund", "charge"):  # a return's vouchers
        voucher = _one(
            db,
            "SELECT voucher_no, method, amount_fen - deposit_part_fen AS paid_now"
            f" FROM loan_vouchers WHERE kind = '{kind}' ORDER BY method = 'cash' DESC, id",
        )
        if voucher:
            out.append(
                Printed(
                    f"{kind} voucher ({voucher['method']})",
                    "lending_voucher",
                    voucher["voucher_no"],
                    lambda ctx, n, no=voucher["voucher_no"]: voucher_documents.voucher_pdf(
                        ctx, no, n
                    ),
                    voucher["method"] == "cash" and (kind == "refund" or voucher["paid_now"] > 0),
                )
            )
    for method, cash in (("cash", True), ("card", False), ("wechat", False)):
        sale = _one(
            db,
            "SELECT receipt_no FROM sales WHERE method = ? AND id NOT IN"
            " (SELECT sale_id FROM sale_voids)".replace("?", f"'{method}'"),
        )
        if sale:
            out.append(
                Printed(
                    f"receipt ({method})",
                    "receipt",
                    sale["receipt_no"],
                    lambda ctx, n, no=sale["receipt_no"]: sales_documents.receipt_pdf(ctx, no, n),
                    cash,
                )
            )
    tag = _one(db, "SELECT id, tag_no FROM found_items ORDER BY id")
    out.append(
        Printed(
            "found-item tag",
            "found_tag",
            tag["tag_no"],
            lambda ctx, n, i=tag["id"]: lost_found_documents.tag_label_pdf(ctx, i, n),
        )
    )
    claim = _one(db, "SELECT found_item_id, receipt_no FROM found_item_claims ORDER BY id")
    out.append(
        Printed(
            "claim receipt",
            "claim_receipt",
            claim["receipt_no"],
            lambda ctx, n, i=claim["found_item_id"]: lost_found_documents.claim_receipt_pdf(
                ctx, i, n
            ),
        )
    )
    card = _one(db, "SELECT card_no FROM member_cards WHERE status = 'active' ORDER BY id")
    out.append(
        Printed(
            "member card",
            "member_card",
            card["card_no"],
            lambda ctx, n, c=card["card_no"]: member_documents.card_confirmation_pdf(ctx, c, n),
        )
    )
    redemption = _one(db, "SELECT id, receipt_no FROM redemptions ORDER BY id")
    if redemption:
        out.append(
            Printed(
                "points redemption",
                "redemption",
                redemption["receipt_no"],
                lambda ctx, n, i=redemption["id"]: member_documents.redemption_receipt_pdf(
                    ctx, i, n
                ),
            )
        )
    fee = _one(db, "SELECT card_no, fee_receipt_no, fee_method FROM member_cards WHERE fee_fen > 0")
    if fee:
        out.append(
            Printed(
                "reissue fee receipt",
                "reissue_fee",
                fee["fee_receipt_no"],
                lambda ctx, n, c=fee["card_no"]: member_documents.reissue_fee_receipt_pdf(
                    ctx, c, n
                ),
                fee["fee_method"] == "cash",
            )
        )
    shift = _one(db, "SELECT id, report_no FROM shifts WHERE report_no IS NOT NULL ORDER BY id")
    out.append(
        Printed(
            "shift report",
            "shift_report",
            shift["report_no"],
            lambda ctx, n, i=shift["id"]: lending_documents.shift_report_pdf(
                ctx, i, n, layout="receipt"
            ),
        )
    )
    return out


def sheet_documents(db) -> list[Printed]:
    """A4/A5 documents that carry a number and a QR code: an invoice and a case record."""
    inv = _one(db, "SELECT invoice_no FROM invoices ORDER BY id")
    case = _one(db, "SELECT id, case_no FROM complaint_cases ORDER BY id")
    return [
        Printed(
            "invoice",
            "invoice",
            inv["invoice_no"],
            lambda ctx, n, no=inv["invoice_no"]: invoice_documents.invoice_pdf(ctx, no, n),
        ),
        Printed(
            "case record",
            "complaint",
            case["case_no"],
            lambda ctx, n, i=case["id"]: complaint_documents.case_record_pdf(ctx, i, n),
        ),
    ]
