"""Paging broadcast texts (寻人寻物广播, desk rules 5.2.13) from a lost report or a found item,
in Chinese and English as the announcer reads them, and their record in the broadcast log.
The texts name the thing, its colour and the place, never the owner's phone, the brand or
the hidden detail: the owner proves the item is theirs at the desk."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

import db.lost_found.lost_found as lf_db
from services.admin import site
from services.care import broadcasts
from services.core import validation
from services.core.clock import parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound
from services.core.permissions import Perm, requires

LOST_ZH = (
    "顾客朋友们请注意：有一位顾客于{time}左右在{place}遗失{what}，"
    "如有拾到者，请交到服务台，谢谢您的合作！"
)
LOST_EN = (
    "Attention please: a customer lost {what} near {place} at about {time}. If you"
    " have found it, please bring it to the service desk. Thank you."
)
FOUND_ZH = "顾客朋友们请注意：服务台于{time}在{place}拾到{what}，请失主凭有效证件到服务台认领。"
FOUND_EN = (
    "Attention please: {what} was found near {place} at about {time}. Would the"
    " owner please come to the service desk with a valid ID to claim it."
)


@dataclass(frozen=True)
class BroadcastText:
    source: str  # 'LR2026-000001' or 'L2026-000001'
    text_zh: str
    text_en: str


def _time(ctx: AppContext, stored: str) -> str:
    return parse_iso(stored).astimezone(ZoneInfo(site.timezone(ctx))).strftime("%H:%M")


def _what(colour: str, description: str, lang: str) -> str:
    if lang == "zh":
        return f"{colour}{description}" if colour and colour not in description else description
    return f"a {colour} {description}" if colour and colour not in description else description


@requires(Perm.COUNTER)
def broadcast_text(ctx: AppContext, kind: str, record_id: int) -> BroadcastText:
    """The announcement for a lost report (kind 'lost') or a found item (kind 'found')."""
    record_id = validation.record_id(record_id)
    if kind == "lost":
        row = lf_db.lost_report(ctx.db, record_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such lost report."))
        params = {"time": _time(ctx, row["lost_to"]), "place": row["lost_place"] or "商场内"}
        return BroadcastText(
            row["report_no"],
            LOST_ZH.format(**params, what=_what(row["colour"], row["description"], "zh")),
            LOST_EN.format(
                time=params["time"],
                place=row["lost_place"] or "the mall",
                what=_what(row["colour"], row["description"], "en"),
            ),
        )
    row = lf_db.found_item(ctx.db, record_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such found item."))
    params = {"time": _time(ctx, row["found_at"]), "place": row["found_place"]}
    return BroadcastText(
        row["tag_no"],
        FOUND_ZH.format(**params, what=_what(row["colour"], row["description"], "zh")),
        FOUND_EN.format(**params, what=_what(row["colour"], row["description"], "en")),
    )


@requires(Perm.COUNTER)
def announce(
    ctx: AppContext,
    kind: str,
    record_id: int,
    requested_by: str = "",
    repeats: int = 2,
    text_zh: str | None = None,
    text_en: str | None = None,
) -> broadcasts.Broadcast:
    """Record the announcement (as produced, or as the clerk edited it) in the log."""
    text = broadcast_text(ctx, kind, record_id)
    return broadcasts.record_broadcast(
        ctx,
        text.text_zh if text_zh is None else text_zh,
        text.text_en if text_en is None else text_en,
        text.source,
        requested_by,
        repeats,
    )
