"""The desk's service targets, kept in settings (e.g. 90 % of hotline calls answered within
20 seconds; 95 % of customers satisfied). A figure that misses its target stands out on the
service-level page, its PDF and the dashboard."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from services.admin import site
from services.core import validation
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from services.core.permissions import Perm, requires, signed_in

SETTING = "quality_targets"


@dataclass(frozen=True)
class Targets:
    hotline_seconds: int = 20  # a call answered within this many seconds counts as in time
    hotline_percent: int = 90  # share of calls answered in time
    satisfied_percent: int = 95  # customers' own ratings 非常满意 or 满意
    check_percent: int = 85  # average quality-check score, share of the sheet's points
    first_contact_percent: int = 80  # inquiries and complaints settled at the counter
    response_hours: int = 24  # average hours to a complaint's first response
    follow_up_score: int = 4  # average follow-up satisfaction (1–5)


LIMITS = {
    "hotline_seconds": (1, 600),
    "hotline_percent": (0, 100),
    "satisfied_percent": (0, 100),
    "check_percent": (0, 100),
    "first_contact_percent": (0, 100),
    "response_hours": (1, 24 * 14),
    "follow_up_score": (1, 5),
}
LABELS = {
    "hotline_seconds": QT_TRANSLATE_NOOP("Desk", "hotline answer target (seconds)"),
    "hotline_percent": QT_TRANSLATE_NOOP("Desk", "calls answered in time (%)"),
    "satisfied_percent": QT_TRANSLATE_NOOP("Desk", "customers satisfied (%)"),
    "check_percent": QT_TRANSLATE_NOOP("Desk", "quality-check score (%)"),
    "first_contact_percent": QT_TRANSLATE_NOOP("Desk", "first-contact resolution (%)"),
    "response_hours": QT_TRANSLATE_NOOP("Desk", "complaint first response (hours)"),
    "follow_up_score": QT_TRANSLATE_NOOP("Desk", "follow-up satisfaction (1–5)"),
}


def _clean(values: dict) -> Targets:
    if not isinstance(values, dict) or set(values) - set(LIMITS):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Unknown service target."))
    cleaned = {}
    for f in fields(Targets):
        value = values.get(f.name, f.default)
        lo, hi = LIMITS[f.name]
        cleaned[f.name] = validation.whole_number(value, LABELS[f.name], lo, hi)
    return Targets(**cleaned)


@signed_in
def quality_targets(ctx: AppContext) -> Targets:
    """The targets in force (the defaults until an admin sets them)."""
    stored = site.get_setting(ctx, SETTING) or {}
    try:
        return _clean({k: v for k, v in stored.items() if k in LIMITS})
    except ValidationError:
        return Targets()


@requires(Perm.MANAGE_SETTINGS)
def save_quality_targets(ctx: AppContext, targets: Targets) -> Targets:
    """An admin sets the targets; audited as a setting change."""
    if not isinstance(targets, Targets):
        raise ValidationError(QT_TRANSLATE_NOOP("Desk", "Unknown service target."))
    cleaned = _clean(asdict(targets))
    site.put_setting(ctx, SETTING, asdict(cleaned))
    return cleaned
