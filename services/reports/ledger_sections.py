"""The sections of the daily ledger, one small function per desk module: each takes the
site-local day as a stored-UTC range and returns a Section of plain rows (phones masked).
A module that lands later adds one function here and one line to SECTIONS."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable
from zoneinfo import ZoneInfo

import db.finance.finance as finance_db
from services.complaints import cases as complaints
from services.shifts import shifts
from services.admin import site
from services.core.clock import parse_iso
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.identifiers import mask_phone

LONG_DIGITS = re.compile(r"\d{7,}")


@dataclass(frozen=True)
class Col:
    title: str  # source string, translated by the document
    kind: str = "text"  # text | money (fen) | int
    weight: float = 1.0


@dataclass
class Section:
    key: str
    title: str  # source string
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

    def label(self, labels: dict, code: str | None) -> str:
        """A module's coded value (complaint category, status) in the reader's language;
        a code the site added itself is shown as typed."""
        return self.tr(labels[code]) if code in labels else (code or "")

    def name(self, row: dict, zh: str = "name_zh", en: str = "name_en") -> str:
        return (row.get(zh) if self.lang.startswith("zh") else row.get(en)) or row.get(zh) or ""


WORDS = {
    "void": QT_TRANSLATE_NOOP("Desk", "VOID"),
    "blue": QT_TRANSLATE_NOOP("Desk", "Blue"),
    "red": QT_TRANSLATE_NOOP("Desk", "Red-letter"),
    "good": QT_TRANSLATE_NOOP("Desk", "Good"),
    "damaged": QT_TRANSLATE_NOOP("Desk", "Damaged"),
    "lost": QT_TRANSLATE_NOOP("Desk", "Lost"),
    "claimed": QT_TRANSLATE_NOOP("Desk", "Claimed"),
    "police": QT_TRANSLATE_NOOP("Desk", "To police"),
    "disposed": QT_TRANSLATE_NOOP("Desk", "Disposed"),
    "complaint": QT_TRANSLATE_NOOP("Desk", "Complaint"),
    "suggestion": QT_TRANSLATE_NOOP("Desk", "Suggestion"),
    "praise": QT_TRANSLATE_NOOP("Desk", "Praise"),
    "manual": QT_TRANSLATE_NOOP("Desk", "Manual"),
    "return": QT_TRANSLATE_NOOP("Desk", "Returned purchase"),
    "redeem": QT_TRANSLATE_NOOP("Desk", "Redeemed"),
    "expire": QT_TRANSLATE_NOOP("Desk", "Expired"),
}


def method_label(method: str) -> str:
    return shifts.METHOD_LABELS.get(method, method)


def receipts(day: Day) -> Section:
    s = Section(
        "receipts",
        QT_TRANSLATE_NOOP("Desk", "Receipts"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Receipt no."), weight=2),
            Col(QT_TRANSLATE_NOOP("Desk", "Time")),
            Col(QT_TRANSLATE_NOOP("Desk", "Services"), weight=3),
            Col(QT_TRANSLATE_NOOP("Desk", "Paid by"), weight=1.3),
            Col(QT_TRANSLATE_NOOP("Desk", "Amount"), "money", 1.3),
            Col(QT_TRANSLATE_NOOP("Desk", "Clerk"), weight=1.2),
            Col(QT_TRANSLATE_NOOP("Desk", "Void"), weight=1.6),
        ],
    )
    for r in finance_db.receipts_between(day.db, day.start, day.end, day.lang):
        lines = r["lines"]
        void = f"{day.word('void')} {day.when(r['voided_at'])}" if r["voided_at"] else ""
        s.rows.append(
            [
                r["receipt_no"],
                day.time(r["sold_at"]),
                lines or "",
                day.tr(method_label(r["method"])),
                r["total_fen"],
                r["username"],
                void,
            ]
        )
    return s


def receipt_voids(day: Day) -> Section:
    s = Section(
        "receipt_voids",
        QT_TRANSLATE_NOOP("Desk", "Receipts voided today"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Receipt no."), weight=2),
            Col(QT_TRANSLATE_NOOP("Desk", "Sold"), weight=1.4),
            Col(QT_TRANSLATE_NOOP("Desk", "Voided"), weight=0.9),
            Col(QT_TRANSLATE_NOOP("Desk", "Paid by"), weight=1.3),
            Col(QT_TRANSLATE_NOOP("Desk", "Amount"), "money", 1.1),
            Col(QT_TRANSLATE_NOOP("Desk", "Reason"), weight=2.2),
            Col(QT_TRANSLATE_NOOP("Desk", "By"), weight=1.5),
        ],
    )
    for r in finance_db.voids_between(day.db, day.start, day.end):
        s.rows.append(
            [
                r["receipt_no"],
                day.when(r["sold_at"]),
                day.time(r["at"]),
                day.tr(method_label(r["method"])),
                r["total_fen"],
                mask_text(r["reason"]),
                r["username"],
            ]
        )
    return s


def _loan_row(day: Day, r: dict, at: str) -> list:
    return [
        r["slip_no"],
        day.time(at),
        f"{day.name(r)} {r['item_code']}",
        mask_phone(r["borrower_phone"]),
        day.tr(method_label(r["method"])),
        r["deposit_fen"],
    ]


LOAN_COLS = [
    Col(QT_TRANSLATE_NOOP("Desk", "Slip no."), weight=1.9),
    Col(QT_TRANSLATE_NOOP("Desk", "Time"), weight=0.8),
    Col(QT_TRANSLATE_NOOP("Desk", "Item"), weight=1.7),
    Col(QT_TRANSLATE_NOOP("Desk", "Phone"), weight=1.7),
    Col(QT_TRANSLATE_NOOP("Desk", "Paid by"), weight=1.2),
    Col(QT_TRANSLATE_NOOP("Desk", "Deposit"), "money", 1.1),
]


def loans_out(day: Day) -> Section:
    s = Section(
        "loans_out", QT_TRANSLATE_NOOP("Desk", "Loans out (deposits taken)"), list(LOAN_COLS)
    )
    s.rows = [
        _loan_row(day, r, r["lent_at"])
        for r in finance_db.loans_lent_between(day.db, day.start, day.end)
    ]
    return s


def loans_back(day: Day) -> Section:
    s = Section(
        "loans_back",
        QT_TRANSLATE_NOOP("Desk", "Loans back (deposits refunded or forfeited)"),
        list(LOAN_COLS)
        + [
            Col(QT_TRANSLATE_NOOP("Desk", "Condition"), weight=1.2),
            Col(QT_TRANSLATE_NOOP("Desk", "Refunded"), "money", 1.2),
            Col(QT_TRANSLATE_NOOP("Desk", "Forfeited"), "money", 1.2),
        ],
    )
    for r in finance_db.loans_settled_between(day.db, day.start, day.end):
        s.rows.append(
            _loan_row(day, r, r["settled_at"])
            + [day.word(r["condition"]), r["refund_fen"], r["forfeit_fen"]]
        )
    return s


INVOICE_COLS = [
    Col(QT_TRANSLATE_NOOP("Desk", "Invoice no."), weight=2),
    Col(QT_TRANSLATE_NOOP("Desk", "Time")),
    Col(QT_TRANSLATE_NOOP("Desk", "Kind")),
    Col(QT_TRANSLATE_NOOP("Desk", "Buyer"), weight=2.5),
    Col(QT_TRANSLATE_NOOP("Desk", "Total"), "money", 1.3),
    Col(QT_TRANSLATE_NOOP("Desk", "Note"), weight=2),
]


def buyer_text(r: dict) -> str:
    """A company is named; a private buyer only by the first character of the name."""
    if r["buyer_kind"] == "company":
        return r["buyer_name"]
    return (r["buyer_name"] or "")[:1] + "**"


def _invoice_note(day: Day, r: dict) -> str:
    note = f"→ {r['original_no']}" if r["original_no"] else ""
    return (note + (" " + day.word("void") if r["voided_at"] else "")).strip()


def invoices(day: Day) -> Section:
    s = Section(
        "invoices",
        QT_TRANSLATE_NOOP("Desk", "Invoices issued (blue and red-letter)"),
        list(INVOICE_COLS),
    )
    s.rows = [
        [
            r["invoice_no"],
            day.time(r["issued_at"]),
            day.word(r["kind"]),
            buyer_text(r),
            r["total_fen"],
            _invoice_note(day, r),
        ]
        for r in finance_db.invoices_between(day.db, day.start, day.end)
    ]
    return s


def invoice_voids(day: Day) -> Section:
    s = Section(
        "invoice_voids", QT_TRANSLATE_NOOP("Desk", "Invoices voided today"), list(INVOICE_COLS)
    )
    s.rows = [
        [
            r["invoice_no"],
            day.time(r["voided_at"]),
            day.word(r["kind"]),
            buyer_text(r),
            r["total_fen"],
            mask_text(r["void_reason"]),
        ]
        for r in finance_db.invoice_voids_between(day.db, day.start, day.end)
    ]
    return s


def found_in(day: Day) -> Section:
    s = Section(
        "found_in",
        QT_TRANSLATE_NOOP("Desk", "Found items registered"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Tag no."), weight=1.6),
            Col(QT_TRANSLATE_NOOP("Desk", "Time")),
            Col(QT_TRANSLATE_NOOP("Desk", "Category")),
            Col(QT_TRANSLATE_NOOP("Desk", "Description"), weight=3),
            Col(QT_TRANSLATE_NOOP("Desk", "Place"), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Cash"), "money"),
        ],
    )
    s.rows = [
        [
            r["tag_no"],
            day.time(r["registered_at"]),
            r["category"],
            mask_text(r["description"]),
            mask_text(r["found_place"]),
            r["cash_fen"] or "",
        ]
        for r in finance_db.found_in_between(day.db, day.start, day.end)
    ]
    return s


def found_out(day: Day) -> Section:
    s = Section(
        "found_out",
        QT_TRANSLATE_NOOP("Desk", "Found items out (claimed, to police, disposed)"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Tag no."), weight=1.6),
            Col(QT_TRANSLATE_NOOP("Desk", "Time")),
            Col(QT_TRANSLATE_NOOP("Desk", "Category")),
            Col(QT_TRANSLATE_NOOP("Desk", "Description"), weight=3),
            Col(QT_TRANSLATE_NOOP("Desk", "Outcome")),
            Col(QT_TRANSLATE_NOOP("Desk", "Receipt no."), weight=1.5),
        ],
    )
    s.rows = [
        [
            r["tag_no"],
            day.time(r["at"]),
            r["category"],
            mask_text(r["description"]),
            day.word(r["outcome"]),
            r["ref"],
        ]
        for r in finance_db.found_out_between(day.db, day.start, day.end)
    ]
    return s


def members(day: Day) -> Section:
    s = Section(
        "members",
        QT_TRANSLATE_NOOP("Desk", "Members enrolled"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Card no."), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Time")),
            Col(QT_TRANSLATE_NOOP("Desk", "Phone"), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Clerk")),
        ],
    )
    s.rows = [
        [r["card_no"] or "", day.time(r["enrolled_at"]), mask_phone(r["phone"]), r["username"]]
        for r in finance_db.members_enrolled_between(day.db, day.start, day.end)
    ]
    return s


def points(day: Day) -> Section:
    s = Section(
        "points",
        QT_TRANSLATE_NOOP("Desk", "Points adjustments, redemptions and expiries"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Time")),
            Col(QT_TRANSLATE_NOOP("Desk", "Phone"), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Kind")),
            Col(QT_TRANSLATE_NOOP("Desk", "Points"), "int"),
            Col(QT_TRANSLATE_NOOP("Desk", "Reason"), weight=2.5),
            Col(QT_TRANSLATE_NOOP("Desk", "By")),
        ],
    )
    s.rows = [
        [
            day.time(r["at"]),
            mask_phone(r["phone"]),
            day.word(r["kind"]),
            r["points"],
            mask_text(r["reason"]),
            r["username"],
        ]
        for r in finance_db.point_entries_between(day.db, day.start, day.end)
    ]
    return s


def complaints_opened(day: Day) -> Section:
    s = Section(
        "complaints_opened",
        QT_TRANSLATE_NOOP("Desk", "Complaint cases opened"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Case no."), weight=1.6),
            Col(QT_TRANSLATE_NOOP("Desk", "Time")),
            Col(QT_TRANSLATE_NOOP("Desk", "Kind")),
            Col(QT_TRANSLATE_NOOP("Desk", "Category"), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Phone"), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Status")),
        ],
    )
    s.rows = [
        [
            r["case_no"],
            day.time(r["opened_at"]),
            day.word(r["kind"]),
            day.label(complaints.CATEGORY_LABELS, r["category"]),
            mask_phone(r["phone"]),
            day.label(complaints.STATUS_LABELS, r["status"]),
        ]
        for r in finance_db.complaints_opened_between(day.db, day.start, day.end)
    ]
    return s


def complaints_closed(day: Day) -> Section:
    s = Section(
        "complaints_closed",
        QT_TRANSLATE_NOOP("Desk", "Complaint cases closed"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Case no."), weight=1.6),
            Col(QT_TRANSLATE_NOOP("Desk", "Time")),
            Col(QT_TRANSLATE_NOOP("Desk", "Kind")),
            Col(QT_TRANSLATE_NOOP("Desk", "Category"), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Phone"), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Satisfaction")),
        ],
    )
    s.rows = [
        [
            r["case_no"],
            day.time(r["closed_at"]),
            day.word(r["kind"]),
            day.label(complaints.CATEGORY_LABELS, r["category"]),
            mask_phone(r["phone"]),
            r["satisfaction"] or "",
        ]
        for r in finance_db.complaints_closed_between(day.db, day.start, day.end)
    ]
    return s


def first_aid_uses(day: Day) -> Section:
    s = Section(
        "first_aid",
        QT_TRANSLATE_NOOP("Desk", "First-aid uses"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Time")),
            Col(QT_TRANSLATE_NOOP("Desk", "Medicine"), weight=2),
            Col(QT_TRANSLATE_NOOP("Desk", "Quantity"), "int"),
            Col(QT_TRANSLATE_NOOP("Desk", "For whom"), weight=2),
            Col(QT_TRANSLATE_NOOP("Desk", "Note"), weight=2),
        ],
    )
    s.rows = [
        [day.time(r["at"]), r["name"], -r["change"], mask_text(r["for_whom"]), mask_text(r["note"])]
        for r in finance_db.first_aid_uses_between(day.db, day.start, day.end)
    ]
    return s


def custody(day: Day) -> Section:
    s = Section(
        "custody",
        QT_TRANSLATE_NOOP("Desk", "Held items taken in or handed out"),
        [
            Col(QT_TRANSLATE_NOOP("Desk", "Item"), weight=3),
            Col(QT_TRANSLATE_NOOP("Desk", "Quantity"), "int"),
            Col(QT_TRANSLATE_NOOP("Desk", "Held for"), weight=2),
            Col(QT_TRANSLATE_NOOP("Desk", "Phone"), weight=1.5),
            Col(QT_TRANSLATE_NOOP("Desk", "Taken in")),
            Col(QT_TRANSLATE_NOOP("Desk", "Handed out")),
        ],
    )
    s.rows = [
        [
            mask_text(r["description"]),
            r["quantity"],
            mask_text(r["held_for"]),
            mask_phone(r["left_phone"]) if r["left_phone"] else "",
            day.when(r["received_at"]),
            day.when(r["picked_up_at"]),
        ]
        for r in finance_db.custody_between(day.db, day.start, day.end)
    ]
    return s


SECTIONS: list[Callable[[Day], Section]] = [
    receipts,
    receipt_voids,
    loans_out,
    loans_back,
    invoices,
    invoice_voids,
    found_in,
    found_out,
    members,
    points,
    complaints_opened,
    complaints_closed,
    first_aid_uses,
    custody,
]
