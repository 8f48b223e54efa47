"""Bad input at service quality: ratings, missed calls, quality checks, the scoring sheet,
the targets, the service level and its report."""

from __future__ import annotations

from hypothesis import strategies as st

from services.quality import checks, documents, ratings, service_level, targets
from services.quality.checks import SheetItem
from tests.services.bad_input.kinds import (
    DAY,
    ID,
    OFFSET,
    TEXT,
    choice,
    composite,
    limit,
    limited,
    listed,
    mapping,
    optional,
    whole,
)
from tests.services.bad_input.runner import check_entry_point, entry, over

SERVICE = choice(*ratings.SERVICES)
REFERENCE = limited(40)
"""A service's document number; a phone or ID number in it is refused."""
SCORE = whole(1, 4, 1, 4)
REASONS = listed(choice(*ratings.REASONS))
PERIOD = choice(*service_level.PERIODS)
ITEM = composite(
    SheetItem,
    choice(*checks.SECTIONS),
    limited(60),
    limited(80),
    limited(300),
    limited(400),
    whole(1, 100, 8),
)
TARGETS = composite(
    targets.Targets,
    whole(1, 600, 20),
    whole(0, 100, 90),
    whole(0, 100, 95),
    whole(0, 100, 85),
    whole(0, 100, 80),
    whole(1, 24 * 14, 24),
    whole(1, 5, 4),
)


def _rate(operation):
    return entry(
        "clerk",
        lambda c, d, service, reference, score, reasons: operation(
            c, service, reference, score, reasons
        ),
        SERVICE,
        REFERENCE,
        SCORE,
        REASONS,
    )


ENTRY_POINTS = {
    "ratings.rate_service": _rate(ratings.rate_service),
    "ratings.key_spoken_rating": _rate(ratings.key_spoken_rating),
    "ratings.skip_rating": entry(
        "clerk", lambda c, d, s, r: ratings.skip_rating(c, s, r), SERVICE, REFERENCE
    ),
    "ratings.rating_of": entry(
        "clerk", lambda c, d, s, r: ratings.rating_of(c, s, r), SERVICE, REFERENCE
    ),
    "ratings.record_missed_call": entry(
        "clerk", lambda c, d, n: ratings.record_missed_call(c, n), whole(0, 600, 30)
    ),
    "checks.record_check": entry(
        "supervisor",
        lambda c, d, clerk, channel, points, service, reference, comment: checks.record_check(
            c, clerk, channel, points, service, reference, comment
        ),
        ID,
        choice(*checks.CHANNELS),
        mapping(ID, whole(0, 100, 8)),
        SERVICE,
        REFERENCE,
        TEXT,
    ),
    "checks.save_sheet": entry(
        "admin",
        lambda c, d, zh, en, items: checks.save_sheet(c, zh, en, items),
        limited(60),
        limited(80),
        listed(ITEM),
    ),
    "checks.list_checks": entry(
        "supervisor",
        lambda c, d, clerk, offset, n: checks.list_checks(c, clerk, offset, n),
        optional(ID),
        OFFSET,
        limit(200),
    ),
    "checks.my_checks": entry(
        "clerk", lambda c, d, offset, n: checks.my_checks(c, offset, n), OFFSET, limit(200)
    ),
    "checks.get_check": entry("clerk", lambda c, d, n: checks.get_check(c, n), ID),
    "checks.sheet_version": entry("clerk", lambda c, d, n: checks.sheet_version(c, n), ID),
    "targets.save_quality_targets": entry(
        "admin", lambda c, d, t: targets.save_quality_targets(c, t), TARGETS
    ),
    "service_level.service_level": entry(
        "supervisor",
        lambda c, d, period, day, desk, clerk: service_level.service_level(
            c, period, day, desk, clerk
        ),
        PERIOD,
        DAY,
        limited(40),
        optional(ID),
    ),
    "documents.service_level_pdf": entry(
        "supervisor",
        lambda c, d, period, day: documents.service_level_pdf(c, period, day),
        PERIOD,
        st.one_of(DAY),
    ),
}


@over(ENTRY_POINTS)
def test_bad_input(name, desk):
    check_entry_point(ENTRY_POINTS[name], desk)
