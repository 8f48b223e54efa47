"""The sections of the daily ledger, one small function per desk module: each takes the
site-local day as a stored-UTC range and returns a Section of plain rows (phones masked).
A module that lands later adds one function here and one line to SECTIONS."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable
from zoneinfo import ZoneInfo

import db.finance as finance_db
from services import shifts, site
from services.clock import parse_iso
from services.errors import QT_TRANSLATE_NOOP as N
from services.identifiers import mask_phone

LONG_DIGITS = re.compile(r"\d{7,}")


@dataclass(frozen=True)
class Col:
    title: str            # source string, translated by the document
    kind: str = "text"    # text | money (fen) | int
    weight: float = 1.0


@dataclass
class Section:
    key: str
    title: str            # source string
    columns: list[Col]
    rows: list[list] = field(default_factory=list)

    def money_total(self, column: int) -> int:
        return sum(r[column] for r in self.rows if isinstance(r[column], int))


def mask_text(text: str | None) -> str:
    """Free text typed at the desk may hold a phone or an ID: keep only its last 4 digits."""
    return LONG_DIGITS.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], text or "")


class Day:
    """The day's range and how its times are shown."""

    def __init__(self, db, start: str, end: str, lang: str, tr: Callable[[str], str] = str):
        self.db, self.start, self.end, self.lang, self.tr = db, start, end, lang, tr
        self.tz = ZoneInfo(site.timezone(db))

    def time(self, stored: str | None) -> str:
        return parse_iso(stored).astimezone(self.tz).strftime("%H:%M") if stored else ""

    def when(self, stored: str | None) -> str:
        return parse_iso(stored).astimezone(self.tz).strftime("%m-%d %H:%M") if stored else ""

    def word(self, value: str | None) -> str:
        """An enumerated value (condition, kind, outcome) in the reader's language."""
        return self.tr(WORDS[value]) if value in WORDS else (value or "")

    def name(self, row: dict, zh: str = "name_zh", en: str = "name_en") -> str:
        return (row.get(zh) if self.lang.startswith("zh") else row.get(en)) or row.get(zh) or ""


WORDS = {
    "void": N("Desk", "VOID"), "blue": N("Desk", "Blue"), "red": N("Desk", "Red-letter"),
    "good": N("Desk", "Good"), "damaged": N("Desk", "Damaged"), "lost": N("Desk", "Lost"),
    "claimed": N("Desk", "Claimed"), "police": N("Desk", "To police"),
    "disposed": N("Desk", "Disposed"), "complaint": N("Desk", "Complaint"),
    "suggestion": N("Desk", "Suggestion"), "praise": N("Desk", "Praise"),
    "manual": N("Desk", "Manual"), "return": N("Desk", "Returned purchase"),
    "redeem": N("Desk", "Redeemed"), "expire": N("Desk", "Expired"),
}


def method_label(method: str) -> str:
    return shifts.METHOD_LABELS.get(method, method)


def receipts(day: Day) -> Section:
    s = Section("receipts", N("Desk", "Receipts"), [
        Col(N("Desk", "Receipt no."), weight=2), Col(N("Desk", "Time")),
        Col(N("Desk", "Services"), weight=3), Col(N("Desk", "Paid by"), weight=1.3),
        Col(N("Desk", "Amount"), "money", 1.3), Col(N("Desk", "Clerk"), weight=1.2),
        Col(N("Desk", "Void"), weight=1.6)])
    for r in finance_db.receipts_between(day.db, day.start, day.end):
        lines = r["lines_zh"] if day.lang.startswith("zh") else r["lines_en"]
        void = f"{day.word('void')} {day.when(r['voided_at'])}" if r["voided_at"] else ""
        s.rows.append([r["receipt_no"], day.time(r["sold_at"]), lines or "",
                       day.tr(method_label(r["method"])), r["total_fen"], r["username"], void])
    return s


