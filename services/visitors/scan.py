"""What a scanned code is, and the next thing the desk does with it.

A scanner types a code and Enter from any page. The code is a document number of one of the
desk's series (deposit slip, member card, found-item tag, receipt, invoice, complaint case,
lost report, claim receipt, points redemption, refund or compensation voucher) or the code
of a lendable item (U-001). This only reads; the page that opens the record does the work."""

from __future__ import annotations

from dataclasses import dataclass

from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.core.identifiers import canonical_id, fold
from services.core.numbering import SERIES_PREFIX
from services.core.permissions import Perm, requires
from services.lending import loans as lending
from services.lending.items import ITEM_CODE_RE
from services.visitors.search import NUMBER_RE, search_visitor

SERIES_OF_PREFIX = {prefix: series for series, prefix in SERIES_PREFIX.items()}

# the next action offered for a record, by series and the record's state
ACTION_LABELS = {
    "take_back": QT_TRANSLATE_NOOP("Desk", "Take back"),
    "lend": QT_TRANSLATE_NOOP("Desk", "Lend"),
    "credit_points": QT_TRANSLATE_NOOP("Desk", "Credit a receipt"),
    "release": QT_TRANSLATE_NOOP("Desk", "Release to the owner"),
    "reprint": QT_TRANSLATE_NOOP("Desk", "Reprint"),
    "open": QT_TRANSLATE_NOOP("Desk", "Open"),
}


@dataclass(frozen=True)
class ScanTarget:
    """The record a scanned code names. `series` is a key of services.core.numbering's
    SERIES_PREFIX, or "item" for a lendable item; `action` a key of ACTION_LABELS."""

    series: str
    number: str
    record_id: int | None
    state: str
    action: str
    title: str = ""


def _action(series: str, state: str) -> str:
    if series == "deposit_slip":
        return "take_back" if state in ("out", "overdue") else "open"
    if series == "member_card":
        return "credit_points" if state == "active" else "open"
    if series == "found_tag":
        return "release" if state == "held" else "open"
    if series in ("receipt", "invoice", "claim_receipt", "fee_receipt", "lending_voucher"):
        return "reprint"
    return "open"


def looks_like_code(text: str) -> bool:
    """True for text shaped like a code the desk hands out or an item's label."""
    code = fold(text or "")
    return bool(NUMBER_RE.match(code) or ITEM_CODE_RE.match(code))


@requires(Perm.COUNTER)
def resolve_scan(ctx: AppContext, code: str) -> ScanTarget:
    """The record of a scanned code and its next action; NotFound when the desk has none."""
    if not isinstance(code, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Scan or type a code."))
    typed = canonical_id(code, QT_TRANSLATE_NOOP("Desk", "code"))
    number = NUMBER_RE.match(typed)
    if number:
        found = search_visitor(ctx, typed)
        hit = found.document
        series = SERIES_OF_PREFIX.get(number.group(1), "")
        if series == "receipt" and hit.state == "card_fee":
            series = "fee_receipt"
        # a refund or compensation voucher names its loan; the voucher is what is reprinted
        shown = typed if series == "lending_voucher" else hit.number
        return ScanTarget(series, shown, hit.id, hit.state, _action(series, hit.state), hit.title)
    if ITEM_CODE_RE.match(typed):
        found = lending.scan(ctx, typed)
        if found.action == "lend":
            item = found.item
            return ScanTarget("item", item["code"], item["id"], "in", "lend")
        loan = found.loan
        return ScanTarget("item", loan.item_code, loan.id, "out", "take_back", loan.slip_no)
    raise NotFound(
        QT_TRANSLATE_NOOP("Desk", "Nothing at the desk has the number {number}."), number=typed
    )
