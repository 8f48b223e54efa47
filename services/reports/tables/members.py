"""Members enrolled and points moved on the day's ledger; points owed at the month's end."""

from __future__ import annotations

import db.finance.finance as finance_db
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.identifiers import mask_phone
from services.reports.tables.base import COUNT, TIME, Column, Table, field_of, mask_text, staff_of

POINT_KINDS = {
    "manual": QT_TRANSLATE_NOOP("Desk", "Manual"),
    "return": QT_TRANSLATE_NOOP("Desk", "Returned purchase"),
    "redeem": QT_TRANSLATE_NOOP("Desk", "Redeemed"),
    "expire": QT_TRANSLATE_NOOP("Desk", "Expired"),
}

PHONE = Column(QT_TRANSLATE_NOOP("Desk", "Phone"), lambda s, r: mask_phone(r["phone"]), width=1.5)

ENROLLED = Table(
    "members",
    QT_TRANSLATE_NOOP("Desk", "Members enrolled"),
    (
        Column(QT_TRANSLATE_NOOP("Desk", "Card no."), lambda s, r: r["card_no"] or "", width=1.5),
        Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of("enrolled_at"), TIME),
        PHONE,
        Column(QT_TRANSLATE_NOOP("Desk", "Clerk"), staff_of("username")),
    ),
    lambda span: finance_db.members_enrolled_between(span.db, span.start, span.end),
)

POINTS = Table(
    "points",
    QT_TRANSLATE_NOOP("Desk", "Points adjustments, redemptions and expiries"),
    (
        Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of("at"), TIME),
        PHONE,
        Column(QT_TRANSLATE_NOOP("Desk", "Kind"), lambda s, r: s.coded(POINT_KINDS, r["kind"])),
        Column(QT_TRANSLATE_NOOP("Desk", "Points"), field_of("points"), COUNT),
        Column(QT_TRANSLATE_NOOP("Desk", "Reason"), lambda s, r: mask_text(r["reason"]), width=2.5),
        Column(QT_TRANSLATE_NOOP("Desk", "By"), staff_of("username")),
    ),
    lambda span: finance_db.point_entries_between(span.db, span.start, span.end),
)

POINTS_HELD = Table(
    "points",
    QT_TRANSLATE_NOOP("Desk", "Points liabilities"),
    (
        # the card the member shows, not the row number the database keeps
        Column(QT_TRANSLATE_NOOP("Desk", "Card no."), lambda s, r: r["card_no"] or "", width=1.5),
        PHONE,
        Column(QT_TRANSLATE_NOOP("Desk", "Points at month end"), field_of("points"), COUNT),
    ),
    lambda span: finance_db.points_balances_at(span.db, span.end),
)
