"""How the desk shows values: money in yuan, stored UTC times in the site's local time, the
site's calendar day, and names and stored codes in the language of the window."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from services.admin import site
from services.core.clock import parse_iso
from services.core.money import METHOD_LABELS, format_fen
from ui import i18n
from ui.session import DeskSession, desk_tr

__all__ = [
    "DAY_AND_TIME",
    "format_fen",
    "label",
    "language",
    "local_now",
    "local_text",
    "method_label",
    "page_zone",
    "shown_name",
    "site_zone",
    "today",
    "zone_text",
]

DAY_AND_TIME = "%Y-%m-%d %H:%M"


# --- time ---------------------------------------------------------------------------------
def site_zone(session: DeskSession) -> ZoneInfo:
    return ZoneInfo(site.timezone(session.ctx))


def page_zone(page) -> ZoneInfo:
    """The site's time zone read once for a page (`page.session`), for the times in its
    lists: a setting read per cell would be a query per painted cell."""
    zone = getattr(page, "_site_zone", None)
    if zone is None:
        zone = page._site_zone = site_zone(page.session)
    return zone


def zone_text(zone: ZoneInfo, moment: str | datetime | None, fmt: str = DAY_AND_TIME) -> str:
    """A stored time (ISO text or an aware datetime) in `zone`; "" for none. Long lists read
    the zone once and call this for every cell."""
    if not moment:
        return ""
    when = parse_iso(moment) if isinstance(moment, str) else moment
    return when.astimezone(zone).strftime(fmt)


def local_text(session: DeskSession, moment: str | datetime | None, fmt: str = DAY_AND_TIME) -> str:
    """A stored time as the clock on the desk's wall shows it."""
    return zone_text(site_zone(session), moment, fmt) if moment else ""


def local_now(session: DeskSession) -> datetime:
    """Now, in the site's time zone (the clock itself runs in UTC)."""
    return session.ctx.clock.now().astimezone(site_zone(session))


def today(session: DeskSession) -> date:
    """The site's calendar day now: what a day's ledger or register covers."""
    return local_now(session).date()


# --- names in the window's language ---------------------------------------------------------
def language() -> str:
    return i18n.current()


def shown_name(row) -> str:
    """A record's name_zh or name_en (a dict or a dataclass), as the window's language asks."""
    get = row.get if isinstance(row, dict) else lambda key: getattr(row, key)
    return get("name_zh") if language().startswith("zh") else get("name_en")


def label(labels: dict, code) -> str:
    """The translated name of a stored code; codes an admin added show as typed."""
    return desk_tr(labels[code]) if code in labels else ("" if code is None else str(code))


def method_label(method: str) -> str:
    """Cash, WeChat Pay … for a payment method's code."""
    return label(METHOD_LABELS, method)
