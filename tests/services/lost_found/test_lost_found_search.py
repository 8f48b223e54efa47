"""Search is exact for words of any length: 1 and 2 Chinese characters use the gram index,
3+ the trigram index, and a result is exactly the rows holding every word."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from services.lost_found import items as lost_found
from tests.services.lost_found.test_lost_found_helpers import T0, register

ITEMS = [
    "黑色钱包",
    "黑色雨伞",
    "雨伞",
    "红色小雨伞",
    "钱包里有身份证",
    "Black wallet",
    "black umbrella",
    "ID card holder",
    "白色耳机盒",
    "蓝色保温杯",
    "儿童玩具熊",
    "身份证",
    "银色钥匙一串",
    "黑色双肩包 backpack",
    "眼镜盒 glasses case",
]


@pytest.fixture
def corpus(role_ctx):
    clerk = role_ctx["clerk"]
    items = [
        register(clerk, text, found_at=T0 - timedelta(days=n % 5)) for n, text in enumerate(ITEMS)
    ]
    return clerk, items


def ids(rows) -> list[int]:
    return [r.id for r in rows]


def expected(items, *words) -> list[int]:
    haystack = {
        i.id: "\n".join(
            (i.tag_no, i.description, i.colour, i.brand, i.found_place, i.storage)
        ).lower()
        for i in items
    }
    return sorted(
        (i for i, text in haystack.items() if all(w.lower() in text for w in words)), reverse=True
    )


@pytest.mark.parametrize(
    "query",
    [
        "伞",
        "包",
        "黑",
        "钱包",
        "雨伞",
        "身份",
        "黑色钱包",
        "红色小雨伞",
        "wallet",
        "WALLET",
        "id",
        "ca",
        "b",
        "umbrella",
        "backpack",
        "玩具熊",
        "洗手间",
        "3f",
        "不存在",
        "L2026",
    ],
)
def test_each_word_finds_exactly_the_rows_holding_it(corpus, query):
    clerk, items = corpus
    assert ids(lost_found.search_found(clerk, query, limit=100)) == expected(items, query)


@pytest.mark.parametrize(
    "words",
    [("黑色", "包"), ("伞", "红"), ("black", "w"), ("身份证", "钱包"), ("雨伞", "umbrella")],
)
def test_several_words_must_all_be_there(corpus, words):
    clerk, items = corpus
    assert ids(lost_found.search_found(clerk, " ".join(words), limit=100)) == expected(
        items, *words
    )


def test_random_substrings_of_every_length_are_exact(role_ctx):
    clerk = role_ctx["clerk"]
    rng = random.Random(7)
    alphabet = "黑白红色钱包雨伞证卡abcAB"
    items = [
        register(clerk, "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))))
        for _ in range(120)
    ]
    for _ in range(150):
        source = rng.choice(items).description
        start = rng.randrange(len(source))
        word = source[start : start + rng.randint(1, 5)]
        assert ids(lost_found.search_found(clerk, word, limit=500)) == expected(items, word), word


def test_filters_and_paging(corpus):
    clerk, items = corpus
    lost_found.hand_to_police(clerk, items[0].id, "张警官", "南京路派出所")
    assert ids(lost_found.search_found(clerk, "钱包", status="police")) == [items[0].id]
    assert items[0].id not in ids(lost_found.search_found(clerk, "钱包", status="held"))
    day = date(2026, 3, 15)  # found_at T0 - 1 day in Shanghai
    on_day = ids(lost_found.search_found(clerk, day_from=day, day_to=day, limit=100))
    assert on_day == sorted((i.id for n, i in enumerate(items) if n % 5 == 1), reverse=True)
    first = lost_found.search_found(clerk, "色", limit=3)
    second = lost_found.search_found(clerk, "色", offset=3, limit=3)
    assert ids(first) + ids(second) == expected(items, "色")[:6]
    assert lost_found.search_found(clerk, "伞", category="valuable") == []


def test_lost_reports_are_searched_the_same_way(role_ctx):
    clerk = role_ctx["clerk"]
    made = [
        lost_found.register_lost_report(
            clerk, description=text, phone="13800138000", lost_from=T0, lost_to=T0
        )
        for text in ("黑色钱包", "雨伞", "red umbrella", "身份证和银行卡")
    ]
    assert [r.id for r in lost_found.search_reports(clerk, "伞")] == [made[1].id]
    assert [r.id for r in lost_found.search_reports(clerk, "umbrella")] == [made[2].id]
    assert [r.id for r in lost_found.search_reports(clerk, "银行卡")] == [made[3].id]
    assert [r.id for r in lost_found.search_reports(clerk, "钱包")] == [made[0].id]