def receipt_voids(day: Day) -> Section:
    s = Section("receipt_voids", N("Desk", "Receipts voided today"), [
        Col(N("Desk", "Receipt no."), weight=2), Col(N("Desk", "Sold")),
        Col(N("Desk", "Voided")), Col(N("Desk", "Paid by")),
        Col(N("Desk", "Amount"), "money"), Col(N("Desk", "Reason"), weight=2.5),
        Col(N("Desk", "By"))])
    for r in finance_db.voids_between(day.db, day.start, day.end):
        s.rows.append([r["receipt_no"], day.when(r["sold_at"]), day.time(r["at"]),
                       day.tr(method_label(r["method"])), r["total_fen"], mask_text(r["reason"]),
                       r["username"]])
    return s


def _loan_row(day: Day, r: dict, at: str) -> list:
    return [r["slip_no"], day.time(at), f"{day.name(r)} {r['item_code']}",
            mask_phone(r["borrower_phone"]), day.tr(method_label(r["method"])), r["deposit_fen"]]


LOAN_COLS = [Col(N("Desk", "Slip no."), weight=2), Col(N("Desk", "Time")),
             Col(N("Desk", "Item"), weight=2), Col(N("Desk", "Phone"), weight=1.5),
             Col(N("Desk", "Paid by")), Col(N("Desk", "Deposit"), "money")]


def loans_out(day: Day) -> Section:
    s = Section("loans_out", N("Desk", "Loans out (deposits taken)"), list(LOAN_COLS))
    s.rows = [_loan_row(day, r, r["lent_at"])
              for r in finance_db.loans_lent_between(day.db, day.start, day.end)]
    return s


def loans_back(day: Day) -> Section:
    s = Section("loans_back", N("Desk", "Loans back (deposits refunded or forfeited)"),
                list(LOAN_COLS) + [Col(N("Desk", "Condition")), Col(N("Desk", "Refunded"), "money"),
                                   Col(N("Desk", "Forfeited"), "money")])
    for r in finance_db.loans_settled_between(day.db, day.start, day.end):
        s.rows.append(_loan_row(day, r, r["settled_at"])
                      + [day.word(r["condition"]), r["refund_fen"], r["forfeit_fen"]])
    return s


INVOICE_COLS = [Col(N("Desk", "Invoice no."), weight=2), Col(N("Desk", "Time")),
                Col(N("Desk", "Kind")), Col(N("Desk", "Buyer"), weight=2.5),
                Col(N("Desk", "Total"), "money", 1.3), Col(N("Desk", "Note"), weight=2)]


def buyer_text(r: dict) -> str:
    """A company is named; a private buyer only by the first character of the name."""
    if r["buyer_kind"] == "company":
        return r["buyer_name"]
    return (r["buyer_name"] or "")[:1] + "**"


def _invoice_note(day: Day, r: dict) -> str:
    note = f"→ {r['original_no']}" if r["original_no"] else ""
    return (note + (" " + day.word("void") if r["voided_at"] else "")).strip()


def invoices(day: Day) -> Section:
    s = Section("invoices", N("Desk", "Invoices issued (blue and red-letter)"), list(INVOICE_COLS))
    s.rows = [[r["invoice_no"], day.time(r["issued_at"]), day.word(r["kind"]),
               buyer_text(r), r["total_fen"], _invoice_note(day, r)]
              for r in finance_db.invoices_between(day.db, day.start, day.end)]
    return s


def invoice_voids(day: Day) -> Section:
    s = Section("invoice_voids", N("Desk", "Invoices voided today"), list(INVOICE_COLS))
    s.rows = [[r["invoice_no"], day.time(r["voided_at"]), day.word(r["kind"]), buyer_text(r),
               r["total_fen"], mask_text(r["void_reason"])]
              for r in finance_db.invoice_voids_between(day.db, day.start, day.end)]
    return s


def found_in(day: Day) -> Section:
    s = Section("found_in", N("Desk", "Found items registered"), [
        Col(N("Desk", "Tag no."), weight=1.6), Col(N("Desk", "Time")),
        Col(N("Desk", "Category")), Col(N("Desk", "Description"), weight=3),
        Col(N("Desk", "Place"), weight=1.5), Col(N("Desk", "Cash"), "money")])
    s.rows = [[r["tag_no"], day.time(r["registered_at"]), r["category"],
               mask_text(r["description"]), mask_text(r["found_place"]), r["cash_fen"] or ""]
              for r in finance_db.found_in_between(day.db, day.start, day.end)]
    return s


