"""Found items registered and going out, on the day's ledger."""

from __future__ import annotations

import db.finance.finance as finance_db
from services.core.errors import QT_TRANSLATE_NOOP
from services.core.permissions import internal
from services.reports.tables.base import MONEY, TIME, Column, Table, field_of, mask_text

OUTCOMES = {
    "claimed": QT_TRANSLATE_NOOP("Desk", "Claimed"),
    "police": QT_TRANSLATE_NOOP("Desk", "To police"),
    "disposed": QT_TRANSLATE_NOOP("Desk", "Disposed"),
}

TAG_NO = Column(QT_TRANSLATE_NOOP("Desk", "Tag no."), field_of("tag_no"), width=1.6)
CATEGORY = Column(
    QT_TRANSLATE_NOOP("Desk", "Category"),
    # in the reader's language, never the stored code ('id_document'); a category the site
    # added itself shows its own label
    lambda s, r: s.words(
        s.memo.setdefault("found_categories", category_labels(s.ctx)).get(
            r["category"], r["category"] or ""
        )
    ),
)


@internal
def category_labels(ctx) -> dict[str, str]:
    """Code -> source label of the site's found-item categories (kept once per span)."""
    from services.lost_found import items as lost_found

    return {code: c.label for code, c in lost_found.categories(ctx).items()}


DESCRIPTION = Column(
    QT_TRANSLATE_NOOP("Desk", "Description"), lambda s, r: mask_text(r["description"]), width=3
)

FOUND_IN = Table(
    "found_in",
    QT_TRANSLATE_NOOP("Desk", "Found items registered"),
    (
        TAG_NO,
        Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of("registered_at"), TIME),
        CATEGORY,
        DESCRIPTION,
        Column(
            QT_TRANSLATE_NOOP("Desk", "Place"), lambda s, r: mask_text(r["found_place"]), width=1.5
        ),
        Column(QT_TRANSLATE_NOOP("Desk", "Cash"), lambda s, r: r["cash_fen"] or "", MONEY),
    ),
    lambda span: finance_db.found_in_between(span.db, span.start, span.end),
)

FOUND_OUT = Table(
    "found_out",
    QT_TRANSLATE_NOOP("Desk", "Found items out (claimed, to police, disposed)"),
    (
        TAG_NO,
        Column(QT_TRANSLATE_NOOP("Desk", "Time"), field_of("at"), TIME),
        CATEGORY,
        DESCRIPTION,
        Column(QT_TRANSLATE_NOOP("Desk", "Outcome"), lambda s, r: s.coded(OUTCOMES, r["outcome"])),
        Column(QT_TRANSLATE_NOOP("Desk", "Receipt no."), field_of("ref"), width=1.5),
    ),
    lambda span: finance_db.found_out_between(span.db, span.start, span.end),
)
