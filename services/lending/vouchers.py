"""Vouchers of a loan's return (DOMAIN.md 3: "each refund or charge prints a voucher"): a
deposit refund paid out, or a compensation charge (kept from the deposit, and any part above
it paid at the desk). Each has its own gapless number (V2026-000001) taken inside the return's
transaction, shows exactly its settlement's figure (a trigger checks it), and is audited."""

from __future__ import annotations

import re
from dataclasses import dataclass

import db.lending.lending as lending_db
from services.core import audit
from services.core import numbering as numbers
from services.core.clock import iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound
from services.core.identifiers import canonical_id
from services.core.permissions import Perm, internal, requires

SERIES = "lending_voucher"
KINDS = ("refund", "charge")
KIND_LABELS = {
    "refund": QT_TRANSLATE_NOOP("Desk", "Deposit refund"),
    "charge": QT_TRANSLATE_NOOP("Desk", "Compensation charge"),
}
VOUCHER_RE = re.compile(rf"^{numbers.SERIES_PREFIX[SERIES]}\d{{4}}-\d{{6}}$")


@dataclass(frozen=True)
class Voucher:
    """One voucher: `amount_fen` is what it is for; of a charge, `deposit_part_fen` was kept
    from the deposit and the rest paid now by `method` (a refund is paid back by `method`)."""

    id: int
    voucher_no: str
    loan_id: int
    slip_no: str
    kind: str
    amount_fen: int
    deposit_part_fen: int
    method: str
    issued_at: str
    issued_by: str  # login name; documents show the display name
    condition: str = "good"  # the item's condition at its return
    reason: str = ""  # what was damaged or how it was lost
    approved_by: str = ""  # the shift lead who signed off a clerk's charge (login name)

    @property
    def paid_now_fen(self) -> int:
        """Money that crosses the counter with this voucher (out for a refund, in for a
        charge): a charge's part kept from the deposit stays in the drawer."""
        return self.amount_fen if self.kind == "refund" else self.amount_fen - self.deposit_part_fen


def _voucher(row: dict) -> Voucher:
    return Voucher(
        row["id"],
        row["voucher_no"],
        row["loan_id"],
        row["slip_no"],
        row["kind"],
        row["amount_fen"],
        row["deposit_part_fen"],
        row["method"],
        row["issued_at"],
        row["issued_by_name"],
        row["condition"],
        row["reason"] or "",
        row["approved_by_name"] or "",
    )


@internal
def issue_vouchers(
    ctx: AppContext,
    loan: dict,
    settlement_id: int,
    refund_fen: int,
    forfeit_fen: int,
    extra_fen: int,
    extra_method: str,
) -> tuple[Voucher, ...]:
    """The vouchers of a settlement just written, inside its transaction: a refund voucher
    when money goes back, a compensation voucher when compensation is charged."""
    wanted = []
    if refund_fen:
        wanted.append(("refund", refund_fen, refund_fen, loan["method"]))
    if forfeit_fen or extra_fen:
        method = extra_method if extra_fen else loan["method"]
        wanted.append(("charge", forfeit_fen + extra_fen, forfeit_fen, method))
    issued = []
    at = iso(ctx.clock.now())
    for kind, amount, from_deposit, method in wanted:
        number = numbers.take_number(ctx, SERIES)
        voucher_id = lending_db.insert_voucher(
            ctx.db,
            voucher_no=number,
            loan_id=loan["id"],
            settlement_id=settlement_id,
            kind=kind,
            amount_fen=amount,
            deposit_part_fen=from_deposit,
            method=method,
            issued_at=at,
            issued_by=ctx.user.id,
        )
        audit.record(
            ctx,
            "loan.voucher",
            "loan_voucher",
            voucher_id,
            None,
            {
                "voucher_no": number,
                "slip_no": loan["slip_no"],
                "kind": kind,
                "amount_fen": amount,
                "deposit_part_fen": from_deposit,
                "method": method,
            },
        )
        issued.append(_voucher(lending_db.voucher_by_no(ctx.db, number)))
    return tuple(issued)


@requires(Perm.COUNTER)
def vouchers_of(ctx: AppContext, loan_id: int) -> list[Voucher]:
    """The vouchers of a loan's return, in the order they were issued (none while it is out,
    nor for a return settled before vouchers were kept)."""
    from services.core import validation

    loan_id = validation.record_id(loan_id, QT_TRANSLATE_NOOP("Desk", "loan number"))
    return [_voucher(r) for r in lending_db.vouchers_of_loan(ctx.db, loan_id)]


@requires(Perm.COUNTER)
def get_voucher(ctx: AppContext, voucher_no: str) -> Voucher:
    """A voucher by its number, typed or scanned."""
    number = canonical_id(voucher_no, QT_TRANSLATE_NOOP("Desk", "voucher number"))
    row = lending_db.voucher_by_no(ctx.db, number) if number else None
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Desk", "No refund or compensation voucher {number}."),
            number=(voucher_no or "").strip() if isinstance(voucher_no, str) else "",
        )
    return _voucher(row)


@internal
def is_voucher_number(code: str) -> bool:
    return bool(VOUCHER_RE.match(code or ""))


@dataclass(frozen=True)
class SettledLoan:
    """A loan already back, with the vouchers of its return; `voucher_no` is the one that
    was scanned (empty when its slip was)."""

    loan: object  # services.lending.loans.Loan
    vouchers: tuple[Voucher, ...]
    voucher_no: str = ""


@requires(Perm.COUNTER)
def find_settled(ctx: AppContext, code: str) -> SettledLoan | None:
    """A voucher number, or the slip of a loan already back: that loan with its vouchers, to
    reprint one; None for any other code (an item, a slip still out, another series)."""
    from services.lending import loans as lending

    number = canonical_id(code, QT_TRANSLATE_NOOP("Desk", "slip or voucher number"))
    voucher_no = ""
    if is_voucher_number(number):
        row = lending_db.voucher_by_no(ctx.db, number)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Desk", "No refund or compensation voucher {number}."),
                number=number,
            )
        loan_row, voucher_no = lending_db.loan_by_id(ctx.db, row["loan_id"]), number
    elif lending.SLIP_RE.match(number):
        loan_row = lending_db.loan_by_slip(ctx.db, number)
        if loan_row is None or loan_row["settlement_id"] is None:
            return None
    else:
        return None
    vouchers = tuple(_voucher(r) for r in lending_db.vouchers_of_loan(ctx.db, loan_row["id"]))
    return SettledLoan(lending._loan(loan_row), vouchers, voucher_no)