def found_out(day: Day) -> Section:
    s = Section("found_out", N("Desk", "Found items out (claimed, to police, disposed)"), [
        Col(N("Desk", "Tag no."), weight=1.6), Col(N("Desk", "Time")),
        Col(N("Desk", "Category")), Col(N("Desk", "Description"), weight=3),
        Col(N("Desk", "Outcome")), Col(N("Desk", "Receipt no."), weight=1.5)])
    s.rows = [[r["tag_no"], day.time(r["at"]), r["category"], mask_text(r["description"]),
               day.word(r["outcome"]), r["ref"]]
              for r in finance_db.found_out_between(day.db, day.start, day.end)]
    return s


def members(day: Day) -> Section:
    s = Section("members", N("Desk", "Members enrolled"), [
        Col(N("Desk", "Card no."), weight=1.5), Col(N("Desk", "Time")),
        Col(N("Desk", "Phone"), weight=1.5), Col(N("Desk", "Clerk"))])
    s.rows = [[r["card_no"] or "", day.time(r["enrolled_at"]), mask_phone(r["phone"]),
               r["username"]]
              for r in finance_db.members_enrolled_between(day.db, day.start, day.end)]
    return s


def points(day: Day) -> Section:
    s = Section("points", N("Desk", "Points adjustments, redemptions and expiries"), [
        Col(N("Desk", "Time")), Col(N("Desk", "Phone"), weight=1.5), Col(N("Desk", "Kind")),
        Col(N("Desk", "Points"), "int"), Col(N("Desk", "Reason"), weight=2.5),
        Col(N("Desk", "By"))])
    s.rows = [[day.time(r["at"]), mask_phone(r["phone"]), day.word(r["kind"]), r["points"],
               mask_text(r["reason"]), r["username"]]
              for r in finance_db.point_entries_between(day.db, day.start, day.end)]
    return s


def complaints_opened(day: Day) -> Section:
    s = Section("complaints_opened", N("Desk", "Complaint cases opened"), [
        Col(N("Desk", "Case no."), weight=1.6), Col(N("Desk", "Time")), Col(N("Desk", "Kind")),
        Col(N("Desk", "Category"), weight=1.5), Col(N("Desk", "Phone"), weight=1.5),
        Col(N("Desk", "Status"))])
    s.rows = [[r["case_no"], day.time(r["opened_at"]), day.word(r["kind"]), r["category"],
               mask_phone(r["phone"]), r["status"]]
              for r in finance_db.complaints_opened_between(day.db, day.start, day.end)]
    return s


def complaints_closed(day: Day) -> Section:
    s = Section("complaints_closed", N("Desk", "Complaint cases closed"), [
        Col(N("Desk", "Case no."), weight=1.6), Col(N("Desk", "Time")), Col(N("Desk", "Kind")),
        Col(N("Desk", "Category"), weight=1.5), Col(N("Desk", "Phone"), weight=1.5),
        Col(N("Desk", "Satisfaction"))])
    s.rows = [[r["case_no"], day.time(r["closed_at"]), day.word(r["kind"]), r["category"],
               mask_phone(r["phone"]), r["satisfaction"] or ""]
              for r in finance_db.complaints_closed_between(day.db, day.start, day.end)]
    return s


def first_aid_uses(day: Day) -> Section:
    s = Section("first_aid", N("Desk", "First-aid uses"), [
        Col(N("Desk", "Time")), Col(N("Desk", "Medicine"), weight=2),
        Col(N("Desk", "Quantity"), "int"), Col(N("Desk", "For whom"), weight=2),
        Col(N("Desk", "Note"), weight=2)])
    s.rows = [[day.time(r["at"]), r["name"], -r["change"], mask_text(r["for_whom"]),
               mask_text(r["note"])]
              for r in finance_db.first_aid_uses_between(day.db, day.start, day.end)]
    return s


SECTIONS: list[Callable[[Day], Section]] = [
    receipts, receipt_voids, loans_out, loans_back, invoices, invoice_voids, found_in,
    found_out, members, points, complaints_opened, complaints_closed, first_aid_uses]
