"""Gapless document numbers: a counter per series and year, taken inside the caller's
transaction so a rolled-back operation gives its number back."""

from __future__ import annotations

import db.core.numbering as documents_db
from services.admin import site
from services.core.clock import business_day
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import internal

SERIES_PREFIX = {
    "receipt": "R",
    "invoice": "FP",
    "deposit_slip": "D",
    "found_tag": "L",
    "complaint": "C",
    "shift_report": "Z",
    "handover": "H",
    "member_card": "M",
    "lost_report": "LR",
    "claim_receipt": "CR",
    "redemption": "JF",
    "fee_receipt": "RF",  # card reissue fees: their own book, so service receipts stay gapless
    "lending_voucher": "V",  # a deposit refund or compensation charge at a loan's return
}

SERIES_LABELS = {
    "fee_receipt": QT_TRANSLATE_NOOP("Desk", "Fee receipt"),
    "receipt": QT_TRANSLATE_NOOP("Desk", "Receipt"),
    "invoice": QT_TRANSLATE_NOOP("Desk", "Invoice"),
    "deposit_slip": QT_TRANSLATE_NOOP("Desk", "Deposit slip"),
    "found_tag": QT_TRANSLATE_NOOP("Desk", "Found-item tag"),
    "complaint": QT_TRANSLATE_NOOP("Desk", "Complaint case"),
    "shift_report": QT_TRANSLATE_NOOP("Desk", "Shift report"),
    "handover": QT_TRANSLATE_NOOP("Desk", "Income hand-over"),
    "member_card": QT_TRANSLATE_NOOP("Desk", "Member card"),
    "lost_report": QT_TRANSLATE_NOOP("Desk", "Lost report"),
    "claim_receipt": QT_TRANSLATE_NOOP("Desk", "Claim receipt"),
    "redemption": QT_TRANSLATE_NOOP("Desk", "Points redemption"),
    "lending_voucher": QT_TRANSLATE_NOOP("Desk", "Refund or compensation voucher"),
}


def format_number(series: str, year: int, number: int) -> str:
    return f"{SERIES_PREFIX[series]}{year}-{number:06d}"


@internal
def take_number(ctx: AppContext, series: str) -> str:
    """Next number of the series for the site's current year, e.g. R2026-000123."""
    if series not in SERIES_PREFIX:
        raise KeyError(series)
    year = business_day(ctx.clock.now(), site.timezone(ctx)).year
    return format_number(series, year, documents_db.next_number(ctx.db, series, year))


@internal
def last_taken(ctx: AppContext, series: str, year: int) -> int:
    return documents_db.last_number(ctx.db, series, year)
