"""Matching lost reports and found items. People describe the same thing in different words
(钱包 / 皮夹 / wallet), colours in either language (黑色 / black) and times a few hours off,
so a report is compared with each held item found around its time on: category, colour,
what the thing is, place words, time and shared words; the desk sees the best first.

A candidate must share something with the report besides the time: its category, a kind of
thing (any of that kind's words, in either language) or a word of the description. The
database picks those out on its indexes (services/lost_found/search keeps the text index),
so the work is that of the items that may answer, not of every item held."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

import db.lost_found.lost_found as lf_db
from db.core.connection import atomic
from services.core import audit, validation
from services.core.clock import iso, parse_iso
from services.core.context import AppContext
from services.core.errors import QT_TRANSLATE_NOOP, NotFound
from services.core.paging_args import page_args
from services.core.permissions import Perm, requires
from services.lost_found.items import FoundItem, LostReport, _item, _report

COLOURS = {
    "black": "黑 黑色 black",
    "white": "白 白色 white",
    "red": "红 红色 大红 酒红 red",
    "blue": "蓝 蓝色 藏青 深蓝 navy blue",
    "green": "绿 绿色 green",
    "yellow": "黄 黄色 yellow",
    "grey": "灰 灰色 grey gray",
    "brown": "棕 棕色 咖啡色 褐色 brown",
    "pink": "粉 粉色 粉红 pink",
    "purple": "紫 紫色 purple",
    "silver": "银 银色 silver",
    "gold": "金色 gold golden",
    "orange": "橙 橙色 橘色 orange",
    "beige": "米色 米白 卡其 beige khaki",
}
THINGS = {
    "wallet": "钱包 皮夹 钱夹 卡包 wallet purse",
    "phone": "手机 电话 iphone 华为 phone mobile",
    "umbrella": "雨伞 伞 遮阳伞 umbrella",
    "keys": "钥匙 车钥匙 key keys",
    "bag": "包 手提包 背包 双肩包 挎包 书包 bag handbag backpack rucksack",
    "glasses": "眼镜 墨镜 太阳镜 glasses sunglasses spectacles",
    "earphones": "耳机 蓝牙耳机 airpods earphones earbuds headphones",
    "watch": "手表 表 watch",
    "id_card": "身份证 证件 id id_card identity_card",
    "bank_card": "银行卡 信用卡 bank_card credit_card debit_card",
    "cup": "水杯 保温杯 杯子 cup bottle flask tumbler",
    "coat": "外套 大衣 夹克 jacket coat",
    "scarf": "围巾 scarf",
    "hat": "帽子 帽 hat cap",
    "toy": "玩具 公仔 娃娃 toy doll teddy",
    "power_bank": "充电宝 移动电源 power_bank powerbank charger",
    "laptop": "电脑 笔记本 laptop notebook",
    "shopping": "购物袋 袋子 shopping_bag",
    "ring": "戒指 ring",
    "necklace": "项链 necklace",
    "cash": "现金 钞票 cash money",
    "stroller": "童车 推车 婴儿车 stroller pram",
    "book": "书 book",
    "tablet": "平板 ipad tablet",
}
PLACES = {
    "restroom": "洗手间 卫生间 厕所 toilet restroom washroom",
    "food": "美食 餐厅 饭 food restaurant",
    "parking": "停车场 车库 parking garage",
    "cinema": "影院 电影 cinema movie",
    "entrance": "入口 门口 大门 entrance door gate",
    "lift": "电梯 直梯 lift elevator",
    "escalator": "扶梯 escalator",
    "supermarket": "超市 supermarket",
    "kids": "儿童 kids play",
    "desk": "服务台 desk",
    "atrium": "中庭 大厅 atrium hall lobby",
    "bench": "座椅 长椅 bench seat",
}
FLOOR_RE = re.compile(
    r"(?:^|[^0-9a-z])(?:l|b)?(\d{1,2})\s*(?:f|楼|层)?|([一二三四五六七八九])\s*(?:楼|层)"
)
FLOOR_WORDS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
WORD_RE = re.compile(r"[a-z]{3,}")
CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
REASONS = {
    "category": QT_TRANSLATE_NOOP("Desk", "category"),
    "colour": QT_TRANSLATE_NOOP("Desk", "colour"),
    "thing": QT_TRANSLATE_NOOP("Desk", "kind of thing"),
    "place": QT_TRANSLATE_NOOP("Desk", "place"),
    "time": QT_TRANSLATE_NOOP("Desk", "time"),
    "words": QT_TRANSLATE_NOOP("Desk", "words"),
}


def _lexicon(table: dict[str, str]) -> list[tuple[str, str]]:
    # longest words first, so 蓝牙耳机 is read before 耳机 and 黑色 before 黑; an underscore
    # joins a phrase ("bank_card"), so "card" alone is not yet a bank card
    pairs = [(w.replace("_", " "), key) for key, words in table.items() for w in words.split()]
    return sorted(pairs, key=lambda p: -len(p[0]))


_COLOURS, _THINGS, _PLACES = _lexicon(COLOURS), _lexicon(THINGS), _lexicon(PLACES)


def _find(text: str, lexicon: list[tuple[str, str]]) -> set[str]:
    """Keys of the words in the text; a matched word is consumed, so 钱包 is a wallet and
    not also a 包 (bag)."""
    found = set()
    for word, key in lexicon:
        if word.isascii():
            pattern = rf"\b{re.escape(word)}s?\b"
            if re.search(pattern, text):
                found.add(key)
                text = re.sub(pattern, " ", text)
        elif word in text:
            found.add(key)
            text = text.replace(word, " ")
    return found


@dataclass(frozen=True)
class Features:
    colours: frozenset[str]
    things: frozenset[str]
    places: frozenset[str]
    words: frozenset[str]


@lru_cache(maxsize=50_000)
def features(text: str, place: str = "", colour: str = "") -> Features:
    """What a description says (colours, things, places, words); the same words give the
    same features, so a report scored against thousands of items reads its own once and
    items described alike share theirs."""
    text, place = (text or "").lower(), (place or "").lower()
    words = set(WORD_RE.findall(text))
    for run in CJK_RE.findall(text):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    places = _find(place, _PLACES)
    for m in FLOOR_RE.finditer(place):
        places.add(f"floor{m.group(1) or FLOOR_WORDS[m.group(2)]}")
    return Features(
        frozenset(_find(f"{text} {colour.lower()}", _COLOURS)),
        frozenset(_find(text, _THINGS)),
        frozenset(places),
        frozenset(words),
    )


def score(report: dict, item: dict) -> tuple[float, list[str]]:
    """How likely the item answers the report, and which parts agree."""
    a = features(report["description"], report["lost_place"], report["colour"])
    b = features(f"{item['description']} {item['brand']}", item["found_place"], item["colour"])
    total, reasons = 0.0, []
    if report["category"] and report["category"] == item["category"]:
        total, reasons = total + 2, reasons + ["category"]
    if a.colours & b.colours:
        total, reasons = total + 3, reasons + ["colour"]
    elif a.colours and b.colours:
        total -= 2
    if a.things & b.things:
        total, reasons = total + 6, reasons + ["thing"]
    elif a.things and b.things:
        total -= 3
    if a.places & b.places:
        total, reasons = total + min(3, 1.5 * len(a.places & b.places)), reasons + ["place"]
    shared = a.words & b.words
    if shared:
        total += min(3.0, 3.0 * len(shared) / max(len(a.words), 1))
        reasons.append("words")
    timing = _time_score(report, item)
    if timing > 0:
        reasons.append("time")
    return total + timing, reasons


def _time_score(report: dict, item: dict) -> float:
    """Found within the loss window or soon after scores best; a few hours before the
    window is forgiven (people misremember); long before is nearly impossible."""
    found = parse_iso(item["found_at"])
    start, end = parse_iso(report["lost_from"]), parse_iso(report["lost_to"])
    if found < start - timedelta(hours=6):
        return -4.0
    if found < start:
        return 1.0
    if found <= end + timedelta(hours=24):
        return 2.0
    return 1.0 if found <= end + timedelta(days=3) else 0.0


SHARED = {"category", "thing", "words"}  # a match shares one of these, not only the time


def text_keys(report: dict) -> tuple[list[str], list[str]]:
    """What an item's indexed text must hold one of to share a kind of thing or a word with
    the report: (pieces for the gram index, words and phrases for the FTS5 index). Every
    word of the report's kinds of thing and every word of its description: Chinese words by
    their first two characters (the gram index holds every 1-2 character piece of a word),
    Latin words of three letters or more by FTS5 (a trigram index finds them inside words),
    shorter ones by the gram index. An item that shares a thing or a word holds one of them,
    so nothing that shares one is left out."""
    found = features(report["description"], report["lost_place"], report["colour"])
    words = set(found.words)
    for thing in found.things:
        words.update(word.replace("_", " ") for word in THINGS[thing].split())
    grams, phrases = set(), set()
    for word in words:
        if word.isascii() and len(word) >= 3:
            phrases.add(word)
        else:
            grams.add(word[:2])
    return sorted(grams), sorted(phrases)


@dataclass(frozen=True)
class ItemMatch:
    item: FoundItem
    score: float
    reasons: list[str]


@dataclass(frozen=True)
class ReportMatch:
    report: LostReport
    score: float
    reasons: list[str]


@requires(Perm.COUNTER)
def matches_for_report(ctx: AppContext, report_id: int, limit: int = 10) -> list[ItemMatch]:
    """Held items that may answer a lost report, likeliest first."""
    report_id = validation.record_id(report_id, QT_TRANSLATE_NOOP("Desk", "lost report number"))
    _, limit = page_args(0, limit, 100)
    report = lf_db.lost_report(ctx.db, report_id)
    if report is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such lost report."))
    start = iso(parse_iso(report["lost_from"]) - timedelta(days=1))
    end = iso(parse_iso(report["lost_to"]) + timedelta(days=60))
    grams, phrases = text_keys(report)
    candidates = lf_db.held_found_sharing(
        ctx.db, start, end, category=report["category"] or "", grams=grams, phrases=phrases
    )
    ranked = []
    for row in candidates:
        value, reasons = score(report, row)
        if value > 0 and SHARED & set(reasons):
            ranked.append(ItemMatch(_item(row), value, reasons))
    ranked.sort(key=lambda m: (-m.score, m.item.found_at))
    return ranked[:limit]


@requires(Perm.COUNTER)
def reports_for_item(ctx: AppContext, item_id: int, limit: int = 10) -> list[ReportMatch]:
    """Open lost reports a found item may answer, likeliest first."""
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "found item number"))
    _, limit = page_args(0, limit, 100)
    item = lf_db.found_item(ctx.db, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such found item."))
    found = parse_iso(item["found_at"])
    start, end = iso(found - timedelta(days=60)), iso(found + timedelta(days=1))
    ranked = []
    for row in lf_db.open_reports_between(ctx.db, start, end):
        value, reasons = score(row, item)
        if value > 0:
            ranked.append(ReportMatch(_report(row), value, reasons))
    ranked.sort(key=lambda m: (-m.score, m.report.reported_at))
    return ranked[:limit]


@dataclass(frozen=True)
class Link:
    report: LostReport
    item: FoundItem
    call_phone_masked: str  # the reminder: call the customer who reported the loss


@requires(Perm.COUNTER)
def link_report(ctx: AppContext, report_id: int, item_id: int) -> Link:
    """Link a lost report to the found item that answers it; the report is marked found and
    the clerk is reminded to call the customer."""
    report_id = validation.record_id(report_id, QT_TRANSLATE_NOOP("Desk", "lost report number"))
    item_id = validation.record_id(item_id, QT_TRANSLATE_NOOP("Desk", "found item number"))
    with atomic(ctx.db):
        report, item = lf_db.lost_report(ctx.db, report_id), lf_db.found_item(ctx.db, item_id)
        if report is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such lost report."))
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Desk", "No such found item."))
        lf_db.insert_link(
            ctx.db,
            lost_report_id=report_id,
            found_item_id=item_id,
            linked_at=iso(ctx.clock.now()),
            linked_by=ctx.user.id,
        )
        if report["status"] == "open":
            lf_db.set_report_status(ctx.db, report_id, "found")
        audit.record(
            ctx,
            "lost.link",
            "lost_report",
            report_id,
            {"status": report["status"]},
            {"found_item": item["tag_no"], "status": "found"},
        )
        linked = _report(lf_db.lost_report(ctx.db, report_id))
        return Link(linked, _item(item), linked.phone_masked)
